import { DaySerial } from "../../dates/daySerial";
import { MonthKey, monthKeyOfSerial, toMonthKey } from "../../dates/monthKey";
import { SCHEME_LAST_SERIAL, SCHEME_START_SERIAL } from "../../rules/schemeStart";

/*
 * What a registration figure can be at all, whatever the rules of its day: beyond these a figure is
 * a typing or copying accident (a pasted account number, a date in the year 9999), never a loan.
 * Rule checks (terms allowed that day, per-lender maxima) are warnings; these bounds are errors.
 */

/** One row's principal: ten billion euro, far above all win-win loans ever registered together. */
export const MAX_ROW_PRINCIPAL_CENTS = 10_000_000_000 * 100;
/** One row's number of loans. */
export const MAX_ROW_LOANS = 10_000_000;
/** A win-win loan runs 5 to 10 years today; anything above 50 years cannot be a term. */
export const MAX_TERM_YEARS = 50;
/** Registrations are read up to the end of 2100; later dates are typing errors. */
export const LAST_REGISTRATION_SERIAL: DaySerial = SCHEME_LAST_SERIAL;

/** First and last month a registration can fall in, as month keys. */
export const FIRST_REGISTRATION_MONTH: MonthKey = monthKeyOfSerial(SCHEME_START_SERIAL);
export const LAST_REGISTRATION_MONTH: MonthKey = toMonthKey(2100, 12);

/** Months between the scheme's start and 2100: totals per month are kept in arrays of this length. */
export const REGISTRATION_MONTH_COUNT = LAST_REGISTRATION_MONTH - FIRST_REGISTRATION_MONTH + 1;

/**
 * The month of a day serial as an index from the scheme's first month (0 = September 2006), or -1
 * for a day outside the scheme's dates. A table lookup (34,000 days, 68 kB, built once in a few
 * milliseconds): ranges hand over 100,000s of date serials, and a calendar conversion per cell would
 * be most of a month summary's time.
 */
export function monthIndexOfSerial(serial: DaySerial): number {
  const offset = serial - FIRST_DAY;
  return offset >= 0 && serial < AFTER_LAST_DAY ? MONTH_INDEX_BY_DAY[offset | 0] : -1;
}

/*
 * The bounds as module-local constants: an exported constant is read back as a property of the
 * module's exports in the compiled code, once per row inside a reader's loop.
 */
const FIRST_DAY = SCHEME_START_SERIAL;
const AFTER_LAST_DAY = LAST_REGISTRATION_SERIAL + 1;
const MONTH_INDEX_BY_DAY = buildMonthIndexByDay();

function buildMonthIndexByDay(): Uint16Array {
  const table = new Uint16Array(LAST_REGISTRATION_SERIAL - SCHEME_START_SERIAL + 1);
  for (let day = 0; day < table.length; day++) {
    table[day] = monthKeyOfSerial(SCHEME_START_SERIAL + day) - FIRST_REGISTRATION_MONTH;
  }
  return table;
}

/**
 * Euro as whole cents, or NaN when the amount is not finite, beyond `maxCents`, or not exact to the
 * cent (`1.000,005`). Floating-point euro (`0.1 + 0.2`) counts as exact within a millionth of a cent.
 */
export function toExactCents(euro: number, maxCents: number): number {
  const cents = euro * 100;
  const rounded = Math.round(cents);
  const off = cents - rounded;
  // Almost every amount is within a millionth of a cent and within bounds: that answer first, the
  // rest (NaN, out of bounds, amounts in the billions) apart, so a reader's loop keeps a plain number.
  if (off <= 1e-6 && off >= -1e-6 && rounded <= maxCents && rounded >= -maxCents) return rounded;
  return toExactCentsBeyondFastPath(cents, rounded, maxCents);
}

/**
 * `toExactCents` for a positive amount within bounds, or 0, for the loops that read 100,000s of
 * cells: tested as floating-point numbers throughout, with no conversion to an integer and back. It
 * accepts a subset of what `toExactCents` accepts, with the same cents; a 0 here only sends the cell
 * to `toExactCents`, which decides. (0 rather than NaN: `NaN` is a global the compiled loop would look up.)
 */
export function toPlainCents(euro: number): number {
  const cents = euro * 100;
  const whole = Math.floor(cents + 0.5);
  return Math.abs(cents - whole) <= 1e-6 && cents >= 0.5 && cents < PLAIN_CENTS_LIMIT ? whole : 0;
}

const PLAIN_CENTS_LIMIT = MAX_ROW_PRINCIPAL_CENTS + 0.5;

/** Eight steps of a float's precision, relative to its size (about 1.8e-15). */
const FLOAT_STEPS = 8 * Number.EPSILON;

function toExactCentsBeyondFastPath(cents: number, rounded: number, maxCents: number): number {
  if (!(rounded <= maxCents && rounded >= -maxCents)) return NaN;
  const off = cents - rounded;
  // Within a millionth of a cent, or (for amounts in the billions) within a few steps of a float's
  // precision at that size: what reading `5.000.000.000,00` and multiplying by 100 may be off by,
  // while `5.000.000.000,004` is a fraction of a cent off, and not exact.
  return (off <= 1e-6 && off >= -1e-6) || Math.abs(off) <= Math.abs(cents) * FLOAT_STEPS ? rounded : NaN;
}
