/*
 * Timing of the loan formulas, each against a baseline measured in the same run:
 * - SCHEDULE: a 10-year monthly schedule per call, against a bare floating-point annuity loop of the
 *   same 120 periods (no dates, no cents, no checks): the floor any schedule pays.
 * - CHECK_LOAN: 100,000 calls, against 100,000 calls of VALID_TERM, the one-rule formula it extends.
 * The formulas are called the way Excel calls them: positional arguments, serial dates.
 */
import { toCalendarDate, toDaySerial } from "../src/domain/dates/daySerial";
import { buildRepaymentSchedule } from "../src/domain/loans/repaymentSchedule";
import { findLegalRateBasisPoints } from "../src/domain/rules/legalInterestRates";
import { checkLoan, schedule, validTerm } from "../src/functions/functions";
import { consume, formatNumber, measureMs, printTable } from "./benchKit";

const SCHEDULE_CALLS = 2_000;
const CHECK_CALLS = 100_000;

interface LoanInput {
  amount: number;
  termYears: number;
  rate: number;
  dateSerial: number;
}

/** Deterministic, varied inputs (a linear congruential generator), so no call can be folded away. */
function generateLoans(count: number, breaking: boolean): LoanInput[] {
  let seed = 20_210_531;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const firstSerial = toDaySerial(2020, 10, 7);
  const days = toDaySerial(2026, 12, 31) - firstSerial;
  return Array.from({ length: count }, () => {
    const dateSerial = firstSerial + Math.floor(next() * days);
    if (breaking) {
      return {
        amount: 75_001 + Math.round(next() * 50_000),
        termYears: 11 + Math.floor(next() * 5),
        rate: 0.2 + next() / 10,
        dateSerial,
      };
    }
    // Within the bounds of the start year: between half the legal rate and the legal rate.
    const legal = findLegalRateBasisPoints(toCalendarDate(dateSerial).year);
    const legalRate = (legal.ok ? legal.value : 0) / 10_000;
    return {
      amount: 1_000 + Math.round(next() * 74_000),
      termYears: 5 + Math.floor(next() * 6),
      rate: legalRate * (0.5 + next() / 2),
      dateSerial,
    };
  });
}

/** The floor: 120 periods of a float annuity, principal and balance only. */
function computeBareAnnuity(amount: number, periods: number, periodRate: number): number[] {
  const growth = Math.pow(1 + periodRate, periods);
  const instalment = (amount * periodRate * growth) / (growth - 1);
  const balances = new Array<number>(periods);
  let outstanding = amount;
  for (let k = 0; k < periods; k++) {
    outstanding -= instalment - outstanding * periodRate;
    balances[k] = outstanding;
  }
  return balances;
}

function perCallRow(name: string, calls: number, totalMs: number, baselineMs: number): Record<string, string | number> {
  return {
    case: name,
    calls: calls.toLocaleString("en-US"),
    "best total (ms)": formatNumber(totalMs),
    "per call (µs)": formatNumber((totalMs * 1000) / calls, 3),
    "× baseline": formatNumber(totalMs / baselineMs),
  };
}

function benchSchedule(): void {
  const start = toDaySerial(2021, 1, 31);
  const repeat = (fn: (i: number) => unknown) => () => {
    for (let i = 0; i < SCHEDULE_CALLS; i++) consume(fn(i));
  };
  // The amount varies per call so every schedule is computed afresh.
  const baselineMs = measureMs(repeat((i) => computeBareAnnuity(10_000 + i, 120, 0.0175 / 12)));
  const domainMs = measureMs(
    repeat((i) =>
      buildRepaymentSchedule({
        amountCents: 1_000_000 + i,
        termYears: 10,
        rate: 0.0175,
        startSerial: start,
        paymentsPerYear: 12,
        method: "annuity",
      }),
    ),
  );
  const annuityMs = measureMs(repeat((i) => schedule(10_000 + i, 10, 0.0175, start, null, null)));
  const linearMs = measureMs(repeat((i) => schedule(10_000 + i, 10, 0.0175, start, 12, "linear")));
  const bulletMs = measureMs(repeat((i) => schedule(10_000 + i, 10, 0.0175, start, 12, "bullet")));
  printTable("SCHEDULE: 10-year monthly schedule (120 rows) per call", [
    perCallRow("baseline: bare float annuity loop, 120 periods", SCHEDULE_CALLS, baselineMs, baselineMs),
    perCallRow("domain buildRepaymentSchedule (annuity)", SCHEDULE_CALLS, domainMs, baselineMs),
    perCallRow("=SCHEDULE(…) annuity (default)", SCHEDULE_CALLS, annuityMs, baselineMs),
    perCallRow('=SCHEDULE(…, 12, "linear")', SCHEDULE_CALLS, linearMs, baselineMs),
    perCallRow('=SCHEDULE(…, 12, "bullet")', SCHEDULE_CALLS, bulletMs, baselineMs),
  ]);
}

function benchCheckLoan(): void {
  const fitting = generateLoans(CHECK_CALLS, false);
  const breaking = generateLoans(CHECK_CALLS, true);
  // The labels below promise "OK" and three findings: hold the inputs to that before timing them.
  const answers = (loans: LoanInput[]) =>
    loans.map((loan) => checkLoan(loan.amount, loan.termYears, loan.rate, loan.dateSerial));
  if (!answers(fitting).every((answer) => answer === "OK")) throw new Error("a fitting loan does not fit");
  if (!answers(breaking).every((answer) => answer.split("; ").length === 3))
    throw new Error("a breaking loan breaks less");
  const overAll = (loans: LoanInput[], fn: (loan: LoanInput) => unknown) => () => {
    for (const loan of loans) consume(fn(loan));
  };
  const baselineMs = measureMs(overAll(fitting, (loan) => validTerm(loan.termYears, loan.dateSerial)));
  const okMs = measureMs(
    overAll(fitting, (loan) => checkLoan(loan.amount, loan.termYears, loan.rate, loan.dateSerial)),
  );
  const findingsMs = measureMs(
    overAll(breaking, (loan) => checkLoan(loan.amount, loan.termYears, loan.rate, loan.dateSerial)),
  );
  printTable("CHECK_LOAN: 100,000 calls", [
    perCallRow("baseline: =VALID_TERM(term_years, conclusion_date)", CHECK_CALLS, baselineMs, baselineMs),
    perCallRow('=CHECK_LOAN(…) → "OK"', CHECK_CALLS, okMs, baselineMs),
    perCallRow("=CHECK_LOAN(…) → three Dutch sentences", CHECK_CALLS, findingsMs, baselineMs),
  ]);
}

export async function run(): Promise<void> {
  benchSchedule();
  benchCheckLoan();
}
