import { MonthKey, toMonthKey } from "../domain/dates/monthKey";
import { ImportRequest } from "./excelImportApi";
import { findExcelLimitIssues } from "./excelLimits";
import { readReplacedRows, TableReading } from "./readReplacedRows";
import { RegistrationTableHandle, removeCreated } from "./registrationTable";
import { REGISTRATION_COLUMNS, REGISTRATION_TABLE } from "./registrationTableLayout";
import { WorkbookError } from "./workbookError";

/**
 * What an import of `records` would replace, read when the pane shows its preview, so that the
 * import can tell whether a colleague changed those rows since. Undefined without a table.
 */
export async function readImportTarget(
  context: Excel.RequestContext,
  records: ImportRequest["records"],
): Promise<TableReading | undefined> {
  const table = context.workbook.tables.getItemOrNullObject(REGISTRATION_TABLE);
  table.load("isNullObject");
  await context.sync();
  if (table.isNullObject) return undefined;
  return readReplacedRows(context, table, monthsOf(records), () => undefined);
}

/** A table this import has just made: Excel's one empty row under the header on A1, nothing to read. */
export const NEW_TABLE_READING: TableReading = {
  months: [],
  rowCount: 1,
  columnCount: REGISTRATION_COLUMNS.length,
  firstBodySheetRow: 2,
  replaced: [],
  onlyEmptyRow: true,
};

export function monthsOf(records: ImportRequest["records"]): Set<MonthKey> {
  return new Set(records.map((record) => toMonthKey(record.year, record.month)));
}

/** Reads the rows to replace and checks Excel's limits; nothing is written yet, so only a new table goes again. */
export async function readBeforeWriting(
  context: Excel.RequestContext,
  handle: RegistrationTableHandle,
  request: ImportRequest,
  readTable: () => Promise<TableReading>,
): Promise<TableReading> {
  try {
    const reading = await readTable();
    const keptRows = reading.rowCount - reading.replaced.length - (reading.onlyEmptyRow ? 1 : 0);
    const issues = findExcelLimitIssues(request.records, request.sourceLabel, {
      firstBodySheetRow: reading.firstBodySheetRow,
      keptRows,
    });
    if (issues.length > 0) throw new WorkbookError("excel_limits_exceeded", undefined, issues);
    return reading;
  } catch (error) {
    if (handle.created.table) await removeCreated(context, handle).catch(() => undefined);
    throw error;
  }
}
