/*
 * Interest of one period in whole cents, rounded the way Excel's ROUND rounds: an exact half cent goes
 * up. A rate in binary floating point cannot hold 0.9 % exactly, so `cents × rate` lands a hair below
 * 315.405 and rounds down; the rate is therefore taken as an integer count of 1/100,000,000 (the
 * precision CHECK_LOAN compares rates at) and the division done in integers.
 */

/** Units of the rate numerator: a rate of 0.009 is 900,000 of these. */
export const RATE_SCALE = 100_000_000;

/** The rate as an integer count of 1/RATE_SCALE, the binary noise of a typed percentage rounded off. */
export function toScaledRate(rate: number): number {
  return Math.round(rate * RATE_SCALE);
}

/**
 * round_half_up(balanceCents × scaledRate / (RATE_SCALE × paymentsPerYear)) for non-negative
 * whole-cent balances. Exact: in floating point while the product stays an integer below 2^53,
 * in BigInt beyond (balances of 100,000s of euro at high rates, as aggregated registrations have).
 */
export function computePeriodInterestCents(balanceCents: number, scaledRate: number, paymentsPerYear: number): number {
  const numerator = balanceCents * scaledRate;
  const denominator = RATE_SCALE * paymentsPerYear;
  if (!Number.isSafeInteger(numerator)) return computeLargePeriodInterestCents(balanceCents, scaledRate, denominator);
  let quotient = Math.floor(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  // The float division can land one off near an integer; the exact remainder puts it right.
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  } else if (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  return 2 * remainder >= denominator ? quotient + 1 : quotient;
}

function computeLargePeriodInterestCents(balanceCents: number, scaledRate: number, denominator: number): number {
  const numerator = BigInt(balanceCents) * BigInt(scaledRate);
  const divisor = BigInt(denominator);
  const two = BigInt(2);
  return Number((two * numerator + divisor) / (two * divisor));
}
