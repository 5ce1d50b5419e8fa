import { serialOfIsoLiteral } from "../dates/daySerial";
import {
  computeTaxYearCreditCents,
  computeWithholdingTaxCents,
  computeYearlyCreditCents,
  LAST_TAX_YEAR,
  requireTaxYearEnd,
} from "./yearlyCredit";

const day = serialOfIsoLiteral;
const cents = (euro: number) => Math.round(euro * 100);

describe("computeYearlyCreditCents", () => {
  it.each([
    // [outstanding 1 Jan, outstanding 31 Dec (euro), conclusion date, credit (euro)]
    [10_000, 10_000, "2021-03-01", 250],
    [0, 10_000, "2021-03-01", 125], // the first year: nothing outstanding on 1 January
    [10_000, 0, "2029-03-01", 125], // the last year
    [80_000, 80_000, "2020-10-06", 1_250], // capped at 50,000
    [80_000, 80_000, "2020-10-07", 1_875], // capped at 75,000
    [80_000, 80_000, "2020-10-08", 1_875],
    [80_000, 40_000, "2019-05-01", 1_125], // only the balance above the cap is capped
    [60_000, 0, "2006-09-01", 625],
    [12_345.67, 12_000, "2021-01-15", 304.32], // 2.5 % of 12,172.835 = 304.320875
    [0.2, 0.2, "2021-01-15", 0.01], // half a cent rounds up
    [0, 0, "2021-01-15", 0],
  ])("gives %d and %d euro outstanding on a loan of %s a credit of %d euro", (jan1, dec31, iso, credit) => {
    expect(computeYearlyCreditCents(cents(jan1), cents(dec31), day(iso))).toEqual({ ok: true, value: cents(credit) });
  });

  it.each([
    [-1, 100, "outstanding_jan1"],
    [100, -1, "outstanding_dec31"],
  ])("refuses a negative balance (%d, %d) as a number error naming %s", (jan1, dec31, argument) => {
    const result = computeYearlyCreditCents(jan1, dec31, day("2021-01-15"));
    expect(result.ok ? undefined : [result.error.kind, result.error.code, result.error.params.argument]).toEqual([
      "invalid_number",
      "argument_negative",
      argument,
    ]);
  });

  it("has no answer before the scheme", () => {
    const result = computeYearlyCreditCents(100, 100, day("2006-08-31"));
    expect(result.ok ? undefined : [result.error.kind, result.error.code]).toEqual([
      "not_available",
      "date_before_scheme",
    ]);
  });
});

describe("computeTaxYearCreditCents", () => {
  it.each([
    // [total 1 Jan, total 31 Dec (euro), tax year, credit (euro)]: the cap in force on 31 December
    [80_000, 80_000, 2019, 1_250], // 50,000 up to 2019
    [80_000, 80_000, 2020, 1_875], // 75,000 on 31 December 2020 (since 7 October 2020)
    [80_000, 80_000, 2021, 1_875],
    [120_000, 30_000, 2021, 1_312.5], // 2.5 % of (75,000 + 30,000) / 2
    [0, 20_000, 2021, 250],
    [0.2, 0.2, 2006, 0.01],
  ])("gives totals of %d and %d euro in %i a credit of %d euro", (jan1, dec31, year, credit) => {
    expect(computeTaxYearCreditCents(cents(jan1), cents(dec31), year)).toBe(cents(credit));
  });
});

describe("computeWithholdingTaxCents", () => {
  it.each([
    // [interest (euro), year, withholding (euro)]: the rate of the year the interest is paid
    [100, 2011, 15],
    [100, 2012, 21],
    [100, 2013, 25],
    [100, 2015, 25],
    [100, 2016, 27],
    [100, 2017, 30],
    [0.05, 2017, 0.02], // 1.5 cents: half up
    [0.5, 2016, 0.14], // 13.5 cents: half up
  ])("takes from %d euro of interest in %i: %d euro", (interest, year, tax) => {
    expect(computeWithholdingTaxCents(cents(interest), year)).toBe(cents(tax));
  });
});

describe("requireTaxYearEnd", () => {
  it.each([
    [2006, true],
    [2005, false],
    [2021, true],
    [LAST_TAX_YEAR, true],
    [LAST_TAX_YEAR + 1, false],
    [2021.5, false],
  ])("takes %d: %s", (year, ok) => {
    const result = requireTaxYearEnd(year);
    expect(result.ok ? true : result.error.kind === "invalid_number" && result.error.code).toBe(
      ok ? true : "tax_year_invalid",
    );
  });
});

describe("TAX_CREDIT's cap against the tax guide's", () => {
  // The help says where they part: above 50,000, concluded before 7 October 2020, tax year 2020 on.
  it.each([
    // [balance (euro, all year), conclusion date, tax year, TAX_CREDIT (euro), tax guide (euro)]
    [60_000, "2019-06-01", 2021, 1_250, 1_500], // 2.5 % of 50,000 against 2.5 % of 60,000
    [60_000, "2019-06-01", 2020, 1_250, 1_500], // 75,000 is in force on 31 December 2020
    [60_000, "2019-06-01", 2019, 1_250, 1_250],
    [50_000, "2019-06-01", 2021, 1_250, 1_250],
    [60_000, "2020-10-07", 2021, 1_500, 1_500],
  ])(
    "credits %d euro concluded %s in %i: %d by the conclusion date, %d by 31 December",
    (euro, iso, year, own, guide) => {
      expect(computeYearlyCreditCents(cents(euro), cents(euro), day(iso))).toEqual({ ok: true, value: cents(own) });
      expect(computeTaxYearCreditCents(cents(euro), cents(euro), year)).toBe(cents(guide));
    },
  );
});
