import type { ExcelLimitIssue } from "./excelLimits";

/** Why the workbook layer could not do what the pane asked; the pane words each code for the user. */
export const WORKBOOK_ERROR_CODES = [
  "write_failed_restored",
  "write_failed_not_restored",
  "sheet_name_taken",
  "table_layout_changed",
  "no_registration_table",
  "records_invalid",
  "table_changed_meanwhile",
  "import_cancelled",
  "excel_limits_exceeded",
  "undo_nothing_kept",
  "undo_table_changed",
] as const;

/** What taking back left undone, for the user to check: counted in rows. */
export interface RestoreGaps {
  /** Rows this import added that are still in the table (not found as written, or found changed). */
  readonly addedRowsLeft: number;
  /** Rows put back where their neighbours no longer tell their place (a colleague sorted or moved them). */
  readonly rowsPutBackElsewhere: number;
}

export type WorkbookErrorCode = (typeof WORKBOOK_ERROR_CODES)[number];

export class WorkbookError extends Error {
  constructor(
    public readonly code: WorkbookErrorCode,
    public readonly cause?: unknown,
    /** For excel_limits_exceeded: each record Excel cannot hold, with its line. */
    public readonly issues: readonly ExcelLimitIssue[] = [],
    /** For write_failed_not_restored: what taking back left undone, when known. */
    public readonly gaps?: RestoreGaps,
  ) {
    super(code);
    this.name = "WorkbookError";
  }
}
