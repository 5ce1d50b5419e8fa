import { parseNumberText } from "./parseNumberText";

/*
 * Figures from a cell of a range, a delimited file or a copied line: a number as Excel holds it, or
 * text in any of the formats `parseNumberText` reads. NaN for anything else (booleans, errors, empty
 * cells), so a caller can tell "not a number" without allocating anything per cell. Infinity stays
 * Infinity (a 400-digit figure), so the caller can say the figure is too large rather than no figure.
 */

/** A plain figure (a count, a term); a term may carry its unit, as in `5 jaar` or `5 years`. */
export function readNumberCell(cell: unknown): number {
  if (typeof cell === "number") return cell === cell ? cell : NaN;
  if (typeof cell !== "string") return NaN;
  const value = parseNumberText(cell);
  return value === value ? value : parseNumberText(stripYearUnit(cell));
}

/** Euro as written: number cells hold euro, text cells are read like `parseNumberText`. */
export function readEuroCell(cell: unknown): number {
  if (typeof cell === "number") return cell === cell ? cell : NaN;
  return typeof cell === "string" ? parseNumberText(cell) : NaN;
}

/** True for the cells Excel and CSV readers hand over for "nothing here". */
export function isEmptyCell(cell: unknown): boolean {
  if (cell === null || cell === undefined || cell === "") return true;
  return typeof cell === "string" && cell.trim() === "";
}

const YEAR_UNIT = /\s*(jaar|jaren|j|years?|yrs?|y)\.?\s*$/i;

function stripYearUnit(text: string): string {
  return text.replace(YEAR_UNIT, "");
}
