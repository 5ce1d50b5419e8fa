/** What an import will do to the table, said before it happens: which months it replaces, which are new. */
import { MonthKey } from "../domain/dates/monthKey";
import type { TableReading } from "../excel/readReplacedRows";
import { MonthHolding, summariseTableMonths } from "../excel/readWorkbookContents";

export interface ReplacePlan {
  /** Months the workbook holds and the import replaces, with what they hold now; in month order. */
  readonly replaced: readonly MonthHolding[];
  /** Months of the import the workbook does not hold yet; in month order. */
  readonly added: readonly MonthKey[];
}

/**
 * What the table held of the months an input brings, read with that input (readImportTarget). The card's
 * reading of the whole table is from when the pane opened or the last import: a colleague may have
 * imported since, and the plan must say what the import will really replace.
 */
export interface MonthsRead {
  /** The months read, in order, held or not. */
  readonly months: readonly MonthKey[];
  /** What the table holds of them; in month order. */
  readonly held: readonly MonthHolding[];
}

/**
 * The rows an import's reading would replace are every row of its months, so they are what the table
 * holds of them; a workbook without the table (`reading` undefined) holds none. No extra request.
 */
export function describeMonthsRead(months: readonly MonthKey[], reading: TableReading | undefined): MonthsRead {
  return {
    months: [...months].sort((a, b) => a - b),
    held: reading === undefined ? [] : summariseTableMonths(reading.replaced.map((row) => row.values)).months,
  };
}

/**
 * The holdings a plan of `incomingMonths` goes by: what was read with the input when it covers them
 * (it is the newer), else the card's reading of the whole table.
 */
export function chooseHoldings(
  card: readonly MonthHolding[],
  monthsRead: MonthsRead | undefined,
  incomingMonths: readonly MonthKey[],
): readonly MonthHolding[] {
  if (monthsRead === undefined) return card;
  const read = new Set(monthsRead.months);
  return incomingMonths.every((month) => read.has(month)) ? monthsRead.held : card;
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
