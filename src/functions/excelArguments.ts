import { DaySerial } from "../domain/dates/daySerial";
import { MonthKey, monthKeyOfSerial } from "../domain/dates/monthKey";
import { parseMonthText } from "../domain/dates/parseDateText";
import { parseDateValue } from "../domain/dates/parseDateValue";
import { fail, Result, succeed } from "../domain/errors/result";
import { describeCell } from "../domain/registrations/describeCell";

/*
 * Excel values as the functions receive them: numbers (dates are serials), strings, booleans,
 * `null` for an omitted optional argument, and 0 (desktop) or null (web) for an empty cell.
 */

export function readNumber(value: unknown, argument: string): Result<number> {
  if (value === null || value === undefined || value === "")
    return fail("invalid_value", "argument_missing", { argument });
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail("invalid_value", "argument_not_number", { argument, value: describeCell(value) });
  }
  return succeed(value);
}

export function readOptionalNumber(value: unknown, argument: string): Result<number | undefined> {
  return value === null || value === undefined || value === "" ? succeed(undefined) : readNumber(value, argument);
}

/** Euro to integer cents; amounts are kept in cents so sums and caps are exact. */
export function readAmountCents(value: unknown, argument: string): Result<number> {
  const amount = readNumber(value, argument);
  return amount.ok ? succeed(Math.round(amount.value * 100)) : amount;
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
  if (serial !== undefined) return succeed(monthKeyOfSerial(serial));
  const key = typeof value === "string" ? parseMonthText(value) : undefined;
  return key === undefined
    ? fail("invalid_value", "argument_not_month", { argument, value: describeCell(value) })
    : succeed(key);
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
