import fc from "fast-check";
import { serialOfIsoLiteral, toCalendarDate } from "../dates/daySerial";
import { computeLenderCredits, LenderCredits } from "./lenderCredits";
import { buildLenderYears } from "./lenderYears";
import { RegisterLoan } from "./readLoanRegister";
import { anyLoanPlan } from "./fixtures/anyLoanPlan";

const day = serialOfIsoLiteral;

function loan(
  row: number,
  lender: string,
  amountEuro: number,
  iso: string,
  overrides: Partial<RegisterLoan> = {},
): RegisterLoan {
  return {
    row,
    lender,
    lenderKey: lender.toLowerCase(),
    borrower: "BV",
    borrowerKey: "bv",
    conclusionSerial: day(iso),
    startSerial: day(iso),
    amountCents: Math.round(amountEuro * 100),
    termYears: 5,
    rate: 0.0175,
    paymentsPerYear: 12,
    method: "bullet",
    ...overrides,
  };
}

function creditsOf(loans: RegisterLoan[], taxYear: number): LenderCredits {
  const result = computeLenderCredits(loans, taxYear);
  if (!result.ok) throw new Error(`${result.row}: ${result.error.code}`);
  return result.value;
}

const euro = (credits: LenderCredits) =>
  credits.lenders.map((l) => [l.lender, l.jan1Cents / 100, l.dec31Cents / 100, l.creditCents / 100]);

describe("computeLenderCredits", () => {
  const loans = [
    loan(2, "An", 50_000, "2021-01-15"),
    loan(3, "Bert", 20_000, "2020-03-01", { termYears: 8 }),
    loan(4, "an", 40_000, "2021-06-01"),
  ];

  it.each([
    // [tax year, per lender: lender, total 1 January, total 31 December, credit (euro)]; worked out by hand
    [
      2020,
      [
        ["An", 0, 0, 0],
        ["Bert", 0, 20_000, 250],
      ],
    ],
    [
      2021,
      [
        ["An", 0, 90_000, 937.5],
        ["Bert", 20_000, 20_000, 500],
      ],
    ], // An's 90,000 capped at 75,000
    [
      2022,
      [
        ["An", 90_000, 90_000, 1_875],
        ["Bert", 20_000, 20_000, 500],
      ],
    ], // 1,250 + 1,000 apart, capped together
    [
      2026,
      [
        ["An", 90_000, 0, 937.5],
        ["Bert", 20_000, 20_000, 500],
      ],
    ], // both of An's loans end in 2026
    [
      2030,
      [
        ["An", 0, 0, 0],
        ["Bert", 0, 0, 0],
      ],
    ], // Bert's ended on 1 March 2028
  ])("gives the lenders of %i, in order of first appearance, their capped credit", (taxYear, expected) => {
    expect(euro(creditsOf(loans, taxYear as number))).toEqual(expected);
  });

  it("caps at 50,000 for tax years up to 2019", () => {
    const credits = creditsOf(
      [
        loan(2, "Cees", 30_000, "2017-01-15", { termYears: 8 }),
        loan(3, "Cees", 30_000, "2018-02-01", { termYears: 8 }),
      ],
      2019,
    );
    expect(euro(credits)).toEqual([["Cees", 60_000, 60_000, 1_250]]);
  });

  it("sums the lenders in a total", () => {
    const { total } = creditsOf(loans, 2022);
    expect([total.jan1Cents, total.dec31Cents, total.creditCents]).toEqual([11_000_000, 11_000_000, 237_500]);
  });

  it.each([
    [
      "a term SCHEDULE refuses",
      [loan(2, "An", 1_000, "2021-01-15"), loan(5, "An", 1_000, "2021-01-15", { termYears: 7.5 })],
      2021,
      [5, "term_years_invalid"],
    ],
    ["a tax year before the scheme", [loan(2, "An", 1_000, "2021-01-15")], 2005, [0, "tax_year_invalid"]],
  ])("fails on %s, naming the row", (_case, loans, taxYear, expected) => {
    const result = computeLenderCredits(loans, taxYear);
    expect(result.ok ? "ok" : [result.row, result.error.code]).toEqual(expected);
  });
});

const anyLoan: fc.Arbitrary<RegisterLoan> = anyLoanPlan(120_000, 10).map((plan) => ({
  ...loan(2, "An", 1, "2021-01-01"),
  ...plan,
  conclusionSerial: plan.startSerial,
}));

describe("computeLenderCredits for any single loan", () => {
  it("equals LENDER_YEARS' credit of that year, and over the loan's life adds up to LENDER_YEARS' total", () => {
    fc.assert(
      fc.property(anyLoan, (single) => {
        const years = buildLenderYears(single);
        if (!years.ok) throw new Error(years.error.code);
        let lifeCents = 0;
        for (const year of years.value.years) {
          const credits = creditsOf([single], year.year);
          expect([year.year, credits.lenders[0].creditCents]).toEqual([year.year, year.creditCents]);
          lifeCents += credits.total.creditCents;
        }
        expect(lifeCents).toBe(years.value.total.creditCents);
        // and nothing before the start year or after the last year
        const startYear = toCalendarDate(single.startSerial).year;
        expect(creditsOf([single], startYear - 1 < 2006 ? 2006 : startYear - 1).total.creditCents).toBe(
          startYear - 1 < 2006 ? years.value.years[0].creditCents : 0,
        );
        expect(creditsOf([single], years.value.years[years.value.years.length - 1].year + 1).total.creditCents).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it("never gives a lender more than 2.5 % of the cap, however many loans", () => {
    fc.assert(
      fc.property(
        fc.array(anyLoan, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2006, max: 2036 }),
        (many, taxYear) => {
          const { lenders } = creditsOf(many, taxYear);
          expect(lenders).toHaveLength(1);
          expect(lenders[0].creditCents).toBeLessThanOrEqual((taxYear < 2020 ? 50_000 : 75_000) * 100 * 0.025);
        },
      ),
      { numRuns: 100 },
    );
  });
});
