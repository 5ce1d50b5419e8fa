import { TableReader } from "./tableReader";

/**
 * Excel range values → cells: a range's rows are cells already (numbers, strings, booleans, date
 * serials). `firstRow` is the sheet row of the range's first row, so issues name the rows the analyst sees.
 */
export function tokenizeRange(values: readonly unknown[], firstRow: number, reader: TableReader): void {
  reader.pushRows(values, firstRow);
}
