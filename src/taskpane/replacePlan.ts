/** What an import will do to the table, said before it happens: which months it replaces, which are new. */
import { MonthKey } from "../domain/dates/monthKey";
import { MonthHolding } from "../excel/readWorkbookContents";

export interface ReplacePlan {
  /** Months the workbook holds and the import replaces, with what they hold now; in month order. */
  readonly replaced: readonly MonthHolding[];
  /** Months of the import the workbook does not hold yet; in month order. */
  readonly added: readonly MonthKey[];
}

/**
 * The import replaces whole months (every row of a month in the new data), so the plan is per month;
 * `incoming` is the preview's list of months, so no record is gone over again while the pane renders.
 */
export function planReplacement(held: readonly MonthHolding[], incomingMonths: readonly MonthKey[]): ReplacePlan {
  const incoming = new Set(incomingMonths);
  const heldMonths = new Set(held.map((holding) => holding.month));
  return {
    replaced: held.filter((holding) => incoming.has(holding.month)),
    added: [...incoming].filter((month) => !heldMonths.has(month)).sort((a, b) => a - b),
  };
}
