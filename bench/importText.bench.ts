/*
 * Pasted text at its worst: 10 MB on a single line (a PDF copy without line breaks), and 10 MB of
 * short tokens on short lines. Each must be read in under 1 s; the baseline is splitting the same
 * text into lines and words, which any reading of it must at least do.
 */
import { parseRegistrations } from "../src/domain/registrations";
import { consume, formatNumber, measureMs, printTable } from "./benchKit";

const TEN_MB = 10 * 1024 * 1024;

/** The press release's rows, one after the other on one line, to 10 MB. */
function buildSingleLine(): string {
  const pieces = ["2021 januari 5 2.874.015,15 € 448", "6 345.000,00 € 14", "Totaal januari 9.596.256,15 € 644"];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < TEN_MB; i++) {
    parts.push(pieces[i % pieces.length]);
    length += pieces[i % pieces.length].length + 1;
  }
  return parts.join(" ");
}

/** Tokens of one to three characters (digits, letters, separators), 1 to 12 to a line, to 10 MB. Deterministic. */
function buildShortTokens(): string {
  const alphabet = "0123456789abcxyz.,€*-";
  const parts: string[] = [];
  let length = 0;
  let seed = 2021;
  const next = (limit: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % limit;
  };
  while (length < TEN_MB) {
    const words = 1 + next(12);
    const line: string[] = [];
    for (let w = 0; w < words; w++) {
      let token = "";
      for (let c = 0, size = 1 + next(3); c < size; c++) token += alphabet[next(alphabet.length)];
      line.push(token);
    }
    const text = line.join(" ");
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join("\n");
}

function splitLinesAndWords(text: string): number {
  let words = 0;
  for (const line of text.split("\n")) words += line.split(" ").length;
  return words;
}

function benchText(name: string, text: string): Record<string, string> {
  const baselineMs = measureMs(() => consume(splitLinesAndWords(text)), 3);
  const result = parseRegistrations(text);
  const parseMs = measureMs(() => consume(parseRegistrations(text)), 3);
  return {
    text: name,
    MB: formatNumber(text.length / 2 ** 20, 1),
    "lines read": result.lines.read.toLocaleString("en-US"),
    issues: result.issueLog.length.toLocaleString("en-US"),
    "split into lines and words, ms (baseline)": formatNumber(baselineMs, 0),
    "parseRegistrations, ms": formatNumber(parseMs, 0),
    "× baseline": formatNumber(parseMs / baselineMs, 1),
    "under 1 s": parseMs < 1000 ? "yes" : "NO",
  };
}

export async function run(): Promise<void> {
  printTable("Pasted text of 10 MB (target: each read in under 1 s)", [
    benchText("one line", buildSingleLine()),
    benchText("short tokens on short lines", buildShortTokens()),
  ]);
}
