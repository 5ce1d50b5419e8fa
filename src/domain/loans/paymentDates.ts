import { DaySerial, daysInMonth, toCalendarDate, toDaySerial } from "../dates/daySerial";

/**
 * The `count` payment dates of a loan, one period of `monthsPerPeriod` calendar months apart, the
 * first one period after the start. Payment k falls k periods after the start date itself (not after
 * the previous payment), so a day clamped in February comes back in March: 30 Jan → 28 Feb → 30 Mar.
 * A start on the last day of its month keeps every payment on the last day of its month:
 * 30 Apr → 31 May → 30 Jun.
 */
export function listPaymentDates(startSerial: DaySerial, count: number, monthsPerPeriod: number): DaySerial[] {
  const start = toCalendarDate(startSerial);
  const startsAtMonthEnd = start.day === daysInMonth(start.year, start.month);
  const dates: DaySerial[] = [];
  for (let k = 1; k <= count; k++) {
    const monthIndex = start.month - 1 + k * monthsPerPeriod;
    const year = start.year + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const lastDay = daysInMonth(year, month);
    dates.push(toDaySerial(year, month, startsAtMonthEnd ? lastDay : Math.min(start.day, lastDay)));
  }
  return dates;
}
