import { MonthKey, monthOfMonthKey, yearOfMonthKey } from "../dates/monthKey";
import { FIRST_REGISTRATION_MONTH, MAX_TERM_YEARS, REGISTRATION_MONTH_COUNT } from "./cells/figureBounds";
import { Totals } from "./totals";

/** Principal and loans of one registration month and term, summed over every row that has them. */
export interface MonthTermTotal extends Totals {
  readonly year: number;
  readonly month: number; // 1-12
  readonly termYears: number;
}

/** Terms are whole years from 1 to the bound (the reader checks): slot 0 stays empty. */
export const TERM_SLOTS = MAX_TERM_YEARS + 1;

/**
 * Principal and loans per month × term: the table reader's running totals. Subtotal and grand-total
 * rows are checked against them, and formulas that need only totals (MONTH_SUMMARY, KEY_FIGURES)
 * read them instead of a record per row. Flat arrays rather than a map, one per term that has rows:
 * adding a row is two additions at a computed place, and the few terms a table uses stay small
 * enough for the processor's fastest cache, which keeps a 100,000-row range within a few times one
 * plain pass over it. A formula over ten rows allocates for its few terms only.
 */
export class MonthTermGrid {
  /**
   * Per term (1 … MAX_TERM_YEARS), once it has rows: cents, then loans, per month index (from the
   * scheme's first month). Open so the reader's loop can add without a call per row (`sumsOfTerm`).
   */
  readonly byTerm: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(TERM_SLOTS).fill(undefined);
  /** The terms `byTerm` has sums for, ascending. */
  private readonly terms: number[] = [];

  add(month: MonthKey, termYears: number, principalCents: number, loans: number): void {
    const sums = this.sumsOfTerm(termYears);
    const slot = (month - FIRST_REGISTRATION_MONTH) * 2;
    sums[slot] += principalCents;
    sums[slot + 1] += loans;
  }

  /** A term's sums, made when its first row arrives. */
  sumsOfTerm(termYears: number): Float64Array {
    let sums = this.byTerm[termYears];
    if (sums === undefined) {
      sums = new Float64Array(REGISTRATION_MONTH_COUNT * 2);
      this.byTerm[termYears] = sums;
      this.terms.push(termYears);
      this.terms.sort((a, b) => a - b);
    }
    return sums;
  }

  /** The sums over the months `first` … `last`, all terms. */
  sumMonths(first: MonthKey, last: MonthKey): Totals {
    const from = Math.max(first - FIRST_REGISTRATION_MONTH, 0);
    const to = Math.min(last - FIRST_REGISTRATION_MONTH, REGISTRATION_MONTH_COUNT - 1);
    let principalCents = 0;
    let loans = 0;
    for (const termYears of this.terms) {
      const sums = this.byTerm[termYears] as Float64Array;
      for (let slot = from * 2; slot <= to * 2; slot += 2) {
        principalCents += sums[slot];
        loans += sums[slot + 1];
      }
    }
    return { principalCents, loans };
  }

  /** The terms a month has rows for, ascending, with their sums. */
  listTermsOfMonth(month: MonthKey): MonthTermTotal[] {
    const index = month - FIRST_REGISTRATION_MONTH;
    if (index < 0 || index >= REGISTRATION_MONTH_COUNT) return [];
    const totals: MonthTermTotal[] = [];
    const year = yearOfMonthKey(month);
    const monthNumber = monthOfMonthKey(month);
    for (const termYears of this.terms) {
      const sums = this.byTerm[termYears] as Float64Array;
      // Every row holds at least one loan: a month × term with none has no rows.
      if (sums[index * 2 + 1] > 0)
        totals.push({
          year,
          month: monthNumber,
          termYears,
          principalCents: sums[index * 2],
          loans: sums[index * 2 + 1],
        });
    }
    return totals;
  }

  /** Every month × term with rows, ascending by month, then term. */
  listMonthTerms(): MonthTermTotal[] {
    const totals: MonthTermTotal[] = [];
    for (let index = 0; index < REGISTRATION_MONTH_COUNT; index++) {
      if (this.hasRows(index)) totals.push(...this.listTermsOfMonth(FIRST_REGISTRATION_MONTH + index));
    }
    return totals;
  }

  private hasRows(index: number): boolean {
    for (const termYears of this.terms) if ((this.byTerm[termYears] as Float64Array)[index * 2 + 1] > 0) return true;
    return false;
  }
}
