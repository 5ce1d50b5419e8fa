/* Small timing kit for `npm run bench`: figures are printed, never asserted. */
import { performance } from "perf_hooks";

export type BenchRow = Record<string, string | number>;

/** Calls are repeated before timing until this long has passed: what a workbook's recalculations see. */
const WARM_UP_MS = 250;

/**
 * Best-of-`rounds` wall time in milliseconds of `fn`, once it is warm: after calls for WARM_UP_MS (at
 * least one), so the compiler has made its optimised code, as it has for a formula recalculated in
 * a workbook. Baselines are measured the same way.
 */
export function measureMs(fn: () => unknown, rounds = 5): number {
  const warmUntil = performance.now() + WARM_UP_MS;
  do fn();
  while (performance.now() < warmUntil);
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function printTable(title: string, rows: readonly BenchRow[]): void {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (cells: string[]) => "| " + cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ") + " |";
  console.log(`\n### ${title}\n`);
  console.log(line(columns));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const row of rows) console.log(line(columns.map((c) => String(row[c] ?? ""))));
}

/** Keeps a value alive so the optimiser cannot drop the work that produced it. */
export let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}

/**
 * The baseline of the range formulas: one plain pass over a registration range that reads the four
 * cells of every row (month, term, principal, loans) and sums the principal and loans of the rows in
 * `[fromSerial, untilSerial)`, the month cell carried down when empty, no check of any kind.
 */
export function sumRangePlainly(
  range: readonly (readonly unknown[])[],
  fromSerial: number,
  untilSerial: number,
): number {
  let principal = 0;
  let loans = 0;
  let day = NaN;
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    const time = row[0];
    const term = row[1];
    const euro = row[2];
    const count = row[3];
    if (typeof time === "number" && time !== 0) day = time;
    if (
      day >= fromSerial &&
      day < untilSerial &&
      typeof term === "number" &&
      typeof euro === "number" &&
      typeof count === "number"
    ) {
      principal += euro;
      loans += count;
    }
  }
  return principal + loans;
}

/** Best time of `sumRangePlainly` over the range. */
export function measurePlainPassMs(
  range: readonly (readonly unknown[])[],
  fromSerial: number,
  untilSerial: number,
): number {
  return measureMs(() => consume(sumRangePlainly(range, fromSerial, untilSerial)), 20);
}
