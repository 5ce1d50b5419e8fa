import { fail, Result, succeed } from "../errors/result";

/**
 * A yearly interest rate as Excel users type percentages: 1.75 % arrives as the fraction 0.0175.
 * A rate of 1 (100 %) or more is surely a percentage typed without the % sign (50 for 0.5 %, 1.75 for
 * 1.75 %), so it is refused as an invalid value, whose message Excel shows, rather than as #NUM!.
 */
export function requireRateFraction(rate: number, argument: string): Result<number> {
  if (rate < 0) return fail("invalid_number", "argument_negative", { argument, value: rate });
  if (rate >= 1) return fail("invalid_value", "rate_not_fraction", { argument, value: rate });
  return succeed(rate);
}

/**
 * The rate in basis points (0.0175 → 175), rounded to 1/10,000 of a basis point: Excel hands over
 * 0.875 % as 0.00875 plus binary noise, and rates are compared exactly against the bounds.
 */
export function toRateBasisPoints(rate: number): number {
  return Math.round(rate * 1e8) / 1e4;
}
