import { DaySerial } from "../dates/daySerial";
import { fail, Result, succeed } from "../errors/result";
import { requireSchemeDate } from "./schemeStart";
import { BORROWER_MAXIMUM_EURO, LENDER_MAXIMUM_EURO } from "./winWinRules";

/** Whose maximum: the lender's (all his or her win-win loans together) or the borrower's (all loans to one business). */
export type LoanParty = "lender" | "borrower";

// English as in the formula reference, Dutch as in the deeds and PMV's texts.
const PARTY_BY_WORD: ReadonlyMap<string, LoanParty> = new Map([
  ["lender", "lender"],
  ["kredietgever", "lender"],
  ["borrower", "borrower"],
  ["kredietnemer", "borrower"],
]);

/** The party named by a word in Dutch or English, any case; an unknown word is an invalid value. */
export function parseLoanParty(word: string): Result<LoanParty> {
  const party = PARTY_BY_WORD.get(word.trim().toLowerCase());
  return party === undefined ? fail("invalid_value", "party_unknown", { value: word }) : succeed(party);
}

/** The maximum principal in euro for the party of a loan concluded that day. */
export function findMaximumAmountEuro(conclusionSerial: DaySerial, party: LoanParty): Result<number> {
  const date = requireSchemeDate(conclusionSerial);
  if (!date.ok) return date;
  const rule = party === "lender" ? LENDER_MAXIMUM_EURO : BORROWER_MAXIMUM_EURO;
  // requireSchemeDate has passed, and both tables cover every day from the scheme start on.
  return succeed(rule.windowOn(conclusionSerial)?.value ?? 0);
}
