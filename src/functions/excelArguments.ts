import { DaySerial } from "../domain/dates/daySerial";
import { MonthKey, monthKeyOfSerial } from "../domain/dates/monthKey";
import { parseMonthText } from "../domain/dates/parseDateText";
import { parseDateValue } from "../domain/dates/parseDateValue";
import { fail, Result, succeed } from "../domain/errors/result";
import { requireSchemeMonth } from "../domain/rules/schemeStart";
import { describeCell } from "../domain/registrations/describeCell";
import { parseNumberText, readNumberCell } from "../domain/registrations";
import { toAmountCents } from "../domain/loans/amountCents";
import { parseRateText } from "../domain/loans/rateFraction";
import { MAX_TERM_YEARS } from "../domain/registrations/cells/figureBounds";

/*
 * Excel values as the functions receive them: numbers (dates are serials), strings, booleans,
 * `null` for an omitted optional argument, and 0 (desktop) or null (web) for an empty cell.
 */

/** A number, or text as the range formulas read a cell ("50.000,00", "1,5"). */
export function readNumber(value: unknown, argument: string): Result<number> {
  return readFigure(value, argument, parseNumberText);
}

/** A term in years: a number, or text as a range's term cell is read ("5", "5 jaar", "8 years"). */
export function readTermNumber(value: unknown, argument: string): Result<number> {
  return readFigure(value, argument, (text) => readNumberCell(text));
}

/** A yearly rate: a number (1,5 % arrives as 0.015) or text such as "1,5%" or "0,015". */
export function readRate(value: unknown, argument: string): Result<number> {
  return readFigure(value, argument, parseRateText);
}

function readFigure(value: unknown, argument: string, parse: (text: string) => number): Result<number> {
  if (value === null || value === undefined || value === "")
    return fail("invalid_value", "argument_missing", { argument });
  const read = typeof value === "string" ? parse(value) : value;
  if (typeof read !== "number" || !Number.isFinite(read)) {
    return fail("invalid_value", "argument_not_number", { argument, value: describeCell(value) });
  }
  return succeed(read);
}

/**
 * An optional term in whole years: omitted, or an empty cell (null on the web, 0 on the desktop),
 * gives undefined; 5.5 is refused, since no loan runs part of a year.
 */
export function readOptionalTermYears(value: unknown, argument: string): Result<number | undefined> {
  if (value === null || value === undefined || value === "" || value === 0) return succeed(undefined);
  const term = readTermNumber(value, argument);
  if (!term.ok) return term;
  if (!Number.isInteger(term.value))
    return fail("invalid_value", "term_not_whole_years", { argument, value: { decimal: term.value } });
  // A term no loan can have is a typing error, never a term without registrations (#N/A).
  if (term.value < 1) return fail("invalid_number", "argument_not_positive", { argument, value: term.value });
  if (term.value > MAX_TERM_YEARS)
    return fail("invalid_number", "term_years_invalid", { argument, value: term.value, maximum: MAX_TERM_YEARS });
  return term;
}

/** Euro to integer cents, refusing what is not exact to the cent; sums and caps stay exact. */
export function readAmountCents(value: unknown, argument: string): Result<number> {
  const amount = readNumber(value, argument);
  return amount.ok ? toAmountCents(amount.value, argument) : amount;
}

/** A required date. 0 is how Excel desktop hands over an empty cell, so it counts as missing. */
export function readDate(value: unknown, argument: string): Result<DaySerial> {
  if (value === null || value === undefined || value === "" || value === 0) {
    return fail("invalid_value", "argument_missing", { argument });
  }
  const serial = parseDateValue(value);
  return serial === undefined
    ? fail("invalid_value", "argument_not_date", { argument, value: describeCell(value) })
    : succeed(serial);
}

export function readMonth(value: unknown, argument: string): Result<MonthKey> {
  if (value === null || value === undefined || value === "" || value === 0) {
    return fail("invalid_value", "argument_missing", { argument });
  }
  const serial = parseDateValue(value);
  if (serial !== undefined) return requireSchemeMonth(monthKeyOfSerial(serial));
  const key = typeof value === "string" ? parseMonthText(value) : undefined;
  return key === undefined
    ? fail("invalid_value", "argument_not_month", { argument, value: describeCell(value) })
    : requireSchemeMonth(key);
}

/** A range argument. Excel always hands one over as an array of equally long rows, so only the shape is checked. */
export function readMatrix(value: unknown, argument: string): Result<readonly (readonly unknown[])[]> {
  if (Array.isArray(value) && (value.length === 0 || Array.isArray(value[0]))) return succeed(value as unknown[][]);
  return fail("invalid_value", "argument_missing", { argument });
}

export function readOptionalMonth(value: unknown, argument: string): Result<MonthKey | undefined> {
  const omitted = value === null || value === undefined || value === "" || value === 0; // 0: an empty cell on desktop
  return omitted ? succeed(undefined) : readMonth(value, argument);
}
