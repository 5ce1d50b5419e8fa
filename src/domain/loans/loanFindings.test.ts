import { serialOfIsoLiteral } from "../dates/daySerial";
import { findLoanFindings, LoanTerms } from "./loanFindings";

const loan = (amountEuro: number, termYears: number, rate: number, iso: string): LoanTerms => ({
  amountCents: Math.round(amountEuro * 100),
  termYears,
  rate,
  conclusionSerial: serialOfIsoLiteral(iso),
});

function kindsOf(terms: LoanTerms): string[] | string {
  const result = findLoanFindings(terms);
  return result.ok ? result.value.map((finding) => finding.kind) : `${result.error.kind}/${result.error.code}`;
}

describe("findLoanFindings", () => {
  it.each([
    // [amount (euro), term (years), rate, conclusion date, what breaks]
    [75_000, 8, 0.0175, "2021-01-15", []],
    [75_000.01, 8, 0.0175, "2021-01-15", ["amount_above_maximum"]],
    [50_000, 8, 0.0175, "2020-10-06", []],
    [50_000.01, 8, 0.0175, "2020-10-06", ["amount_above_maximum"]],
    [60_000, 8, 0.0175, "2020-10-07", []],
    [60_000, 5, 0.0175, "2020-10-06", ["amount_above_maximum", "term_not_allowed"]],
    [60_000, 5, 0.0175, "2020-10-07", []],
    [10_000, 10, 0.0175, "2020-10-08", []],
    [10_000, 4, 0.0175, "2021-01-15", ["term_not_allowed"]],
    [10_000, 11, 0.0175, "2021-01-15", ["term_not_allowed"]],
    [10_000, 7.5, 0.0175, "2021-01-15", ["term_not_allowed"]],
    [10_000, 8, 0.00875, "2021-01-15", []], // exactly half the legal rate
    [10_000, 8, 0.875 / 100, "2021-01-15", []], // the same, with binary noise from the division
    [10_000, 8, 0.0087, "2021-01-15", ["rate_below_minimum"]],
    [10_000, 8, 0.0176, "2021-01-15", ["rate_above_maximum"]],
    [10_000, 8, 0.0175, "2021-12-31", []],
    [10_000, 8, 0.0175, "2022-01-01", ["rate_above_maximum"]], // 1.5 % from 2022
    [10_000, 8, 0.0075, "2022-06-01", []],
    [10_000, 8, 0.02875, "2024-03-01", []], // VLAIO: "rente tussen 2,875 % en 5,75 %"
    [10_000, 8, 0.0575, "2024-03-01", []],
    [10_000, 8, 0.0287, "2024-03-01", ["rate_below_minimum"]],
    [10_000, 8, 0, "2024-03-01", ["rate_below_minimum"]],
    [10_000, 8, 0.07, "2006-09-01", []],
    [10_000, 5, 0.07, "2006-09-01", ["term_not_allowed"]],
    [80_000, 12, 0.08, "2021-01-15", ["amount_above_maximum", "term_not_allowed", "rate_above_maximum"]],
  ])("finds for %d euro, %d years at %d on %s: %j", (amount, term, rate, iso, kinds) => {
    expect(kindsOf(loan(amount, term, rate, iso))).toEqual(kinds);
  });

  it.each([
    // [rate, conclusion date, start date, what breaks]: the bounds are those of the start year
    [0.0175, "2021-12-20", "2021-12-31", []],
    [0.0175, "2021-12-20", "2022-01-01", ["rate_above_maximum", "start_year_after_conclusion_year"]],
    [0.015, "2021-12-20", "2022-01-01", ["start_year_after_conclusion_year"]],
    [0.0075, "2021-12-20", "2022-01-01", ["start_year_after_conclusion_year"]], // 2022: 0.75 – 1.50 %
    [0.0074, "2021-12-20", "2022-01-01", ["rate_below_minimum", "start_year_after_conclusion_year"]],
    [0.0525, "2022-12-30", "2023-01-02", ["start_year_after_conclusion_year"]], // 5.25 % in 2023, above 2022's 1.5 %
    [0.0525, "2022-12-30", "2022-12-31", ["rate_above_maximum"]],
    [0.02, "2019-06-01", "2019-06-01", []],
  ])("finds at %d concluded %s, starting %s: %j", (rate, conclusionIso, startIso, kinds) => {
    expect(kindsOf({ ...loan(10_000, 8, rate, conclusionIso), startSerial: serialOfIsoLiteral(startIso) })).toEqual(
      kinds,
    );
  });

  it.each([
    // [conclusion date, start date, what breaks]: a year without a known legal rate leaves the rate unchecked
    ["2026-12-30", "2027-01-05", ["rate_bounds_unknown", "start_year_after_conclusion_year"]],
    ["2027-01-01", "2027-01-01", ["rate_bounds_unknown"]],
    ["2021-03-01", "2021-02-28", ["start_before_conclusion"]],
    ["2021-03-01", "2021-03-01", []],
  ])("finds concluded %s, starting %s: %j", (conclusionIso, startIso, kinds) => {
    expect(kindsOf({ ...loan(10_000, 8, 0.0175, conclusionIso), startSerial: serialOfIsoLiteral(startIso) })).toEqual(
      kinds,
    );
  });

  it.each([
    ["no amount", loan(0, 8, 0.0175, "2021-01-15"), "invalid_number/argument_not_positive"],
    ["a negative amount", loan(-1, 8, 0.0175, "2021-01-15"), "invalid_number/argument_not_positive"],
    ["no term", loan(10_000, 0, 0.0175, "2021-01-15"), "invalid_number/argument_not_positive"],
    ["a negative term", loan(10_000, -8, 0.0175, "2021-01-15"), "invalid_number/argument_not_positive"],
    ["a negative rate", loan(10_000, 8, -0.01, "2021-01-15"), "invalid_number/argument_negative"],
    ["a rate of 50", loan(10_000, 8, 50, "2021-01-15"), "invalid_value/rate_not_fraction"],
    ["a rate of 1.75", loan(10_000, 8, 1.75, "2021-01-15"), "invalid_value/rate_not_fraction"],
    ["a date before the scheme", loan(10_000, 8, 0.0175, "2006-08-31"), "not_available/date_before_scheme"],
  ])("refuses %s", (_case, terms, expected) => {
    expect(kindsOf(terms)).toBe(expected);
  });
});
