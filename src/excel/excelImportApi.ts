/*
 * CONTRACT between the task pane and the workbook layer (src/excel). The pane calls only these.
 * (Implementation in progress by the lead; signatures are fixed.)
 */
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
}

export type SummaryState = "refreshed" | "created" | "unsupported";

export interface ImportOutcome {
  readonly rowsWritten: number; // rows of the new data written
  readonly rowsReplaced: number; // rows of the same months that were there before and are now replaced
  readonly rowsKept: number; // rows of other months left as they were
  readonly monthsReplaced: readonly string[]; // "2021-03", …
  readonly summaries: SummaryState; // "unsupported" when ExcelApi 1.8 is missing: no PivotTables
}

export interface ImportProgress {
  readonly rowsDone: number;
  readonly rowsTotal: number;
}
