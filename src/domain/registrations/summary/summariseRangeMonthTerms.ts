import { Result, succeed } from "../../errors/result";
import { ALL_REGISTRATION_MONTHS, MonthTermTotal, TermMonths } from "../monthTermGrid";
import { readRangeTotals } from "./readRangeTotals";

/**
 * A range's registrations summed per month × term, read by the import's own table reader (header or
 * positional columns, carried-down months, checked subtotals and grand totals, bounds), in ascending
 * month and term, or the failure `readRangeTotals` gives; only the months of `termMonths` (all, unless
 * told) are listed. `firstRow` is the sheet row of the range's first row, for messages.
 */
export function summariseRangeMonthTerms(
  matrix: readonly unknown[],
  firstRow = 1,
  termMonths: TermMonths = ALL_REGISTRATION_MONTHS,
): Result<readonly MonthTermTotal[]> {
  const read = readRangeTotals(matrix, termMonths, firstRow);
  return read.ok ? succeed(read.value.listMonthTerms()) : read;
}
