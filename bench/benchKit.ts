/* Small timing kit for `npm run bench`: figures are printed, never asserted. */
import { performance } from "perf_hooks";

export type BenchRow = Record<string, string | number>;

/** Best-of-`rounds` wall time in milliseconds of `fn`, after one warm-up call. */
export function measureMs(fn: () => unknown, rounds = 5): number {
  fn();
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

/** The baseline of the range formulas: one plain pass adding up the first four cells of every row. */
export function measurePlainPassMs(range: readonly (readonly unknown[])[]): number {
  return measureMs(() => {
    let sum = 0;
    for (let r = 0; r < range.length; r++) {
      const row = range[r];
      sum += (row[0] as number) + (row[1] as number) + (row[2] as number) + (row[3] as number);
    }
    consume(sum);
  }, 20);
}
