import fc from "fast-check";
import { serialOfIsoLiteral, toCalendarDate } from "../dates/daySerial";
import { buildLenderYears, LenderYears } from "./lenderYears";
import { RepaymentMethod } from "./repaymentMethod";
import { LoanPlan } from "./repaymentSchedule";
import { anyLoanPlan, scheduleRowsOf } from "./fixtures/anyLoanPlan";

function plan(
  amountEuro: number,
  termYears: number,
  rate: number,
  iso: string,
  paymentsPerYear: number,
  method: RepaymentMethod,
): LoanPlan {
  return {
    amountCents: Math.round(amountEuro * 100),
    termYears,
    rate,
    startSerial: serialOfIsoLiteral(iso),
    paymentsPerYear,
    method,
  };
}

function lenderYearsOf(loan: LoanPlan): LenderYears {
  const result = buildLenderYears(loan);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const euroRows = (table: LenderYears) =>
  table.years.map((y) =>
    [y.year, y.jan1Cents, y.dec31Cents, y.interestCents, y.withholdingCents, y.creditCents, y.netCents].map((v, i) =>
      i === 0 ? v : v / 100,
    ),
  );

describe("buildLenderYears against the exact-decimal reference", () => {
  // Rows printed by fixtures/lenderYearsReference.py (Python's decimal, half up), not by this code:
  // year, 1 January, 31 December, interest, withholding tax, yearly credit, net (euro).
  it.each([
    [
      20000,
      5,
      0.02,
      "2021-03-15",
      1,
      "bullet",
      [
        [2021, 0, 20000, 0, 0, 250, 250],
        [2022, 20000, 20000, 400, 120, 500, 780],
        [2023, 20000, 20000, 400, 120, 500, 780],
        [2024, 20000, 20000, 400, 120, 500, 780],
        [2025, 20000, 20000, 400, 120, 500, 780],
        [2026, 20000, 0, 400, 120, 250, 530],
      ],
    ],
    [
      80000,
      10,
      0.0175,
      "2020-11-30",
      12,
      "annuity",
      [
        [2020, 0, 79389.48, 116.67, 35, 937.5, 1019.17],
        [2021, 79389.48, 71993.39, 1330.19, 399.06, 1837.42, 2768.55],
        [2022, 71993.39, 64466.81, 1199.7, 359.91, 1705.75, 2545.54],
        [2023, 64466.81, 56807.45, 1066.92, 320.08, 1515.93, 2262.77],
        [2024, 56807.45, 49012.98, 931.81, 279.54, 1322.76, 1975.03],
        [2025, 49012.98, 41080.99, 794.29, 238.29, 1126.17, 1682.17],
        [2026, 41080.99, 33009.1, 654.39, 196.32, 926.13, 1384.2],
        [2027, 33009.1, 24794.81, 511.99, 153.6, 722.55, 1080.94],
        [2028, 24794.81, 16435.61, 367.08, 110.12, 515.38, 772.34],
        [2029, 16435.61, 7928.95, 219.62, 65.89, 304.56, 458.29],
        [2030, 7928.95, 0, 69.55, 20.87, 99.11, 147.79],
      ],
    ],
    [
      45000,
      8,
      0.02,
      "2019-01-01",
      4,
      "linear",
      [
        [2019, 45000, 40781.25, 653.91, 196.17, 1072.27, 1530.01],
        [2020, 39375, 35156.25, 773.44, 232.03, 931.64, 1473.05],
        [2021, 33750, 29531.25, 660.94, 198.28, 791.02, 1253.68],
        [2022, 28125, 23906.25, 548.44, 164.53, 650.39, 1034.3],
        [2023, 22500, 18281.25, 435.94, 130.78, 509.77, 814.93],
        [2024, 16875, 12656.25, 323.44, 97.03, 369.14, 595.55],
        [2025, 11250, 7031.25, 210.94, 63.28, 228.52, 376.18],
        [2026, 5625, 1406.25, 98.44, 29.53, 87.89, 156.8],
        [2027, 0, 0, 7.03, 2.11, 0, 4.92],
      ],
    ],
    [
      60000,
      8,
      0.0425,
      "2012-06-30",
      2,
      "bullet",
      [
        [2012, 0, 60000, 1275, 267.75, 625, 1632.25],
        [2013, 60000, 60000, 2550, 637.5, 1250, 3162.5],
        [2014, 60000, 60000, 2550, 637.5, 1250, 3162.5],
        [2015, 60000, 60000, 2550, 637.5, 1250, 3162.5],
        [2016, 60000, 60000, 2550, 688.5, 1250, 3111.5],
        [2017, 60000, 60000, 2550, 765, 1250, 3035],
        [2018, 60000, 60000, 2550, 765, 1250, 3035],
        [2019, 60000, 60000, 2550, 765, 1250, 3035],
        [2020, 60000, 0, 1275, 382.5, 750, 1642.5],
      ],
    ],
    [
      35045,
      5,
      0.009,
      "2021-03-15",
      1,
      "annuity",
      [
        [2021, 0, 35045, 0, 0, 438.06, 438.06],
        [2022, 35045, 28161.04, 315.41, 94.62, 790.08, 1010.87],
        [2023, 28161.04, 21215.12, 253.45, 76.04, 617.2, 794.61],
        [2024, 21215.12, 14206.69, 190.94, 57.28, 442.77, 576.43],
        [2025, 14206.69, 7135.18, 127.86, 38.36, 266.77, 356.27],
        [2026, 7135.18, 0, 64.22, 19.27, 89.19, 134.14],
      ],
    ],
  ] as const)(
    "gives %d euro over %d years at %d from %s, %d payments a year, %s",
    (amount, term, rate, iso, perYear, method, expected) => {
      expect(euroRows(lenderYearsOf(plan(amount, term, rate, iso, perYear, method)))).toEqual(expected);
    },
  );

  it("gives the issue's example its totals: 2000 interest, 600 withholding, 2500 credit, 3900 net", () => {
    const { total } = lenderYearsOf(plan(20_000, 5, 0.02, "2021-03-15", 1, "bullet"));
    expect([total.interestCents, total.withholdingCents, total.creditCents, total.netCents]).toEqual([
      200_000, 60_000, 250_000, 390_000,
    ]);
  });

  it("refuses what SCHEDULE refuses", () => {
    const result = buildLenderYears(plan(20_000, 7.5, 0.02, "2021-03-15", 1, "bullet"));
    expect(result.ok ? "ok" : result.error.code).toBe("term_years_invalid");
  });
});

const anyPlan = anyLoanPlan();

describe("buildLenderYears for any loan", () => {
  it("adds up: the interest is the schedule's, the totals are the years' sums, net = interest − withholding + credit", () => {
    fc.assert(
      fc.property(anyPlan, (loan) => {
        const table = lenderYearsOf(loan);
        const rows = scheduleRowsOf(loan);
        const sum = (pick: (y: (typeof table.years)[number]) => number) => table.years.reduce((t, y) => t + pick(y), 0);
        expect(sum((y) => y.interestCents)).toBe(rows.reduce((t, row) => t + row.interestCents, 0));
        expect([sum((y) => y.withholdingCents), sum((y) => y.creditCents), sum((y) => y.netCents)]).toEqual([
          table.total.withholdingCents,
          table.total.creditCents,
          table.total.netCents,
        ]);
        for (const y of table.years) expect(y.netCents).toBe(y.interestCents - y.withholdingCents + y.creditCents);
      }),
      { numRuns: 200 },
    );
  });

  it("runs from the start year to the last payment's year, each year's 31 December the next year's 1 January unless a payment falls on 1 January", () => {
    fc.assert(
      fc.property(anyPlan, (loan) => {
        const { years } = lenderYearsOf(loan);
        const rows = scheduleRowsOf(loan);
        expect(years[0].year).toBe(toCalendarDate(loan.startSerial).year);
        expect(years[years.length - 1].year).toBe(toCalendarDate(rows[rows.length - 1].dateSerial).year);
        expect(years[years.length - 1].dec31Cents).toBe(0);
        const paysOnNewYear = rows.some((row) => {
          const date = toCalendarDate(row.dateSerial);
          return date.month === 1 && date.day === 1;
        });
        if (!paysOnNewYear) years.slice(1).forEach((y, i) => expect(y.jan1Cents).toBe(years[i].dec31Cents));
      }),
      { numRuns: 200 },
    );
  });

  it("gives a credit never above 2.5 % of the cap and never negative", () => {
    fc.assert(
      fc.property(anyPlan, (loan) => {
        for (const y of lenderYearsOf(loan).years) {
          const capCents = (y.year < 2020 ? 50_000 : 75_000) * 100;
          expect(y.creditCents).toBeGreaterThanOrEqual(0);
          expect(y.creditCents).toBeLessThanOrEqual(Math.round(capCents * 0.025));
        }
      }),
      { numRuns: 200 },
    );
  });
});
