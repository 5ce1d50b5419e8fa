import { MonthKey, monthKeyOfSerial } from "../domain/dates/monthKey";
import { readRowsInChunks } from "./readRowsInChunks";
import { findLastImport, LastImport, loadImportLog } from "./readLastImport";
import { LOG_TABLE, REGISTRATION_TABLE } from "./registrationTableLayout";
import { UNDO_TABLE } from "./undoStore";

/** What the table Registraties holds of one month. */
export interface MonthHolding {
  readonly month: MonthKey;
  readonly rows: number;
  readonly loans: number;
  readonly principalCents: number;
}

/** What the pane's "In deze werkmap" card shows, and what an import's preview compares against. */
export interface WorkbookContents {
  readonly hasTable: boolean;
  /** Per month, in month order. */
  readonly months: readonly MonthHolding[];
  readonly rows: number;
  readonly loans: number;
  readonly principalCents: number;
  readonly lastImport?: LastImport;
  /** The last import's replaced rows are kept, so it can be undone (if the table has not changed since). */
  readonly undoKept: boolean;
}

/** Month, term, principal, loans: the first four columns of the table, all the card needs. */
const READ_COLUMNS = 4;

/**
 * Reads what the workbook holds: the first four columns of `Registraties` (in chunks sized in bytes, as the
 * import reads the table) and the last row of `Importlog`. Two requests plus one per chunk.
 */
export async function readWorkbookContents(context: Excel.RequestContext): Promise<WorkbookContents> {
  const table = context.workbook.tables.getItemOrNullObject(REGISTRATION_TABLE);
  const log = context.workbook.tables.getItemOrNullObject(LOG_TABLE);
  const undo = context.workbook.tables.getItemOrNullObject(UNDO_TABLE);
  [table, log, undo].forEach((item) => item.load("isNullObject"));
  await context.sync();
  const undoKept = !undo.isNullObject;
  const body = table.isNullObject ? undefined : table.getDataBodyRange();
  body?.load("rowCount,columnCount");
  const logReading = log.isNullObject ? undefined : loadImportLog(log);
  if (body === undefined && logReading === undefined) return { ...summariseTableMonths([]), hasTable: false, undoKept };
  await context.sync();
  let values: unknown[][] = [];
  if (body !== undefined && body.columnCount >= READ_COLUMNS) {
    const span = { firstRow: 0, rowCount: body.rowCount, columnCount: READ_COLUMNS };
    values = (await readRowsInChunks(context, body, ["values"], span)).values;
  }
  return {
    ...summariseTableMonths(values),
    hasTable: body !== undefined,
    undoKept,
    lastImport:
      logReading === undefined ? undefined : findLastImport(logReading.header.values[0] ?? [], logReading.body.values),
  };
}

/**
 * Rows, loans and principal per month of table rows `[month serial, term, principal, loans]`. Rows
 * without a month (the one empty row of a new table) are no rows; a text figure counts as 0 loans.
 */
export function summariseTableMonths(
  values: readonly (readonly unknown[])[],
): Omit<WorkbookContents, "hasTable" | "lastImport" | "undoKept"> {
  const byMonth = new Map<MonthKey, { rows: number; loans: number; principalCents: number }>();
  for (const [monthCell, , principalCell, loansCell] of values) {
    if (typeof monthCell !== "number" || monthCell <= 0) continue;
    const month = monthKeyOfSerial(monthCell);
    const holding = byMonth.get(month) ?? { rows: 0, loans: 0, principalCents: 0 };
    holding.rows++;
    holding.loans += typeof loansCell === "number" ? loansCell : 0;
    holding.principalCents += typeof principalCell === "number" ? Math.round(principalCell * 100) : 0;
    byMonth.set(month, holding);
  }
  const months = [...byMonth.entries()].sort(([a], [b]) => a - b).map(([month, held]) => ({ month, ...held }));
  return {
    months,
    rows: months.reduce((sum, held) => sum + held.rows, 0),
    loans: months.reduce((sum, held) => sum + held.loans, 0),
    principalCents: months.reduce((sum, held) => sum + held.principalCents, 0),
  };
}
