/** Principal and loan count summed over a group of registrations. */
export interface Totals {
  readonly principalCents: number;
  readonly loans: number;
}

export interface TermSummaryRow extends Totals {
  readonly termYears: number;
  /** Principal per loan in cents, rounded; 0 when the group has no loans. */
  readonly averageCents: number;
}

export interface TermSummary {
  readonly rows: readonly TermSummaryRow[]; // ascending term
  readonly total: Totals & { readonly averageCents: number };
}

/** Sums principal and loans per term. The one accumulator behind every per-term summary. */
export class TermTotals {
  private readonly principalByTerm = new Map<number, number>();
  private readonly loansByTerm = new Map<number, number>();

  add(termYears: number, principalCents: number, loans: number): void {
    this.principalByTerm.set(termYears, (this.principalByTerm.get(termYears) ?? 0) + principalCents);
    this.loansByTerm.set(termYears, (this.loansByTerm.get(termYears) ?? 0) + loans);
  }

  get isEmpty(): boolean {
    return this.principalByTerm.size === 0;
  }

  summarise(): TermSummary {
    const rows = [...this.principalByTerm.keys()]
      .sort((a, b) => a - b)
      .map((termYears) => withAverage({ principalCents: this.principalByTerm.get(termYears) ?? 0, loans: this.loansByTerm.get(termYears) ?? 0 }, termYears));
    const total = rows.reduce(
      (sum, row) => ({ principalCents: sum.principalCents + row.principalCents, loans: sum.loans + row.loans }),
      { principalCents: 0, loans: 0 },
    );
    return { rows, total: { ...total, averageCents: averageCents(total) } };
  }
}

export function averageCents(totals: Totals): number {
  return totals.loans > 0 ? Math.round(totals.principalCents / totals.loans) : 0;
}

function withAverage(totals: Totals, termYears: number): TermSummaryRow {
  return { termYears, ...totals, averageCents: averageCents(totals) };
}
