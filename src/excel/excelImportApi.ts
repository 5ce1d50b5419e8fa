/* What the task pane hands the workbook layer for an import, and what it gets back. */
import { RegistrationRecord } from "../domain/registrations/registrationRecord";

export interface ImportRequest {
  /** Validated records: the pane passes only records of an input without blocking (error) issues. */
  readonly records: readonly RegistrationRecord[];
  /** Where the rows came from, written to the Bron column and the import log: a file name, "Plakken", "Selectie", "Voorbeeld". */
  readonly sourceLabel: string;
  /** Hash of the input text/values (hex), for the import log. */
  readonly inputHash: string;
  /** Number of issues the preview showed (warnings), for the import log. */
  readonly issueCount: number;
  /** Input lines with errors left out on the user's explicit choice, for the import log; none otherwise. */
  readonly skippedLines?: readonly number[];
}

/** "failed": the table was written, but Excel failed while refreshing the PivotTables. */
export type SummaryState = "refreshed" | "created" | "unsupported" | "failed";

export interface ImportOutcome {
  readonly rowsWritten: number; // rows of the new data written
  readonly rowsReplaced: number; // rows of the same months that were there before and are now replaced
  readonly rowsKept: number; // rows of other months left as they were
  readonly monthsReplaced: readonly string[]; // "2021-03", …
  readonly summaries: SummaryState; // "unsupported" when ExcelApi 1.8 is missing: no PivotTables
  readonly logged: boolean; // false when the row in Importlog could not be written
  /** True when the rows this import replaced are kept so it can be undone ("Laatste import ongedaan maken"). */
  readonly undoKept?: boolean;
}

export interface ImportProgress {
  readonly rowsDone: number;
  readonly rowsTotal: number;
}
