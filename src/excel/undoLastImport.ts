/**
 * "Laatste import ongedaan maken": the last import's rows taken away and the rows it replaced put
 * back, through the import's own TableEditor (so a failure takes back what the undo did), and only
 * while the table is as that import left it: same size, and the rows of its months exactly its rows.
 * Otherwise nothing is changed and the error says why.
 */
import { formatMonthKey } from "../domain/dates/monthKey";
import { SummaryState } from "./excelImportApi";
import { appendImportLog, isSameLogTime } from "./importLog";
import { readReplacedRows, TableReading } from "./readReplacedRows";
import { findLastImport, LastImport, loadImportLog } from "./readLastImport";
import { LOG_TABLE, REGISTRATION_TABLE } from "./registrationTableLayout";
import { refreshSummaries } from "./summaries";
import { RegistrationTableHandle } from "./registrationTable";
import { TableEditor } from "./tableEdits";
import { toTableShape, widenFormats, widenRow } from "./tableShape";
import { takeBack } from "./takeBackImport";
import { deleteUndoRecord, hashFingerprints, readUndoRecord, UndoDescription, UndoRecord } from "./undoStore";
import { WorkbookError } from "./workbookError";

export interface UndoOutcome {
  /** Rows of the undone import taken away. */
  readonly rowsRemoved: number;
  /** Rows it had replaced, put back. */
  readonly rowsRestored: number;
  readonly months: readonly string[];
  readonly summaries: SummaryState;
  readonly logged: boolean;
}

/** The label the undo leaves in Importlog's Bron column. */
/**
 * The undo's source in Importlog. Its rows, loans and principal are those put back; the rows the
 * import had written and the undo took away are named here, so neither goes unrecorded.
 */
function describeUndoSource(sourceLabel: string, rowsRemoved: number): string {
  return `Ongedaan gemaakt: ${sourceLabel} (${rowsRemoved} ${rowsRemoved === 1 ? "rij" : "rijen"} weggehaald)`;
}

export async function undoLastImport(context: Excel.RequestContext): Promise<UndoOutcome> {
  const record = await readUndoRecord(context);
  if (record === undefined) throw new WorkbookError("undo_nothing_kept");
  const { description } = record;
  const table = context.workbook.tables.getItemOrNullObject(REGISTRATION_TABLE);
  const log = context.workbook.tables.getItemOrNullObject(LOG_TABLE);
  table.load("isNullObject");
  log.load("isNullObject");
  await context.sync();
  const importLogged = description.logged !== false;
  if (table.isNullObject || (log.isNullObject && importLogged)) throw new WorkbookError("undo_table_changed");
  const logReading = log.isNullObject ? undefined : loadImportLog(log);
  const header = table.getHeaderRowRange().load("values");
  await context.sync();
  const shape = toTableShape(header.values[0] ?? []);
  const lastImport = logReading && findLastImport(logReading.header.values[0] ?? [], logReading.body.values);
  // A newer import (by a colleague, or by an add-in that keeps nothing for undo) is the last one now.
  if (importLogged ? !isLastLogged(lastImport, description) : isLoggedAfter(lastImport, description))
    throw new WorkbookError("undo_table_changed");
  const reading = await readReplacedRows(context, table, new Set(description.months), () => undefined);
  if (!(await isAsImportLeftIt(reading, description))) throw new WorkbookError("undo_table_changed");
  await restoreReplacedRows(context, { table, created: { table: false }, shape }, reading, record);
  await deleteUndoRecord(context).catch(() => undefined);
  const restored = record.replaced;
  const logged = await appendImportLog(context, {
    at: new Date(),
    sourceLabel: describeUndoSource(description.sourceLabel, reading.replaced.length),
    rows: restored.length,
    loans: restored.reduce((sum, kept) => sum + toNumber(kept.row[3]), 0),
    principalCents: restored.reduce((sum, kept) => sum + Math.round(toNumber(kept.row[2]) * 100), 0),
    issueCount: 0,
    inputHash: description.inputHash,
  }).then(
    () => true,
    () => false,
  );
  const summaries = await refreshSummaries(context).catch((): SummaryState => "failed");
  return {
    rowsRemoved: reading.replaced.length,
    rowsRestored: restored.length,
    months: description.months.map(formatMonthKey),
    summaries,
    logged,
  };
}

/** The import's own row is the newest of Importlog. */
function isLastLogged(lastImport: LastImport | undefined, description: UndoDescription): boolean {
  return (
    lastImport !== undefined &&
    isSameLogTime(lastImport.atSerial, description.loggedAtSerial) &&
    lastImport.inputHash === description.inputHash
  );
}

/**
 * For an import whose row could not be written to Importlog: a row newer than its time is a newer
 * import. Its own time is no such row (a row of the same second is an earlier import, or its own row
 * after all, written by a request that failed halfway). Whether the table is as it left it, the rows
 * themselves say (isAsImportLeftIt): the log is a record of imports, not what the undo relies on.
 */
function isLoggedAfter(lastImport: LastImport | undefined, description: UndoDescription): boolean {
  return (
    lastImport !== undefined &&
    lastImport.atSerial > description.loggedAtSerial &&
    !isSameLogTime(lastImport.atSerial, description.loggedAtSerial)
  );
}

async function isAsImportLeftIt(reading: TableReading, description: UndoDescription): Promise<boolean> {
  if (
    reading.rowCount !== description.rowCount ||
    reading.columnCount !== description.columnCount ||
    reading.replaced.length !== description.addedCount
  )
    return false;
  const fingerprints = reading.replaced.map((row) => row.fingerprint);
  // Kept by an earlier version, the hash is of the rows in table order.
  return (
    (await hashFingerprints(fingerprints)) === description.addedHash ||
    (await hashFingerprints(fingerprints, true)) === description.addedHash
  );
}

/**
 * The import's rows out, the replaced rows back in their own formats, Excel's sort; all or nothing.
 * Rows kept before the import gave the table its helper columns get those columns' formulas.
 */
async function restoreReplacedRows(
  context: Excel.RequestContext,
  handle: RegistrationTableHandle,
  reading: TableReading,
  record: UndoRecord,
): Promise<void> {
  const { table, shape } = handle;
  const editor = new TableEditor(context, table, () => undefined, shape);
  const rows = record.replaced.map((kept) => widenRow(kept.row, shape));
  try {
    // Each delete loads its rows in the same request: a colleague's edit since the check stops it here.
    if (!(await editor.deleteRows(reading.replaced))) throw new WorkbookError("undo_table_changed");
    if (rows.length > 0) {
      await editor.addRows(
        rows,
        undefined,
        record.replaced.map((row) => widenFormats(row.formats, shape)),
      );
      if (reading.replaced.length === reading.rowCount) await editor.deleteEmptyRow(reading.columnCount);
    }
    await editor.sortByMonthAndTerm();
  } catch (error) {
    throw await takeBack(context, handle, editor, error, reading);
  }
}

function toNumber(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
