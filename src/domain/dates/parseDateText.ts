import { DaySerial, isValidCalendarDate, toDaySerial } from "./daySerial";
import { findMonthNumber } from "./monthNames";
import { MonthKey, monthKeyOfSerial, toMonthKey } from "./monthKey";

// Year first: 2021-03-15, and 2021/03/15 as some exports write it.
const ISO_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
// Belgian order: day first. Separators as people type them: 15/03/2021, 15-03-2021, 15.03.2021; a
// short year (15/03/21) with a slash or a dash only, as a dotted one reads as a grouped figure.
const BELGIAN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$|^(\d{1,2})([/-])(\d{1,2})\5(\d{2})$/;
// Written out, as in letters and deeds: 15 maart 2021, 15 March 2021, 15 mrt. 2021; 15-mrt-2021 as Excel writes it.
const WRITTEN_DATE = /^(\d{1,2})(?:\s+|-)([\p{L}.]+)(?:\s+|-)(\d{4})$/u;
// The local time of day an export may add to a date (2021-03-15T00:00:00, 15/03/2021 14:30): not the
// day's. A time in another zone (`…T22:00:00Z`, midnight in Belgium on the next day) is no local day.
const TIME_OF_DAY = /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const NUMERIC_MONTH = /^(\d{1,2})[/.-](\d{4})$/;
const NAMED_MONTH = /^(?:([\p{L}.]+)(?:\s+|[-/])(\d{4})|(\d{4})(?:\s+|[-/])([\p{L}.]+))$/u;
// A month with a short year, as Excel's month formats write it: jan-21, mrt/21 (not `Mar 15`: a day).
const SHORT_NAMED_MONTH = /^([\p{L}.]+)[-/](\d{2})$/u;

/** Which number comes first in `03/04/2021`: the day, as in Belgium, or the month, as in an American export. */
export type DateOrder = "dayFirst" | "monthFirst";

/**
 * A day written as `2021-03-15`, `15/03/2021` or `15 maart 2021`; undefined when the text is not a real
 * calendar day. `order`: how a file's numeric dates put day and month (`decideDateOrder`).
 */
export function parseDateText(text: string, order: DateOrder = "dayFirst"): DaySerial | undefined {
  const trimmed = stripTimeOfDay(text.trim());
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return serialIfValid(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const belgian = readNumericDate(trimmed);
  if (belgian) {
    const { first, second, year } = belgian;
    return order === "dayFirst" ? serialIfValid(year, second, first) : serialIfValid(year, first, second);
  }
  const written = WRITTEN_DATE.exec(trimmed);
  const month = written ? findMonthNumber(written[2]) : undefined;
  return written && month !== undefined ? serialIfValid(Number(written[3]), month, Number(written[1])) : undefined;
}

/**
 * A month written as `2021-03`, `03/2021`, `maart 2021`, `2021 maart`, `March 2021`, `jan-21`, or any
 * day within it.
 */
export function parseMonthText(text: string): MonthKey | undefined {
  const trimmed = text.trim();
  const iso = ISO_MONTH.exec(trimmed);
  if (iso) return monthKeyIfValid(Number(iso[1]), Number(iso[2]));
  const numeric = NUMERIC_MONTH.exec(trimmed);
  if (numeric) return monthKeyIfValid(Number(numeric[2]), Number(numeric[1]));
  const named = splitNamedMonth(trimmed);
  if (named) {
    const month = findMonthNumber(named.name);
    return month === undefined ? undefined : toMonthKey(Number(named.year), month);
  }
  const short = SHORT_NAMED_MONTH.exec(trimmed);
  const shortMonth = short ? findMonthNumber(short[1]) : undefined;
  const shortYear = short ? readShortYear(short[2]) : undefined;
  if (shortMonth !== undefined && shortYear !== undefined) return toMonthKey(shortYear, shortMonth);
  const day = parseDateText(trimmed);
  return day === undefined ? undefined : monthKeyOfSerial(day);
}

/** `maart 2021` or `2021 maart` as its word and its four-digit year, whether or not the word is a month. */
export function splitNamedMonth(text: string): { readonly name: string; readonly year: string } | undefined {
  const named = NAMED_MONTH.exec(text.trim());
  return named ? { name: named[1] ?? named[4], year: named[2] ?? named[3] } : undefined;
}

/** The years a short year (`21`) stands for: the scheme's, from 2006 on, up to next year. */
const CENTURY = 2000;
const FIRST_SHORT_YEAR = 6;

function readShortYear(digits: string): number | undefined {
  const short = Number(digits);
  return short >= FIRST_SHORT_YEAR && short <= (new Date().getFullYear() % 100) + 1 ? CENTURY + short : undefined;
}

function stripTimeOfDay(text: string): string {
  return text.includes(":") ? text.replace(TIME_OF_DAY, "") : text;
}

/** The two numbers and the year of `15/03/2021` or `15/03/21`, in the order written. */
function readNumericDate(text: string): { first: number; second: number; year: number } | undefined {
  const date = BELGIAN_DATE.exec(text);
  if (date === null) return undefined;
  if (date[1] !== undefined) return { first: Number(date[1]), second: Number(date[2]), year: Number(date[3]) };
  const year = readShortYear(date[7]);
  return year === undefined ? undefined : { first: Number(date[4]), second: Number(date[6]), year };
}

function serialIfValid(year: number, month: number, day: number): DaySerial | undefined {
  return isValidCalendarDate(year, month, day) ? toDaySerial(year, month, day) : undefined;
}

function monthKeyIfValid(year: number, month: number): MonthKey | undefined {
  return month >= 1 && month <= 12 ? toMonthKey(year, month) : undefined;
}

/**
 * The order of day and month a file's numeric dates show: month first only when dates that can only
 * be read so (`1/15/2021`) are more than a stray typo (at least two, and a fifth of the dates or ten
 * of them: a file sorted by day shows the 13th only after the 1st to the 12th) and no
 * date can only be read day first (`15/1/2021`); or, in a table of months (`monthRows`: a month
 * column and a count of loans), when no date shows it either way and, read month first, every date is the 1st of
 * two months or more, as such a table dates its rows (and day first likewise when that reading makes
 * each the 1st); a file of loans dated 2, 5 and 9 January stays day first. Otherwise
 * day first, as in Belgium; `open` when no date shows it either way (`2/1/2021`, `5/3/2021`), which
 * is read day first too.
 */
export function decideDateOrder(texts: Iterable<string>, monthRows = false): DateOrder | "open" {
  let dates = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  // A table of months dates each row on the 1st: `1/1/2021, 2/1/2021, 3/1/2021` is January to March
  // read month first, and three days of January read day first.
  let firstOfMonthMonthFirst = true;
  let firstOfMonthDayFirst = true;
  const firstNumbers = new Set<number>();
  const secondNumbers = new Set<number>();
  for (const text of texts) {
    const plain = stripTimeOfDay(text.trim());
    const date = readNumericDate(plain);
    if (date === undefined) continue;
    dates++;
    const { first, second } = date;
    if (first > 12) dayFirst++;
    if (second > 12) monthFirst++;
    // Dots are how Europe writes dates (`1.3.2021`), never an American export: no month first for them.
    if (second !== 1 || plain.includes(".")) firstOfMonthMonthFirst = false;
    if (first !== 1) firstOfMonthDayFirst = false;
    if (firstNumbers.size < 2) firstNumbers.add(first);
    if (secondNumbers.size < 2) secondNumbers.add(second);
  }
  if (dayFirst > 0) return "dayFirst";
  if (monthFirst >= 2 && (monthFirst * 5 >= dates || monthFirst >= MONTH_FIRST_DATES)) return "monthFirst";
  if (monthFirst > 0 || dates === 0) return "dayFirst";
  if (!monthRows) return "open";
  if (firstOfMonthMonthFirst && !firstOfMonthDayFirst && firstNumbers.size >= 2) return "monthFirst";
  if (firstOfMonthDayFirst && !firstOfMonthMonthFirst && secondNumbers.size >= 2) return "dayFirst";
  return "open";
}

const MONTH_FIRST_DATES = 10;

/** The numeric dates of a whole text (`15/03/2021`), for `decideDateOrder` when a sample leaves it open. */
export function* listNumericDates(text: string): Generator<string> {
  for (const match of text.matchAll(NUMERIC_DATES)) yield match[0];
}

const NUMERIC_DATES = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{1,2}([/-])\d{1,2}\1\d{2}\b/g;
