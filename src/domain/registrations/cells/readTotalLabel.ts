import { findMonthNumber } from "../../dates/monthNames";

/** What a total row sums: one month (`Totaal januari`) or everything, or one year (`2021 Total`). */
export type TotalLabel =
  | {
      readonly kind: "month";
      readonly monthName: string;
      readonly month: number | undefined;
      readonly year: number | undefined;
    }
  | { readonly kind: "grand"; readonly year: number | undefined };

const TOTAL_WORDS: ReadonlySet<string> = new Set([
  "totaal",
  "total",
  "subtotaal",
  "subtotal",
  "sub-totaal",
  "sub-total",
  "eindtotaal",
  "totalen",
  "totals",
]);
const TRAILING_COLONS = /:+$/;
const TOTAL_QUALIFIERS: ReadonlySet<string> = new Set(["grand", "algemeen", "generaal", "general", "overall"]);

/**
 * The label words of a total row, as the press release (`Totaal januari`, `2021 Total`) and
 * spreadsheet exports (`Grand Total`, `Totaal maart 2021`, `Eindtotaal`, `maart 2021 Totaal`) write them; undefined when
 * the words are not a total label. Words are compared without case and without a trailing colon.
 * Only `words[0..end)` are read, so a caller can ask about the first words of a line without copying them.
 */
export function readTotalLabel(words: readonly string[], end = words.length): TotalLabel | undefined {
  let i = 0;
  let year = readYearWord(words[i]);
  if (year !== undefined) i++;
  let sawTotal = false;
  while (i < end) {
    const word = simplifyTotalWord(words[i]);
    if (TOTAL_WORDS.has(word)) sawTotal = true;
    else if (!TOTAL_QUALIFIERS.has(word)) break;
    i++;
  }
  if (!sawTotal) return readTrailingTotalLabel(words, end);
  let monthName: string | undefined;
  // `Totaal januari:`, as a label in a cell of its own is often written.
  const nameWord = i < end ? words[i].replace(TRAILING_COLONS, "") : "";
  if (i < end && readYearWord(words[i]) === undefined && /^\p{L}[\p{L}.]*$/u.test(nameWord)) {
    monthName = nameWord;
    i++;
  }
  if (i < end && year === undefined) {
    year = readYearWord(words[i]);
    if (year !== undefined) i++;
  }
  if (i !== end) return undefined;
  if (monthName === undefined) return { kind: "grand", year };
  return { kind: "month", monthName, month: findMonthNumber(monthName), year };
}

/**
 * A label with its total word last, as Excel's own subtotals write it (`januari 2021 Totaal`,
 * `January Total`): a month name, with its year before or after it.
 */
function readTrailingTotalLabel(words: readonly string[], end: number): TotalLabel | undefined {
  if (end < 2 || end > 3 || !TOTAL_WORDS.has(simplifyTotalWord(words[end - 1]))) return undefined;
  const yearFirst = end === 3 ? readYearWord(words[0]) : undefined;
  const nameWord = words[yearFirst === undefined ? 0 : 1];
  const year = yearFirst ?? (end === 3 ? readYearWord(words[1]) : undefined);
  if (end === 3 && year === undefined) return undefined;
  const month = findMonthNumber(nameWord);
  return month === undefined ? undefined : { kind: "month", monthName: nameWord, month, year };
}

/** A four-digit year a table could mean (the scheme started in 2006; earlier years are reported). */
export function readYearWord(word: string | undefined): number | undefined {
  if (word === undefined || word.length !== 4 || !/^\d{4}$/.test(word)) return undefined;
  const year = Number(word);
  return year >= 1900 && year <= 2199 ? year : undefined;
}

/**
 * A word as TOTAL_WORDS and TOTAL_QUALIFIERS hold theirs: in lower case, without trailing colons or
 * dots; "" for a word shorter than any of them (`total`, `grand`), with no new string made for it.
 */
function simplifyTotalWord(word: string): string {
  if (word.length < 5) return "";
  const lower = word.toLowerCase();
  // The expression only for a word that ends in a colon or dot: every word of a pasted text comes here.
  const last = lower.charCodeAt(lower.length - 1);
  return last === 0x3a || last === 0x2e ? lower.replace(/[:.]+$/, "") : lower;
}
