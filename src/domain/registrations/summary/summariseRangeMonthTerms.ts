import { Result, succeed } from "../../errors/result";
import { MonthTermTotal } from "../monthTermGrid";
import { readRangeTotals } from "./readRangeTotals";

/**
 * A range's registrations summed per month × term, read by the import's own table reader (header or
 * positional columns, carried-down months, checked subtotals and grand totals, bounds), in ascending
 * month and term, or the failure `readRangeTotals` gives. `firstRow` is the sheet row of the range's
 * first row, for messages.
 */
export function summariseRangeMonthTerms(matrix: readonly unknown[], firstRow = 1): Result<readonly MonthTermTotal[]> {
  const read = readRangeTotals(matrix, firstRow);
  return read.ok ? succeed(read.value.listMonthTerms()) : read;
}
