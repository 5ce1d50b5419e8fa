import { DaySerial, formatBelgianDate, serialOfIsoLiteral } from "../dates/daySerial";
import { formatMonthKey, MonthKey, monthKeyOfSerial } from "../dates/monthKey";
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

/** The months a year typed alone (1900–2100) stands for as a day: March to September 1905. */
const YEAR_ALONE_FROM = monthKeyOfSerial(1900);
const YEAR_ALONE_UNTIL = monthKeyOfSerial(2100);
/** The month a month number typed alone (3) stands for as a day: January 1900. */
const MONTH_ALONE = monthKeyOfSerial(1);

/**
 * A month registrations can fall in: September 2006 to December 2100. Before it a formula would answer
 * "no registrations" for a month that cannot have any, which hides the usual cause: a year typed
 * alone (2021), which Excel reads as a date in 1905.
 */
export function requireSchemeMonth(month: MonthKey): Result<MonthKey> {
  if (month < monthKeyOfSerial(SCHEME_START_SERIAL)) {
    // A number typed alone is a day to Excel: a month number one in January 1900, a year one in 1905.
    const code =
      month === MONTH_ALONE
        ? "month_before_scheme_month_alone"
        : month >= YEAR_ALONE_FROM && month <= YEAR_ALONE_UNTIL
          ? "month_before_scheme_year_alone"
          : "month_before_scheme";
    return fail("not_available", code, { month: { month: formatMonthKey(month) } });
  }
  if (month > monthKeyOfSerial(SCHEME_LAST_SERIAL)) {
    return fail("invalid_number", "month_after_scheme_range", { month: { month: formatMonthKey(month) } });
  }
  return succeed(month);
}
