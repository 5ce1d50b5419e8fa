/* WINWIN.KEY_FIGURES on a large range, through its adapter exactly as Excel calls it. */
import { computeKeyFigures } from "../src/domain/keyFigures/computeKeyFigures";
import { toMonthKey } from "../src/domain/dates/monthKey";
import { keyFigures } from "../src/functions/functions";
import { readRegistrationsArgument } from "../src/functions/readRegistrationsArgument";
import { buildPressReleaseMatrix, serialOfMonth } from "../test/fixtures/excelRange";
import { consume, formatNumber, measureMs, printTable } from "./benchKit";

const RANGE_ROWS = 100_000;

/** The press release's rows repeated over the years 2007–2026, one month per row. */
function buildLargeRange(): unknown[][] {
  const base = buildPressReleaseMatrix();
  const rows: unknown[][] = [];
  for (let i = 0; i < RANGE_ROWS; i++) {
    const [, term, principal, loans] = base[i % base.length];
    const month = serialOfMonth(`${2007 + ((i >> 5) % 20)}-${String(1 + (i % 12)).padStart(2, "0")}`, 1 + (i % 28));
    rows.push([month, term, principal, loans]);
  }
  return rows;
}

export async function run(): Promise<void> {
  const range = buildLargeRange();
  const plainPassMs = measureMs(() => {
    let sum = 0;
    for (let r = 0; r < range.length; r++) {
      const row = range[r];
      sum += (row[0] as number) + (row[1] as number) + (row[2] as number) + (row[3] as number);
    }
    consume(sum);
  }, 20);
  const formulaMs = measureMs(() => consume(keyFigures(range as any[][], "2021-01", "2021-05")), 10);
  const readMs = measureMs(() => consume(readRegistrationsArgument(range)), 10);
  const records = readRegistrationsArgument(range);
  const computeMs = measureMs(() => consume(computeKeyFigures(records, toMonthKey(2021, 1), toMonthKey(2021, 5))), 20);
  const row = (measure: string, ms: number) => ({
    measure,
    "ms per call": formatNumber(ms, 3),
    "× plain pass": formatNumber(ms / plainPassMs, 1),
  });
  printTable(`KEY_FIGURES on a ${RANGE_ROWS.toLocaleString("en-US")}-row range (target ≤ 3× one plain pass)`, [
    row("one plain pass over the matrix (baseline)", plainPassMs),
    row("KEY_FIGURES(range, from, to): read and compute", formulaMs),
    row("  of which reading the range into records", readMs),
    row("  of which the key figures from the records", computeMs),
  ]);
}
