import { serialOfIsoLiteral } from "../dates/daySerial";
import { findMaximumAmountEuro, LoanParty, parseLoanParty } from "./maximumAmount";

const day = serialOfIsoLiteral;

describe("findMaximumAmountEuro", () => {
  it.each([
    // The day before, on and after every boundary of both tables.
    ["lender", "2006-09-01", 50_000],
    ["lender", "2006-09-02", 50_000],
    ["lender", "2020-10-06", 50_000],
    ["lender", "2020-10-07", 75_000],
    ["lender", "2020-10-08", 75_000],
    ["borrower", "2006-09-01", 50_000],
    ["borrower", "2010-12-31", 50_000],
    ["borrower", "2011-01-01", 100_000],
    ["borrower", "2011-01-02", 100_000],
    ["borrower", "2013-08-08", 100_000],
    ["borrower", "2013-08-09", 200_000],
    ["borrower", "2013-08-10", 200_000],
    ["borrower", "2020-10-06", 200_000],
    ["borrower", "2020-10-07", 300_000],
    ["borrower", "2020-10-08", 300_000],
  ] as const)("gives the %s of a loan of %s a maximum of %d euro", (party, iso, maximum) => {
    expect(findMaximumAmountEuro(day(iso), party)).toEqual({ ok: true, value: maximum });
  });

  it.each(["lender", "borrower"] as const)("has no %s maximum before the scheme", (party) => {
    const result = findMaximumAmountEuro(day("2006-08-31"), party);
    expect(result.ok ? undefined : result.error.code).toBe("date_before_scheme");
  });
});

describe("parseLoanParty", () => {
  it.each([
    ["lender", "lender"],
    ["Lender", "lender"],
    [" kredietgever ", "lender"],
    ["KREDIETGEVER", "lender"],
    ["borrower", "borrower"],
    ["kredietnemer", "borrower"],
  ])("reads %p as the %s", (word, party) => {
    expect(parseLoanParty(word)).toEqual({ ok: true, value: party as LoanParty });
  });

  it.each(["bank", "lenders", "", "1"])("refuses %p as an invalid value", (word) => {
    const result = parseLoanParty(word);
    expect(result.ok ? undefined : [result.error.kind, result.error.code]).toEqual(["invalid_value", "party_unknown"]);
  });
});
