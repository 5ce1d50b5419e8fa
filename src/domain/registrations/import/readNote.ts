import { findMonthNumber } from "../../dates/monthNames";
import { isAloneInRow } from "../cells/readNumberCell";

const DIGIT = /\d/;
const EDGE_PUNCTUATION = /^[^\p{L}]+|[^\p{L}]+$/gu;

/**
 * The text of a row that is a note (`Bron: PMV`), in a delimited file or a range alike: words in its
 * first cell, none a month name and none with a digit, every other cell empty. Read as text, as the
 * same line is in copied text; undefined for any other row. `zeroIsEmpty`: a range from Excel on the
 * desktop, which hands over an empty cell as 0.
 */
export function readNote(row: readonly unknown[], zeroIsEmpty = false): string | undefined {
  const first = row[0];
  // The other cells first: a row of a file is no note at its second cell, without reading its first.
  if (typeof first !== "string" || !isAloneInRow(row, 0, zeroIsEmpty)) return undefined;
  const text = first.trim();
  if (text === "" || DIGIT.test(text)) return undefined;
  for (const word of text.split(/\s+/)) {
    if (findMonthNumber(word.replace(EDGE_PUNCTUATION, "")) !== undefined) return undefined;
  }
  return text;
}
