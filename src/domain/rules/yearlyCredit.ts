import { DaySerial, toDaySerial } from "../dates/daySerial";
import { fail, Result, succeed } from "../errors/result";
import { requireSchemeDate } from "./schemeStart";
import { LENDER_MAXIMUM_EURO, WITHHOLDING_TAX_PERCENT, YEARLY_CREDIT_PERCENT } from "./winWinRules";

/**
 * The yearly tax credit in cents: percent × (min(cap, outstanding on 1 January) + min(cap, outstanding
 * on 31 December)) / 2, with cap the per-lender maximum and percent (2.5) the yearly credit of the
 * conclusion date. A loan that starts or ends during the year thus gives half a year's credit.
 */
export function computeYearlyCreditCents(
  outstandingJan1Cents: number,
  outstandingDec31Cents: number,
  conclusionSerial: DaySerial,
): Result<number> {
  const date = requireSchemeDate(conclusionSerial);
  if (!date.ok) return date;
  if (outstandingJan1Cents < 0) return negative("outstanding_jan1", outstandingJan1Cents);
  if (outstandingDec31Cents < 0) return negative("outstanding_dec31", outstandingDec31Cents);
  const capCents = (LENDER_MAXIMUM_EURO.windowOn(conclusionSerial)?.value ?? 0) * 100;
  return succeed(computeCappedCreditCents(outstandingJan1Cents, outstandingDec31Cents, capCents, conclusionSerial));
}

/** The last tax year a formula computes: far beyond any loan, short of nonsense such as 20210. */
export const LAST_TAX_YEAR = 2200;

/** 31 December of a tax year the scheme knows (2006 to LAST_TAX_YEAR), or a number error. */
export function requireTaxYearEnd(taxYear: number): Result<DaySerial> {
  if (!Number.isInteger(taxYear) || taxYear < 2006 || taxYear > LAST_TAX_YEAR) {
    return fail("invalid_number", "tax_year_invalid", { value: taxYear, last: LAST_TAX_YEAR });
  }
  return succeed(toDaySerial(taxYear, 12, 31));
}

/**
 * A lender's yearly credit for a tax year, on the total outstanding of all his or her win-win loans
 * on 1 January and on 31 December, each capped at the per-lender maximum in force on 31 December of
 * that year (FOD Financiën, tax guide AJ2025, box XI, code 1a): 50,000 euro up to 2019, 75,000 since.
 * The tax year must have passed requireTaxYearEnd.
 */
export function computeTaxYearCreditCents(jan1TotalCents: number, dec31TotalCents: number, taxYear: number): number {
  const yearEnd = toDaySerial(taxYear, 12, 31);
  const capCents = (LENDER_MAXIMUM_EURO.windowOn(yearEnd)?.value ?? 0) * 100;
  return computeCappedCreditCents(jan1TotalCents, dec31TotalCents, capCents, yearEnd);
}

/**
 * The yearly credits on balances summed over many lenders (aggregated registrations): the rule of
 * the tax year without a cap, since the cap is per lender and such data has no lenders.
 */
export function computeUncappedTaxYearCreditCents(
  jan1TotalCents: number,
  dec31TotalCents: number,
  taxYear: number,
): number {
  return computeCappedCreditCents(jan1TotalCents, dec31TotalCents, Infinity, toDaySerial(taxYear, 12, 31));
}

/** The withholding tax on a year's interest, at the rate in force in that year (paid that year). */
export function computeWithholdingTaxCents(interestCents: number, taxYear: number): number {
  const percent = WITHHOLDING_TAX_PERCENT.windowOn(toDaySerial(taxYear, 12, 31))?.value ?? 0;
  return Math.round((interestCents * percent) / 100);
}

/** The credit with the percent in force on `ruleSerial`, which lies on or after the scheme start. */
function computeCappedCreditCents(
  jan1Cents: number,
  dec31Cents: number,
  capCents: number,
  ruleSerial: DaySerial,
): number {
  const percent = YEARLY_CREDIT_PERCENT.windowOn(ruleSerial)?.value ?? 0;
  const baseSumCents = Math.min(capCents, jan1Cents) + Math.min(capCents, dec31Cents);
  // percent / 100 for the rate, / 2 for the average: one division keeps half-cents exact before rounding.
  return Math.round((baseSumCents * percent) / 200);
}

function negative(argument: string, cents: number): Result<never> {
  return fail("invalid_number", "argument_negative", { argument, value: cents / 100 });
}
