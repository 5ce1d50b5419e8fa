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
  return measureBest(fn, rounds);
}

/** A candidate against its baseline, timed in alternating rounds (`measureRatio`). */
export interface RatioMeasure {
  /** Best time of one call over all rounds. */
  readonly baselineMs: number;
  readonly candidateMs: number;
  /** Candidate ÷ baseline per round: the median, and the lowest and highest round. */
  readonly ratio: number;
  readonly lowestRatio: number;
  readonly highestRatio: number;
}

/**
 * How many times its baseline a candidate takes. This machine's speed drifts by tens of percent
 * from one second to the next, so a baseline timed first and a candidate timed seconds later can
 * differ by more than their code does. Here both are warmed up together, then timed in alternating
 * rounds (the best of `callsPerRound` calls of each, one right after the other); the ratio is the
 * median of the rounds' ratios, printed with the lowest and highest round. Rounds of a formula take
 * milliseconds, so there are many: with 15, the median itself still moved by a third between runs.
 */
export function measureRatio(
  baseline: () => unknown,
  candidate: () => unknown,
  rounds = 61,
  callsPerRound = 5,
): RatioMeasure {
  const warmUntil = performance.now() + 2 * WARM_UP_MS;
  do {
    baseline();
    candidate();
  } while (performance.now() < warmUntil);
  const ratios: number[] = [];
  let baselineMs = Infinity;
  let candidateMs = Infinity;
  for (let round = 0; round < rounds; round++) {
    const baselineRound = measureBest(baseline, callsPerRound);
    const candidateRound = measureBest(candidate, callsPerRound);
    baselineMs = Math.min(baselineMs, baselineRound);
    candidateMs = Math.min(candidateMs, candidateRound);
    ratios.push(candidateRound / baselineRound);
  }
  ratios.sort((a, b) => a - b);
  return {
    baselineMs,
    candidateMs,
    ratio: ratios[Math.floor(ratios.length / 2)],
    lowestRatio: ratios[0],
    highestRatio: ratios[ratios.length - 1],
  };
}

function measureBest(fn: () => unknown, calls: number): number {
  let best = Infinity;
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A ratio with the spread of its rounds: `3.1 (2.9–3.4)`. */
export function formatRatio(measure: RatioMeasure, digits = 1): string {
  const [ratio, lowest, highest] = [measure.ratio, measure.lowestRatio, measure.highestRatio];
  return `${formatNumber(ratio, digits)} (${formatNumber(lowest, digits)}–${formatNumber(highest, digits)})`;
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

/** `sumRangePlainly` over the range, as a baseline to time against. */
export function makePlainPass(
  range: readonly (readonly unknown[])[],
  fromSerial: number,
  untilSerial: number,
): () => void {
  return () => consume(sumRangePlainly(range, fromSerial, untilSerial));
}

/** Best time of `sumRangePlainly` over the range. */
export function measurePlainPassMs(
  range: readonly (readonly unknown[])[],
  fromSerial: number,
  untilSerial: number,
): number {
  return measureMs(() => consume(sumRangePlainly(range, fromSerial, untilSerial)), 20);
}
