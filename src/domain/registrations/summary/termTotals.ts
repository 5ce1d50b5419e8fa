import { Totals } from "../totals";
import { KeyedTotals } from "./keyedTotals";

export interface TermSummaryRow extends Totals {
  readonly termYears: number;
  /** Principal per loan in cents, rounded; 0 when the group has no loans. */
  readonly averageCents: number;
}

export interface TermSummary {
  readonly rows: readonly TermSummaryRow[]; // ascending term
  readonly total: Totals & { readonly averageCents: number };
}

/** Sums principal and loans per term: the keyed accumulator with terms as keys, summarised per term. */
export class TermTotals extends KeyedTotals<number> {
  summarise(): TermSummary {
    const rows = this.sortedKeys((a, b) => a - b).map((termYears) => withAverage(this.totalsOf(termYears), termYears));
    const total = this.sum();
    return { rows, total: { ...total, averageCents: averageCents(total) } };
  }
}

export function averageCents(totals: Totals): number {
  return totals.loans > 0 ? Math.round(totals.principalCents / totals.loans) : 0;
}

function withAverage(totals: Totals, termYears: number): TermSummaryRow {
  return { termYears, ...totals, averageCents: averageCents(totals) };
}
