import { RegistrationIssue } from "./registrationIssue";
import { RegistrationRecord } from "./registrationRecord";

/** What an import read: the records, every issue, and how the input was understood. */
export interface RegistrationImport {
  readonly records: readonly RegistrationRecord[];
  readonly issues: readonly RegistrationIssue[];
  readonly format: ImportFormat;
}

export interface ImportFormat {
  /** Text copied from a report, a delimited export, or the values of an Excel range. */
  readonly source: "text" | "delimited" | "range";
  /** Month × term rows with a number of loans, one row per loan, or no table found. */
  readonly rows: "aggregated" | "perLoan" | "none";
  readonly delimiter?: "," | ";" | "\t";
}
