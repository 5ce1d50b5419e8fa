import { MAX_ROW_PRINCIPAL_CENTS } from "../registrations/cells/figureBounds";
import { DaySerial } from "../dates/daySerial";
import { fail, Result, succeed } from "../errors/result";
import { requireSchemeDate } from "../rules/schemeStart";
import { listPaymentDates } from "./paymentDates";
import { computePeriodInterestCents, toScaledRate } from "./periodInterest";
import { requireRateFraction } from "./rateFraction";
import { RepaymentMethod, requirePaymentsPerYear } from "./repaymentMethod";

export interface LoanPlan {
  readonly amountCents: number;
  readonly termYears: number;
  /** Yearly nominal rate as a fraction (0.0175); each period charges rate / paymentsPerYear. */
  readonly rate: number;
  readonly startSerial: DaySerial;
  readonly paymentsPerYear: number;
  readonly method: RepaymentMethod;
}

export interface ScheduleRow {
  readonly dateSerial: DaySerial;
  readonly instalmentCents: number;
  readonly interestCents: number;
  readonly principalCents: number;
  readonly outstandingCents: number;
}

/** Win-win terms run 5 to 10 years; 50 leaves room for what-ifs and keeps a typo like 2030 from spilling 24,000 rows. */
export const MAXIMUM_SCHEDULE_TERM_YEARS = 50;

/**
 * The repayment schedule in cents, one row per payment. Every amount is rounded to the cent as it is
 * paid (interest exactly, half a cent up, as Excel's ROUND does), and the last payment takes whatever the rounding left, so the principal parts add up to the
 * amount exactly and the last outstanding balance is 0.
 */
export function buildRepaymentSchedule(plan: LoanPlan): Result<ScheduleRow[]> {
  const valid = requireValidPlan(plan);
  if (!valid.ok) return valid;
  const periods = plan.termYears * plan.paymentsPerYear;
  const periodRate = plan.rate / plan.paymentsPerYear;
  const dates = listPaymentDates(plan.startSerial, periods, 12 / plan.paymentsPerYear);
  const principalDue = choosePrincipalDue(plan.method, plan.amountCents, periods, periodRate);
  const scaledRate = toScaledRate(plan.rate);
  const rows: ScheduleRow[] = new Array(periods);
  let outstandingCents = plan.amountCents;
  for (let k = 0; k < periods; k++) {
    const interestCents = computePeriodInterestCents(outstandingCents, scaledRate, plan.paymentsPerYear);
    const principalCents = k === periods - 1 ? outstandingCents : principalDue(outstandingCents, interestCents);
    outstandingCents -= principalCents;
    rows[k] = {
      dateSerial: dates[k],
      instalmentCents: interestCents + principalCents,
      interestCents,
      principalCents,
      outstandingCents,
    };
  }
  return succeed(rows);
}

/** Excel's PMT(periodRate, periods, -amount) in cents, rounded to the cent. */
export function computeAnnuityInstalmentCents(amountCents: number, periods: number, periodRate: number): number {
  // 1 − (1 + rate)^−periods, through log1p and expm1: written as (1 + rate)^periods − 1, a rate of
  // 1e-13 loses most of its digits to rounding and the instalment comes out euro wrong.
  const discount = -Math.expm1(-periods * Math.log1p(periodRate));
  if (discount === 0) return Math.round(amountCents / periods);
  // The equal part times how much interest raises it: at a rate too small to matter, exactly the equal part.
  return Math.round((amountCents / periods) * ((periods * periodRate) / discount));
}

type PrincipalDue = (outstandingCents: number, interestCents: number) => number;

/** The principal part of every payment but the last, which always clears the balance. */
function choosePrincipalDue(
  method: RepaymentMethod,
  amountCents: number,
  periods: number,
  periodRate: number,
): PrincipalDue {
  switch (method) {
    case "annuity": {
      const instalmentCents = computeAnnuityInstalmentCents(amountCents, periods, periodRate);
      // Rounded instalments on a tiny amount can clear the balance early; never repay more than is owed.
      // At rates near 100 % the rounded instalment can fall a cent short of the period's interest:
      // the payment is then the interest, never a negative principal part that would raise the debt.
      return (outstandingCents, interestCents) =>
        Math.max(0, Math.min(outstandingCents, instalmentCents - interestCents));
    }
    case "linear": {
      const partCents = Math.floor(amountCents / periods);
      return () => partCents;
    }
    case "bullet":
      return () => 0;
  }
}

/**
 * Far above any loan or month of registrations (PMV's busiest month: 18 million), and as high as one
 * registration row may go, so every row MONTH_SUMMARY reads can be projected: 10^12 cents, and the
 * interest on it, stay far within the integers a float holds exactly.
 */
export const MAXIMUM_SCHEDULE_AMOUNT_EURO = MAX_ROW_PRINCIPAL_CENTS / 100;

function requireValidPlan(plan: LoanPlan): Result<LoanPlan> {
  if (plan.amountCents <= 0) {
    return fail("invalid_number", "argument_not_positive", { argument: "amount", value: plan.amountCents / 100 });
  }
  if (!(plan.amountCents <= MAXIMUM_SCHEDULE_AMOUNT_EURO * 100)) {
    return fail("invalid_number", "amount_too_large", {
      argument: "amount",
      value: plan.amountCents / 100,
      maximum: { euroCents: MAXIMUM_SCHEDULE_AMOUNT_EURO * 100 },
    });
  }
  if (!Number.isInteger(plan.termYears) || plan.termYears < 1 || plan.termYears > MAXIMUM_SCHEDULE_TERM_YEARS) {
    return fail("invalid_number", "term_years_invalid", {
      argument: "term_years",
      value: plan.termYears,
      maximum: MAXIMUM_SCHEDULE_TERM_YEARS,
    });
  }
  const rate = requireRateFraction(plan.rate, "rate");
  if (!rate.ok) return rate;
  const start = requireSchemeDate(plan.startSerial);
  if (!start.ok) return start;
  const frequency = requirePaymentsPerYear(plan.paymentsPerYear);
  return frequency.ok ? succeed(plan) : frequency;
}
