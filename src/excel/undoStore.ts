/**
 * What "Laatste import ongedaan maken" needs, kept in the workbook itself (co-authors share it): the
 * rows the last import replaced, and what the table looked like right after it. Stored in a table on
 * a very hidden sheet, one JSON text per row (split over rows when longer than a cell holds), the
 * description last. A row is kept as it must be written back (a formula once, not beside its value)
 * and with its formats only when they differ from the first row's. Only the last import's rows are
 * kept: each import that completes replaces them.
 */
import { MonthKey } from "../domain/dates/monthKey";
import { readRowsInChunks } from "./readRowsInChunks";
import { readReplacedRows, ReplacedRow } from "./readReplacedRows";
import { headerRowAddress } from "./registrationTableLayout";
import { splitIntoChunks } from "./requestChunks";
import { toRewritableRow, WritableRow } from "./tableRows";
import { toWriteSafeText } from "./writeSafeText";

export const UNDO_SHEET = "WinwinOngedaan";
export const UNDO_TABLE = "WinwinOngedaan";
const UNDO_COLUMNS = ["Rij", "Gegevens"];
/** Row number of the description; the replaced rows are 0, 1, … */
const DESCRIPTION_ROW = -1;
/** Below Excel's 32,767 characters a cell holds. */
const PIECE_CHARS = 30_000;

/** The table right after the import: the undo refuses when it no longer looks so. */
export interface UndoDescription {
  /** The import's row in Importlog (its time as a serial, and its input hash): it must still be the last. */
  readonly loggedAtSerial: number;
  readonly inputHash: string;
  /**
   * False when that row could not be written: there is no row to be the last, so the undo asks instead
   * that no row of Importlog be newer than `loggedAtSerial`. Absent (records of earlier versions): true.
   */
  readonly logged?: boolean;
  readonly sourceLabel: string;
  readonly months: readonly MonthKey[];
  readonly rowCount: number;
  readonly columnCount: number;
  /** SHA-256 of the fingerprints of the import's rows, in table order. */
  readonly addedHash: string;
  readonly addedCount: number;
  readonly replacedCount: number;
  /** The formats of most rows (the first replaced row's); a row with others keeps its own. */
  readonly formats: readonly unknown[];
}

/** A replaced row as it goes back into the table. */
export interface KeptRow {
  readonly row: WritableRow;
  readonly formats: readonly unknown[];
}

export interface UndoRecord {
  readonly description: UndoDescription;
  readonly replaced: readonly KeptRow[];
}

type StoredRow = [number, string];

/** Replaces what is kept for undo by this import's record; the sheet is very hidden (ExcelApi 1.2). */
async function writeUndoRecord(
  context: Excel.RequestContext,
  description: UndoDescription,
  replaced: readonly ReplacedRow[],
): Promise<void> {
  await deleteUndoRecord(context);
  const sheet = context.workbook.worksheets.add(UNDO_SHEET);
  sheet.visibility = "VeryHidden";
  const table = sheet.tables.add(headerRowAddress(UNDO_COLUMNS.length), true);
  table.name = UNDO_TABLE;
  table.getHeaderRowRange().values = [UNDO_COLUMNS];
  const common = JSON.stringify(description.formats);
  const rows = replaced.flatMap((row, index) => {
    const writable = toRewritableRow(row.values, row.formulas);
    return toStoredRows(index, JSON.stringify(row.formats) === common ? [writable] : [writable, row.formats]);
  });
  // The description last: a record whose writing stopped halfway has none and is no record.
  rows.push(...toStoredRows(DESCRIPTION_ROW, description));
  for (const chunk of splitIntoChunks(rows)) {
    table.rows.add(undefined, chunk.rows as StoredRow[]);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk keeps each under the limit
    await context.sync();
  }
}

/** What is kept for undo, or undefined when nothing (complete) is. */
export async function readUndoRecord(context: Excel.RequestContext): Promise<UndoRecord | undefined> {
  const table = context.workbook.tables.getItemOrNullObject(UNDO_TABLE);
  table.load("isNullObject");
  await context.sync();
  if (table.isNullObject) return undefined;
  const body = table.getDataBodyRange();
  body.load("rowCount,columnCount");
  await context.sync();
  const { values } = await readRowsInChunks(context, body, ["values"]);
  const texts = new Map<number, string>();
  for (const [row, piece] of values) {
    if (typeof row === "number") texts.set(row, (texts.get(row) ?? "") + String(piece));
  }
  const description = texts.get(DESCRIPTION_ROW);
  if (description === undefined) return undefined;
  const parsed = JSON.parse(description) as UndoDescription;
  const replaced: KeptRow[] = [];
  for (let index = 0; index < parsed.replacedCount; index++) {
    const text = texts.get(index);
    if (text === undefined) return undefined;
    const [row, formats] = JSON.parse(text) as [WritableRow, unknown[] | undefined];
    replaced.push({ row, formats: formats ?? parsed.formats });
  }
  return { description: parsed, replaced };
}

/** Forgets what was kept for undo (after an undo, or before a newer import's record). */
export async function deleteUndoRecord(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
  sheet.load("isNullObject");
  await context.sync();
  if (sheet.isNullObject) return;
  sheet.delete();
  await context.sync();
}

/** One JSON text as table rows of write-safe pieces (a piece may start with any character). */
function toStoredRows(row: number, content: unknown): StoredRow[] {
  const json = JSON.stringify(content);
  const rows: StoredRow[] = [];
  for (let start = 0; start < json.length; start += PIECE_CHARS) {
    rows.push([row, toWriteSafeText(json.slice(start, start + PIECE_CHARS))]);
  }
  return rows;
}

/**
 * SHA-256 of row fingerprints, hex: the identity of the rows an import added, whatever order a sort
 * has put them in since (`inOrder`: as they stand, which records of earlier versions hashed).
 */
export async function hashFingerprints(fingerprints: readonly string[], inOrder = false): Promise<string> {
  const rows = inOrder ? fingerprints : [...fingerprints].sort();
  const bytes = new TextEncoder().encode(JSON.stringify(rows));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** What the import tells the record about itself. */
export interface ImportForUndo {
  readonly loggedAtSerial: number;
  readonly inputHash: string;
  /** Whether its row in Importlog was written. */
  readonly logged: boolean;
  readonly sourceLabel: string;
  readonly months: ReadonlySet<MonthKey>;
  /** The rows it replaced, as read before they were deleted. */
  readonly replaced: readonly ReplacedRow[];
}

/**
 * Keeps a completed import for undo: reads back the rows of its months (now exactly its own rows) for
 * their identity, and stores them with the rows it replaced. A record that could not be completed is
 * removed, so no older import's record is left to be undone by mistake.
 */
export async function keepImportForUndo(
  context: Excel.RequestContext,
  table: Excel.Table,
  imported: ImportForUndo,
): Promise<boolean> {
  try {
    const after = await readReplacedRows(context, table, imported.months, () => undefined);
    const description: UndoDescription = {
      loggedAtSerial: imported.loggedAtSerial,
      inputHash: imported.inputHash,
      logged: imported.logged,
      sourceLabel: imported.sourceLabel,
      months: after.months,
      rowCount: after.rowCount,
      columnCount: after.columnCount,
      addedHash: await hashFingerprints(after.replaced.map((row) => row.fingerprint)),
      addedCount: after.replaced.length,
      replacedCount: imported.replaced.length,
      formats: imported.replaced[0]?.formats ?? [],
    };
    await writeUndoRecord(context, description, imported.replaced);
    return true;
  } catch {
    await deleteUndoRecord(context).catch(() => undefined);
    return false;
  }
}
