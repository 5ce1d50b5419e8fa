import { serialOfIsoLiteral } from "../dates/daySerial";
import {
  ALL_DATED_RULES,
  BORROWER_MAXIMUM_EURO,
  LENDER_MAXIMUM_EURO,
  LOSS_CREDIT_PERCENT,
  REPAYMENT_RULE,
  SCHEME_START,
  TERM_RULE,
  WITHHOLDING_TAX_PERCENT,
  YEARLY_CREDIT_PERCENT,
} from "./winWinRules";

const valueOn = (rule: { windowOn(serial: number): { value: unknown } | undefined }, iso: string) =>
  rule.windowOn(serialOfIsoLiteral(iso))?.value;

describe.each(ALL_DATED_RULES.map((rule) => [rule.name, rule] as const))("the %s rule table", (_name, rule) => {
  it("starts on the scheme's first day", () => {
    expect(rule.windows[0].from).toBe(SCHEME_START);
  });

  it("is sorted, without gaps or overlaps, and open-ended at the end", () => {
    rule.windows.forEach((window, i) => {
      expect(window.until === null || window.from < window.until).toBe(true);
      if (i > 0) expect(window.from).toBe(rule.windows[i - 1].until);
    });
    expect(rule.windows[rule.windows.length - 1].until).toBeNull();
  });

  it("cites a source on every row", () => {
    rule.windows.forEach((window) => expect(window.source.trim().length).toBeGreaterThan(3));
  });

  it("has nothing before the scheme started", () => {
    expect(valueOn(rule, "2006-08-31")).toBeUndefined();
  });
});

describe("the dated rules on every boundary", () => {
  it.each([
    // [rule, date, value] — the day before, on and after each boundary of the domain brief.
    ["term", TERM_RULE, "2006-08-31", undefined],
    ["term", TERM_RULE, "2006-09-01", { kind: "fixed", years: 8 }],
    ["term", TERM_RULE, "2006-09-02", { kind: "fixed", years: 8 }],
    ["term", TERM_RULE, "2020-10-06", { kind: "fixed", years: 8 }],
    ["term", TERM_RULE, "2020-10-07", { kind: "range", minYears: 5, maxYears: 10 }],
    ["term", TERM_RULE, "2020-10-08", { kind: "range", minYears: 5, maxYears: 10 }],
    ["lender maximum", LENDER_MAXIMUM_EURO, "2006-09-01", 50_000],
    ["lender maximum", LENDER_MAXIMUM_EURO, "2020-10-06", 50_000],
    ["lender maximum", LENDER_MAXIMUM_EURO, "2020-10-07", 75_000],
    ["lender maximum", LENDER_MAXIMUM_EURO, "2020-10-08", 75_000],
    ["borrower maximum", BORROWER_MAXIMUM_EURO, "2006-09-01", 50_000],
    ["borrower maximum", BORROWER_MAXIMUM_EURO, "2010-12-31", 50_000],
    ["borrower maximum", BORROWER_MAXIMUM_EURO, "2011-01-01", 100_000],
    ["borrower maximum", BORROWER_MAXIMUM_EURO, "2011-01-02", 100_000],
    ["borrower maximum", BORROWER_MAXIMUM_EURO, "2013-08-08", 100_000],
    ["borrower maximum", BORROWER_MAXIMUM_EURO, "2013-08-09", 200_000],
    ["borrower maximum", BORROWER_MAXIMUM_EURO, "2013-08-10", 200_000],
    ["borrower maximum", BORROWER_MAXIMUM_EURO, "2020-10-06", 200_000],
    ["borrower maximum", BORROWER_MAXIMUM_EURO, "2020-10-07", 300_000],
    ["borrower maximum", BORROWER_MAXIMUM_EURO, "2020-10-08", 300_000],
    ["loss credit", LOSS_CREDIT_PERCENT, "2006-09-01", 30],
    ["loss credit", LOSS_CREDIT_PERCENT, "2020-03-15", 30],
    ["loss credit", LOSS_CREDIT_PERCENT, "2020-03-16", 40],
    ["loss credit", LOSS_CREDIT_PERCENT, "2020-03-17", 40],
    ["loss credit", LOSS_CREDIT_PERCENT, "2021-12-31", 40],
    ["loss credit", LOSS_CREDIT_PERCENT, "2022-01-01", 30],
    ["loss credit", LOSS_CREDIT_PERCENT, "2022-01-02", 30],
    ["yearly credit", YEARLY_CREDIT_PERCENT, "2006-09-01", 2.5],
    ["yearly credit", YEARLY_CREDIT_PERCENT, "2026-11-24", 2.5],
    ["repayment", REPAYMENT_RULE, "2010-12-31", "bullet_only"],
    ["repayment", REPAYMENT_RULE, "2011-01-01", "instalments_or_bullet"],
    ["repayment", REPAYMENT_RULE, "2011-01-02", "instalments_or_bullet"],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2006-09-01", 15],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2011-12-31", 15],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2012-01-01", 21],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2012-01-02", 21],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2012-12-31", 21],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2013-01-01", 25],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2013-01-02", 25],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2015-12-31", 25],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2016-01-01", 27],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2016-01-02", 27],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2016-12-31", 27],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2017-01-01", 30],
    ["withholding tax", WITHHOLDING_TAX_PERCENT, "2017-01-02", 30],
  ] as const)("gives the %s rule on %s", (_name, rule, iso, expected) => {
    expect(valueOn(rule as never, iso)).toEqual(expected);
  });
});
