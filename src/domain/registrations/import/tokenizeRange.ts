import { decideDecimalSeparator, listDecimalSampleCells } from "../cells/decimalSeparator";
import { decideDateOrder } from "../../dates/parseDateText";
import { findFirstHeader, isTableOfMonths } from "../cells/registrationColumns";
import { TableReader } from "./tableReader";
import { tokenizeText } from "./tokenizeText";

/**
 * Excel range values → cells: a range's rows are cells already (numbers, strings, booleans, date
 * serials). `firstRow` is the sheet row of the range's first row, so issues name the rows the analyst sees.
 */
export function tokenizeRange(values: readonly unknown[], firstRow: number, reader: TableReader): void {
  // Numbers typed as numbers need no separator; figures typed as text (`"1.234,56"`) do, and a range
  // shows which one as a file does. When nothing shows it, `"2,500"` is said to be ambiguous.
  const texts = listTextCells(values, DECIMAL_SAMPLE_ROWS);
  const header = findFirstHeader(values, DECIMAL_SAMPLE_ROWS);
  reader.useDecimalSeparator(decideDecimalSeparator(listDecimalSampleCells(values, header, DECIMAL_SAMPLE_ROWS)));
  const order = decideDateOrder(texts, isTableOfMonths(header, true));
  reader.useDateOrder(order === "open" ? "dayFirst" : order);
  reader.pushRows(values, firstRow);
}

/** Rows whose text cells show the decimal separator: as many as a file's sample holds, about. */
const DECIMAL_SAMPLE_ROWS = 1000;

function listTextCells(values: readonly unknown[], rows: number): string[] {
  const texts: string[] = [];
  for (let r = 0; r < values.length && r < rows; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      const cell: unknown = row[c];
      if (typeof cell === "string" && cell !== "") texts.push(cell);
    }
  }
  return texts;
}

/**
 * A press release or report pasted into Excel as it is, one line per cell of one column
 * (`2021 januari 5 2.874.015,15 € 448`): its lines, read as copied text, numbered by sheet row.
 */
export function tokenizeRangeLines(values: readonly unknown[], firstRow: number, reader: TableReader): void {
  // An empty cell (0 on the desktop) is a blank line; any other value is a line of its own, read and
  // accounted for like every other, never passed over.
  const lines = values.map((row) => {
    const cell = Array.isArray(row) ? row[0] : undefined;
    return cell === null || cell === undefined || cell === "" || cell === 0 ? "" : describeLine(cell);
  });
  tokenizeText(lines.join("\n"), reader, firstRow);
}

function describeLine(cell: unknown): string {
  return (typeof cell === "string" ? cell : String(cell)).replace(/\n/g, " ");
}

/**
 * Whether a range is lines of text in its first column and nothing beside them: at least one cell
 * holds words and figures as a copied table line does, and no other column holds anything.
 */
export function isRangeOfLines(values: readonly unknown[]): boolean {
  let textLines = 0;
  for (const row of values) {
    if (!Array.isArray(row)) return false;
    for (let c = 1; c < row.length; c++) if (row[c] !== null && row[c] !== "" && row[c] !== 0) return false;
    const cell = row[0];
    if (typeof cell === "string" && TABLE_LINE.test(cell)) textLines++;
  }
  return textLines > 0;
}

/** A word, a space and a figure: `januari 5 2.874.015,15`, `Totaal januari 9.596.256,15 € 644`. */
const TABLE_LINE = /\p{L}\S*\s+.*\d/u;
