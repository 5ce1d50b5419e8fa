import { MonthKey } from "../dates/monthKey";
import { IssueLog } from "./issueLog";
import { RecordColumns } from "./recordColumns";
import { RegistrationIssue } from "./registrationIssue";
import { RegistrationRecord } from "./registrationRecord";

/** What an import read: the records, every issue, and how the input was understood. */
export interface RegistrationImport {
  /** The records as objects, made from `recordColumns` when first read (and kept). */
  readonly records: readonly RegistrationRecord[];
  /** The same records as columns: what a reader of many records (the parse worker) uses. */
  readonly recordColumns: RecordColumns;
  /** Every issue in line order (ties in the order found), made from `issueLog` when first read. */
  readonly issues: readonly RegistrationIssue[];
  /** The same issues, counted and listed without an object each until one is asked for. */
  readonly issueLog: IssueLog;
  readonly format: ImportFormat;
  /** How every non-blank line (or range row) of the input was read; `read` is the sum of the rest. */
  readonly lines: LineCounts;
  /**
   * The month of each rejected row whose own date or month cell was read (its figures failed): the
   * month it belongs to for sure. A row whose month was carried down, or unreadable, is not here.
   */
  readonly rejectedRowMonths: ReadonlyMap<number, MonthKey>;
}

/**
 * Line accounting: each non-blank line is exactly one of these, so nothing can go missing unseen.
 * `rejected` lines each carry an error issue with their line number; a record or total may also
 * carry a warning.
 */
export interface LineCounts {
  readonly read: number;
  readonly records: number;
  readonly headers: number;
  /** Subtotal and grand-total rows, each checked against the rows above it. */
  readonly totals: number;
  /** Titles, prose and page lines outside the table, page numbers and footers inside it. */
  readonly text: number;
  readonly rejected: number;
}

export interface ImportFormat {
  /** Text copied from a report, a delimited export, or the values of an Excel range. */
  readonly source: "text" | "delimited" | "range";
  /** Month × term rows with a number of loans, one row per loan, or no table found. */
  readonly rows: "aggregated" | "perLoan" | "none";
  readonly delimiter?: "," | ";" | "\t";
}
