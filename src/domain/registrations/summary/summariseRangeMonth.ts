import { MonthKey } from "../../dates/monthKey";
import { Result } from "../../errors/result";
import { readRangeTotals } from "./readRangeTotals";
import { summariseMonthTotals } from "./summariseMonthTotals";
import { TermSummary, TermTotals } from "./termTotals";

/**
 * Summary per term of one registration month, read from a range's values by the import's own table
 * reader: the same header, carried-down months, checked subtotals and bounds, so the formula and the
 * import never disagree about a range. No record is kept (ranges run to 100,000s of rows): the
 * reader's totals per month × term are all it needs; the first row that fails the formula gives its
 * error. `firstRow` is the sheet row of the range's first row, for messages.
 */
export function summariseRangeMonth(
  matrix: readonly unknown[],
  month: MonthKey,
  termYears?: number,
  firstRow = 1,
): Result<TermSummary> {
  const read = readRangeTotals(matrix, { first: month, last: month }, firstRow);
  if (!read.ok) return read;
  const totals = new TermTotals();
  for (const total of read.value.listTermsOfMonth(month))
    if (termYears === undefined || total.termYears === termYears)
      totals.add(total.termYears, total.principalCents, total.loans);
  return summariseMonthTotals(totals, month, termYears);
}
