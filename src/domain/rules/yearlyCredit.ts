import { DaySerial } from "../dates/daySerial";
import { fail, Result, succeed } from "../errors/result";
import { requireSchemeDate } from "./schemeStart";
import { LENDER_MAXIMUM_EURO, YEARLY_CREDIT_PERCENT } from "./winWinRules";

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
  // requireSchemeDate has passed, and both tables cover every day from the scheme start on.
  const capCents = (LENDER_MAXIMUM_EURO.windowOn(conclusionSerial)?.value ?? 0) * 100;
  const percent = YEARLY_CREDIT_PERCENT.windowOn(conclusionSerial)?.value ?? 0;
  const baseSumCents = Math.min(capCents, outstandingJan1Cents) + Math.min(capCents, outstandingDec31Cents);
  // percent / 100 for the rate, / 2 for the average: one division keeps half-cents exact before rounding.
  return succeed(Math.round((baseSumCents * percent) / 200));
}

function negative(argument: string, cents: number): Result<never> {
  return fail("invalid_number", "argument_negative", { argument, value: cents / 100 });
}
