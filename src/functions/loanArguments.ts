import { fail, Result, succeed } from "../domain/errors/result";
import { describeCell } from "../domain/registrations/describeCell";

/*
 * Optional word and number choices of the loan formulas. Omitted arrives as null, an empty cell as
 * null (web) or 0 (desktop): all three mean "the default", since 0 is no valid choice for any of them.
 */

function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || value === "" || value === 0;
}

/** The parsed word, the default when omitted, or the parser's own error for anything else. */
export function readOptionalChoice<T>(value: unknown, fallback: T, parse: (word: string) => Result<T>): Result<T> {
  if (isOmitted(value)) return succeed(fallback);
  return parse(typeof value === "string" ? value : describeCell(value));
}

export function readOptionalCount(value: unknown, fallback: number, argument: string): Result<number> {
  if (isOmitted(value)) return succeed(fallback);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail("invalid_value", "argument_not_number", { argument, value: describeCell(value) });
  }
  return succeed(value);
}
