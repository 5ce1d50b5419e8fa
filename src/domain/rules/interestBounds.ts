import { DaySerial, toCalendarDate } from "../dates/daySerial";
import { Result, succeed } from "../errors/result";
import { findLegalRateBasisPoints } from "./legalInterestRates";
import { requireSchemeDate } from "./schemeStart";

/**
 * The fixed rate a win-win loan may carry: at least half the legal interest rate of the year the loan
 * starts, at most that rate. Half of a whole number of basis points can end in .5 (87.5 for 1.75 %),
 * which binary floating point holds exactly.
 */
export interface InterestBounds {
  readonly year: number;
  readonly minimumBasisPoints: number;
  readonly maximumBasisPoints: number;
}

export function findInterestBounds(startSerial: DaySerial): Result<InterestBounds> {
  const date = requireSchemeDate(startSerial);
  if (!date.ok) return date;
  const { year } = toCalendarDate(startSerial);
  const legal = findLegalRateBasisPoints(year);
  if (!legal.ok) return legal;
  return succeed({ year, minimumBasisPoints: legal.value / 2, maximumBasisPoints: legal.value });
}
