import { fail } from "../domain/errors/result";
import { failsFormula, parseRegistrationRange, RegistrationRecord } from "../domain/registrations";
import { readMatrix } from "./excelArguments";
import { unwrap } from "./excelErrors";

/**
 * The registrations of a formula's range argument, read exactly as WINWIN.MONTH_SUMMARY reads them
 * (the import's table reader: header or positional columns, carried-down months, checked subtotals
 * and grand totals, bounds), in input order. Throws the Excel error of the first finding that fails a
 * formula (any error, a total that does not add up), naming its row: `firstRow` is the sheet row of
 * the range's first row (1 when unknown, so rows count from the range's top).
 */
export function readRegistrationsArgument(
  registrations: unknown,
  argument = "registrations",
  firstRow = 1,
): readonly RegistrationRecord[] {
  const matrix = unwrap(readMatrix(registrations, argument));
  const read = parseRegistrationRange(matrix, firstRow, "errorsOnly");
  // A table whose rows are all blank (left so by undoing its first import) holds no registrations.
  if (read.lines.read === 0) return [];
  const failure = read.issueLog.findFirst(failsFormula);
  if (failure !== undefined) unwrap(fail("invalid_value", failure.code, failure.params));
  return read.records;
}
