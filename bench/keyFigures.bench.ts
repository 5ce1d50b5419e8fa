/* WINWIN.KEY_FIGURES on a large range, through its adapter exactly as Excel calls it. */
import { computeKeyFigures, findKeyFigureMonths } from "../src/domain/keyFigures/computeKeyFigures";
import { toMonthKey } from "../src/domain/dates/monthKey";
import { keyFigures } from "../src/functions/functions";
import { readRegistrationTotals } from "../src/functions/readRegistrationTotals";
import { buildLargeRegistrationMatrix, serialOfMonth } from "../test/fixtures/excelRange";
import { consume, formatNumber, measureMs, measurePlainPassMs, printTable } from "./benchKit";

const RANGE_ROWS = 100_000;

export async function run(): Promise<void> {
  // From 2007: the import's reader refuses months before the scheme started (September 2006).
  const range = buildLargeRegistrationMatrix(RANGE_ROWS, 2007);
  // The period and the same months a year earlier: what the figures are made of.
  const plainPassMs = measurePlainPassMs(range, serialOfMonth("2020-01"), serialOfMonth("2021-06"));
  const formulaMs = measureMs(() => consume(keyFigures(range as any[][], "2021-01", "2021-05")), 20);
  // As KEY_FIGURES reads it: totals per term for the period and the year before it only.
  const months = findKeyFigureMonths(toMonthKey(2021, 1), toMonthKey(2021, 5));
  const readMs = measureMs(() => consume(readRegistrationTotals(range, "registrations", 1, months)), 20);
  const records = readRegistrationTotals(range, "registrations", 1, months);
  const computeMs = measureMs(() => consume(computeKeyFigures(records, toMonthKey(2021, 1), toMonthKey(2021, 5))), 20);
  const row = (measure: string, ms: number) => ({
    measure,
    "ms per call": formatNumber(ms, 3),
    "× plain pass": formatNumber(ms / plainPassMs, 1),
  });
  printTable(`KEY_FIGURES on a ${RANGE_ROWS.toLocaleString("en-US")}-row range (target ≤ 3× one plain pass)`, [
    row("one plain pass over the matrix (baseline)", plainPassMs),
    row("KEY_FIGURES(range, from, to): read and compute", formulaMs),
    row("  of which reading the range into month × term totals", readMs),
    row("  of which the key figures from the totals", computeMs),
  ]);
}
