/** Why the workbook layer could not do what the pane asked; the pane words each code for the user. */
export type WorkbookErrorCode =
  | "write_failed_restored"
  | "write_failed_not_restored"
  | "sheet_name_taken"
  | "table_layout_changed"
  | "no_registration_table"
  | "records_invalid";

export class WorkbookError extends Error {
  constructor(
    public readonly code: WorkbookErrorCode,
    public readonly cause?: unknown,
  ) {
    super(code);
    this.name = "WorkbookError";
  }
}
