import { findMonthNumber } from "../../dates/monthNames";
import { isPageLine } from "../cells/isPageLine";
import { isAloneInRow } from "../cells/readNumberCell";
import { readYearText } from "../cells/readSchemeYear";

const DIGIT = /\d/;
const SLASHED_NUMBERS = /^\d{1,4}\s*\/\s*\d{1,4}$/;
const EDGE_PUNCTUATION = /^[^\p{L}]+|[^\p{L}]+$/gu;

/** A row of a file or a range that is a line of text rather than cells: a note, or a page's number. */
export type LoneText = { readonly kind: "note"; readonly text: string } | { readonly kind: "page" };

const PAGE: LoneText = { kind: "page" };

/**
 * A row that is text alone in its first cell, every other cell empty, read as the same line is in
 * copied text: a note (`Bron: PMV`, `De cijfers voor juni volgen later.`: words, none with a digit,
 * and not a month's label), or a page's
 * marker or number (`Pagina 2 van 3`, `- 2 -`) that a PDF's table exported to a file or pasted into
 * a range leaves amid its rows. Undefined for any other row. `zeroIsEmpty`: a range from Excel on
 * the desktop, which hands over an empty cell as 0.
 */
export function readLoneText(row: readonly unknown[], zeroIsEmpty = false): LoneText | undefined {
  const first = row[0];
  // The other cells first: a row of a file is no note at its second cell, without reading its first.
  if (typeof first !== "string" || !isAloneInRow(row, 0, zeroIsEmpty)) return undefined;
  const text = first.trim();
  if (text === "") return undefined;
  // A year alone (`2021`) heads the rows below it far more often than it numbers a page, and in a
  // month cell `03/2021` or `3/21` is a month: only page lines no month cell could hold are pages.
  if (DIGIT.test(text))
    return isPageLine(text) && readYearText(text) === undefined && !SLASHED_NUMBERS.test(text) ? PAGE : undefined;
  // A month's name alone or with a word (`februari`, `maart 2021:`) is a month label, read as a row's.
  const words = text.split(/\s+/);
  if (words.length <= 2 && words.some((word) => findMonthNumber(word.replace(EDGE_PUNCTUATION, "")) !== undefined))
    return undefined;
  return { kind: "note", text };
}
