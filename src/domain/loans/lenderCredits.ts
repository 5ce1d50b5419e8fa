import { computeTaxYearCreditCents, requireTaxYearEnd } from "../rules/yearlyCredit";
import { findBalanceOnDay, scheduleLoan } from "./loanBalances";
import { RegisterLoan } from "./readLoanRegister";
import { failRow, nameArgument, RowResult } from "./registerResult";
import { toDaySerial } from "../dates/daySerial";

export interface LenderCredit {
  readonly lender: string;
  readonly jan1Cents: number;
  readonly dec31Cents: number;
  readonly creditCents: number;
}

export interface LenderCredits {
  readonly lenders: readonly LenderCredit[];
  readonly total: Omit<LenderCredit, "lender">;
}

/**
 * Each lender's yearly tax credit for one tax year, in order of first appearance: the balances of
 * all his or her loans summed on 1 January and on 31 December, each total capped at the per-lender
 * maximum in force on 31 December (FOD Financiën, tax guide AJ2025, box XI, code 1a). A loan without
 * a schedule fails the answer, naming its row: the lender's total would be wrong.
 */
export function computeLenderCredits(loans: readonly RegisterLoan[], taxYear: number): RowResult<LenderCredits> {
  const yearEnd = requireTaxYearEnd(taxYear);
  if (!yearEnd.ok) return failRow(0, yearEnd.error);
  const jan1Serial = toDaySerial(taxYear, 1, 1);
  const totals = new Map<string, { lender: string; jan1Cents: number; dec31Cents: number }>();
  for (const loan of loans) {
    const scheduled = scheduleLoan(loan);
    if (scheduled.error !== undefined) return failRow(loan.row, nameArgument(scheduled.error, loan.columnNames ?? {}));
    let lenderTotal = totals.get(loan.lenderKey);
    if (lenderTotal === undefined) {
      lenderTotal = { lender: loan.lender, jan1Cents: 0, dec31Cents: 0 };
      totals.set(loan.lenderKey, lenderTotal);
    }
    lenderTotal.jan1Cents += findBalanceOnDay(scheduled, jan1Serial);
    lenderTotal.dec31Cents += findBalanceOnDay(scheduled, yearEnd.value);
  }
  const total = { jan1Cents: 0, dec31Cents: 0, creditCents: 0 };
  const lenders = [...totals.values()].map((lenderTotal): LenderCredit => {
    const creditCents = computeTaxYearCreditCents(lenderTotal.jan1Cents, lenderTotal.dec31Cents, taxYear);
    total.jan1Cents += lenderTotal.jan1Cents;
    total.dec31Cents += lenderTotal.dec31Cents;
    total.creditCents += creditCents;
    return { ...lenderTotal, creditCents };
  });
  return { ok: true, value: { lenders, total } };
}
