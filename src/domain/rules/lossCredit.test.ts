import { serialOfIsoLiteral } from "../dates/daySerial";
import { computeLossCreditCents, findLossCreditRate } from "./lossCredit";

const day = serialOfIsoLiteral;

describe("computeLossCreditCents", () => {
  it.each([
    // [lost principal in euro, conclusion date, credit in euro]
    [10_000, "2021-01-15", 4_000],
    [100_000, "2021-01-15", 30_000], // capped at 75,000 × 40 %
    [75_000, "2021-12-31", 30_000],
    [75_000, "2022-01-01", 22_500],
    [100_000, "2020-03-15", 15_000], // 50,000 × 30 %
    [100_000, "2020-03-16", 20_000], // 50,000 × 40 %: the old cap, the new rate
    [100_000, "2020-10-06", 20_000],
    [100_000, "2020-10-07", 30_000], // 75,000 × 40 %
    [12_345.67, "2019-05-01", 3_703.7],
    [0, "2019-05-01", 0],
    [20_000, "2006-09-01", 6_000],
  ])("gives %d euro lost on a loan of %s a credit of %d euro", (lostEuro, iso, creditEuro) => {
    const result = computeLossCreditCents(Math.round(lostEuro * 100), day(iso));
    expect(result).toEqual({ ok: true, value: Math.round(creditEuro * 100) });
  });

  it("refuses a negative amount as a number error", () => {
    const result = computeLossCreditCents(-100, day("2021-01-15"));
    expect(result.ok ? undefined : [result.error.kind, result.error.code]).toEqual([
      "invalid_number",
      "argument_negative",
    ]);
  });

  it.each(["2006-08-31", "1999-01-01"])("has no answer for a loan concluded on %s, before the scheme", (iso) => {
    const result = computeLossCreditCents(100, day(iso));
    expect(result.ok ? undefined : [result.error.kind, result.error.code]).toEqual([
      "not_available",
      "date_before_scheme",
    ]);
  });
});

describe("findLossCreditRate", () => {
  it.each([
    ["2006-09-01", 0.3],
    ["2020-03-15", 0.3],
    ["2020-03-16", 0.4],
    ["2021-12-31", 0.4],
    ["2022-01-01", 0.3],
  ])("gives a loan concluded on %s the rate %d", (iso, rate) => {
    expect(findLossCreditRate(day(iso))).toEqual({ ok: true, value: rate });
  });
});
