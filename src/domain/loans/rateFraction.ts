import { fail, Result, succeed } from "../errors/result";
import { parseNumberText } from "../registrations";

/**
 * A yearly interest rate as Excel users type percentages: 1.75 % arrives as the fraction 0.0175.
 * A rate of 1 (100 %) or more is surely a percentage typed without the % sign (50 for 0.5 %, 1.75 for
 * 1.75 %), so it is refused as an invalid value, whose message Excel shows, rather than as #NUM!.
 */
export function requireRateFraction(rate: number, argument: string): Result<number> {
  if (rate < 0) return fail("invalid_number", "argument_negative", { argument, value: rate });
  if (rate >= 1) {
    // The user's own figure as the percentage they probably meant: 1.5 → "1,5 % of 0,015".
    const fraction = Number((rate / 100).toPrecision(12));
    return fail("invalid_value", "rate_not_fraction", {
      argument,
      value: { decimal: rate },
      fraction: { decimal: fraction },
    });
  }
  return succeed(rate);
}

/**
 * A rate typed as text, as a register cell or a formula argument holds it: "1,75 %" or "1.75%" as a
 * percentage, else a figure as the cell reader reads it ("0,0175"); NaN when it is neither.
 */
export function parseRateText(text: string): number {
  const trimmed = text.trim();
  return trimmed.endsWith("%") ? parseNumberText(trimmed.slice(0, -1)) / 100 : parseNumberText(trimmed);
}

/**
 * The rate in basis points (0.0175 → 175), rounded to 1/10,000 of a basis point: Excel hands over
 * 0.875 % as 0.00875 plus binary noise, and rates are compared exactly against the bounds.
 */
export function toRateBasisPoints(rate: number): number {
  return Math.round(rate * 1e8) / 1e4;
}
