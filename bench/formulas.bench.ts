/* The first WINWIN formulas, called through their adapters exactly as Excel calls them. */
import { buildPressReleaseMatrix, serialOfMonth } from "../test/fixtures/excelRange";
import { guarantee, monthSummary, validTerm } from "../src/functions/functions";
import { formatMonthName } from "../src/domain/dates/monthNames";
import { readRegistrationsArgument } from "../src/functions/readRegistrationsArgument";
import { readRegistrationTotals } from "../src/functions/readRegistrationTotals";
import {
  consume,
  formatNumber,
  formatRatio,
  makePlainPass,
  measureMs,
  measurePlainPassMs,
  measureRatio,
  printTable,
} from "./benchKit";

const CALLS = 1_000_000;
const RANGE_ROWS = 100_000;
/** Rows per month in the carried-down range: 200 months from January 2007, each once. */
const BLOCK_ROWS = 500;

function benchScalarFunctions(): void {
  const dates = Array.from({ length: 1024 }, (_, i) => serialOfMonth("2019-01") + i * 3);
  const amounts = Array.from({ length: 1024 }, (_, i) => 1_000 + i * 97);
  const bareMs = measureMs(() => {
    let sum = 0;
    for (let i = 0; i < CALLS; i++) sum += Math.min(amounts[i & 1023], 75_000) * (dates[i & 1023] > 43905 ? 0.4 : 0.3);
    consume(sum);
  });
  const guaranteeMs = measureMs(() => {
    let sum = 0;
    for (let i = 0; i < CALLS; i++) sum += guarantee(amounts[i & 1023], dates[i & 1023]);
    consume(sum);
  });
  const validTermMs = measureMs(() => {
    let count = 0;
    for (let i = 0; i < CALLS; i++) if (validTerm(5 + (i % 6), dates[i & 1023])) count++;
    consume(count);
  });
  const row = (name: string, ms: number) => ({
    measure: name,
    "ns per call": formatNumber((ms * 1e6) / CALLS, 1),
    [`total for ${CALLS.toLocaleString("en-US")} calls (ms)`]: formatNumber(ms, 1),
    "× bare arithmetic loop": formatNumber(ms / bareMs, 1),
  });
  printTable("Scalar formulas through their adapters", [
    row("bare arithmetic loop (baseline)", bareMs),
    row("WINWIN.GUARANTEE", guaranteeMs),
    row("WINWIN.VALID_TERM", validTermMs),
  ]);
}

/** A 100,000-row registration range: the press release's rows repeated over the years 2007–2025. */
function buildLargeRange(): unknown[][] {
  const base = buildPressReleaseMatrix();
  const rows: unknown[][] = [];
  for (let i = 0; i < RANGE_ROWS; i++) {
    const [, term, principal, loans] = base[i % base.length];
    const month = serialOfMonth(`${2007 + ((i >> 5) % 19)}-${String(1 + (i % 12)).padStart(2, "0")}`, 1 + (i % 28));
    rows.push([month, term, principal, loans]);
  }
  return rows;
}

/**
 * The same rows laid out as the press release lays them out: the month only on the first row of
 * each month's block (an empty cell below it, carried down), and a checked `Totaal` row per block.
 */
function buildCarriedDownRange(): unknown[][] {
  const rows: unknown[][] = [];
  const base = buildPressReleaseMatrix();
  for (let block = 0; rows.length < RANGE_ROWS; block++) {
    const monthNumber = 1 + (block % 12);
    const month = serialOfMonth(`${2007 + Math.floor(block / 12)}-${String(monthNumber).padStart(2, "0")}`);
    let principal = 0;
    let loans = 0;
    for (let r = 0; r < BLOCK_ROWS; r++) {
      const [, term, rowPrincipal, rowLoans] = base[(block + r) % base.length];
      rows.push([r === 0 ? month : null, term, rowPrincipal, rowLoans]);
      principal += Math.round((rowPrincipal as number) * 100);
      loans += rowLoans as number;
    }
    rows.push([`Totaal ${formatMonthName(monthNumber, "nl")}`, null, principal / 100, loans]);
  }
  return rows;
}

function benchMonthSummary(): void {
  benchMonthSummaryOn("a 100,000-row range, a date on every row", buildLargeRange());
  benchMonthSummaryOn("a 100,000-row range with carried-down months and Totaal rows", buildCarriedDownRange());
}

const MONTH_START = serialOfMonth("2021-03");
const MONTH_END = serialOfMonth("2021-04");

function benchMonthSummaryOn(description: string, range: unknown[][]): void {
  const plainPass = makePlainPass(range, MONTH_START, MONTH_END);
  const summary = measureRatio(plainPass, () => consume(monthSummary(range as any[][], "2021-03", null)));
  const term = measureRatio(plainPass, () => consume(monthSummary(range as any[][], "2021-03", 8)));
  const row = (measure: string, ms: number, ratio: string) => ({
    measure,
    "ms per call": formatNumber(ms, 3),
    "× plain pass (rounds' median, lowest–highest)": ratio,
  });
  printTable(`MONTH_SUMMARY on ${description} (target ≤ 3× one plain pass)`, [
    row("one plain pass over the matrix (baseline)", Math.min(summary.baselineMs, term.baselineMs), "1.0"),
    row("MONTH_SUMMARY(range, month)", summary.candidateMs, formatRatio(summary)),
    row("MONTH_SUMMARY(range, month, term)", term.candidateMs, formatRatio(term)),
  ]);
}

/** A formula's range read as records (COST_PROJECTION) or as totals per month × term, against one plain pass. */
function benchRegistrationReads(): void {
  const range = buildLargeRange();
  const plainPassMs = measurePlainPassMs(range, MONTH_START, MONTH_END);
  const recordsMs = measureMs(() => consume(readRegistrationsArgument(range)), 10);
  const totalsMs = measureMs(() => consume(readRegistrationTotals(range)), 10);
  const row = (measure: string, ms: number) => ({
    measure,
    "ms per call": formatNumber(ms, 3),
    "× plain pass": formatNumber(ms / plainPassMs, 1),
  });
  printTable("A 100,000-row range, a date on every row, read for a formula", [
    row("one plain pass over the matrix (baseline)", plainPassMs),
    row("readRegistrationsArgument (records in input order)", recordsMs),
    row("readRegistrationTotals (totals per month × term)", totalsMs),
  ]);
}

export async function run(): Promise<void> {
  benchScalarFunctions();
  benchMonthSummary();
  benchRegistrationReads();
}
