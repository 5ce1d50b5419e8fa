/*
 * The registration import: reading, checking and summing registration tables. Pure domain code,
 * no Office.js; the task pane and the formulas use it through this module.
 *
 * Layers: cells/ reads one cell (numbers in Belgian and English form, month words, dates, header
 * names, bounds); import/ cuts each source into cells (one tokenizer per format) for the one table
 * reader; summary/ sums records or a range's rows. The vocabulary they share sits here.
 */
export { parseRegistrations } from "./import/parseRegistrations";
export { readNumberCell } from "./cells/readNumberCell";
export { parseRegistrationRange } from "./import/parseRegistrationRange";
export { REGISTRATION_FORMATS } from "./import/registrationFormats";
export type { RegistrationFormat, RegistrationInput } from "./import/registrationFormats";
export type { Delimiter } from "./import/tokenizeDelimited";
export type { RegistrationImport, ImportFormat, LineCounts } from "./registrationImport";
export { IssueLog } from "./issueLog";
export type { RegistrationIssue, IssueSeverity, ImportIssueCode } from "./registrationIssue";
export { failsFormula } from "./registrationIssue";
export type { RegistrationRecord } from "./registrationRecord";
export type { Totals } from "./totals";
export { aggregateRegistrations, summariseRegistrationMonth, shareBasisPoints } from "./summary/aggregateRegistrations";
export type {
  RegistrationSummary,
  SummaryRow,
  MonthTermRow,
  MonthRow,
  TermRow,
  ProvinceRow,
} from "./summary/aggregateRegistrations";
export type { TermSummary, TermSummaryRow } from "./summary/termTotals";
export { summariseRangeMonth } from "./summary/summariseRangeMonth";
export { summariseRangeMonthTerms } from "./summary/summariseRangeMonthTerms";
export type { MonthTermTotal, TermMonths } from "./monthTermGrid";
export { SAMPLE_REGISTRATIONS, SAMPLE_REGISTRATION_TEXT } from "./sampleRegistrations";
export { parseNumberText } from "./cells/parseNumberText";
export { toExactCents } from "./cells/figureBounds";
