import { RegistrationImport } from "../registrationImport";
import { RegistrationChecks } from "./importCollector";
import { readRegistrationTable } from "./parseRegistrations";
import { chooseRangeReading } from "./registrationFormats";

/**
 * Reads the values of an Excel range (`range.values`: numbers, strings, booleans, date serials),
 * with a header row in Dutch or English, or by position (month, term, principal, loans) when the
 * selection has no header, as WINWIN.MONTH_SUMMARY reads it. `firstRow` is the sheet row of the
 * range's first row, so issues name the rows the analyst sees (1 when unknown). A formula asks for
 * `"errorsOnly"`: the reader's own issues, all that can fail it.
 */
export function parseRegistrationRange(
  values: readonly unknown[],
  firstRow = 1,
  checks: RegistrationChecks = "all",
): RegistrationImport {
  const rows = Array.isArray(values) ? values : [];
  const reading = chooseRangeReading(rows);
  return readRegistrationTable(
    reading.settings,
    (reader) => reading.tokenize(rows, firstRow, reader),
    undefined,
    checks,
  );
}
