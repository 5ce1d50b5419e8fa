import { DaySerial, formatBelgianDate, serialOfIsoLiteral } from "../dates/daySerial";
import { fail, Result, succeed } from "../errors/result";
import { SCHEME_START } from "./winWinRules";

export const SCHEME_START_SERIAL: DaySerial = serialOfIsoLiteral(SCHEME_START);

/** A conclusion date the rules can speak about: on or after the scheme's first day. */
export function requireSchemeDate(serial: DaySerial): Result<DaySerial> {
  if (serial < SCHEME_START_SERIAL) {
    return fail("not_available", "date_before_scheme", { date: formatBelgianDate(serial) });
  }
  return succeed(serial);
}
