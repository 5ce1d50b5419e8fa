import { fail, Result, succeed } from "../errors/result";
import { toExactCents } from "../registrations";

/**
 * A loan's amount in euro as integer cents, so sums and caps stay exact: refused when it cannot be
 * counted in cents exactly, or is not exact to the cent (a formula argument and a register cell alike).
 */
export function toAmountCents(euro: number, argument: string): Result<number> {
  if (!(Math.abs(euro) * 100 <= Number.MAX_SAFE_INTEGER)) {
    return fail("invalid_number", "amount_beyond_cents", { argument, value: euro });
  }
  const cents = toExactCents(euro, Number.MAX_SAFE_INTEGER);
  return Number.isNaN(cents)
    ? fail("invalid_value", "amount_not_whole_cents", { argument, value: { decimal: euro } })
    : succeed(cents);
}
