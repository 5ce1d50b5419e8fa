import { MonthKey, monthOfMonthKey, yearOfMonthKey } from "../dates/monthKey";
import {
  FIRST_REGISTRATION_MONTH,
  LAST_REGISTRATION_MONTH,
  MAX_TERM_YEARS,
  REGISTRATION_MONTH_COUNT,
} from "./cells/figureBounds";
import { Totals } from "./totals";

/** Principal and loans of one registration month and term, summed over every row that has them. */
export interface MonthTermTotal extends Totals {
  readonly year: number;
  readonly month: number; // 1-12
  readonly termYears: number;
}

/** The months whose totals per term are kept: a formula's answer needs no others. */
export interface TermMonths {
  readonly first: MonthKey;
  readonly last: MonthKey;
}

/** Every month a registration can fall in. */
export const ALL_REGISTRATION_MONTHS: TermMonths = { first: FIRST_REGISTRATION_MONTH, last: LAST_REGISTRATION_MONTH };

/**
 * Places per month for its terms (1 … MAX_TERM_YEARS, place 0 unused): a power of two, so a term's
 * place is found with two shifts.
 */
export const TERM_PLACES_SHIFT = 6;
const TERM_PLACES = 1 << TERM_PLACES_SHIFT;
if (MAX_TERM_YEARS >= TERM_PLACES) throw new Error("MonthTermGrid: terms do not fit their places");

/** Adds rows read earlier to the sums per month (principal in cents at `m << 1`, loans at `(m << 1) + 1`). */
export type MonthSumsAddition = (monthSums: Float64Array) => void;

/**
 * The table reader's running totals: principal and loans per month, for every month (subtotal and
 * grand-total rows are checked against them), and per month × term for the months a formula's
 * answer needs (MONTH_SUMMARY one month, KEY_FIGURES a period and the year before it). Flat arrays
 * rather than maps, open to the reader's loop: adding a row is a few additions at computed places,
 * which keeps a 100,000-row range within a few times one plain pass over it.
 *
 * The sums per month of the reader's plain number rows are added only when asked for (`addLater`):
 * most ranges have no total row to check, and a formula's answer never needs them. Nothing reads
 * them without the rows added first.
 */
export class MonthTermGrid {
  /**
   * Per month index m (from the scheme's first month): principal in cents at `m << 1`, loans at
   * `(m << 1) + 1`. One array, side by side: a row's two additions land in one place.
   */
  private readonly monthSums = new Float64Array(REGISTRATION_MONTH_COUNT << 1);
  private readonly additions: MonthSumsAddition[] = [];
  private asked = false;
  /** The month index of the first month whose terms are kept, and how many months are. */
  readonly termsFrom: number;
  readonly termMonths: number;
  /**
   * Cents, then loans, of month (termsFrom + w) and term t at `((w << TERM_PLACES_SHIFT) | t) << 1`.
   */
  readonly termSums: Float64Array;

  /** Without `termMonths`, only the totals per month are kept (the import keeps its records). */
  constructor(termMonths?: TermMonths) {
    const first = Math.max(termMonths?.first ?? 0, FIRST_REGISTRATION_MONTH);
    const last = Math.min(termMonths?.last ?? 0, LAST_REGISTRATION_MONTH);
    this.termsFrom = first - FIRST_REGISTRATION_MONTH;
    this.termMonths = termMonths === undefined ? 0 : Math.max(last - first + 1, 0);
    this.termSums = new Float64Array((this.termMonths << TERM_PLACES_SHIFT) << 1);
  }

  add(month: MonthKey, termYears: number, principalCents: number, loans: number): void {
    const index = month - FIRST_REGISTRATION_MONTH;
    this.monthSums[index << 1] += principalCents;
    this.monthSums[(index << 1) + 1] += loans;
    const w = index - this.termsFrom;
    if (w < 0 || w >= this.termMonths) return;
    const slot = ((w << TERM_PLACES_SHIFT) | termYears) << 1;
    this.termSums[slot] += principalCents;
    this.termSums[slot + 1] += loans;
  }

  /**
   * Where the reader's loop adds its rows' sums per month, once they have been asked for (a table with
   * total rows checks them all along); undefined until then, when rows are added later (`addLater`).
   */
  get monthSumsInUse(): Float64Array | undefined {
    return this.asked ? this.monthSums : undefined;
  }

  /** Adds the sums of rows of one month, read and checked together. */
  addMonthSums(month: MonthKey, principalCents: number, loans: number): void {
    const index = month - FIRST_REGISTRATION_MONTH;
    this.monthSums[index << 1] += principalCents;
    this.monthSums[(index << 1) + 1] += loans;
  }

  /** Rows whose sums per month are added when `sumMonths` first needs them; their terms are added already. */
  addLater(addition: MonthSumsAddition): void {
    this.additions.push(addition);
  }

  /** The sums over the months `first` … `last`, all terms. */
  sumMonths(first: MonthKey, last: MonthKey): Totals {
    for (const addition of this.additions) addition(this.monthSums);
    this.additions.length = 0;
    this.asked = true;
    const from = Math.max(first - FIRST_REGISTRATION_MONTH, 0);
    const to = Math.min(last - FIRST_REGISTRATION_MONTH, REGISTRATION_MONTH_COUNT - 1);
    let principalCents = 0;
    let loans = 0;
    for (let index = from; index <= to; index++) {
      principalCents += this.monthSums[index << 1];
      loans += this.monthSums[(index << 1) + 1];
    }
    return { principalCents, loans };
  }

  /** The terms a month has rows for, ascending, with their sums; the month must be one whose terms are kept. */
  listTermsOfMonth(month: MonthKey): MonthTermTotal[] {
    const index = month - FIRST_REGISTRATION_MONTH;
    if (index < 0 || index >= REGISTRATION_MONTH_COUNT) return [];
    const w = index - this.termsFrom;
    // Asking for terms the grid was not told to keep is a mistake in the caller, never "no rows".
    if (w < 0 || w >= this.termMonths) throw new Error(`MonthTermGrid: terms of ${month} are not kept`);
    const totals: MonthTermTotal[] = [];
    const year = yearOfMonthKey(month);
    const monthNumber = monthOfMonthKey(month);
    for (let termYears = 1; termYears <= MAX_TERM_YEARS; termYears++) {
      const slot = ((w << TERM_PLACES_SHIFT) | termYears) << 1;
      // Every row holds at least one loan: a month × term with none has no rows.
      if (this.termSums[slot + 1] > 0)
        totals.push({
          year,
          month: monthNumber,
          termYears,
          principalCents: this.termSums[slot],
          loans: this.termSums[slot + 1],
        });
    }
    return totals;
  }

  /** Every month × term with rows among the months whose terms are kept, ascending by month, then term. */
  listMonthTerms(): MonthTermTotal[] {
    const totals: MonthTermTotal[] = [];
    for (let w = 0; w < this.termMonths; w++) {
      totals.push(...this.listTermsOfMonth(FIRST_REGISTRATION_MONTH + this.termsFrom + w));
    }
    return totals;
  }
}
