import { toDaySerial } from "../domain/dates/daySerial";
import {
  headerRowAddress,
  LOG_COLUMNS,
  LOG_FORMATS,
  LOG_SHEET,
  LOG_TABLE,
  SKIPPED_LINES_COLUMN,
} from "./registrationTableLayout";
import { toWriteSafeText } from "./writeSafeText";

export interface ImportLogEntry {
  readonly at: Date;
  readonly sourceLabel: string;
  readonly rows: number;
  readonly loans: number;
  readonly principalCents: number;
  readonly issueCount: number;
  readonly inputHash: string;
  /** Input lines left out because they held errors ("import the correct rows only"); none otherwise. */
  readonly skippedLines?: readonly number[];
}

/**
 * Writes one row in the table `Importlog` (created with its sheet when missing).
 * Time is written as an Excel serial in local time, as a user reads the clock.
 */
export async function appendImportLog(context: Excel.RequestContext, entry: ImportLogEntry): Promise<void> {
  const existing = context.workbook.tables.getItemOrNullObject(LOG_TABLE);
  const sheet = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
  existing.load("isNullObject");
  sheet.load("isNullObject");
  await context.sync();
  const row = [
    toLocalSerial(entry.at),
    toWriteSafeText(entry.sourceLabel),
    entry.rows,
    entry.loans,
    entry.principalCents / 100,
    entry.issueCount,
    toWriteSafeText(entry.inputHash),
    describeSkippedLines(entry.skippedLines ?? []),
  ];
  if (existing.isNullObject) {
    const target = sheet.isNullObject ? context.workbook.worksheets.add(LOG_SHEET) : sheet;
    const table = target.tables.add(headerRowAddress(LOG_COLUMNS.length), true);
    table.name = LOG_TABLE;
    table.getHeaderRowRange().values = [[...LOG_COLUMNS]];
    const first = table.getDataBodyRange();
    first.values = [row];
    first.numberFormat = [[...LOG_FORMATS]];
  } else {
    // A colleague may have added or moved columns: each value goes under its own column's name, and
    // the cells of their columns in the new row stay empty, in the format they gave the column.
    const header = await readLogHeader(context, existing);
    const placed: (string | number | boolean)[] = header.map(() => "");
    const columns = LOG_COLUMNS.map((name) => header.indexOf(name));
    columns.forEach((column, i) => column >= 0 && (placed[column] = row[i]));
    existing.rows.add(undefined, [placed]);
    const added = existing.getDataBodyRange().getLastRow();
    columns.forEach((column, i) => column >= 0 && (added.getCell(0, column).numberFormat = [[LOG_FORMATS[i]]]));
  }
  await context.sync();
}

/**
 * The time as Excel keeps it: a serial of at most 15 significant digits, which Excel rounds any number
 * to. A time of day has 16 or 17 (`45811.58846064815`); written as is, it would read back different
 * from what the import remembered for its undo.
 */
export function toLocalSerial(at: Date): number {
  const day = toDaySerial(at.getFullYear(), at.getMonth() + 1, at.getDate());
  const seconds = at.getHours() * 3600 + at.getMinutes() * 60 + at.getSeconds();
  return Number((day + seconds / 86400).toPrecision(15));
}

/** Whether two log times are the same second, however many digits either kept. */
export function isSameLogTime(a: number, b: number): boolean {
  return Math.abs(a - b) < HALF_SECOND_DAYS;
}

const HALF_SECOND_DAYS = 0.5 / 86400;

/**
 * The log's column names; a log made before the skipped-lines column existed gets it first, empty for
 * its earlier rows, which stay as they are.
 */
async function readLogHeader(context: Excel.RequestContext, table: Excel.Table): Promise<string[]> {
  const column = table.columns.getItemOrNullObject(SKIPPED_LINES_COLUMN);
  column.load("isNullObject");
  const headerRow = table.getHeaderRowRange();
  headerRow.load("values");
  await context.sync();
  const header = (headerRow.values[0] ?? []).map((name) => String(name));
  if (!column.isNullObject) return header;
  table.columns.add(undefined, undefined, SKIPPED_LINES_COLUMN);
  return [...header, SKIPPED_LINES_COLUMN];
}

/** An Excel cell holds at most 32,767 characters; the count is always exact, the list may stop early. */
const SKIPPED_TEXT_LIMIT = 32_000;

/** `3: 12, 15, 40`: how many lines were left out, then which. Empty when none. */
export function describeSkippedLines(lines: readonly number[]): string {
  if (lines.length === 0) return "";
  let text = `${lines.length}: `;
  for (let i = 0; i < lines.length; i++) {
    const next = `${i === 0 ? "" : ", "}${lines[i]}`;
    if (text.length + next.length > SKIPPED_TEXT_LIMIT) return `${text}, …`;
    text += next;
  }
  return text;
}
