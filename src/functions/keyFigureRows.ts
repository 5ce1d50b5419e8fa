import { formatMessage, Language } from "../domain/errors/messageCatalogue";
import { KeyFigureChange, KeyFigureRow } from "../domain/keyFigures/computeKeyFigures";

type Cell = number | string | CustomFunctions.Error;

/**
 * Spill rows `label, this period, a year earlier, change`: amounts in euro, shares and changes as
 * fractions (Excel shows them as percentages), "" where the registrations miss a month a year earlier.
 */
export function toKeyFigureRows(rows: readonly KeyFigureRow[], language: Language): Cell[][] {
  return rows.map((row) => [
    formatMessage(row.code, {}, language),
    toCellValue(row, row.current),
    row.prior === undefined ? "" : toCellValue(row, row.prior),
    toChangeCell(row.change, language),
  ]);
}

function toCellValue(row: KeyFigureRow, value: number): number {
  return row.unit === "cents" ? value / 100 : value;
}

function toChangeCell(change: KeyFigureChange, language: Language): Cell {
  if (typeof change === "number") return change;
  if (change === "zero_base") {
    const message = formatMessage("key_figure_change_zero_base", {}, language);
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero, message);
  }
  return "";
}
