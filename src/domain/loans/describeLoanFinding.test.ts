import { serialOfIsoLiteral } from "../dates/daySerial";
import { Language } from "../errors/messageCatalogue";
import { describeLoanFindings } from "./describeLoanFinding";
import { findLoanFindings } from "./loanFindings";

function describeLoan(amountEuro: number, termYears: number, rate: number, iso: string, language: Language): string {
  const result = findLoanFindings({
    amountCents: amountEuro * 100,
    termYears,
    rate,
    conclusionSerial: serialOfIsoLiteral(iso),
  });
  if (!result.ok) throw new Error(result.error.code);
  return describeLoanFindings(result.value, language);
}

describe("describeLoanFindings", () => {
  it.each(["nl", "en"] as const)("says OK in %s when nothing breaks", (language) => {
    expect(describeLoan(10_000, 8, 0.0175, "2021-01-15", language)).toBe("OK");
  });

  it("lists every broken rule in Dutch, separated by semicolons", () => {
    expect(describeLoan(80_000, 7.5, 0.08, "2021-01-15", "nl")).toBe(
      "Het bedrag van 80.000 euro is hoger dan het maximum van 75.000 euro per kredietgever voor een lening van 15/01/2021; " +
        "Een looptijd van 7,5 jaar is niet toegelaten voor een lening van 15/01/2021 (toegelaten: 5–10 jaar, in hele jaren); " +
        "De rentevoet van 8 % is hoger dan het maximum van 1,75 %, de wettelijke rentevoet van 2021",
    );
  });

  it("lists every broken rule in English", () => {
    expect(describeLoan(60_000, 5, 0.005, "2020-05-04", "en")).toBe(
      "The amount of 60,000 euro is above the per-lender maximum of 50,000 euro for a loan of 04/05/2020; " +
        "A term of 5 years is not allowed for a loan of 04/05/2020 (allowed: 8 whole years); " +
        "The rate of 0.5% is below the minimum of 0.875%, half the legal interest rate of 2020",
    );
  });
});
