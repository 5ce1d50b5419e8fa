import { FoundHeader } from "./registrationColumns";

/*
 * Which of `.` and `,` a file writes its decimals with. Most figures say so themselves (`1.000,50`,
 * `1,5`, `1,000.50`); a figure with one separator and three digits after it (`2,500`) does not: 2,5
 * or 2500. The file decides: its unambiguous figures show the separator, and the ambiguous ones are
 * read with it. Every tokenizer asks this one place.
 */

export type DecimalSeparator = "," | ".";

/** What the edges of a figure may hold besides it: signs, spaces, the euro sign and word. */
const EDGES = /^[\s\u00a0\u202f+\-\u2212€]*(eur(o)?\s*)?|(\s*eur(o)?)?[\s\u00a0\u202f€]*$/gi;
const BELGIAN_BOTH = /^\d{1,3}(\.\d{3})+,\d+$/;
const ENGLISH_BOTH = /^\d{1,3}(,\d{3})+\.\d+$/;
const COMMA_DECIMALS = /^\d+,(\d{1,2}|\d{4,})$/;
const DOT_DECIMALS = /^\d+\.(\d{1,2}|\d{4,})$/;
const DOT_GROUPS = /^\d{1,3}(\.\d{3}){2,}$/;
const COMMA_GROUPS = /^\d{1,3}(,\d{3}){2,}$/;
/** Enough figures to tell, read from the start of a file. */
export const DECIMAL_SAMPLE_CHARACTERS = 1 << 16;

/** The separator a figure proves to be the decimal one, or undefined when it proves nothing. */
export function readDecimalEvidence(text: string): DecimalSeparator | undefined {
  if (text.length > 40 || !/\d[.,]\d/.test(text)) return undefined;
  const figure = text.replace(EDGES, "");
  if (BELGIAN_BOTH.test(figure) || COMMA_DECIMALS.test(figure) || DOT_GROUPS.test(figure)) return ",";
  if (ENGLISH_BOTH.test(figure) || DOT_DECIMALS.test(figure) || COMMA_GROUPS.test(figure)) return ".";
  return undefined;
}

/**
 * The separator the unambiguous figures prove, or undefined when none do or some prove each: then a
 * figure only the separator decides (`2.500`) is read with thousands and said to be ambiguous, never
 * read by a majority that a stray figure may have tipped.
 */
export function decideDecimalSeparator(figures: Iterable<string>): DecimalSeparator | undefined {
  let commas = 0;
  let dots = 0;
  for (const figure of figures) {
    const evidence = readDecimalEvidence(figure);
    if (evidence === ",") commas++;
    else if (evidence === ".") dots++;
  }
  return dots === 0 && commas > 0 ? "," : commas === 0 && dots > 0 ? "." : undefined;
}

/**
 * The text cells of rows (a file's first rows, a range's) whose figures show the decimal separator:
 * below their first header (`findFirstHeader`), those of its amount column only, as the other columns' figures (a rate `1.75`, a
 * reference number) say nothing of how the amounts are written; above any header, all of them.
 */
export function listDecimalSampleCells(
  rows: readonly unknown[],
  header: FoundHeader | undefined,
  rowCount = rows.length,
): string[] {
  const amountColumn = header?.columns.principal;
  const amountsFrom = header === undefined || amountColumn === undefined ? Infinity : header.index + 1;
  const cells: string[] = [];
  // Index loops, no array per row: a formula runs this on every recalculation, mostly uncompiled,
  // and an iterator per row made garbage enough to cost a scavenge every few calls.
  for (let r = 0; r < rows.length && r < rowCount; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || r === header?.index) continue;
    if (r >= amountsFrom) pushSampleText(cells, row[amountColumn as number]);
    else for (let c = 0; c < row.length; c++) pushSampleText(cells, row[c]);
  }
  return cells;
}

function pushSampleText(cells: string[], cell: unknown): void {
  if (typeof cell === "string" && cell !== "") cells.push(cell);
}
