/*
 * The registration import: reading, checking and summing registration tables. Pure domain code,
 * no Office.js; the task pane and the formulas use it through this module.
 */
export { parseRegistrations } from "./parseRegistrations";
export { parseRegistrationRange } from "./parseRegistrationRange";
export { parseRegistrationText } from "./parseRegistrationText";
export { parseDelimitedRegistrations } from "./parseDelimitedRegistrations";
export { detectDelimiter } from "./detectDelimiter";
export type { Delimiter } from "./detectDelimiter";
export type { RegistrationImport, ImportFormat } from "./registrationImport";
export type { RegistrationIssue, IssueSeverity, ImportIssueCode } from "./registrationIssue";
export type { RegistrationRecord } from "./registrationRecord";
export { aggregateRegistrations, summariseRegistrationMonth, shareBasisPoints } from "./aggregateRegistrations";
export type {
  RegistrationSummary,
  SummaryRow,
  MonthTermRow,
  MonthRow,
  TermRow,
  ProvinceRow,
} from "./aggregateRegistrations";
export type { TermSummary, TermSummaryRow, Totals } from "./termTotals";
export { SAMPLE_REGISTRATIONS, SAMPLE_REGISTRATION_TEXT } from "./sampleRegistrations";
export { parseNumberText, parseCentsText } from "./parseNumberText";
