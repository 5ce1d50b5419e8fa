import { formatMonthKey, MonthKey } from "../../dates/monthKey";
import { fail, Result, succeed } from "../../errors/result";
import { TermSummary, TermTotals } from "./termTotals";

/**
 * A month's per-term totals as the answer of a month summary, or why there is none. Shared by
 * WINWIN.MONTH_SUMMARY (summing a range) and the import's summaries (summing records).
 */
export function summariseMonthTotals(
  totals: TermTotals,
  month: MonthKey,
  termYears: number | undefined,
): Result<TermSummary> {
  if (!totals.isEmpty) return succeed(totals.summarise());
  return termYears === undefined
    ? fail("not_available", "no_registrations", { month: { month: formatMonthKey(month) } })
    : fail("not_available", "no_registrations_for_term", { month: { month: formatMonthKey(month) }, term: termYears });
}
