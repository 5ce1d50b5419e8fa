import Papa from "papaparse";
import { DECIMAL_SAMPLE_CHARACTERS, decideDecimalSeparator } from "../cells/decimalSeparator";
import { readNote } from "./readNote";
import { NOTE_FIGURES, TableReader } from "./tableReader";

export type Delimiter = "," | ";" | "\t";

/** Papaparse hands rows over in chunks of this many characters; each chunk's rows are read and let go. */
const CHUNK_CHARACTERS = 1 << 18;

/**
 * A delimited export (CSV or TSV) → cells. Papaparse does the quoting; its rows go to the reader as
 * they come, so a 1,000,000-row file is never held as rows all at once. `text` must use `\n` line
 * ends (the entry point normalises them), so each row's line number can be known.
 */
export function tokenizeDelimited(text: string, delimiter: Delimiter, reader: TableReader): void {
  const sample = Papa.parse<string[]>(text.slice(0, DECIMAL_SAMPLE_CHARACTERS), { delimiter, newline: "\n" }).data;
  reader.useDecimalSeparator(decideDecimalSeparator(sample.flat()));
  const mayBreakInCells = text.includes('"');
  let nextLine = 1;
  const config: Papa.ParseConfig<string[]> & ChunkedConfig = {
    delimiter,
    newline: "\n",
    skipEmptyLines: false,
    header: false,
    chunkSize: CHUNK_CHARACTERS,
    chunk: (results) => {
      const rows = results.data;
      const lines = new Int32Array(rows.length);
      for (let r = 0; r < rows.length; r++) {
        lines[r] = nextLine;
        // Without quotes every row is one line; a quoted cell may hold line breaks.
        nextLine += mayBreakInCells ? 1 + countLineBreaks(rows[r]) : 1;
        const note = readNote(rows[r]);
        if (note === undefined) reader.pushCells(rows[r], lines[r]);
        else reader.pushText(note, lines[r], NOTE_FIGURES);
      }
      for (const error of results.errors) {
        if (error.code === "MissingQuotes" && error.row !== undefined && rows.length > 0) {
          reader.report(lines[Math.min(error.row, rows.length - 1)], "import_quote_unclosed");
        }
      }
    },
  };
  // The typings offer chunks for files only; on a string papaparse streams them synchronously too,
  // so every row has been read when this call returns.
  Papa.parse<string[]>(text, config);
}

/** The trimmed cells of one line split on a delimiter, as papaparse reads them (quotes and all). */
export function splitLine(line: string, delimiter: Delimiter): string[] {
  const [cells] = Papa.parse<string[]>(line, { delimiter, newline: "\n" }).data;
  return (cells ?? []).map((cell) => cell.trim());
}

interface ChunkedConfig {
  readonly chunkSize: number;
  chunk(results: Papa.ParseResult<string[]>): void;
}

function countLineBreaks(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf("\n"); at >= 0; at = cell.indexOf("\n", at + 1)) breaks++;
  }
  return breaks;
}
