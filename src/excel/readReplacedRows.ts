import { MonthKey, monthKeyOfSerial } from "../domain/dates/monthKey";
import { readRowsInChunks } from "./readRowsInChunks";
import { MONTH_INDEX } from "./registrationTableLayout";
import { WorkbookError } from "./workbookError";

/** A row the import will replace, as it stood when read: where, and what (its fingerprint). */
export interface ReplacedRow {
  readonly index: number;
  /** Values and formulas of the row as JSON: the row must still read exactly so to be replaced. */
  readonly fingerprint: string;
  /** What it takes to put the row back if the import cannot finish. */
  readonly values: readonly unknown[];
  readonly formulas: readonly unknown[];
  readonly formats: readonly unknown[];
}

export interface TableReading {
  /** The months whose rows were read as to be replaced, in order. */
  readonly months: readonly MonthKey[];
  readonly rowCount: number;
  readonly columnCount: number;
  /** 1-based sheet row of the first data row. */
  readonly firstBodySheetRow: number;
  /** Rows of the months the import brings, top to bottom. */
  readonly replaced: readonly ReplacedRow[];
  /** The table holds only the one empty row Excel gives a table without data. */
  readonly onlyEmptyRow: boolean;
}

/**
 * Reads what an import needs of the table: the month of every row, then values and formulas of the
 * rows of `months` only, for their fingerprints. Kept rows are never read beyond their month.
 */
export async function readReplacedRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  months: ReadonlySet<MonthKey>,
  beforeRequest: () => void,
): Promise<TableReading> {
  beforeRequest();
  const body = table.getDataBodyRange();
  body.load("rowCount,columnCount,rowIndex");
  await context.sync();
  const span = { firstRow: 0, rowCount: body.rowCount, columnCount: 1 };
  const { values: monthCells } = await readRowsInChunks(context, body, ["values"], span, beforeRequest);
  const indices = monthCells.flatMap(([month], index) =>
    typeof month === "number" && months.has(monthKeyOfSerial(month)) ? [index] : [],
  );
  const isBlank = (cell: unknown) => cell === "" || cell === null;
  const candidates = body.rowCount === 1 && isBlank(monthCells[0][MONTH_INDEX]) ? [0] : indices;
  const replaced: ReplacedRow[] = [];
  for (const block of groupIntoBlocks(candidates)) {
    const rows = await readRowsInChunks(
      context,
      body,
      ["values", "formulas", "numberFormat"],
      { firstRow: block.start, rowCount: block.count, columnCount: body.columnCount },
      beforeRequest,
    );
    // A colleague who sorted, added or deleted rows since the months were read moved other rows here.
    if (
      !rows.values.every(
        ([month]) => isBlank(month) || (typeof month === "number" && months.has(monthKeyOfSerial(month))),
      )
    )
      throw new WorkbookError("table_changed_meanwhile");
    rows.values.forEach((values, i) =>
      replaced.push({
        index: block.start + i,
        fingerprint: fingerprintRow(values, rows.formulas[i]),
        values,
        formulas: rows.formulas[i],
        formats: rows.numberFormat[i],
      }),
    );
  }
  // A single row without a month is either Excel's empty row or a colleague's row: only the first is ours to remove.
  const readOnlyForBlankness = candidates !== indices;
  const onlyEmptyRow = readOnlyForBlankness && replaced[0].fingerprint === blankFingerprint(body.columnCount);
  return {
    months: [...months].sort((a, b) => a - b),
    rowCount: body.rowCount,
    columnCount: body.columnCount,
    firstBodySheetRow: body.rowIndex + 1,
    replaced: readOnlyForBlankness ? [] : replaced,
    onlyEmptyRow,
  };
}

export interface RowBlock {
  readonly start: number;
  readonly count: number;
}

/** Ascending row indices as runs of neighbouring rows: one delete or read per run instead of per row. */
export function groupIntoBlocks(indices: readonly number[]): RowBlock[] {
  const blocks: { start: number; count: number }[] = [];
  for (const index of indices) {
    const last = blocks[blocks.length - 1];
    if (last && last.start + last.count === index) last.count++;
    else blocks.push({ start: index, count: 1 });
  }
  return blocks;
}

export function fingerprintRow(values: readonly unknown[], formulas: readonly unknown[]): string {
  return JSON.stringify([values, formulas]);
}

/** The fingerprint of an empty row: Excel reads empty cells as "" in both values and formulas. */
export function blankFingerprint(width: number): string {
  const blank = new Array<string>(width).fill("");
  return fingerprintRow(blank, blank);
}
