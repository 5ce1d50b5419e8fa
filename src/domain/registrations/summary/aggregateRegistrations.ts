import { MonthKey, toMonthKey } from "../../dates/monthKey";
import { Result } from "../../errors/result";
import { KeyedTotals } from "./keyedTotals";
import { RegistrationRecord } from "../registrationRecord";
import { packRecords, RecordColumns } from "../recordColumns";
import { Totals } from "../totals";
import { summariseMonthTotals } from "./summariseMonthTotals";
import { averageCents, TermSummary, TermTotals } from "./termTotals";

/**
 * A group's figures with its average and its share of the whole summary. Shares are in basis
 * points (1/100 of a percent, 10,000 = everything), rounded: integers that compare exactly, which
 * the task pane divides by 10,000 for a percentage cell. Rounded shares need not add up to 10,000.
 */
export interface SummaryRow extends Totals {
  readonly averageCents: number;
  readonly loanShareBasisPoints: number;
  readonly principalShareBasisPoints: number;
}

export interface MonthTermRow extends SummaryRow {
  readonly year: number;
  readonly month: number;
  readonly termYears: number;
}

export interface MonthRow extends SummaryRow {
  readonly year: number;
  readonly month: number;
}

export interface TermRow extends SummaryRow {
  readonly termYears: number;
}

export interface ProvinceRow extends SummaryRow {
  /** As written in the input; null for rows without a province. */
  readonly province: string | null;
}

export interface RegistrationSummary {
  readonly byMonthTerm: readonly MonthTermRow[]; // by month, then term
  readonly byMonth: readonly MonthRow[];
  readonly byTerm: readonly TermRow[];
  readonly byProvince: readonly ProvinceRow[]; // by name, rows without a province last
  readonly total: SummaryRow;
}

/**
 * Every summary of a set of records, in cents: per month × term, per month, per term, per
 * province, and in total, each with averages and shares of the total. Built on the same
 * accumulator and per-month term summary as WINWIN.MONTH_SUMMARY, so a month's figures here and
 * in the formula come from one implementation.
 */
export function aggregateRegistrations(records: readonly RegistrationRecord[] | RecordColumns): RegistrationSummary {
  // Columns as an import keeps them (the parse worker sums a million rows without an object each).
  const columns = "count" in records ? records : packRecords(records);
  const termsByMonth = new Map<MonthKey, TermTotals>();
  const terms = new TermTotals();
  const provinces = new KeyedTotals<string | null>();
  let key = -1;
  let monthTerms: TermTotals | undefined;
  for (let i = 0; i < columns.count; i++) {
    const termYears = columns.termYears[i];
    const principalCents = columns.principalCents[i];
    const loans = columns.loans[i];
    const rowKey = toMonthKey(columns.year[i], columns.month[i]);
    if (rowKey !== key || monthTerms === undefined) {
      key = rowKey;
      monthTerms = termsByMonth.get(key);
      if (monthTerms === undefined) {
        monthTerms = new TermTotals();
        termsByMonth.set(key, monthTerms);
      }
    }
    monthTerms.add(termYears, principalCents, loans);
    terms.add(termYears, principalCents, loans);
    const province = columns.provinceIndex[i];
    provinces.add(province < 0 ? null : columns.provinces[province], principalCents, loans);
  }
  const overall = terms.summarise();
  const share = shareOf(overall.total);
  const byMonthTerm: MonthTermRow[] = [];
  const byMonth: MonthRow[] = [];
  for (const key of [...termsByMonth.keys()].sort((a, b) => a - b)) {
    const summary = (termsByMonth.get(key) as TermTotals).summarise();
    const place = { year: Math.floor(key / 12), month: (key % 12) + 1 };
    for (const row of summary.rows) byMonthTerm.push({ ...place, ...share(row) });
    byMonth.push({ ...place, ...share(summary.total) });
  }
  return {
    byMonthTerm,
    byMonth,
    byTerm: overall.rows.map(share),
    byProvince: provinces
      .sortedKeys(compareProvinces)
      .map((province) => ({ province, ...share(withAverage(provinces.totalsOf(province))) })),
    total: share(overall.total),
  };
}

/**
 * One month's summary per term from records, the same contract as WINWIN.MONTH_SUMMARY on a range
 * (and the same `TermTotals` code): the task pane can show exactly what the formula would.
 */
export function summariseRegistrationMonth(
  records: readonly RegistrationRecord[],
  month: MonthKey,
  termYears?: number,
): Result<TermSummary> {
  const totals = new TermTotals();
  for (const record of records) {
    if (toMonthKey(record.year, record.month) !== month) continue;
    if (termYears === undefined || record.termYears === termYears)
      totals.add(record.termYears, record.principalCents, record.loans);
  }
  return summariseMonthTotals(totals, month, termYears);
}

/** `part` of `whole` in basis points, rounded; 0 of an empty whole. */
export function shareBasisPoints(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 10_000) / whole) : 0;
}

function shareOf(whole: Totals): <T extends Totals & { averageCents: number }>(row: T) => T & SummaryRow {
  return (row) => ({
    ...row,
    loanShareBasisPoints: shareBasisPoints(row.loans, whole.loans),
    principalShareBasisPoints: shareBasisPoints(row.principalCents, whole.principalCents),
  });
}

function withAverage(totals: Totals): Totals & { averageCents: number } {
  return { ...totals, averageCents: averageCents(totals) };
}

function compareProvinces(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.localeCompare(b, "nl");
}
