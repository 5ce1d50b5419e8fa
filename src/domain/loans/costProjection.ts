import { toDaySerial } from "../dates/daySerial";
import type { RegistrationRecord } from "../registrations";
import { findLegalRateBasisPoints } from "../rules/legalInterestRates";
import { computeUncappedTaxYearCreditCents } from "../rules/yearlyCredit";
import { LOSS_CREDIT_PERCENT } from "../rules/winWinRules";
import { listLoanYears, scheduleLoan } from "./loanBalances";
import { failLine, failRow, nameArgument, RowResult } from "./registerResult";
import { RepaymentMethod } from "./repaymentMethod";

/** A row's figures as the registration reader names its columns in its own messages. */
const RECORD_COLUMNS = { amount: "hoofdsom/principal", term_years: "looptijd/term" } as const;

/** The day of its registration month a row's loans are taken to start on. */
export const PROJECTED_START_DAY = 15;

export interface ProjectionOptions {
  readonly method: RepaymentMethod;
  /** One rate for every row; undefined: the legal interest rate of the row's registration year. */
  readonly rate?: number;
}

export interface CostYear {
  readonly year: number;
  readonly jan1Cents: number;
  readonly dec31Cents: number;
  readonly creditCents: number;
  /** The balance on 31 December × the loss-credit rate of the loans' registration month. */
  readonly exposureCents: number;
}

export interface CostProjection {
  readonly years: readonly CostYear[];
  readonly totalCreditCents: number;
}

/**
 * What registered loans cost the Region per tax year, from the first registration year to the last
 * year a loan runs: every row's principal as one loan starting on the 15th of its month, paid back
 * monthly by `method`, its yearly credits (no per-lender cap: aggregated rows have no lenders) and
 * the loss credit the Region may still have to pay on 31 December. Credits and exposure are summed
 * in cents over all rows and rounded once per year.
 */
export function projectSchemeCost(
  records: readonly RegistrationRecord[],
  options: ProjectionOptions,
): RowResult<CostProjection> {
  // No registrations to project (a header alone, or a table whose rows are all blank): no years to show.
  if (records.length === 0) return failRow(0, { kind: "not_available", code: "no_registrations_at_all", params: {} });
  let firstYear = Infinity;
  for (const record of records) firstYear = Math.min(firstYear, record.year);
  const jan1 = new YearSums(firstYear);
  const dec31 = new YearSums(firstYear);
  const weightedExposure = new YearSums(firstYear); // Σ balance × loss-credit percent
  for (const record of records) {
    const startSerial = toDaySerial(record.year, record.month, PROJECTED_START_DAY);
    // Bullet loans repay nothing before their end: their balances, all this projection uses, need no rate.
    const rate = options.rate ?? (options.method === "bullet" ? 0 : findLegalRateBasisPoints(record.year));
    if (typeof rate !== "number" && !rate.ok) return failLine(record.line, rate.error);
    const scheduled = scheduleLoan({
      amountCents: record.principalCents,
      termYears: record.termYears,
      rate: typeof rate === "number" ? rate : rate.value / 10_000,
      startSerial,
      paymentsPerYear: 12,
      method: options.method,
    });
    if (scheduled.error !== undefined) return failLine(record.line, nameArgument(scheduled.error, RECORD_COLUMNS));
    const lossPercent = LOSS_CREDIT_PERCENT.windowOn(startSerial)?.value ?? 0;
    for (const loanYear of listLoanYears(scheduled)) {
      jan1.add(loanYear.year, loanYear.jan1Cents);
      dec31.add(loanYear.year, loanYear.dec31Cents);
      weightedExposure.add(loanYear.year, loanYear.dec31Cents * lossPercent);
    }
  }
  const years: CostYear[] = [];
  let totalCreditCents = 0;
  for (let year = firstYear; year <= dec31.lastYear; year++) {
    const creditCents = computeUncappedTaxYearCreditCents(jan1.of(year), dec31.of(year), year);
    totalCreditCents += creditCents;
    const exposureCents = Math.round(weightedExposure.of(year) / 100);
    years.push({ year, jan1Cents: jan1.of(year), dec31Cents: dec31.of(year), creditCents, exposureCents });
  }
  return { ok: true, value: { years, totalCreditCents } };
}

/** Integer sums per calendar year from `firstYear` on, growing as later years arrive. */
class YearSums {
  private readonly sums: number[] = [];
  lastYear: number;

  constructor(private readonly firstYear: number) {
    this.lastYear = firstYear;
  }

  add(year: number, cents: number): void {
    const index = year - this.firstYear;
    while (this.sums.length <= index) this.sums.push(0);
    this.sums[index] += cents;
    if (year > this.lastYear) this.lastYear = year;
  }

  of(year: number): number {
    return this.sums[year - this.firstYear] ?? 0;
  }
}
