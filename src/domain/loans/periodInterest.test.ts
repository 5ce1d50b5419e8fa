import fc from "fast-check";
import { computePeriodInterestCents, RATE_SCALE, toScaledRate } from "./periodInterest";

/** The reference: exact rational arithmetic in BigInt, half up, written apart from the code under test. */
function referenceInterestCents(balanceCents: number, scaledRate: number, paymentsPerYear: number): number {
  const numerator = BigInt(balanceCents) * BigInt(scaledRate) * BigInt(2);
  const denominator = BigInt(RATE_SCALE) * BigInt(paymentsPerYear) * BigInt(2);
  const quotient = numerator / denominator;
  return Number(numerator % denominator >= denominator / BigInt(2) ? quotient + BigInt(1) : quotient);
}

/** The smallest balance from `from` cents on whose interest is exactly some cents and a half. */
function findTieBalanceCents(from: number, scaledRate: number, paymentsPerYear: number): number | undefined {
  const denominator = BigInt(RATE_SCALE) * BigInt(paymentsPerYear);
  for (let cents = from; cents < from + 200_000; cents++) {
    if ((BigInt(cents) * BigInt(scaledRate) * BigInt(2)) % (denominator * BigInt(2)) === denominator) return cents;
  }
  return undefined;
}

describe("computePeriodInterestCents", () => {
  it("rounds the half cent of 35,045 euro at 0.9 % a year up, as Excel's ROUND does", () => {
    expect(computePeriodInterestCents(3_504_500, toScaledRate(0.9 / 100), 1)).toBe(31_541);
    expect(computePeriodInterestCents(3_504_500, toScaledRate(0.009), 1)).toBe(31_541);
  });

  it.each([
    // rates as Excel hands them over, with the binary noise of a typed percentage
    [0.9 / 100],
    [0.0175],
    [1.75 / 100],
    [0.00875],
    [0.875 / 100],
    [0.0125],
    [0.02875],
    [0.0575],
    [0.045],
    [0.0225],
    [0.001],
  ])("rounds every exact half cent up at a rate of %d, for 1, 2, 4 and 12 payments a year", (rate) => {
    const scaledRate = toScaledRate(rate);
    for (const paymentsPerYear of [1, 2, 4, 12]) {
      const tie = findTieBalanceCents(1_000_000, scaledRate, paymentsPerYear);
      if (tie === undefined) continue; // 12 payments at some rates never give an exact half cent
      const exactHalfUp = referenceInterestCents(tie, scaledRate, paymentsPerYear);
      expect([paymentsPerYear, tie, computePeriodInterestCents(tie, scaledRate, paymentsPerYear)]).toEqual([
        paymentsPerYear,
        tie,
        exactHalfUp,
      ]);
      // the balance really gives a half cent: twice the exact interest is an odd number of half cents
      expect(exactHalfUp * 2).toBe(
        Number((BigInt(tie) * BigInt(scaledRate) * BigInt(2)) / (BigInt(RATE_SCALE) * BigInt(paymentsPerYear))) + 1,
      );
    }
  });

  it("finds ties for every frequency at 0.9 % (so the loop above is not empty)", () => {
    for (const paymentsPerYear of [1, 2, 4, 12]) {
      expect(findTieBalanceCents(1_000_000, toScaledRate(0.009), paymentsPerYear)).toBeDefined();
    }
  });

  it("agrees with exact arithmetic on any balance, rate and frequency, small or huge", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.integer({ min: 0, max: RATE_SCALE - 1 }),
        fc.constantFrom(1, 2, 4, 12),
        (balanceCents, scaledRate, paymentsPerYear) =>
          computePeriodInterestCents(balanceCents, scaledRate, paymentsPerYear) ===
          referenceInterestCents(balanceCents, scaledRate, paymentsPerYear),
      ),
      { numRuns: 3000 },
    );
  });
});
