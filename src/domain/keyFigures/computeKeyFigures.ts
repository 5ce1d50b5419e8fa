import { formatMonthKey, MonthKey, toMonthKey } from "../dates/monthKey";
import { fail, Result, succeed } from "../errors/result";
import type { MonthTermTotal, TermMonths } from "../registrations/monthTermGrid";
import { averageCents } from "../registrations/summary/termTotals";
import { PeriodAccumulator } from "./periodTotals";

/** The press release's key figures, in the order WINWIN.KEY_FIGURES spills them. */
export const KEY_FIGURE_CODES = [
  "key_figure_loans",
  "key_figure_principal",
  "key_figure_average",
  "key_figure_share_5_years",
  "key_figure_share_not_8_years",
  "key_figure_most_chosen_term",
] as const;
export type KeyFigureCode = (typeof KEY_FIGURE_CODES)[number];

/**
 * How a figure changed against the same months a year earlier:
 * - a number: a fraction (0.25 = 25 % more); for the two shares the difference of the shares
 *   (percentage points as a fraction), because a share's own relative change is rarely what is meant;
 * - "no_prior": the registrations do not hold every one of those months (a part of them would be
 *   compared with the whole period as if it were all of it);
 * - "zero_base": the figure a year earlier is 0, so there is no fraction of it;
 * - "not_applicable": the most chosen term is a term, not an amount: it has no change.
 */
export type KeyFigureChange = number | "no_prior" | "zero_base" | "not_applicable";

export interface KeyFigureRow {
  readonly code: KeyFigureCode;
  /** Loans, euro cents, a share as a fraction, or years; see `unit`. */
  readonly current: number;
  readonly prior: number | undefined;
  readonly change: KeyFigureChange;
  readonly unit: "loans" | "cents" | "fraction" | "years";
}

/** The months the key figures of `fromMonth` … `toMonth` are made of: the period, and a year before it. */
export function findKeyFigureMonths(fromMonth: MonthKey, toMonth: MonthKey): TermMonths {
  return { first: Math.min(fromMonth, toMonth) - 12, last: Math.max(fromMonth, toMonth) };
}

/**
 * The key figures of the months `fromMonth` … `toMonth` and of the same months a year earlier, in
 * one pass over the records. Never a partial answer: a period asked with a month without loans is a
 * failure naming the month(s) (without any loans, the whole period is named), and a year before
 * that misses a month is not compared ("no_prior"), whereas a comparison over part of it would look
 * like a real change.
 */
export function computeKeyFigures(
  records: readonly MonthTermTotal[],
  fromMonth: MonthKey,
  toMonth: MonthKey,
): Result<readonly KeyFigureRow[]> {
  if (toMonth < fromMonth) {
    return fail("invalid_value", "period_reversed", {
      from: { month: formatMonthKey(fromMonth) },
      to: { month: formatMonthKey(toMonth) },
    });
  }
  const current = new PeriodAccumulator();
  const prior = new PeriodAccumulator();
  const priorFrom = fromMonth - 12;
  const priorTo = toMonth - 12;
  // Per month from priorFrom to toMonth: 1 when it holds loans. One array, not a set per record.
  const monthsWithLoans = new Uint8Array(toMonth - priorFrom + 1);
  // One pass, no allocation per record: registrations run to 100,000s of rows.
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const key = toMonthKey(record.year, record.month);
    if (key < priorFrom || key > toMonth) continue;
    if (record.loans > 0) monthsWithLoans[key - priorFrom] = 1;
    // Both, for a period of more than twelve months: its first year is also the year before's last.
    if (key >= fromMonth) current.add(record.termYears, record.principalCents, record.loans);
    if (key <= priorTo) prior.add(record.termYears, record.principalCents, record.loans);
  }
  if (current.loans === 0) {
    // One month is said as MONTH_SUMMARY says it, not as the period "from June 2021 to June 2021".
    if (fromMonth === toMonth)
      return fail("not_available", "no_registrations", { month: { month: formatMonthKey(fromMonth) } });
    return fail("not_available", "no_registrations_in_period", {
      from: { month: formatMonthKey(fromMonth) },
      to: { month: formatMonthKey(toMonth) },
    });
  }
  const missing = listMonthsWithoutLoans(monthsWithLoans, fromMonth - priorFrom, toMonth - priorFrom, priorFrom);
  if (missing.length > 0) {
    return fail("not_available", "period_months_without_registrations", {
      months: { months: missing },
      from: { month: formatMonthKey(fromMonth) },
      to: { month: formatMonthKey(toMonth) },
    });
  }
  const priorComplete = listMonthsWithoutLoans(monthsWithLoans, 0, priorTo - priorFrom, priorFrom).length === 0;
  const now = describePeriod(current);
  const before = priorComplete ? describePeriod(prior) : undefined;
  return succeed(
    KEY_FIGURE_CODES.map((code) => {
      const unit = UNITS[code];
      const priorValue = before?.[code];
      return { code, unit, current: now[code], prior: priorValue, change: compareFigure(unit, now[code], priorValue) };
    }),
  );
}

const UNITS: Record<KeyFigureCode, KeyFigureRow["unit"]> = {
  key_figure_loans: "loans",
  key_figure_principal: "cents",
  key_figure_average: "cents",
  key_figure_share_5_years: "fraction",
  key_figure_share_not_8_years: "fraction",
  key_figure_most_chosen_term: "years",
};

/** The months (2021-06) among places `first` … `last` of `monthsWithLoans` that hold no loans. */
function listMonthsWithoutLoans(
  monthsWithLoans: Uint8Array,
  first: number,
  last: number,
  firstMonth: MonthKey,
): string[] {
  const missing: string[] = [];
  for (let place = first; place <= last; place++) {
    if (monthsWithLoans[place] === 0) missing.push(formatMonthKey(firstMonth + place));
  }
  return missing;
}

/** A period's figures; only called for a period with loans, so every division has a divisor. */
function describePeriod(period: PeriodAccumulator): Record<KeyFigureCode, number> {
  return {
    key_figure_loans: period.loans,
    key_figure_principal: period.principalCents,
    key_figure_average: averageCents(period),
    key_figure_share_5_years: period.loansWithTerm(5) / period.loans,
    key_figure_share_not_8_years: (period.loans - period.loansWithTerm(8)) / period.loans,
    key_figure_most_chosen_term: period.findMostChosenTerm() as number,
  };
}

function compareFigure(unit: KeyFigureRow["unit"], current: number, prior: number | undefined): KeyFigureChange {
  if (unit === "years") return "not_applicable";
  if (prior === undefined) return "no_prior";
  if (unit === "fraction") return current - prior;
  return prior === 0 ? "zero_base" : current / prior - 1;
}
