import { FIRST_REGISTRATION_MONTH, LAST_REGISTRATION_MONTH } from "./figureBounds";
import { isAloneInRow } from "./readNumberCell";

/** The years a registration can fall in: September 2006 to December 2100. */
export const SCHEME_FIRST_YEAR = Math.floor(FIRST_REGISTRATION_MONTH / 12);
export const SCHEME_LAST_YEAR = Math.floor(LAST_REGISTRATION_MONTH / 12);

/** A four-digit word naming a year a registration can fall in (`2021`), or undefined. */
export function readSchemeYear(word: string): number | undefined {
  if (word.length !== 4 || !/^\d{4}$/.test(word)) return undefined;
  const year = Number(word);
  return year >= SCHEME_FIRST_YEAR && year <= SCHEME_LAST_YEAR ? year : undefined;
}

/** `2021`, `2021:`, `Jaar 2021`, `Jaar: 2021`, `Year 2021`: a title naming a year alone. */
const YEAR_TITLE = /^(?:(?:jaar|year):?\s+)?(\d{4})[.:]?$/i;

/**
 * The year a row above a table's header names on its own (`2021`, `Jaar 2021`, the number 2021 in a
 * range): the year of the month names in the rows below, as the same line is in copied text.
 * Undefined for any other row. `zeroIsEmpty`: a range from Excel on the desktop (an empty cell is 0).
 */
export function readYearTitle(row: readonly unknown[], zeroIsEmpty: boolean): number | undefined {
  const first = row[0];
  if (typeof first !== "number" && typeof first !== "string") return undefined;
  return isAloneInRow(row, 0, zeroIsEmpty) ? readYearText(String(first).trim()) : undefined;
}

/** The year a trimmed text names alone (`2021`, `2021:`, `Jaar 2021`), or undefined. */
export function readYearText(text: string): number | undefined {
  const match = YEAR_TITLE.exec(text);
  return match === null ? undefined : readSchemeYear(match[1]);
}
