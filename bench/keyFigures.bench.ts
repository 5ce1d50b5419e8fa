/* WINWIN.KEY_FIGURES on a large range, through its adapter exactly as Excel calls it. */
import { computeKeyFigures, findKeyFigureMonths } from "../src/domain/keyFigures/computeKeyFigures";
import { toMonthKey } from "../src/domain/dates/monthKey";
import { keyFigures } from "../src/functions/functions";
import { readRegistrationTotals } from "../src/functions/readRegistrationTotals";
import { buildLargeRegistrationMatrix, serialOfMonth } from "../test/fixtures/excelRange";
import { consume, formatNumber, formatRatio, makePlainPass, measureMs, measureRatio, printTable } from "./benchKit";

const RANGE_ROWS = 100_000;

export async function run(): Promise<void> {
  // From 2007: the import's reader refuses months before the scheme started (September 2006).
  const range = buildLargeRegistrationMatrix(RANGE_ROWS, 2007);
  // The period and the same months a year earlier: what the figures are made of.
  const plainPass = makePlainPass(range, serialOfMonth("2020-01"), serialOfMonth("2021-06"));
  const formula = measureRatio(plainPass, () => consume(keyFigures(range as any[][], "2021-01", "2021-05")));
  // As KEY_FIGURES reads it: totals per term for the period and the year before it only.
  const months = findKeyFigureMonths(toMonthKey(2021, 1), toMonthKey(2021, 5));
  const read = measureRatio(plainPass, () => consume(readRegistrationTotals(range, "registrations", 1, months)));
  const records = readRegistrationTotals(range, "registrations", 1, months);
  const computeMs = measureMs(() => consume(computeKeyFigures(records, toMonthKey(2021, 1), toMonthKey(2021, 5))), 20);
  const plainPassMs = Math.min(formula.baselineMs, read.baselineMs);
  const row = (measure: string, ms: number, ratio: string) => ({
    measure,
    "ms per call": formatNumber(ms, 3),
    "× plain pass (rounds' median, lowest–highest)": ratio,
  });
  printTable(`KEY_FIGURES on a ${RANGE_ROWS.toLocaleString("en-US")}-row range (target ≤ 3× one plain pass)`, [
    row("one plain pass over the matrix (baseline)", plainPassMs, "1.0"),
    row("KEY_FIGURES(range, from, to): read and compute", formula.candidateMs, formatRatio(formula)),
    row("  of which reading the range into month × term totals", read.candidateMs, formatRatio(read)),
    row("  of which the key figures from the totals", computeMs, formatNumber(computeMs / plainPassMs, 2)),
  ]);
}
