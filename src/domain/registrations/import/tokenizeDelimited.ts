import Papa from "papaparse";
import { DECIMAL_SAMPLE_CHARACTERS, decideDecimalSeparator, listDecimalSampleCells } from "../cells/decimalSeparator";
import { decideDateOrder, listNumericDates } from "../../dates/parseDateText";
import { findFirstHeader, isTableOfMonths } from "../cells/registrationColumns";
import { readLoneText } from "./readLoneText";
import { TableReader } from "./tableReader";

export type Delimiter = "," | ";" | "\t";

/**
 * Papaparse hands rows over in chunks of this many characters; each chunk's rows are read and let
 * go. Small, because a chunk's rows are alive while they are read, and every scavenge of the young
 * generation copies what is alive: a 100,000-row file took about 125 ms on average with 256K
 * characters, about 90 ms with 32K (16K and 8K did no better), in processes of their own.
 */
export const CHUNK_CHARACTERS = 1 << 15;

/**
 * A delimited export (CSV or TSV) → cells. Papaparse does the quoting; its rows go to the reader as
 * they come, so a 1,000,000-row file is never held as rows all at once. `text` must use `\n` line
 * ends (the entry point normalises them), so each row's line number can be known.
 */
export function tokenizeDelimited(text: string, delimiter: Delimiter, reader: TableReader): void {
  readSample(text, delimiter, reader);
  const rows = new DelimitedRows(text, reader);
  let stalledCharacters = 0;
  let restFrom = -1;
  const config: Papa.ParseConfig<string[]> & ChunkedConfig = {
    delimiter,
    newline: "\n",
    skipEmptyLines: false,
    header: false,
    chunkSize: CHUNK_CHARACTERS,
    chunk: (results, parser) => {
      rows.read(results);
      // A quote left open holds back every row after it, and papaparse reads all it holds back
      // again with each chunk: time and memory grow with the square of the rest of the file (a
      // stray quote on line 5 of 400,000 rows ran out of memory). Once that much waits, the rest
      // is read in one go, where an open quote simply runs to the end of the file.
      stalledCharacters = results.data.length === 0 ? stalledCharacters + CHUNK_CHARACTERS : 0;
      if (stalledCharacters >= STALLED_CHARACTERS_LIMIT) {
        restFrom = results.meta.cursor;
        parser.abort();
      }
    },
  };
  // The typings offer chunks for files only; on a string papaparse streams them synchronously too,
  // so every row has been read when this call returns.
  Papa.parse<string[]>(text, config);
  if (restFrom >= 0) rows.read(Papa.parse<string[]>(text.slice(restFrom), { delimiter, newline: "\n" }));
}

/** The decimal separator and date order a file shows in its first rows, told to the reader. */
function readSample(text: string, delimiter: Delimiter, reader: TableReader): void {
  const sample = Papa.parse<string[]>(text.slice(0, DECIMAL_SAMPLE_CHARACTERS), { delimiter, newline: "\n" }).data;
  const sampleCells = sample.flat();
  const header = findFirstHeader(sample, sample.length);
  reader.useDecimalSeparator(decideDecimalSeparator(listDecimalSampleCells(sample, header)));
  // Dates that never show their order in the sample (a file sorted by day starts with the 1st to the
  // 12th) are looked for in the whole file, so that no month is read for a day silently.
  const monthRows = isTableOfMonths(header, false);
  const sampleOrder = decideDateOrder(sampleCells, monthRows);
  const order =
    sampleOrder === "open" && text.length > DECIMAL_SAMPLE_CHARACTERS
      ? decideDateOrder(listNumericDates(text), monthRows)
      : sampleOrder;
  reader.useDateOrder(order === "open" ? "dayFirst" : order);
}

/** Papaparse's rows, in turn, to the reader: each numbered by the line it starts on. */
class DelimitedRows {
  private nextLine = 1;
  /** Without quotes every row is one line; a quoted cell may hold line breaks. */
  private readonly mayBreakInCells: boolean;
  private lineCount: number | undefined;

  constructor(
    private readonly text: string,
    private readonly reader: TableReader,
  ) {
    this.mayBreakInCells = text.includes('"');
  }

  read(results: Papa.ParseResult<string[]>): void {
    const rows = results.data;
    const broken = findBrokenQuoteRows(results.errors, rows.length);
    for (let r = 0; r < rows.length; r++) {
      const line = this.nextLine;
      this.nextLine += this.mayBreakInCells ? 1 + countLineBreaks(rows[r]) : 1;
      const quoteError = broken.size === 0 ? undefined : broken.get(r);
      if (quoteError !== undefined) this.rejectBrokenRow(line, quoteError);
      else {
        const lone = readLoneText(rows[r]);
        if (lone === undefined) this.reader.pushCells(rows[r], line);
        else this.reader.pushLoneText(lone, line);
      }
    }
  }

  /**
   * A quote that breaks a cell runs it on over the lines below: that row's cells are not the line's,
   * and its figures are no one's. Refused, with the lines it took; one left open to the end takes the
   * file's last line end too, and no line after it is counted.
   */
  private rejectBrokenRow(line: number, code: "import_quote_unclosed" | "import_quote_invalid"): void {
    const lastLine = Math.min(this.nextLine - 1, (this.lineCount ??= countLines(this.text)));
    this.reader.rejectLine(line, code, { lastLine });
  }
}

/** Characters of rows held back by an open quote before the rest of a file is read in one go. */
const STALLED_CHARACTERS_LIMIT = 1 << 20;

/** The trimmed cells of one line split on a delimiter, as papaparse reads them (quotes and all). */
export function splitLine(line: string, delimiter: Delimiter): string[] {
  const [cells] = Papa.parse<string[]>(line, { delimiter, newline: "\n" }).data;
  return (cells ?? []).map((cell) => cell.trim());
}

/** The rows of a chunk a quote broke: one opened and never closed, or one inside a cell (`"Noord" Antwerpen`). */
function findBrokenQuoteRows(
  errors: readonly Papa.ParseError[],
  rowCount: number,
): Map<number, "import_quote_unclosed" | "import_quote_invalid"> {
  const broken = new Map<number, "import_quote_unclosed" | "import_quote_invalid">();
  for (const error of errors) {
    // A row past the chunk's last is the one papaparse holds back for the next chunk, which
    // reports it again with the row: never one of this chunk's rows.
    if (error.row === undefined || error.row >= rowCount) continue;
    const row = error.row;
    if (error.code === "MissingQuotes") broken.set(row, "import_quote_unclosed");
    else if (error.code === "InvalidQuotes" && !broken.has(row)) broken.set(row, "import_quote_invalid");
  }
  return broken;
}

interface ChunkedConfig {
  readonly chunkSize: number;
  chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser): void;
}

/** The lines of a text that ends with or without a line end. */
function countLines(text: string): number {
  let lines = text.endsWith("\n") ? 0 : 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

function countLineBreaks(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf("\n"); at >= 0; at = cell.indexOf("\n", at + 1)) breaks++;
  }
  return breaks;
}
