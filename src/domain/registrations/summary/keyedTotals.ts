import type { Totals } from "../totals";

interface MutableTotals {
  principalCents: number;
  loans: number;
}

/**
 * Principal and loans summed per key (a term, a month, a province): the accumulator behind every
 * summary of records (the import's checks, the task pane's tables, a month's terms). A range read
 * for a formula is summed as it is read, by the table reader's MonthTermGrid. Adding allocates only
 * for a key not seen before.
 */
export class KeyedTotals<K> {
  private readonly byKey = new Map<K, MutableTotals>();

  add(key: K, principalCents: number, loans: number): void {
    const totals = this.byKey.get(key);
    if (totals === undefined) {
      this.byKey.set(key, { principalCents, loans });
    } else {
      totals.principalCents += principalCents;
      totals.loans += loans;
    }
  }

  get isEmpty(): boolean {
    return this.byKey.size === 0;
  }

  /** The sums for a key; zero for a key never added. */
  totalsOf(key: K): Totals {
    const totals = this.byKey.get(key);
    return totals === undefined
      ? { principalCents: 0, loans: 0 }
      : { principalCents: totals.principalCents, loans: totals.loans };
  }

  /** Keys in the order `compare` gives. */
  sortedKeys(compare: (a: K, b: K) => number): K[] {
    return [...this.byKey.keys()].sort(compare);
  }

  /** The sum over all keys, or over the keys `include` accepts. */
  sum(include?: (key: K) => boolean): Totals {
    let principalCents = 0;
    let loans = 0;
    for (const [key, totals] of this.byKey) {
      if (include !== undefined && !include(key)) continue;
      principalCents += totals.principalCents;
      loans += totals.loans;
    }
    return { principalCents, loans };
  }
}
