import { TermSummary } from "../domain/registrations";

/** The label of the total row, as the press release and the analysts' own tables write it. */
export const TOTAL_LABEL = "Totaal";

/** Spill rows `term, principal, loans, average`, in euro, with the total row when asked. */
export function toSummaryRows(summary: TermSummary, withTotal: boolean): (number | string)[][] {
  const rows: (number | string)[][] = summary.rows.map((row) => [
    row.termYears,
    row.principalCents / 100,
    row.loans,
    row.averageCents / 100,
  ]);
  if (withTotal) {
    const { principalCents, loans, averageCents } = summary.total;
    rows.push([TOTAL_LABEL, principalCents / 100, loans, averageCents / 100]);
  }
  return rows;
}
