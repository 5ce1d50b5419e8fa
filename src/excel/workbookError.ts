/** Why the workbook layer could not do what the pane asked; the pane words each code for the user. */
export const WORKBOOK_ERROR_CODES = [
  "write_failed_restored",
  "write_failed_not_restored",
  "sheet_name_taken",
  "table_layout_changed",
  "no_registration_table",
  "records_invalid",
] as const;

export type WorkbookErrorCode = (typeof WORKBOOK_ERROR_CODES)[number];

export class WorkbookError extends Error {
  constructor(
    public readonly code: WorkbookErrorCode,
    public readonly cause?: unknown,
  ) {
    super(code);
    this.name = "WorkbookError";
  }
}
