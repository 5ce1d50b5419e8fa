import type { Totals } from "../registrations/totals";

/** Loans and principal of a run of months, with the loans per term (for the shares and the most chosen term). */
export interface PeriodTotals extends Totals {
  readonly loansByTerm: ReadonlyMap<number, number>;
}

export class PeriodAccumulator {
  principalCents = 0;
  loans = 0;
  readonly loansByTerm = new Map<number, number>();

  add(termYears: number, principalCents: number, loans: number): void {
    this.principalCents += principalCents;
    this.loans += loans;
    this.loansByTerm.set(termYears, (this.loansByTerm.get(termYears) ?? 0) + loans);
  }

  loansWithTerm(termYears: number): number {
    return this.loansByTerm.get(termYears) ?? 0;
  }

  /**
   * The term with the most loans. A tie goes to the shortest of the tied terms, so the answer never
   * depends on the order of the rows; the help page says so.
   */
  findMostChosenTerm(): number | undefined {
    let best: number | undefined;
    let bestLoans = 0;
    for (const [termYears, loans] of this.loansByTerm) {
      if (loans > bestLoans || (loans === bestLoans && best !== undefined && termYears < best)) {
        best = termYears;
        bestLoans = loans;
      }
    }
    return bestLoans > 0 ? best : undefined;
  }
}
