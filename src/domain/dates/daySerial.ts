/**
 * Calendar days as Excel date serial numbers (1 = 1900-01-01 in Excel's 1900 date system).
 * Excel counts a non-existent 29 Feb 1900 (serial 60), so serials from 61 on are days since
 * 1899-12-30 and serials 1–59 days since 1899-12-31. No registration falls before 2006, but a
 * message about a month typed alone (3, read as 3 January 1900) must name the day Excel shows.
 */
export type DaySerial = number;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const EPOCH_DAYS_FROM_CIVIL = daysFromCivil(1899, 12, 30);

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function toDaySerial(year: number, month: number, day: number): DaySerial {
  const days = daysFromCivil(year, month, day) - EPOCH_DAYS_FROM_CIVIL;
  return days >= 1 && days < FIRST_SERIAL_AFTER_LEAP_DAY ? days - 1 : days;
}

/** Serial 60 is 29 February 1900 in Excel, a day no calendar has; from 61 on, serials are days since 1899-12-30. */
const EXCEL_LEAP_DAY = 60;
const FIRST_SERIAL_AFTER_LEAP_DAY = 61;

export function toCalendarDate(serial: DaySerial): CalendarDate {
  const whole = Math.floor(serial);
  if (whole === EXCEL_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const z = (whole >= 1 && whole < EXCEL_LEAP_DAY ? whole + 1 : whole) + EPOCH_DAYS_FROM_CIVIL + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return toDaySerial(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - toDaySerial(year, month, 1);
}

/** `2021-03-15`, for messages and fixtures. */
export function formatIsoDate(serial: DaySerial): string {
  const { year, month, day } = toCalendarDate(serial);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `15/03/2021`, the way a Belgian reader writes a date. */
export function formatBelgianDate(serial: DaySerial): string {
  const { year, month, day } = toCalendarDate(serial);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Serial of an ISO date literal that the code itself supplies (rule tables); throws on a typo. */
export function serialOfIsoLiteral(iso: string): DaySerial {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidCalendarDate(year, month, day)) throw new Error(`Not a calendar date: ${iso}`);
  return toDaySerial(year, month, day);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
