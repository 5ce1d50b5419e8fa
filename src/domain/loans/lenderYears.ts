import { Result, succeed } from "../errors/result";
import { computeTaxYearCreditCents, computeWithholdingTaxCents } from "../rules/yearlyCredit";
import { listLoanYears } from "./loanBalances";
import { buildRepaymentSchedule, LoanPlan } from "./repaymentSchedule";

/** One year of what a lender gets from one loan, in cents. */
export interface LenderYear {
  readonly year: number;
  readonly jan1Cents: number;
  readonly dec31Cents: number;
  readonly interestCents: number;
  readonly withholdingCents: number;
  readonly creditCents: number;
  readonly netCents: number;
}

export interface LenderYearTotals {
  readonly interestCents: number;
  readonly withholdingCents: number;
  readonly creditCents: number;
  readonly netCents: number;
}

export interface LenderYears {
  readonly years: readonly LenderYear[];
  readonly total: LenderYearTotals;
}

/**
 * The lender's return on one loan, year by year from the start year to the year of the last payment:
 * the interest paid that year, the withholding tax on it at that year's rate, the yearly tax credit on
 * the two balances (capped at the per-lender maximum of 31 December), and what is left: interest −
 * withholding + credit. Each amount is rounded to the cent once, where its rule computes it; the net
 * and the totals are sums of those cents.
 */
export function buildLenderYears(plan: LoanPlan): Result<LenderYears> {
  const schedule = buildRepaymentSchedule(plan);
  if (!schedule.ok) return schedule;
  const years = listLoanYears({ amountCents: plan.amountCents, startSerial: plan.startSerial, rows: schedule.value });
  const total = { interestCents: 0, withholdingCents: 0, creditCents: 0, netCents: 0 };
  const lenderYears = years.map((loanYear): LenderYear => {
    const withholdingCents = computeWithholdingTaxCents(loanYear.interestCents, loanYear.year);
    const creditCents = computeTaxYearCreditCents(loanYear.jan1Cents, loanYear.dec31Cents, loanYear.year);
    const netCents = loanYear.interestCents - withholdingCents + creditCents;
    total.interestCents += loanYear.interestCents;
    total.withholdingCents += withholdingCents;
    total.creditCents += creditCents;
    total.netCents += netCents;
    return { ...loanYear, withholdingCents, creditCents, netCents };
  });
  return succeed({ years: lenderYears, total });
}
