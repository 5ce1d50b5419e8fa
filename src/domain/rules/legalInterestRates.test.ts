import { findLegalRateBasisPoints, LEGAL_INTEREST_RATES } from "./legalInterestRates";

describe("the legal interest rate table", () => {
  it.each([
    // [year, rate in percent] as the domain brief lists them.
    [2006, 7.0],
    [2007, 6.0],
    [2008, 7.0],
    [2009, 5.5],
    [2010, 3.25],
    [2011, 3.75],
    [2012, 4.25],
    [2013, 2.75],
    [2014, 2.75],
    [2015, 2.5],
    [2016, 2.25],
    [2017, 2.0],
    [2018, 2.0],
    [2019, 2.0],
    [2020, 1.75],
    [2021, 1.75],
    [2022, 1.5],
    [2023, 5.25],
    [2024, 5.75],
    [2025, 4.5],
    [2026, 4.5],
  ])("gives %i the rate %d %%", (year, percent) => {
    expect(findLegalRateBasisPoints(year)).toEqual({ ok: true, value: Math.round(percent * 100) });
  });

  it("lists every year once, in order, without gaps", () => {
    LEGAL_INTEREST_RATES.forEach((row, i) => {
      if (i > 0) expect(row.year).toBe(LEGAL_INTEREST_RATES[i - 1].year + 1);
    });
  });

  it("cites a source on every row, and VLAIO's figure for 2024", () => {
    LEGAL_INTEREST_RATES.forEach((row) => expect(row.source.trim().length).toBeGreaterThan(10));
    expect(LEGAL_INTEREST_RATES.find((row) => row.year === 2024)?.source).toMatch(/VLAIO/);
  });

  it.each([2005, 2027, 1999])("says no rate is known for %i rather than guess", (year) => {
    expect(findLegalRateBasisPoints(year)).toEqual({
      ok: false,
      error: { kind: "not_available", code: "legal_rate_unknown", params: { year } },
    });
  });
});
