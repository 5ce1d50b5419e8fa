import { toDaySerial } from "../domain/dates/daySerial";
import { monthKeyOfSerial } from "../domain/dates/monthKey";
import { RegistrationRecord } from "../domain/registrations/registrationRecord";
import { AVERAGE_FORMULA, MONTH_INDEX, REGISTRATION_COLUMNS } from "./registrationTableLayout";
import { toWriteSafeText } from "./writeSafeText";

/** A table row as written through `range.values`: numbers, write-safe text, or our own formulas. */
export type WritableRow = (string | number | boolean)[];

/** A table body as read back: computed values and the formulas behind them, cell for cell. */
export interface TableBody {
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
}

export function toTableRow(record: RegistrationRecord, sourceLabel: string, width: number): WritableRow {
  const row: WritableRow = [
    toDaySerial(record.year, record.month, 1),
    record.termYears,
    record.principalCents / 100,
    record.loans,
    AVERAGE_FORMULA,
    toWriteSafeText(record.province ?? ""),
    toWriteSafeText(sourceLabel),
  ];
  while (row.length < width) row.push("");
  return row;
}

/**
 * A row read from the table, as it must be written back to stay what it was: formulas stay formulas,
 * constants stay constants (text that merely looks like a formula stays text).
 */
export function toRewritableRow(values: readonly unknown[], formulas: readonly unknown[]): WritableRow {
  return values.map((value, column) => {
    const formula = formulas[column];
    if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
    if (typeof value === "string") return toWriteSafeText(value);
    return typeof value === "number" || typeof value === "boolean" ? value : "";
  });
}

/** True when a table holds only the one empty row Excel gives a new table. */
export function isEmptyBody(body: TableBody): boolean {
  return body.values.length === 1 && body.values[0].every((cell) => cell === "" || cell === null);
}

export interface MergedRows {
  readonly rows: readonly WritableRow[];
  readonly kept: number;
  readonly replaced: number;
}

/**
 * The table after an import: the rows of months the import does not touch, and the imported rows in
 * place of all rows of the months it brings. Sorted by month and term, ties in their original order,
 * so importing the same data twice gives the same table.
 */
export function mergeTableRows(existing: TableBody, imported: readonly WritableRow[]): MergedRows {
  // Compared by month, not by day: a month typed by hand may be any day of it.
  const importedMonths = new Set(imported.map((row) => monthKeyOfSerial(row[MONTH_INDEX] as number)));
  const kept: WritableRow[] = [];
  let replaced = 0;
  const existingRows = isEmptyBody(existing) ? 0 : existing.values.length;
  for (let r = 0; r < existingRows; r++) {
    const month = existing.values[r][MONTH_INDEX];
    if (typeof month === "number" && importedMonths.has(monthKeyOfSerial(month))) replaced++;
    else kept.push(toRewritableRow(existing.values[r], existing.formulas[r]));
  }
  const width = Math.max(REGISTRATION_COLUMNS.length, existing.values[0]?.length ?? 0);
  const rows = [...kept, ...imported.map((row) => padRow(row, width))];
  return { rows: sortRowsStably(rows), kept: kept.length, replaced };
}

function padRow(row: WritableRow, width: number): WritableRow {
  if (row.length >= width) return row;
  return [...row, ...new Array<string>(width - row.length).fill("")];
}

function sortRowsStably(rows: WritableRow[]): WritableRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareCells(a.row[0], b.row[0]) || compareCells(a.row[1], b.row[1]) || a.index - b.index)
    .map(({ row }) => row);
}

function compareCells(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return 0;
}
