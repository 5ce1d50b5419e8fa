import { DecimalSeparator } from "./decimalSeparator";
import { parseNumberText } from "./parseNumberText";
import { isDigitCode } from "../../text/characterCodes";

/*
 * Figures from a cell of a range, a delimited file or a copied line: a number as Excel holds it, or
 * text in any of the formats `parseNumberText` reads. NaN for anything else (booleans, errors, empty
 * cells), so a caller can tell "not a number" without allocating anything per cell. Infinity stays
 * Infinity (a 400-digit figure), so the caller can say the figure is too large rather than no figure.
 */

/** A plain figure (a count, a term); a term may carry its unit, as in `5 jaar` or `5 years`. */
export function readNumberCell(cell: unknown, decimalSeparator?: DecimalSeparator): number {
  if (typeof cell === "number") return cell === cell ? cell : NaN;
  if (typeof cell !== "string") return NaN;
  const value = parseNumberText(cell, decimalSeparator);
  return value === value ? value : parseNumberText(stripYearUnit(cell), decimalSeparator);
}

/** Euro as written: number cells hold euro, text cells are read like `parseNumberText`. */
export function readEuroCell(cell: unknown, decimalSeparator?: DecimalSeparator): number {
  if (typeof cell === "number") return cell === cell ? cell : NaN;
  return typeof cell === "string" ? parseNumberText(cell, decimalSeparator) : NaN;
}

/** A text figure the decimal separator changes (`2,500`: 2500 or 2,5), read the other way; else NaN. */
export function readOtherReading(cell: unknown): number {
  if (typeof cell !== "string") return NaN;
  const comma = parseNumberText(cell, ",");
  const point = parseNumberText(cell, ".");
  return comma === point ? NaN : comma === parseNumberText(cell) ? point : comma;
}

/**
 * A text figure marked as euro (`100,00 €`, `EUR 100`): an amount, never a count or a term, though
 * its digits read as one. Where a line's figures stand in another order, this is what tells.
 */
export function isEuroText(cell: unknown): boolean {
  return typeof cell === "string" && !isDigitsOnly(cell) && EURO_MARK.test(cell);
}

/** `5`, `12`: most terms and counts, told without a regular expression per cell. */
function isDigitsOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/**
 * A count or term written as digits only (`5`, `12`), as most are: its value, read in one pass
 * without the separators' rule; -1 for anything else, which `readNumberCell` reads. Nine digits at
 * most: every such value is exact.
 */
export function readDigitsCell(cell: unknown): number {
  if (typeof cell !== "string" || cell.length === 0 || cell.length > 9) return -1;
  let value = 0;
  for (let i = 0; i < cell.length; i++) {
    const digit = cell.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const EURO_MARK = /€|\bEUR\b|\beuro\b/i;

/** True for the cells Excel and CSV readers hand over for "nothing here". */
export function isEmptyCell(cell: unknown): boolean {
  if (cell === null || cell === undefined || cell === "") return true;
  return typeof cell === "string" && !isPrintableAscii(cell.charCodeAt(0)) && cell.trim() === "";
}

/** A character that is neither a space nor a control character: a cell starting with one holds text. */
export function isPrintableAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** Whether a row's only filled cell is the one at `column` (`zeroIsEmpty`: a range from Excel on the desktop). */
export function isAloneInRow(row: readonly unknown[], column: number, zeroIsEmpty: boolean): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (c !== column && !isEmptyCell(cell) && !(zeroIsEmpty && cell === 0)) return false;
  }
  return true;
}

const YEAR_UNIT = /\s*(jaar|jaren|j|years?|yrs?|y)\.?\s*$/i;

function stripYearUnit(text: string): string {
  return text.replace(YEAR_UNIT, "");
}
