import { mapHeaderRow } from "../cells/registrationColumns";
import { TimeCellReader } from "../cells/timeCellReader";
import { Delimiter, splitLine } from "./tokenizeDelimited";
import { readsAsTextRow } from "./tokenizeText";

/** Tab first, then semicolon: a Belgian file's decimal commas must not be taken for its delimiter. */
const DELIMITERS: readonly Delimiter[] = ["\t", ";", ","];
const LINES_SEARCHED = 30;
const ROWS_COMPARED = 5;
/** A header is short; a longer line (a 10 MB paste on one line) is looked at only this far. */
const LINE_CHARACTERS_SEARCHED = 4096;

/**
 * The delimiter of a delimited export, or undefined for text that is not one (a table copied from
 * a PDF). A delimited file has a header line that, split on the delimiter, names at least two
 * registration columns, and of the lines after it, no fewer read as delimited rows (as many cells,
 * a date or month, nothing, or a total label under the header's date or month) than as rows of a
 * copied report table. The second condition keeps a copied report whose words happen to be
 * separated by tabs on the text path, where its year-once, month-carried-down layout is understood.
 */
export function detectDelimiter(text: string): Delimiter | undefined {
  const lines = firstNonBlankLines(text, LINES_SEARCHED + ROWS_COMPARED);
  for (let i = 0; i < Math.min(lines.length, LINES_SEARCHED); i++) {
    for (const delimiter of DELIMITERS) {
      if (!lines[i].includes(delimiter)) continue;
      const cells = splitLine(lines[i], delimiter);
      if (cells.length < 2 || mapHeaderRow(cells) === undefined) continue;
      const following = lines.slice(i + 1, i + 1 + ROWS_COMPARED);
      const delimitedRows = following.filter((line) =>
        isRowLike(splitLine(line, delimiter), cells.length, timeColumn(cells)),
      ).length;
      const textRows = following.filter(readsAsTextRow).length;
      if (delimitedRows >= textRows) return delimiter;
    }
  }
  return undefined;
}

function isRowLike(cells: readonly string[], width: number, time: number | undefined): boolean {
  if (cells.length !== width) return false;
  if (time === undefined) return true;
  const kind = TIME_CELLS.read(cells[time]).kind;
  return kind !== "invalid" && kind !== "unknownMonthName";
}

function timeColumn(headerCells: readonly string[]): number | undefined {
  const map = mapHeaderRow(headerCells);
  return map?.date ?? map?.month ?? map?.conclusionDate;
}

const TIME_CELLS = new TimeCellReader();

function firstNonBlankLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start <= text.length && lines.length < count) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + LINE_CHARACTERS_SEARCHED));
    if (line.trim() !== "") lines.push(line);
    start = end + 1;
  }
  return lines;
}
