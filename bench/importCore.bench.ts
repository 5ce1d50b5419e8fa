/*
 * The registration import's core on generated per-loan CSV files: parse + check time against
 * papaparse alone on the same text (target ≤ 2×), and the peak memory of a 1,000,000-row import
 * (target < 1 GB), measured in a child process so that nothing else in the run inflates it.
 */
import { fork } from "child_process";
import Papa from "papaparse";
import { parseRegistrations } from "../src/domain/registrations";
import { CHUNK_CHARACTERS } from "../src/domain/registrations/import/tokenizeDelimited";
import { consume, formatNumber, formatRatio, measureRatio, printTable } from "./benchKit";

const ROWS = 100_000;
const LARGE_ROWS = 1_000_000;
const CHILD_FLAG = "WINWIN_IMPORT_BENCH_CHILD";
const PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"];

/**
 * A Belgian per-loan export: `dd/mm/yyyy;term;principal with thousands dots and decimal comma;province`,
 * registration dates over 2021–2024 (so dates repeat, as in real files), terms 5–10, principals
 * 1,000–75,000 euro. Deterministic, so every run measures the same text.
 */
export function buildPerLoanCsv(rows: number): string {
  const lines = ["Registratiedatum;Looptijd;Hoofdsom;Provincie"];
  let seed = 12345;
  for (let i = 0; i < rows; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const day = 1 + (seed % 28);
    const month = 1 + ((seed >> 5) % 12);
    const year = 2021 + ((seed >> 9) % 4);
    const cents = 100_000 + ((seed >> 3) % 7_400_000);
    lines.push(`${pad2(day)}/${pad2(month)}/${year};${5 + (i % 6)};${formatBelgianEuro(cents)};${PROVINCES[i % 5]}`);
  }
  return lines.join("\n") + "\n";
}

function formatBelgianEuro(cents: number): string {
  const euro = Math.floor(cents / 100);
  const grouped = String(euro).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${grouped},${pad2(cents % 100)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function benchParseAndCheck(): void {
  const text = buildPerLoanCsv(ROWS);
  const check = parseRegistrations(text);
  if (check.records.length !== ROWS || check.issues.some((issue) => issue.severity === "error")) {
    throw new Error(
      `The generated file did not import cleanly: ${check.records.length} records, ${check.issues.length} issues`,
    );
  }
  const crlf = text.replace(/\n/g, "\r\n");
  // A stray quote that is never closed: every row after it is one cell, reported as one issue.
  const openQuote = text.replace(/(^[^\n]*\n(?:[^\n]*\n){3}[^\n]*;)/, '$1"');
  const papaparse = () => consume(Papa.parse(text, { delimiter: ";", newline: "\n" }));
  // The import lets papaparse hand rows over in chunks and keeps none; this is that alone.
  const papaparseChunked = () => {
    let rows = 0;
    const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk(results: Papa.ParseResult<string[]>): void } =
      {
        delimiter: ";",
        newline: "\n",
        chunkSize: CHUNK_CHARACTERS,
        chunk: (results) => {
          rows += results.data.length;
        },
      };
    Papa.parse<string[]>(text, config);
    consume(rows);
  };
  // Each against papaparse in alternating rounds (benchKit.measureRatio): this machine's speed drifts.
  const measures = [
    ["papaparse alone, delimiter guessed", () => consume(Papa.parse(text))],
    ["papaparse alone, chunked, rows dropped", papaparseChunked],
    ["parseRegistrations: detect + parse + check", () => consume(parseRegistrations(text))],
    ["parseRegistrations on the same file with CRLF", () => consume(parseRegistrations(crlf))],
    ["parseRegistrations on the same file, a quote left open on line 5", () => consume(parseRegistrations(openQuote))],
    // The import keeps records as columns; a reader that wants them as objects pays for this too.
    ["parseRegistrations, then its records as objects", () => consume(parseRegistrations(text).records)],
  ] as const;
  const ratios = measures.map(([measure, fn]) => ({ measure, ...measureRatio(papaparse, fn, 15, 3) }));
  const papaMs = Math.min(...ratios.map((r) => r.baselineMs));
  const row = (measure: string, ms: number, ratio: string) => ({
    measure,
    "ms per call": formatNumber(ms, 1),
    "ns per row": formatNumber((ms * 1e6) / ROWS, 0),
    "× papaparse alone (rounds' median, lowest–highest)": ratio,
  });
  printTable(
    `Import of a ${ROWS.toLocaleString("en-US")}-row per-loan CSV, ${formatNumber(text.length / 1e6, 1)} MB (target ≤ 2× papaparse alone)`,
    [
      row("papaparse alone, delimiter given (baseline)", papaMs, "1.00"),
      ...ratios.map((r) => row(r.measure, r.candidateMs, formatRatio(r, 2))),
    ],
  );
}

interface LargeImportFigures {
  readonly rows: number;
  readonly megabytes: number;
  readonly records: number;
  readonly issues: number;
  readonly importMs: number;
  readonly rssBeforeMb: number;
  readonly peakRssMb: number;
}

/** Runs in the child: builds the 1,000,000-row text, imports it once, and reports the peak RSS. */
function measureLargeImport(): LargeImportFigures {
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
  const text = buildPerLoanCsv(LARGE_ROWS);
  const start = Date.now();
  const result = parseRegistrations(text);
  const importMs = Date.now() - start;
  return {
    rows: LARGE_ROWS,
    megabytes: text.length / 1e6,
    // As the parse worker keeps them: columns, no object per record.
    records: result.recordColumns.count,
    issues: result.issues.length,
    importMs,
    rssBeforeMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function benchLargeImport(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], {
      env: { ...process.env, [CHILD_FLAG]: "1" },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.once("message", (figures: LargeImportFigures) => {
      printTable(
        `Import of a ${LARGE_ROWS.toLocaleString("en-US")}-row per-loan CSV in a fresh process (target: peak < 1 GB)`,
        [
          {
            rows: figures.rows.toLocaleString("en-US"),
            "text (MB)": formatNumber(figures.megabytes, 1),
            records: figures.records.toLocaleString("en-US"),
            issues: figures.issues,
            "import (ms)": figures.importMs,
            "RSS at start (MB)": formatNumber(figures.rssBeforeMb, 0),
            "peak RSS (MB)": formatNumber(figures.peakRssMb, 0),
          },
        ],
      );
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`The 1,000,000-row child exited with ${code}`)),
    );
  });
}

export async function run(): Promise<void> {
  benchParseAndCheck();
  await benchLargeImport();
}

if (process.env[CHILD_FLAG] === "1" && typeof process.send === "function") {
  process.send(measureLargeImport(), () => process.exit(0));
}
