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

/** Terms a new grid has room for before it grows: a table uses a handful. */
const FIRST_TERM_ROOM = 4;

/**
 * Principal and loans per month × term: the table reader's running totals. Subtotal and grand-total
 * rows are checked against them, and formulas that need only totals (MONTH_SUMMARY, KEY_FIGURES)
 * read them instead of a record per row. One flat array, a block of months per term that has rows:
 * adding a row is two additions at a computed place, with nothing to look up per row but the term's
 * block, which keeps a 100,000-row range within a few times one plain pass over it. A formula over
 * ten rows clears room for a few terms only.
 */
export class MonthTermGrid {
  /** Per term (1 … MAX_TERM_YEARS), its block in `sums`, or -1 while it has no rows. */
  readonly blockOfTerm = new Int8Array(TERM_SLOTS).fill(-1);
  /**
   * Per block, cents, then loans, per month index (from the scheme's first month): the sums of
   * month index m of block b are at `(b * REGISTRATION_MONTH_COUNT + m) * 2`. Open so the reader's
   * loop can add without a call per row; replaced when it grows (`openBlock`).
   */
  sums = new Float64Array(FIRST_TERM_ROOM * REGISTRATION_MONTH_COUNT * 2);
  /** The term of each block, in the order they were opened. */
  private readonly termOfBlock: number[] = [];

  add(month: MonthKey, termYears: number, principalCents: number, loans: number): void {
    const block = this.blockOfTerm[termYears] < 0 ? this.openBlock(termYears) : this.blockOfTerm[termYears];
    const slot = (block * REGISTRATION_MONTH_COUNT + month - FIRST_REGISTRATION_MONTH) * 2;
    this.sums[slot] += principalCents;
    this.sums[slot + 1] += loans;
  }

  /** Makes room for a term's first row: its block, `sums` grown when it is full. */
  private openBlock(termYears: number): number {
    const block = this.termOfBlock.length;
    if ((block + 1) * REGISTRATION_MONTH_COUNT * 2 > this.sums.length) {
      const grown = new Float64Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    this.termOfBlock.push(termYears);
    this.blockOfTerm[termYears] = block;
    return block;
  }

  /** The sums over the months `first` … `last`, all terms. */
  sumMonths(first: MonthKey, last: MonthKey): Totals {
    const from = Math.max(first - FIRST_REGISTRATION_MONTH, 0);
    const to = Math.min(last - FIRST_REGISTRATION_MONTH, REGISTRATION_MONTH_COUNT - 1);
    let principalCents = 0;
    let loans = 0;
    for (let block = 0; block < this.termOfBlock.length; block++) {
      const base = block * REGISTRATION_MONTH_COUNT;
      for (let slot = (base + from) * 2; slot <= (base + to) * 2; slot += 2) {
        principalCents += this.sums[slot];
        loans += this.sums[slot + 1];
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
    for (let termYears = 1; termYears < TERM_SLOTS; termYears++) {
      const block = this.blockOfTerm[termYears];
      if (block < 0) continue;
      const slot = (block * REGISTRATION_MONTH_COUNT + index) * 2;
      // Every row holds at least one loan: a month × term with none has no rows.
      if (this.sums[slot + 1] > 0)
        totals.push({
          year,
          month: monthNumber,
          termYears,
          principalCents: this.sums[slot],
          loans: this.sums[slot + 1],
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
    for (let block = 0; block < this.termOfBlock.length; block++)
      if (this.sums[(block * REGISTRATION_MONTH_COUNT + index) * 2 + 1] > 0) return true;
    return false;
  }
}
