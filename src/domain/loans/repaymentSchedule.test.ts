import fc from "fast-check";
import { formatIsoDate, serialOfIsoLiteral, toDaySerial } from "../dates/daySerial";
import { RepaymentMethod } from "./repaymentMethod";
import { buildRepaymentSchedule, LoanPlan, ScheduleRow } from "./repaymentSchedule";

const METHODS: readonly RepaymentMethod[] = ["annuity", "linear", "bullet"];
const FREQUENCIES = [1, 2, 4, 12];

function plan(overrides: Partial<LoanPlan> = {}): LoanPlan {
  return {
    amountCents: 1_000_000,
    termYears: 5,
    rate: 0.0175,
    startSerial: serialOfIsoLiteral("2021-01-31"),
    paymentsPerYear: 12,
    method: "annuity",
    ...overrides,
  };
}

function scheduleOf(loan: LoanPlan): ScheduleRow[] {
  const result = buildRepaymentSchedule(loan);
  if (!result.ok) throw new Error(`no schedule: ${result.error.code}`);
  return result.value;
}

const euroRow = (row: ScheduleRow) =>
  [row.instalmentCents, row.interestCents, row.principalCents, row.outstandingCents].map((cents) => cents / 100);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Excel's PMT(rate, nper, pv) for payments at the end of each period, as Excel documents it. */
/**
 * Excel's PMT(rate, nper, pv), written as the payment whose discounted payments add up to the loan
 * (pv / Σ (1 + rate)^-k): another formula than the code's, and one that subtracts no two nearly equal
 * numbers, so it stays exact at any rate, 1e-13 as well as 10 %.
 */
function excelPmt(rate: number, nper: number, pv: number): number {
  let discounted = 0;
  for (let k = 1; k <= nper; k++) discounted += Math.pow(1 + rate, -k);
  return -pv / discounted;
}

describe("buildRepaymentSchedule on known tables", () => {
  // 10,000 euro at 1.75 % over 5 years. Expected figures computed independently with exact decimal
  // arithmetic (Python's decimal module, round half up per payment), not with this code.
  it.each([
    // [method, payments a year, rows, first row, last row (instalment, interest, principal, outstanding), total interest]
    ["annuity", 12, 60, [174.19, 14.58, 159.61, 9840.39], [173.94, 0.25, 173.69, 0], 451.15],
    ["annuity", 4, 20, [523.29, 43.75, 479.54, 9520.46], [523.21, 2.28, 520.93, 0], 465.72],
    ["annuity", 2, 10, [1048.75, 87.5, 961.25, 9038.75], [1048.8, 9.1, 1039.7, 0], 487.55],
    ["annuity", 1, 5, [2106.21, 175, 1931.21, 8068.79], [2106.24, 36.23, 2070.01, 0], 531.08],
    ["linear", 12, 60, [181.24, 14.58, 166.66, 9833.34], [167.3, 0.24, 167.06, 0], 444.81],
    ["linear", 4, 20, [543.75, 43.75, 500, 9500], [502.19, 2.19, 500, 0], 459.4],
    ["linear", 2, 10, [1087.5, 87.5, 1000, 9000], [1008.75, 8.75, 1000, 0], 481.25],
    ["linear", 1, 5, [2175, 175, 2000, 8000], [2035, 35, 2000, 0], 525],
    ["bullet", 12, 60, [14.58, 14.58, 0, 10000], [10014.58, 14.58, 10000, 0], 874.8],
    ["bullet", 4, 20, [43.75, 43.75, 0, 10000], [10043.75, 43.75, 10000, 0], 875],
    ["bullet", 2, 10, [87.5, 87.5, 0, 10000], [10087.5, 87.5, 10000, 0], 875],
    ["bullet", 1, 5, [175, 175, 0, 10000], [10175, 175, 10000, 0], 875],
  ] as const)(
    "gives %s with %i payments a year: %i rows",
    (method, paymentsPerYear, count, first, last, totalInterest) => {
      const rows = scheduleOf(plan({ method, paymentsPerYear }));
      expect(rows).toHaveLength(count);
      expect(euroRow(rows[0])).toEqual(first);
      expect(euroRow(rows[rows.length - 1])).toEqual(last);
      expect(sum(rows.map((row) => row.interestCents)) / 100).toBeCloseTo(totalInterest, 10);
    },
  );

  it("pays every annuity instalment but the last at Excel's PMT rounded to cents", () => {
    for (const paymentsPerYear of FREQUENCIES) {
      const rows = scheduleOf(plan({ paymentsPerYear }));
      const pmtCents = Math.round(excelPmt(0.0175 / paymentsPerYear, 5 * paymentsPerYear, -10_000) * 100);
      expect(new Set(rows.slice(0, -1).map((row) => row.instalmentCents))).toEqual(new Set([pmtCents]));
    }
  });

  it.each([
    // [payments a year, the first dates] from a start on 31 January
    [12, ["2021-02-28", "2021-03-31", "2021-04-30"], "2026-01-31"],
    [4, ["2021-04-30", "2021-07-31", "2021-10-31"], "2026-01-31"],
    [2, ["2021-07-31", "2022-01-31", "2022-07-31"], "2026-01-31"],
    [1, ["2022-01-31", "2023-01-31", "2024-01-31"], "2026-01-31"],
  ])("dates %i payments a year from 31 January at month-ends", (paymentsPerYear, firstDates, lastDate) => {
    for (const method of METHODS) {
      const dates = scheduleOf(plan({ paymentsPerYear, method })).map((row) => formatIsoDate(row.dateSerial));
      expect(dates.slice(0, 3)).toEqual(firstDates);
      expect(dates[dates.length - 1]).toBe(lastDate);
    }
  });

  it("splits a zero-rate annuity into equal parts with the rest at the end", () => {
    const rows = scheduleOf(plan({ amountCents: 1_000_000, termYears: 1, rate: 0, paymentsPerYear: 12 }));
    expect(rows.slice(0, 11).every((row) => row.instalmentCents === 83_333 && row.interestCents === 0)).toBe(true);
    expect(rows[11].instalmentCents).toBe(83_337);
  });

  it.each([0, 1e-17, 1e-323])("repays in equal parts at a rate of %p", (rate) => {
    const rows = scheduleOf(plan({ amountCents: 1_200_000, termYears: 1, rate }));
    expect(rows.map((row) => row.instalmentCents)).toEqual(new Array(12).fill(100_000));
  });

  it.each([1e-14, 1e-13, 1e-12, 1e-11])("keeps the instalment at the equal part at a tiny rate of %p", (rate) => {
    const rows = scheduleOf(plan({ amountCents: 1_000_000, termYears: 5, rate, paymentsPerYear: 12 }));
    expect(new Set(rows.slice(0, -1).map((row) => row.instalmentCents))).toEqual(new Set([16_667]));
    expect(rows[rows.length - 1].instalmentCents).toBe(16_647);
  });

  it("pays the interest when PMT rounds a cent below it, never a negative principal part", () => {
    const rows = scheduleOf({
      amountCents: 142_229_762,
      termYears: 26,
      rate: 0.927562225,
      startSerial: 38961,
      paymentsPerYear: 2,
      method: "annuity",
    });
    expect(rows.filter((row) => row.principalCents < 0)).toEqual([]);
    expect(rows[0].instalmentCents).toBe(rows[0].interestCents);
    expect(rows[rows.length - 1].outstandingCents).toBe(0);
  });

  it("stops repaying once a tiny annuity is cleared, never going below zero", () => {
    const rows = scheduleOf(plan({ amountCents: 100, termYears: 10, rate: 0, paymentsPerYear: 12 }));
    expect(rows.map((row) => row.principalCents)).toEqual([...new Array(100).fill(1), ...new Array(20).fill(0)]);
    expect(rows.every((row) => row.outstandingCents >= 0)).toBe(true);
  });
});

describe("buildRepaymentSchedule on exact half cents", () => {
  // 35,045 euro at 0.9 %: 35,045 × 0.009 = 315.405 exactly, which Excel's ROUND makes 315.41.
  it.each([
    // [payments a year, first interest (euro), by hand: 35,045 × 0.009 / n]
    [1, 315.41], // 315.405
    [2, 157.7], // 157.7025
    [4, 78.85], // 78.85125
    [12, 26.28], // 26.28375
  ])("gives the first interest with %i payments a year as %d", (paymentsPerYear, interest) => {
    const rows = scheduleOf(
      plan({ amountCents: 3_504_500, rate: 0.9 / 100, paymentsPerYear, startSerial: serialOfIsoLiteral("2021-03-15") }),
    );
    expect(rows[0].interestCents / 100).toBe(interest);
  });

  it.each([
    // [amount (cents), rate, payments a year, first interest (cents)]; the exact product, from Python's
    // decimal module (balance × rate / n, ROUND_HALF_UP), in the comment
    [3_504_500, 0.009, 1, 31_541], // 31,540.5
    [1_000_040, 0.0125, 1, 12_501], // 12,500.5
    [1_000_100, 0.0175, 2, 8_751], // 8,750.875
    [1_000_020, 0.0175, 2, 8_750], // 8,750.175
    [1_000_200, 0.0125, 4, 3_126], // 3,125.625
    [2_000_100, 0.0175, 4, 8_750], // 8,750.4375
    [1_020_000, 0.0175, 12, 1_488], // 1,487.5
    [1_200_040, 0.0125, 12, 1_250], // 1,250.0416…
  ])(
    "rounds %i cents at %d with %i payments a year to %i cents of interest",
    (amountCents, rate, paymentsPerYear, cents) => {
      expect(scheduleOf(plan({ amountCents, rate, paymentsPerYear }))[0].interestCents).toBe(cents);
    },
  );
});

describe("buildRepaymentSchedule on bad input", () => {
  it.each([
    ["a zero amount", { amountCents: 0 }, "invalid_number", "argument_not_positive"],
    ["a negative amount", { amountCents: -100 }, "invalid_number", "argument_not_positive"],
    ["an amount above 10 billion euro", { amountCents: 1_000_000_000_001 }, "invalid_number", "amount_too_large"],
    ["an amount of 1e300 euro", { amountCents: 1e302 }, "invalid_number", "amount_too_large"],
    ["an infinite amount", { amountCents: Infinity }, "invalid_number", "amount_too_large"],
    ["a zero term", { termYears: 0 }, "invalid_number", "term_years_invalid"],
    ["a negative term", { termYears: -5 }, "invalid_number", "term_years_invalid"],
    ["a fractional term", { termYears: 7.5 }, "invalid_number", "term_years_invalid"],
    ["a term of 51 years", { termYears: 51 }, "invalid_number", "term_years_invalid"],
    ["a negative rate", { rate: -0.01 }, "invalid_number", "argument_negative"],
    ["a rate of 50", { rate: 50 }, "invalid_value", "rate_not_fraction"],
    ["a rate of 1 (100 %)", { rate: 1 }, "invalid_value", "rate_not_fraction"],
    [
      "a start before the scheme",
      { startSerial: serialOfIsoLiteral("2006-08-31") },
      "not_available",
      "date_before_scheme",
    ],
    ["3 payments a year", { paymentsPerYear: 3 }, "invalid_value", "payments_per_year_invalid"],
  ] as const)("refuses %s", (_case, overrides, kind, code) => {
    const result = buildRepaymentSchedule(plan(overrides));
    expect(result.ok ? undefined : [result.error.kind, result.error.code]).toEqual([kind, code]);
  });

  it.each([
    ["the longest term", { termYears: 50 }],
    ["1 billion euro", { amountCents: 100_000_000_000 }],
    ["a rate just under 100 %", { rate: 0.999 }],
    ["the scheme's first day", { startSerial: serialOfIsoLiteral("2006-09-01") }],
  ] as const)("accepts %s", (_case, overrides) => {
    expect(buildRepaymentSchedule(plan(overrides)).ok).toBe(true);
  });
});

describe("buildRepaymentSchedule for any valid loan", () => {
  const validPlan = fc.record({
    amountCents: fc.integer({ min: 1, max: 100_000_000_000 }),
    termYears: fc.integer({ min: 1, max: 50 }),
    rate: fc.oneof(
      fc.integer({ min: 0, max: 2_000 }).map((basisPoints) => basisPoints / 10_000),
      fc.double({ min: 0, max: 0.99, noNaN: true }),
    ),
    startSerial: fc.integer({ min: toDaySerial(2006, 9, 1), max: toDaySerial(2080, 12, 31) }),
    paymentsPerYear: fc.constantFrom(...FREQUENCIES),
    method: fc.constantFrom(...METHODS),
  });

  /** The first broken promise of a schedule, or undefined; one check per row keeps 300 runs fast. */
  function findFlaw(loan: LoanPlan, rows: readonly ScheduleRow[]): string | undefined {
    if (rows.length !== loan.termYears * loan.paymentsPerYear) return `${rows.length} rows`;
    if (sum(rows.map((row) => row.principalCents)) !== loan.amountCents) return "principal does not add up";
    if (rows[rows.length - 1].outstandingCents !== 0) return "something left at the end";
    let outstandingCents = loan.amountCents;
    let previousDate = loan.startSerial;
    for (const [k, row] of rows.entries()) {
      outstandingCents -= row.principalCents;
      const cents = [row.instalmentCents, row.interestCents, row.principalCents, row.outstandingCents];
      if (cents.some((value) => value < 0 || !Number.isInteger(value))) return `row ${k}: ${cents}`;
      if (row.instalmentCents !== row.interestCents + row.principalCents) return `row ${k}: instalment`;
      if (row.outstandingCents !== outstandingCents) return `row ${k}: outstanding`;
      if (row.dateSerial <= previousDate) return `row ${k}: date`;
      previousDate = row.dateSerial;
    }
    return undefined;
  }

  it("repays the amount to the cent, never owes less than nothing, and ends at zero", () => {
    fc.assert(
      fc.property(validPlan, (loan) => {
        expect(findFlaw(loan, scheduleOf(loan))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every annuity instalment but the last at PMT rounded, while a balance remains", () => {
    fc.assert(
      fc.property(validPlan, (loan) => {
        const rows = scheduleOf({ ...loan, method: "annuity" });
        const periods = rows.length;
        const pmtCents = Math.round(excelPmt(loan.rate / loan.paymentsPerYear, periods, -loan.amountCents));
        // Only a balance smaller than one instalment's principal part is cleared early, at a lower
        // instalment; and where PMT rounds below a period's interest (rates near 100 %), the interest is paid.
        const offPmt = rows
          .slice(0, -1)
          .filter(
            (row) =>
              row.outstandingCents > 0 &&
              row.instalmentCents !== pmtCents &&
              !(row.principalCents === 0 && row.interestCents > pmtCents),
          );
        expect(offPmt).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
