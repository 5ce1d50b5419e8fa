import { DaySerial, formatBelgianDate, serialOfIsoLiteral } from "../dates/daySerial";
import { fail, Result, succeed } from "../errors/result";
import { SCHEME_START } from "./winWinRules";

export const SCHEME_START_SERIAL: DaySerial = serialOfIsoLiteral(SCHEME_START);
/**
 * The last day the add-in reads or computes for: later dates are typing errors (a year 9999 would
 * also push payments past Excel's last date, 31/12/9999). The import and the formulas share it.
 */
export const SCHEME_LAST_SERIAL: DaySerial = serialOfIsoLiteral("2100-12-31");

/** A date the rules can speak about: from the scheme's first day to the end of 2100. */
export function requireSchemeDate(serial: DaySerial): Result<DaySerial> {
  if (serial < SCHEME_START_SERIAL) {
    return fail("not_available", "date_before_scheme", { date: formatBelgianDate(serial) });
  }
  if (serial > SCHEME_LAST_SERIAL) {
    return fail("invalid_number", "date_after_scheme_range", { date: formatBelgianDate(serial) });
  }
  return succeed(serial);
}
