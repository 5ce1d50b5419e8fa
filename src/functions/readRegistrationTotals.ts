import { MonthTermTotal, summariseRangeMonthTerms, TermMonths } from "../domain/registrations";
import { readMatrix } from "./excelArguments";
import { unwrap } from "./excelErrors";

/**
 * The registrations of a formula's range argument summed per month × term, ascending by month and
 * term: for formulas that need only these totals. Read as `readRegistrationsArgument` reads them
 * (the same reader, the same Excel error of the first finding that fails a formula, naming its row),
 * without keeping a record per row, and listed for `termMonths` only (all months when not given).
 * `firstRow` is the sheet row of the range's first row.
 */
export function readRegistrationTotals(
  registrations: unknown,
  argument = "registrations",
  firstRow = 1,
  termMonths?: TermMonths,
): readonly MonthTermTotal[] {
  const matrix = unwrap(readMatrix(registrations, argument));
  return unwrap(summariseRangeMonthTerms(matrix, firstRow, termMonths));
}
