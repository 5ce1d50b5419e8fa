/* The first WINWIN formulas, called through their adapters exactly as Excel calls them. */
import { buildLargeRegistrationMatrix, serialOfMonth } from "../test/fixtures/excelRange";
import { guarantee, monthSummary, validTerm } from "../src/functions/functions";
import { consume, formatNumber, measureMs, measurePlainPassMs, printTable } from "./benchKit";

const CALLS = 1_000_000;
const RANGE_ROWS = 100_000;

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

function benchMonthSummary(): void {
  const range = buildLargeRegistrationMatrix(RANGE_ROWS, 2006);
  const plainPassMs = measurePlainPassMs(range);
  const summaryMs = measureMs(() => consume(monthSummary(range as any[][], "2021-03", null)), 20);
  const termMs = measureMs(() => consume(monthSummary(range as any[][], "2021-03", 8)), 20);
  printTable(`MONTH_SUMMARY on a ${RANGE_ROWS.toLocaleString("en-US")}-row range (target ≤ 3× one plain pass)`, [
    {
      measure: "one plain pass over the matrix (baseline)",
      "ms per call": formatNumber(plainPassMs, 3),
      "× plain pass": "1.0",
    },
    {
      measure: "MONTH_SUMMARY(range, month)",
      "ms per call": formatNumber(summaryMs, 3),
      "× plain pass": formatNumber(summaryMs / plainPassMs, 1),
    },
    {
      measure: "MONTH_SUMMARY(range, month, term)",
      "ms per call": formatNumber(termMs, 3),
      "× plain pass": formatNumber(termMs / plainPassMs, 1),
    },
  ]);
}

export async function run(): Promise<void> {
  benchScalarFunctions();
  benchMonthSummary();
}
