import { DaySerial } from "../dates/daySerial";
import { fail, Result, succeed } from "../errors/result";
import { requireSchemeDate } from "./schemeStart";
import { LENDER_MAXIMUM_EURO, LOSS_CREDIT_PERCENT } from "./winWinRules";

/** The one-off credit rate (0.3 or 0.4) for a loan concluded that day. */
export function findLossCreditRate(conclusionSerial: DaySerial): Result<number> {
  const date = requireSchemeDate(conclusionSerial);
  if (!date.ok) return date;
  return succeed(percentOn(conclusionSerial) / 100);
}

/**
 * The one-off tax credit on principal definitively lost: rate × min(lost principal, per-lender maximum),
 * in cents. The cap is the per-lender maximum of the conclusion date.
 */
export function computeLossCreditCents(lostPrincipalCents: number, conclusionSerial: DaySerial): Result<number> {
  const date = requireSchemeDate(conclusionSerial);
  if (!date.ok) return date;
  if (lostPrincipalCents < 0) {
    return fail("invalid_number", "argument_negative", { argument: "amount", value: lostPrincipalCents / 100 });
  }
  const capCents = (LENDER_MAXIMUM_EURO.windowOn(conclusionSerial)?.value ?? 0) * 100;
  const baseCents = Math.min(lostPrincipalCents, capCents);
  return succeed(Math.round((baseCents * percentOn(conclusionSerial)) / 100));
}

function percentOn(serial: DaySerial): number {
  // requireSchemeDate has passed, and the windows cover every day from the scheme start on.
  return LOSS_CREDIT_PERCENT.windowOn(serial)?.value ?? 0;
}
