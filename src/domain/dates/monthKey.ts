import { DaySerial, toCalendarDate, toDaySerial } from "./daySerial";

/** A calendar month as one integer, `year * 12 + (month - 1)`: cheap to compare, sort and use as a map key. */
export type MonthKey = number;

export function toMonthKey(year: number, month: number): MonthKey {
  return year * 12 + (month - 1);
}

export function monthKeyOfSerial(serial: DaySerial): MonthKey {
  const { year, month } = toCalendarDate(serial);
  return toMonthKey(year, month);
}

export function yearOfMonthKey(key: MonthKey): number {
  return Math.floor(key / 12);
}

export function monthOfMonthKey(key: MonthKey): number {
  return (key % 12) + 1;
}

/** The half-open serial range [first day, first day of the next month) of a month. */
export function serialRangeOfMonth(key: MonthKey): { fromSerial: DaySerial; untilSerial: DaySerial } {
  const year = yearOfMonthKey(key);
  const month = monthOfMonthKey(key);
  return {
    fromSerial: toDaySerial(year, month, 1),
    untilSerial: month === 12 ? toDaySerial(year + 1, 1, 1) : toDaySerial(year, month + 1, 1),
  };
}

/** `2021-03`. */
export function formatMonthKey(key: MonthKey): string {
  const month = monthOfMonthKey(key);
  return `${yearOfMonthKey(key)}-${month < 10 ? "0" : ""}${month}`;
}
