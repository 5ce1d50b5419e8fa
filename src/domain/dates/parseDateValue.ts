import { DaySerial } from "./daySerial";
import { parseDateText } from "./parseDateText";

/** Largest serial Excel shows as a date (31 Dec 9999). */
export const MAX_DATE_SERIAL = 2958465;

/** A day from a cell value: an Excel serial (the time of day is dropped) or date text. */
export function parseDateValue(value: unknown): DaySerial | undefined {
  if (typeof value === "number") {
    return value >= 1 && value <= MAX_DATE_SERIAL + 0.99999 ? Math.floor(value) : undefined;
  }
  if (typeof value === "string") return parseDateText(value);
  return undefined;
}
