/*
 * Timing of the multi-year formulas, each against building the same repayment schedules alone in the
 * same run (the floor: every formula needs each loan's schedule once; target ≤ 2×):
 * - CHECK_REGISTER and LENDER_CREDITS on registers of 100,000 loans of 20,000 lenders (and 10,000
 *   borrowers), and on 10,000 loans of 2,000 lenders beside them to show the cost grows linearly;
 * - COST_PROJECTION on 100,000 registration rows (one loan each), and on 10,000; its time includes
 *   reading the rows as MONTH_SUMMARY does.
 * The formulas are called the way Excel calls them: a range's values with a header row, serial dates.
 */
import { toCalendarDate, toDaySerial } from "../src/domain/dates/daySerial";
import { buildRepaymentSchedule, LoanPlan } from "../src/domain/loans/repaymentSchedule";
import { RepaymentMethod } from "../src/domain/loans/repaymentMethod";
import { findLegalRateBasisPoints } from "../src/domain/rules/legalInterestRates";
import { checkRegister, costProjection, lenderCredits } from "../src/functions/functions";
import { BenchRow, consume, formatNumber, measureMs, printTable } from "./benchKit";

const LARGE = 100_000;
const SMALL = 10_000;
const LOANS_PER_LENDER = 5;
const LOANS_PER_BORROWER = 10;
const METHODS: readonly RepaymentMethod[] = ["annuity", "linear", "bullet"];

/** Deterministic, varied inputs (a linear congruential generator), so no work can be folded away. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

interface GeneratedLoan {
  readonly cells: unknown[];
  readonly plan: LoanPlan;
}

/** A register of `count` loans, five per lender and ten per borrower, concluded 2020-10-07 to 2026. */
function generateRegister(count: number): GeneratedLoan[] {
  const next = createRandom(20_210_531);
  const firstSerial = toDaySerial(2020, 10, 7);
  const days = toDaySerial(2026, 12, 31) - firstSerial;
  return Array.from({ length: count }, (_, i) => {
    const conclusionSerial = firstSerial + Math.floor(next() * days);
    const legal = findLegalRateBasisPoints(toCalendarDate(conclusionSerial).year);
    const rate = Math.round((legal.ok ? legal.value : 0) * (0.5 + next() / 2)) / 10_000;
    const amountEuro = 1_000 + Math.round(next() * 30_000);
    const termYears = 5 + Math.floor(next() * 6);
    const method = METHODS[i % METHODS.length];
    const lender = `Kredietgever ${Math.floor(i / LOANS_PER_LENDER)}`;
    const borrower = `Onderneming ${(i * 7_919) % Math.ceil(count / LOANS_PER_BORROWER)}`;
    return {
      cells: [lender, borrower, conclusionSerial, amountEuro, termYears, rate, method],
      plan: {
        amountCents: amountEuro * 100,
        termYears,
        rate,
        startSerial: conclusionSerial,
        paymentsPerYear: 12,
        method,
      },
    };
  });
}

const REGISTER_HEADER = ["Kredietgever", "Kredietnemer", "Afsluitdatum", "Bedrag", "Looptijd", "Rentevoet", "Methode"];

/**
 * `count` registration rows of 2021–2026, one loan each (registration date, term, principal), as a
 * per-loan export holds them, and the bullet loans COST_PROJECTION takes them for.
 */
function generateRegistrations(count: number): { matrix: unknown[][]; plans: LoanPlan[] } {
  const next = createRandom(20_210_601);
  const matrix: unknown[][] = [["Registratiedatum", "Looptijd", "Hoofdsom"]];
  const plans: LoanPlan[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2021 + Math.floor(next() * 6);
    const month = 1 + Math.floor(next() * 12);
    const termYears = 5 + Math.floor(next() * 6);
    const principalEuro = 1_000 + Math.round(next() * 60_000);
    matrix.push([toDaySerial(year, month, 1 + Math.floor(next() * 28)), termYears, principalEuro]);
    plans.push({
      amountCents: principalEuro * 100,
      termYears,
      rate: 0,
      startSerial: toDaySerial(year, month, 15),
      paymentsPerYear: 12,
      method: "bullet",
    });
  }
  return { matrix, plans };
}

function buildSchedulesAlone(plans: readonly LoanPlan[]): () => void {
  return () => {
    for (const plan of plans) consume(buildRepaymentSchedule(plan));
  };
}

function row(name: string, rows: number, totalMs: number, baselineMs: number, perRowBaselineUs?: number): BenchRow {
  const perRowUs = (totalMs * 1000) / rows;
  return {
    case: name,
    rows: rows.toLocaleString("en-US"),
    "best total (ms)": formatNumber(totalMs),
    "per row (µs)": formatNumber(perRowUs, 3),
    "× schedules alone": formatNumber(totalMs / baselineMs),
    "per row vs 100,000": perRowBaselineUs === undefined ? "" : formatNumber(perRowUs / perRowBaselineUs),
  };
}

function benchRegister(): void {
  const rows: BenchRow[] = [];
  const largePerRowUs: Record<string, number> = {};
  for (const count of [LARGE, SMALL]) {
    const loans = generateRegister(count);
    const matrix = [REGISTER_HEADER, ...loans.map((loan) => loan.cells)];
    const plans = loans.map((loan) => loan.plan);
    // The inputs must be what the labels say: every row a loan the formulas accept.
    const answers = checkRegister(matrix);
    if (answers.length !== count || answers.some(([text]) => text.startsWith("Rij "))) throw new Error("bad register");
    if (lenderCredits(matrix, 2024).length !== count / LOANS_PER_LENDER + 1) throw new Error("lenders miscounted");
    const rounds = count === LARGE ? 3 : 5;
    const baselineMs = measureMs(buildSchedulesAlone(plans), rounds);
    const checkMs = measureMs(() => consume(checkRegister(matrix)), rounds);
    const creditsMs = measureMs(() => consume(lenderCredits(matrix, 2024)), rounds);
    const label = `${count.toLocaleString("en-US")} loans of ${(count / LOANS_PER_LENDER).toLocaleString("en-US")} lenders`;
    const relative = (name: string, ms: number) => {
      if (count === LARGE) largePerRowUs[name] = (ms * 1000) / count;
      return row(`${name}, ${label}`, count, ms, baselineMs, count === LARGE ? undefined : largePerRowUs[name]);
    };
    rows.push(
      relative("baseline: buildRepaymentSchedule per loan", baselineMs),
      relative("=CHECK_REGISTER(loans)", checkMs),
      relative("=LENDER_CREDITS(loans, 2024)", creditsMs),
    );
  }
  printTable("CHECK_REGISTER and LENDER_CREDITS against the same schedules alone", rows);
}

function benchCostProjection(): void {
  const rows: BenchRow[] = [];
  const largePerRowUs: Record<string, number> = {};
  for (const count of [LARGE, SMALL]) {
    const { matrix, plans } = generateRegistrations(count);
    if (costProjection(matrix, null, null).length < 7) throw new Error("projection too short");
    const rounds = count === LARGE ? 3 : 5;
    const baselineMs = measureMs(buildSchedulesAlone(plans), rounds);
    const projectionMs = measureMs(() => consume(costProjection(matrix, null, null)), rounds);
    const relative = (name: string, ms: number) => {
      if (count === LARGE) largePerRowUs[name] = (ms * 1000) / count;
      return row(name, count, ms, baselineMs, count === LARGE ? undefined : largePerRowUs[name]);
    };
    rows.push(
      relative("baseline: buildRepaymentSchedule per row (bullet, monthly)", baselineMs),
      relative("=COST_PROJECTION(registrations)", projectionMs),
    );
  }
  printTable("COST_PROJECTION against the same schedules alone", rows);
}

export async function run(): Promise<void> {
  benchRegister();
  benchCostProjection();
}
