import { DaySerial, isValidCalendarDate, toDaySerial } from "./daySerial";
import { findMonthNumber } from "./monthNames";
import { MonthKey, monthKeyOfSerial, toMonthKey } from "./monthKey";

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Belgian order: day first. Separators as people type them: 15/03/2021, 15-03-2021, 15.03.2021.
const BELGIAN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
// Written out, as in letters and deeds: 15 maart 2021, 15 March 2021, 15 mrt. 2021.
const WRITTEN_DATE = /^(\d{1,2})\s+([\p{L}.]+)\s+(\d{4})$/u;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const NUMERIC_MONTH = /^(\d{1,2})[/.-](\d{4})$/;
const NAMED_MONTH = /^(?:([\p{L}.]+)\s+(\d{4})|(\d{4})\s+([\p{L}.]+))$/u;

/** Which number comes first in `03/04/2021`: the day, as in Belgium, or the month, as in an American export. */
export type DateOrder = "dayFirst" | "monthFirst";

/**
 * A day written as `2021-03-15`, `15/03/2021` or `15 maart 2021`; undefined when the text is not a real
 * calendar day. `order`: how a file's numeric dates put day and month (`decideDateOrder`).
 */
export function parseDateText(text: string, order: DateOrder = "dayFirst"): DaySerial | undefined {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return serialIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const belgian = BELGIAN_DATE.exec(trimmed);
  if (belgian) {
    const [first, second] = [Number(belgian[1]), Number(belgian[2])];
    return order === "dayFirst"
      ? serialIfValid(Number(belgian[3]), second, first)
      : serialIfValid(Number(belgian[3]), first, second);
  }
  const written = WRITTEN_DATE.exec(trimmed);
  const month = written ? findMonthNumber(written[2]) : undefined;
  return written && month !== undefined ? serialIfValid(Number(written[3]), month, Number(written[1])) : undefined;
}

/** A month written as `2021-03`, `03/2021`, `maart 2021`, `2021 maart`, `March 2021`, or any day within it. */
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
  const day = parseDateText(trimmed);
  return day === undefined ? undefined : monthKeyOfSerial(day);
}

/** `maart 2021` or `2021 maart` as its word and its four-digit year, whether or not the word is a month. */
export function splitNamedMonth(text: string): { readonly name: string; readonly year: string } | undefined {
  const named = NAMED_MONTH.exec(text.trim());
  return named ? { name: named[1] ?? named[4], year: named[2] ?? named[3] } : undefined;
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
 * date can only be read day first (`15/1/2021`); or when no date shows it either way and, read month
 * first, every date is the 1st of two months or more, as a table of months dates its rows (and day
 * first likewise when that reading makes each the 1st). Otherwise
 * day first, as in Belgium; `open` when no date shows it either way (`2/1/2021`, `5/3/2021`), which
 * is read day first too.
 */
export function decideDateOrder(texts: Iterable<string>): DateOrder | "open" {
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
    const date = BELGIAN_DATE.exec(text.trim());
    if (date === null) continue;
    dates++;
    const first = Number(date[1]);
    const second = Number(date[2]);
    if (first > 12) dayFirst++;
    if (second > 12) monthFirst++;
    if (second !== 1) firstOfMonthMonthFirst = false;
    if (first !== 1) firstOfMonthDayFirst = false;
    if (firstNumbers.size < 2) firstNumbers.add(first);
    if (secondNumbers.size < 2) secondNumbers.add(second);
  }
  if (dayFirst > 0) return "dayFirst";
  if (monthFirst >= 2 && (monthFirst * 5 >= dates || monthFirst >= MONTH_FIRST_DATES)) return "monthFirst";
  if (monthFirst > 0 || dates === 0) return "dayFirst";
  if (firstOfMonthMonthFirst && !firstOfMonthDayFirst && firstNumbers.size >= 2) return "monthFirst";
  if (firstOfMonthDayFirst && !firstOfMonthMonthFirst && secondNumbers.size >= 2) return "dayFirst";
  return "open";
}

const MONTH_FIRST_DATES = 10;

/** The numeric dates of a whole text (`15/03/2021`), for `decideDateOrder` when a sample leaves it open. */
export function* listNumericDates(text: string): Generator<string> {
  for (const match of text.matchAll(NUMERIC_DATES)) yield match[0];
}

const NUMERIC_DATES = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b/g;
