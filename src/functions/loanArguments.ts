import { DaySerial } from "../domain/dates/daySerial";
import { Result, succeed } from "../domain/errors/result";
import { describeCell } from "../domain/registrations/describeCell";
import {
  DEFAULT_PAYMENTS_PER_YEAR,
  DEFAULT_REPAYMENT_METHOD,
  parseRepaymentMethod,
} from "../domain/loans/repaymentMethod";
import { LoanPlan } from "../domain/loans/repaymentSchedule";
import { requireRateFraction } from "../domain/loans/rateFraction";
import { readAmountCents, readDate, readNumber, readRate, readTermNumber } from "./excelArguments";
import { unwrap } from "./excelErrors";

/*
 * Optional word and number choices of the loan formulas. Omitted arrives as null, an empty cell as
 * null (web) or 0 (desktop): all three mean "the default", since 0 is no valid choice for any of them.
 */

function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || value === "" || value === 0;
}

/** The parsed word, the default when omitted, or the parser's own error for anything else. */
export function readOptionalChoice<T>(value: unknown, fallback: T, parse: (word: string) => Result<T>): Result<T> {
  if (isOmitted(value)) return succeed(fallback);
  return parse(typeof value === "string" ? value : describeCell(value));
}

/** A count such as payments per year: a number, or text as a cell is read ("12"). */
export function readOptionalCount(value: unknown, fallback: number, argument: string): Result<number> {
  return isOmitted(value) ? succeed(fallback) : readNumber(value, argument);
}

/** An optional date: omitted (null) or an empty cell (0 on the desktop) gives undefined. */
export function readOptionalDate(value: unknown, argument: string): Result<DaySerial | undefined> {
  return isOmitted(value) ? succeed(undefined) : readDate(value, argument);
}

/** An optional yearly rate as a fraction; omitted or an empty cell (0 on the desktop) gives undefined. */
export function readOptionalRate(value: unknown, argument: string): Result<number | undefined> {
  if (isOmitted(value)) return succeed(undefined);
  const rate = readRate(value, argument);
  return rate.ok ? requireRateFraction(rate.value, argument) : rate;
}

/** The loan of SCHEDULE's and LENDER_YEARS' six arguments; a bad one throws its Excel error. */
export function readLoanPlan(
  amount: unknown,
  termYears: unknown,
  rate: unknown,
  startDate: unknown,
  paymentsPerYear: unknown,
  method: unknown,
): LoanPlan {
  return {
    amountCents: unwrap(readAmountCents(amount, "amount")),
    termYears: unwrap(readTermNumber(termYears, "term_years")),
    rate: unwrap(readRate(rate, "rate")),
    startSerial: unwrap(readDate(startDate, "start_date")),
    paymentsPerYear: unwrap(readOptionalCount(paymentsPerYear, DEFAULT_PAYMENTS_PER_YEAR, "payments_per_year")),
    method: unwrap(readOptionalChoice(method, DEFAULT_REPAYMENT_METHOD, parseRepaymentMethod)),
  };
}
