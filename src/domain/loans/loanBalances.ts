import { DaySerial, toCalendarDate, toDaySerial } from "../dates/daySerial";
import { DomainError } from "../errors/result";
import { buildRepaymentSchedule, LoanPlan, ScheduleRow } from "./repaymentSchedule";

/*
 * Balances of one loan as the multi-year formulas see them: on day D, 0 before the start date, else
 * the amount less the principal of the payments dated on or before D (payments as SCHEDULE makes them).
 */

/** The loan a balance is asked of: its amount, start, and its schedule (empty when it has none). */
export interface ScheduledLoan {
  readonly amountCents: number;
  readonly startSerial: DaySerial;
  readonly rows: readonly ScheduleRow[];
}

/**
 * The loan with its schedule, or with no payments and the reason when SCHEDULE would refuse it
 * (such a loan keeps its whole amount from its start on).
 */
export function scheduleLoan(plan: LoanPlan): ScheduledLoan & { readonly error?: DomainError } {
  const schedule = buildRepaymentSchedule(plan);
  return schedule.ok
    ? { amountCents: plan.amountCents, startSerial: plan.startSerial, rows: schedule.value }
    : { amountCents: plan.amountCents, startSerial: plan.startSerial, rows: [], error: schedule.error };
}

/** The balance on `day`; a binary search over the payment dates, which ascend. */
export function findBalanceOnDay(loan: ScheduledLoan, day: DaySerial): number {
  if (day < loan.startSerial) return 0;
  const { rows } = loan;
  let low = 0;
  let high = rows.length; // rows[low..high) not yet known; every row before `low` is dated ≤ day
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (rows[middle].dateSerial <= day) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? loan.amountCents : rows[low - 1].outstandingCents;
}

/** One calendar year of a loan: both balances and the interest paid that year, in cents. */
export interface LoanYear {
  readonly year: number;
  readonly jan1Cents: number;
  readonly dec31Cents: number;
  readonly interestCents: number;
}

/**
 * Every calendar year from the start year to the year of the last payment, in one walk over the
 * schedule. A payment dated 1 January already counts for that day's balance.
 */
export function listLoanYears(loan: ScheduledLoan): LoanYear[] {
  const { rows } = loan;
  const firstYear = toCalendarDate(loan.startSerial).year;
  const lastYear = rows.length === 0 ? firstYear : toCalendarDate(rows[rows.length - 1].dateSerial).year;
  const years: LoanYear[] = [];
  let next = 0; // the first payment not yet counted
  let balanceCents = loan.amountCents;
  for (let year = firstYear; year <= lastYear; year++) {
    const jan1 = toDaySerial(year, 1, 1);
    while (next < rows.length && rows[next].dateSerial <= jan1) balanceCents = rows[next++].outstandingCents;
    const jan1Cents = jan1 < loan.startSerial ? 0 : balanceCents;
    // The interest of 1 January's payments belongs to this year as well.
    let interestCents = 0;
    for (let k = next - 1; k >= 0 && rows[k].dateSerial >= jan1; k--) interestCents += rows[k].interestCents;
    const dec31 = toDaySerial(year, 12, 31);
    while (next < rows.length && rows[next].dateSerial <= dec31) {
      interestCents += rows[next].interestCents;
      balanceCents = rows[next++].outstandingCents;
    }
    years.push({ year, jan1Cents, dec31Cents: dec31 < loan.startSerial ? 0 : balanceCents, interestCents });
  }
  return years;
}
