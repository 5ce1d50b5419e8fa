import { formatMonthKey } from "../domain/dates/monthKey";
import { ImportOutcome, ImportProgress, ImportRequest, SummaryState } from "./excelImportApi";
import { appendImportLog, toLocalSerial } from "./importLog";
import { monthsOf, NEW_TABLE_READING, readBeforeWriting } from "./importTarget";
import { readReplacedRows, TableReading } from "./readReplacedRows";
import { openRegistrationTable } from "./registrationTable";
import { refreshSummaries } from "./summaries";
import { TableEditor } from "./tableEdits";
import { toTableRow } from "./tableRows";
import { withColumnsAppended } from "./tableShape";
import { takeBack } from "./takeBackImport";
import { deleteUndoRecord, keepImportForUndo } from "./undoStore";
import { WorkbookError } from "./workbookError";

export { readImportTarget } from "./importTarget";

export interface ImportOptions {
  /** Rows of this import written so far, out of the rows it brings. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Cancels the import at its next request; the table is left as it was (`import_cancelled`). */
  readonly signal?: AbortSignal;
  /**
   * The table as the preview read it (readImportTarget): the rows to replace must still read so
   * when the import deletes them. Without it, the import reads the table itself first.
   */
  readonly reading?: TableReading;
  /**
   * False: the replaced rows are not kept for "Laatste import ongedaan maken" (what was kept for an
   * earlier import is removed all the same). The benchmark's baseline; the pane always keeps them.
   */
  readonly keepForUndo?: boolean;
}

/**
 * Writes validated registrations into the table `Registraties`: the rows of the months the import
 * brings are deleted and the new rows added; every other row, and any column a colleague added,
 * is left untouched, and Excel sorts the table by month and term. A table made by an earlier version
 * gets the helper columns Jaar and Maandnummer appended, calculated in all its rows. The rows to replace must still
 * read as they did when read (a colleague may have changed them meanwhile): otherwise nothing is
 * left changed and the error is `table_changed_meanwhile`. If Excel fails, or the import is
 * cancelled, what this import deleted is put back and what it added taken away.
 */
export async function importRegistrations(
  context: Excel.RequestContext,
  request: ImportRequest,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  if (!areWritable(request.records)) throw new WorkbookError("records_invalid");
  const stopIfCancelled = () => {
    if (options.signal?.aborted) throw new WorkbookError("import_cancelled");
  };
  stopIfCancelled();
  const handle = await openRegistrationTable(context);
  const months = monthsOf(request.records);
  const preview = options.reading;
  const readTable = async () =>
    handle.created.table
      ? NEW_TABLE_READING
      : preview && preview.months.join() === [...months].sort((a, b) => a - b).join()
        ? preview
        : await readReplacedRows(context, handle.table, months, stopIfCancelled);
  const reading = await readBeforeWriting(context, handle, request, readTable);
  // A column a colleague appended between the two reads is the reading's news: rows must be as wide.
  const shape = withColumnsAppended(handle.shape, reading.columnCount);
  const imported = request.records.map((record) => toTableRow(record, request.sourceLabel, shape));
  const editor = new TableEditor(context, handle.table, stopIfCancelled, shape);
  try {
    if (!(await editor.deleteRows(reading.replaced))) throw new WorkbookError("table_changed_meanwhile");
    await editor.addRows(imported, (rowsDone, rowsTotal) => options.onProgress?.({ rowsDone, rowsTotal }));
    if (reading.onlyEmptyRow || reading.replaced.length === reading.rowCount) await editor.deleteEmptyRow(shape.width);
    // After the rows: the rows to replace were read, and are deleted, as wide as the table was.
    await editor.addHelperColumns();
    await editor.sortByMonthAndTerm();
  } catch (error) {
    throw await takeBack(context, handle, editor, error, reading);
  }
  // The table is complete from here on: a failure below must not read as a failed import.
  const at = new Date();
  // Logged first, so the undo record knows whether the import has its row in Importlog to be checked by.
  const logged = await appendImportLog(context, {
    at,
    sourceLabel: request.sourceLabel,
    rows: request.records.length,
    loans: request.records.reduce((sum, record) => sum + record.loans, 0),
    principalCents: request.records.reduce((sum, record) => sum + record.principalCents, 0),
    issueCount: request.issueCount,
    inputHash: request.inputHash,
    skippedLines: request.skippedLines,
  }).then(
    () => true,
    () => false,
  );
  const undoKept =
    options.keepForUndo === false
      ? await deleteUndoRecord(context).then(
          () => false,
          () => false,
        )
      : await keepImportForUndo(context, handle.table, {
          loggedAtSerial: toLocalSerial(at),
          inputHash: request.inputHash,
          logged,
          sourceLabel: request.sourceLabel,
          months,
          replaced: reading.replaced,
        });
  const summaries = await refreshSummaries(context).catch((): SummaryState => "failed");
  const emptyRows = reading.onlyEmptyRow ? 1 : 0;
  return {
    rowsWritten: imported.length,
    rowsReplaced: reading.replaced.length,
    rowsKept: reading.rowCount - reading.replaced.length - emptyRows,
    monthsReplaced: [...months].sort((a, b) => a - b).map(formatMonthKey),
    summaries,
    logged,
    undoKept,
  };
}

/** The pane validates; this only makes sure nothing unreadable reaches a shared workbook by mistake. */
function areWritable(records: ImportRequest["records"]): boolean {
  return (
    records.length > 0 &&
    records.every(
      (r) =>
        Number.isInteger(r.year) &&
        r.year >= 1900 &&
        r.year <= 9999 &&
        Number.isInteger(r.month) &&
        r.month >= 1 &&
        r.month <= 12 &&
        Number.isFinite(r.termYears) &&
        Number.isInteger(r.principalCents) &&
        Number.isFinite(r.loans),
    )
  );
}
