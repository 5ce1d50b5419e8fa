import { DaySerial } from "../../dates/daySerial";
import { MonthKey, monthKeyOfSerial } from "../../dates/monthKey";
import { findMonthNumber } from "../../dates/monthNames";
import { DateOrder, parseDateText, parseMonthText, splitNamedMonth } from "../../dates/parseDateText";
import { MAX_DATE_SERIAL } from "../../dates/parseDateValue";
import { describeCell } from "../describeCell";
import { readTotalLabel, readYearWord, TotalLabel } from "./readTotalLabel";

/** What the date or month cell of a row says. */
export type TimeCell =
  | { readonly kind: "day"; readonly month: MonthKey; readonly daySerial: DaySerial }
  | { readonly kind: "month"; readonly month: MonthKey }
  /** A month name without a year (`maart`): the year comes from the rows above. */
  | { readonly kind: "monthName"; readonly monthNumber: number }
  /** A year alone (`2021`, as a copied report writes it once above its months). */
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "total"; readonly label: TotalLabel }
  | { readonly kind: "empty" }
  /** A word where a month name belongs (`janvier`), with the year written beside it, if any. */
  | { readonly kind: "unknownMonthName"; readonly text: string; readonly year: number | undefined }
  | { readonly kind: "invalid"; readonly text: string };

const EMPTY: TimeCell = { kind: "empty" };
const CACHE_LIMIT = 20_000;
const WORD = /^[\p{L}.]+$/u;
const SERIAL_TEXT = /^\d{3,7}(?:\.\d+)?$/;

/**
 * Reads date and month cells, for the import and WINWIN.MONTH_SUMMARY alike: Excel serials,
 * `15/03/2021`, `2021-03-15`, `maart 2021`, `2021 maart`, `2021-03`, `03/2021`, a bare month name,
 * a year, or a total label (`Totaal januari`). Dates repeat a lot in per-loan files (a few hundred
 * distinct days in 100,000s of rows), so each distinct value is read once; the cache stops growing
 * past a limit, so a file of unique strings cannot exhaust memory.
 */
export class TimeCellReader {
  private readonly cache = new Map<unknown, TimeCell>();
  /** `15/03/2021` keyed by its eight digits (15032021): a number is looked up without hashing text. */
  private readonly slashedCache = new Map<number, TimeCell>();
  private order: DateOrder = "dayFirst";

  /** How the input's numeric dates put day and month; before any cell is read. */
  useDateOrder(order: DateOrder): void {
    this.order = order;
    this.cache.clear();
    this.slashedCache.clear();
  }

  read(cell: unknown): TimeCell {
    if (cell === null || cell === undefined || cell === "") return EMPTY;
    const digits = typeof cell === "string" ? readSlashedDigits(cell) : -1;
    const cache: Map<unknown, TimeCell> = digits < 0 ? this.cache : this.slashedCache;
    const key = digits < 0 ? cell : digits;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    // Read in full the first time, whatever its shape: the digits key only what was read.
    const read =
      typeof cell === "number"
        ? readSerial(cell)
        : typeof cell === "string"
          ? readTimeText(cell, this.order)
          : invalid(cell);
    if (cache.size < CACHE_LIMIT) cache.set(key, read);
    return read;
  }
}

/**
 * The eight digits of a text shaped exactly `dd/mm/yyyy` (`15/03/2021` → 15032021), which name
 * that text and no other; -1 for any other text.
 */
function readSlashedDigits(text: string): number {
  if (text.length !== 10 || text.charCodeAt(2) !== SLASH || text.charCodeAt(5) !== SLASH) return -1;
  let digits = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 2 || i === 5) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    digits = digits * 10 + digit;
  }
  return digits;
}

const SLASH = 47;

/** An Excel serial; 0 is how Excel desktop hands over an empty cell. The time of day is dropped. */
function readSerial(value: number): TimeCell {
  if (value === 0) return EMPTY;
  if (!(value >= 1 && value < MAX_DATE_SERIAL + 1)) return invalid(value);
  const daySerial = Math.floor(value);
  return { kind: "day", month: monthKeyOfSerial(daySerial), daySerial };
}

function readTimeText(raw: string, order: DateOrder): TimeCell {
  const text = raw.trim();
  if (text === "") return EMPTY;
  const day = parseDateText(text, order);
  if (day !== undefined) return { kind: "day", month: monthKeyOfSerial(day), daySerial: day };
  const year = readYearWord(text);
  if (year !== undefined) return { kind: "year", year };
  if (SERIAL_TEXT.test(text)) return readSerial(Number(text));
  const month = parseMonthText(text);
  if (month !== undefined) return { kind: "month", month };
  return readWords(text);
}

/** Month names without a year, total labels, and words that should have been a month. */
function readWords(text: string): TimeCell {
  const label = readTotalLabel(text.split(/\s+/));
  if (label !== undefined) return { kind: "total", label };
  if (WORD.test(text)) {
    const monthNumber = findMonthNumber(text);
    return monthNumber === undefined
      ? { kind: "unknownMonthName", text, year: undefined }
      : { kind: "monthName", monthNumber };
  }
  const withYear = splitNamedMonth(text);
  if (withYear) return { kind: "unknownMonthName", text: withYear.name, year: readYearWord(withYear.year) };
  return invalid(text);
}

function invalid(value: unknown): TimeCell {
  return { kind: "invalid", text: describeCell(value) };
}
