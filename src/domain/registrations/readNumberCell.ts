import { parseNumberText } from "./parseNumberText";

/*
 * Figures from a cell of a range or a delimited file: a number as Excel holds it, or text in any of
 * the formats `parseNumberText` reads. NaN for anything else (booleans, errors, empty cells), so a
 * caller can tell "not a number" without allocating anything per cell.
 */

/** A plain figure (a count, a term); a term may carry its unit, as in `5 jaar` or `5 years`. */
export function readNumberCell(cell: unknown): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell !== "string") return NaN;
  const value = parseNumberText(cell);
  return value === value ? value : parseNumberText(stripYearUnit(cell));
}

/** Euro as integer cents: number cells hold euro, text cells are read like `parseNumberText`. */
export function readCentsCell(cell: unknown): number {
  const euro =
    typeof cell === "number"
      ? Number.isFinite(cell)
        ? cell
        : NaN
      : typeof cell === "string"
        ? parseNumberText(cell)
        : NaN;
  return euro === euro ? Math.round(euro * 100) : NaN;
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
