import { MonthTermTotal, summariseRangeMonthTerms } from "../domain/registrations";
import { readMatrix } from "./excelArguments";
import { unwrap } from "./excelErrors";

/**
 * The registrations of a formula's range argument summed per month × term, ascending by month and
 * term: for formulas that need only these totals. Read as `readRegistrationsArgument` reads them
 * (the same reader, the same Excel error of the first finding that fails a formula, naming its row),
 * without keeping a record per row. `firstRow` is the sheet row of the range's first row.
 */
export function readRegistrationTotals(
  registrations: unknown,
  argument = "registrations",
  firstRow = 1,
): readonly MonthTermTotal[] {
  const matrix = unwrap(readMatrix(registrations, argument));
  return unwrap(summariseRangeMonthTerms(matrix, firstRow));
}
