import { findNearest, isWrittenRow, locateRows, startsWithRow } from "./locateRows";
import { fingerprintRow, groupIntoBlocks, ReplacedRow } from "./readReplacedRows";
import { readRowsInChunks } from "./readRowsInChunks";
import { HELPER_COLUMNS } from "./registrationTableLayout";
import { measureJsonBytes, REQUEST_BUDGET_BYTES, RowChunk, sendChunks, splitIntoChunks } from "./requestChunks";
import { toRewritableRow, WritableRow } from "./tableRows";
import { lacksHelperColumns, listFormatRuns, NEW_TABLE_SHAPE, TableShape, withHelperColumns } from "./tableShape";
import { RestoreGaps } from "./workbookError";

/** A neighbour of rows this import deleted, as its formulas read; null: the table's edge. */
type Neighbour = readonly unknown[] | null;

/** Rows this import took away (to put back) or added (to take away), where they stood. */
type TableEdit =
  | {
      readonly kind: "deleted";
      readonly start: number;
      readonly rows: readonly ReplacedRow[];
      readonly emptied: boolean;
      /** The rows just above and below them: where they go back, whatever a colleague inserted or deleted since. */
      readonly above: Neighbour;
      readonly below: Neighbour;
    }
  /**
   * Rows appended, as written: found again by content when taken back, since a colleague may have
   * moved them. `certain`: false when their request failed, and they may never have been added.
   */
  | { readonly kind: "added"; readonly certain: boolean; readonly rows: readonly WritableRow[] }
  /** Helper columns appended to a table made by an earlier version: taken back by deleting them. */
  | { readonly kind: "columns"; readonly names: readonly string[] };

/** A table as taking back sees it: each row's formulas, and the number of columns. */
interface Picture {
  readonly rows: unknown[][];
  readonly width: number;
}

/** Requests of taking back that may fail, each tried again on a fresh picture, before the user is told. */
const UNDO_RETRIES = 3;

export type RowsAdded = (rowsDone: number, rowsTotal: number) => void;

/**
 * Changes a table one request at a time and remembers each change, so that an import that cannot
 * finish takes back exactly what it did, and nothing else. `beforeRequest` runs before each forward
 * request (a cancelled import stops there); taking back never stops halfway by choice. A colleague
 * may insert, delete or sort rows between any two requests, so taking back trusts no remembered
 * position: it finds added rows by what they hold, and deleted rows' place by their neighbours.
 */
export class TableEditor {
  private readonly journal: TableEdit[] = [];
  private uncertain?: TableEdit;

  /**
   * `shape`: where the table's columns stand, for the formats of the rows this editor adds (and the
   * helper columns it may append).
   */
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly table: Excel.Table,
    private readonly beforeRequest: () => void,
    private shape: TableShape = NEW_TABLE_SHAPE,
  ) {}

  /**
   * Deletes the rows, bottom first, each request loading the rows it deletes in the same breath:
   * false when they no longer read as they did (a colleague changed the table), with nothing of
   * this call left deleted.
   */
  async deleteRows(rows: readonly ReplacedRow[], withNeighbours = true): Promise<boolean> {
    const { context } = this;
    for (const piece of splitIntoPieces(rows).reverse()) {
      this.beforeRequest();
      const start = piece[0].index;
      const body = withNeighbours ? this.table.getDataBodyRange().load("rowCount") : undefined;
      const range = this.rowsRange(start, piece.length);
      range.load("values,formulas,numberFormat");
      const above = withNeighbours && start > 0 ? this.rowsRange(start - 1, 1).load("formulas") : undefined;
      // A range may reach below the table: it reads blank there, and the row count tells.
      const below = withNeighbours ? this.rowsRange(start + piece.length, 1).load("formulas") : undefined;
      range.delete("Up");
      // The delete comes last in its request: when the request fails, nothing of it was deleted.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per piece keeps each under the limit
      await context.sync();
      const rowCountBefore = body?.rowCount ?? Infinity;
      // Put back, if need be, what was deleted: the rows as they were then, a colleague's edits included.
      const deleted = range.values.map((values, i) => ({
        index: start + i,
        fingerprint: fingerprintRow(values, range.formulas[i]),
        values,
        formulas: range.formulas[i],
        formats: range.numberFormat[i],
      }));
      this.journal.push({
        kind: "deleted",
        start,
        rows: deleted,
        emptied: rowCountBefore === piece.length,
        above: above ? above.formulas[0] : null,
        below: below && start + piece.length < rowCountBefore ? below.formulas[0] : null,
      });
      if (deleted.some((row, i) => row.fingerprint !== piece[i].fingerprint)) return false;
    }
    return true;
  }

  /**
   * Appends rows in requests sized in bytes, formatting each one as it is added: the add-in's columns
   * with their formats (a colleague's columns as Excel formats a new row), or with `formats` (one per
   * row, as wide as the row) for rows put back as they were.
   */
  async addRows(
    rows: readonly WritableRow[],
    onAdded?: RowsAdded,
    formats?: readonly (readonly unknown[])[],
  ): Promise<void> {
    const runs = listFormatRuns(this.shape);
    const chunks = splitIntoChunks(rows, undefined, measureJsonBytes(formats?.[0] ?? runs.map((run) => run.formats)));
    let done = 0;
    const send = async (chunk: RowChunk<WritableRow>): Promise<void> => {
      this.beforeRequest();
      this.context.application.suspendApiCalculationUntilNextSync();
      const top = this.table.rows.add(undefined, chunk.rows as WritableRow[]);
      const count = chunk.rows.length;
      if (formats) {
        top.getRange().getResizedRange(count - 1, 0).numberFormat = formats
          .slice(chunk.start, chunk.start + count)
          .map((row) => [...row]);
      } else {
        for (const run of runs) {
          top
            .getRange()
            .getCell(0, run.start)
            .getResizedRange(count - 1, run.formats.length - 1).numberFormat = chunk.rows.map(() => [...run.formats]);
        }
      }
      // If the request fails, its rows may be there or not: taking back looks for them by content.
      this.uncertain = { kind: "added", certain: false, rows: chunk.rows };
      await this.context.sync();
      this.uncertain = undefined;
      this.journal.push({ kind: "added", certain: true, rows: chunk.rows });
      done += chunk.rows.length;
      onAdded?.(done, rows.length);
    };
    // A request Excel refused unread ran nothing: its rows are certainly not there.
    await sendChunks(chunks, send, () => (this.uncertain = undefined));
  }

  /**
   * Appends the helper columns a table made by an earlier version lacks, after all its columns, with
   * their formula and format in every row: nothing else of those rows is written. One request adds
   * the columns, then the formulas go in requests sized in bytes. Taking back deletes the columns,
   * whichever of these requests failed.
   */
  async addHelperColumns(): Promise<void> {
    if (!lacksHelperColumns(this.shape)) return;
    const missing = HELPER_COLUMNS.filter((_, helper) => this.shape.helperIndices[helper] === undefined);
    const first = this.shape.width;
    this.beforeRequest();
    for (const helper of missing) this.table.columns.add(undefined, undefined, helper.name);
    const body = this.table.getDataBodyRange().load("rowCount");
    // Whether or not the request went through, the columns are looked for by name when taken back.
    this.journal.push({ kind: "columns", names: missing.map((helper) => helper.name) });
    await this.context.sync();
    this.shape = withHelperColumns(this.shape);
    const formulas = missing.map((helper) => helper.formula);
    const formats = missing.map((helper) => helper.format);
    const rows = new Array<string[]>(body.rowCount).fill(formulas);
    const chunks = splitIntoChunks(rows, undefined, measureJsonBytes(formats));
    await sendChunks(chunks, async (chunk) => {
      this.beforeRequest();
      this.context.application.suspendApiCalculationUntilNextSync();
      const range = this.table
        .getDataBodyRange()
        .getCell(chunk.start, first)
        .getResizedRange(chunk.rows.length - 1, missing.length - 1);
      range.formulas = chunk.rows.map((row) => [...row]);
      range.numberFormat = chunk.rows.map(() => [...formats]);
      await this.context.sync();
    });
  }

  /** Takes away the empty row Excel keeps in a table without data, unless a colleague has typed in it. */
  async deleteEmptyRow(width: number): Promise<void> {
    const blank = new Array<string>(width).fill("");
    const row: ReplacedRow = {
      index: 0,
      fingerprint: fingerprintRow(blank, blank),
      values: blank,
      formulas: blank,
      formats: [],
    };
    // Its place is the top, whatever stands below it: no neighbours to read.
    if (await this.deleteRows([row], false)) return;
    // Deleted a moment ago from the top: it goes back there.
    const edit = this.journal.pop();
    if (edit?.kind === "deleted") await this.putBack(edit, edit.start, undefined, false);
  }

  /** Month, then term: the table's order, from Excel's own sort rather than from rewriting rows. */
  async sortByMonthAndTerm(): Promise<void> {
    this.beforeRequest();
    this.table.sort.apply([
      { key: 0, ascending: true },
      { key: 1, ascending: true },
    ]);
    await this.context.sync();
  }

  /**
   * Takes back every change of this import, the last first, on a picture of the table read first:
   * added rows are deleted only where they read as written, rows put back go between the neighbours
   * they had. A request that fails is tried again on a fresh picture, so a change that went through
   * is not made twice. Returns what could not be taken back.
   */
  async undoAll(): Promise<RestoreGaps> {
    if (this.uncertain) this.journal.push(this.uncertain);
    this.uncertain = undefined;
    const gaps = { addedRowsLeft: 0, rowsPutBackElsewhere: 0 };
    let picture: Picture | undefined;
    for (let failures = 0; this.journal.length > 0;) {
      const edit = this.journal[this.journal.length - 1];
      try {
        if (edit.kind === "columns") {
          await this.deleteColumns(edit.names);
          // Rows are found again, and put back, as wide as the table is without them.
          picture = undefined;
          this.journal.pop();
          continue;
        }
        picture ??= await this.readPicture();
        if (edit.kind === "added") gaps.addedRowsLeft += await this.takeAway(edit, picture.rows);
        else if (failures > 0 && isPutBack(edit, picture.rows)) {
          // The request that put them back failed after Excel had carried it out.
        } else gaps.rowsPutBackElsewhere += await this.putBackBetweenNeighbours(edit, picture);
        this.journal.pop();
      } catch (error) {
        if (++failures > UNDO_RETRIES) throw error;
        picture = undefined;
      }
    }
    return gaps;
  }

  /** Deletes those of the columns that are there (a failed request may not have added them). */
  private async deleteColumns(names: readonly string[]): Promise<void> {
    const columns = names.map((name) => this.table.columns.getItemOrNullObject(name).load("isNullObject"));
    await this.context.sync();
    const present = columns.filter((column) => !column.isNullObject);
    if (present.length === 0) return;
    present.forEach((column) => column.delete());
    await this.context.sync();
  }

  /** The table's rows as their formulas read, and its width now. */
  private async readPicture(): Promise<Picture> {
    const { context } = this;
    const body = this.table.getDataBodyRange();
    body.load("rowCount,columnCount");
    await context.sync();
    const width = body.columnCount;
    const { formulas } = await readRowsInChunks(context, body, ["formulas"]);
    return { rows: formulas, width };
  }

  /** Returns how many rows went back where their neighbours no longer tell their place. */
  private async putBackBetweenNeighbours(edit: Extract<TableEdit, { kind: "deleted" }>, picture: Picture) {
    const place = placeBetweenNeighbours(edit, picture.rows);
    const onlyEmptyRow = isOnlyEmptyRow(picture.rows);
    await this.putBack(edit, place.at, picture.width, onlyEmptyRow);
    picture.rows.splice(place.at, 0, ...edit.rows.map((row) => row.formulas as unknown[]));
    if (edit.emptied && onlyEmptyRow) picture.rows.splice(place.at + edit.rows.length, 1);
    return place.certain ? 0 : edit.rows.length;
  }

  /**
   * Deletes the rows of `edit` where they read as written, each request loading what it deletes:
   * rows that turn out changed are put back. Rows taken away leave the journal's entry as they go,
   * so a retry looks only for the others. Returns how many rows could not be taken away.
   */
  private async takeAway(edit: Extract<TableEdit, { kind: "added" }>, picture: unknown[][]): Promise<number> {
    // Appended, and every change after them already taken back: they are expected at the table's end.
    const expected = picture.length - edit.rows.length;
    const found = locateRows(picture, edit.rows, expected, isWrittenRow);
    const writtenAt = new Map(found.flatMap((at, i) => (at === undefined ? [] : [[at, edit.rows[i]] as const])));
    // A failed request's rows that are nowhere were never added.
    let left = !edit.certain && writtenAt.size === 0 ? 0 : edit.rows.length - writtenAt.size;
    let remaining = edit.rows;
    const indices = [...writtenAt.keys()].sort((a, b) => a - b);
    for (const block of splitWithinBudget(groupIntoBlocks(indices), writtenAt).reverse()) {
      const range = this.rowsRange(block.start, block.count);
      range.load("values,formulas,numberFormat");
      range.delete("Up");
      await this.context.sync();
      const rows = range.formulas;
      const written = rows.map((_, i) => writtenAt.get(block.start + i) as WritableRow);
      picture.splice(block.start, block.count);
      if (rows.every((formulas, i) => isWrittenRow(formulas, written[i]))) {
        const gone = new Set(written);
        remaining = remaining.filter((row) => !gone.has(row));
        this.journal[this.journal.length - 1] = { ...edit, rows: remaining };
        continue;
      }
      // A colleague changed them between the picture and the delete: theirs go back as they read.
      const deleted = rows.map((formulas, i) => ({
        index: block.start + i,
        fingerprint: "",
        values: range.values[i],
        formulas,
        formats: range.numberFormat[i],
      }));
      await this.putBack(
        { kind: "deleted", start: block.start, rows: deleted, emptied: false, above: null, below: null },
        block.start,
        undefined,
        false,
      );
      picture.splice(block.start, 0, ...rows);
      left += block.count;
    }
    return left;
  }

  /**
   * Puts rows back at `at`, with their values, formulas and number formats. Fills and notes of those
   * rows are not kept: Range.copyFrom needs the rows to still exist somewhere, which would take a
   * copy on a scratch sheet in every delete request of every import. `width`: the table's columns
   * now; rows put back get empty cells in a column added since. `onlyEmptyRow`: the table holds
   * just Excel's empty row, to go if the rows emptied it.
   */
  private async putBack(
    edit: Extract<TableEdit, { kind: "deleted" }>,
    at: number,
    width: number | undefined,
    onlyEmptyRow: boolean,
  ): Promise<void> {
    const top = this.table.rows.add(
      at,
      edit.rows.map((row) => padRow(toRewritableRow(row.values, row.formulas), width)),
    );
    const formatted = edit.rows.every((row) => row.formats.length > 0);
    if (formatted) {
      const columns = edit.rows[0].formats.length;
      top.getRange().getResizedRange(edit.rows.length - 1, columns - (width ?? columns)).numberFormat = edit.rows.map(
        (row) => [...row.formats],
      );
    }
    // A table emptied by the delete kept Excel's empty row, now below the rows put back.
    if (edit.emptied && onlyEmptyRow) this.rowsRange(at + edit.rows.length, 1).delete("Up");
    await this.context.sync();
  }

  /** Whole table rows, however many columns the table has by the time the request runs. */
  private rowsRange(start: number, count: number): Excel.Range {
    return this.table
      .getDataBodyRange()
      .getRow(start)
      .getResizedRange(count - 1, 0);
  }
}

/**
 * Where deleted rows go back: between their old neighbours, found by content nearest their old place.
 * Not certain when neither neighbour is found, or both are but no longer side by side (a sort).
 */
function placeBetweenNeighbours(
  edit: Extract<TableEdit, { kind: "deleted" }>,
  picture: readonly (readonly unknown[])[],
): { at: number; certain: boolean } {
  const find = (neighbour: readonly unknown[], expected: number) =>
    findNearest(picture.length, expected, (index) => startsWithRow(picture[index], neighbour));
  const above = edit.above === null ? undefined : find(edit.above, edit.start - 1);
  const below = edit.below === null ? undefined : find(edit.below, edit.start);
  if (above !== undefined && below !== undefined) return { at: below, certain: above + 1 === below };
  if (above !== undefined) return { at: above + 1, certain: true };
  if (below !== undefined) return { at: below, certain: true };
  // At the table's edge, the edge is the neighbour.
  if (edit.above === null && edit.below === null) return { at: 0, certain: true };
  if (edit.above === null) return { at: 0, certain: false };
  if (edit.below === null) return { at: picture.length, certain: false };
  return { at: Math.min(edit.start, picture.length), certain: false };
}

/**
 * Blocks of rows cut so that each delete request's answer (values, formulas and formats of its
 * rows, about three times what was written) stays within the budget.
 */
function splitWithinBudget(
  blocks: readonly { start: number; count: number }[],
  writtenAt: ReadonlyMap<number, WritableRow>,
): { start: number; count: number }[] {
  const pieces: { start: number; count: number }[] = [];
  for (const block of blocks) {
    let piece = { start: block.start, count: 0 };
    let bytes = 0;
    for (let index = block.start; index < block.start + block.count; index++) {
      const rowBytes = 3 * measureJsonBytes(writtenAt.get(index));
      if (piece.count > 0 && bytes + rowBytes > REQUEST_BUDGET_BYTES) {
        pieces.push(piece);
        piece = { start: index, count: 0 };
        bytes = 0;
      }
      piece.count++;
      bytes += rowBytes;
    }
    pieces.push(piece);
  }
  return pieces;
}

/** Whether the rows of `edit` stand together in the table again. */
function isPutBack(edit: Extract<TableEdit, { kind: "deleted" }>, picture: readonly (readonly unknown[])[]): boolean {
  const found = locateRows(picture, edit.rows, edit.start, (row, wanted) => startsWithRow(row, wanted.formulas));
  return found.every((at, i) => at !== undefined && at === (found[0] as number) + i);
}

function isBlank(row: readonly unknown[]): boolean {
  return row.every((cell) => cell === "" || cell === null);
}

function isOnlyEmptyRow(picture: readonly (readonly unknown[])[]): boolean {
  return picture.length === 1 && isBlank(picture[0]);
}

function padRow(row: WritableRow, width: number | undefined): WritableRow {
  return width === undefined || row.length >= width ? row : [...row, ...new Array<string>(width - row.length).fill("")];
}

/** Neighbouring rows in pieces whose answer stays within the budget: one request deletes one piece. */
function splitIntoPieces(rows: readonly ReplacedRow[]): ReplacedRow[][] {
  const pieces: ReplacedRow[][] = [];
  let bytes = 0;
  for (const row of rows) {
    const last = pieces[pieces.length - 1];
    // The delete request loads the row's values, formulas and formats.
    const rowBytes = row.fingerprint.length + measureJsonBytes(row.formats);
    const previous = last?.[last.length - 1];
    if (last && previous.index + 1 === row.index && bytes + rowBytes <= REQUEST_BUDGET_BYTES) {
      last.push(row);
      bytes += rowBytes;
    } else {
      pieces.push([row]);
      bytes = rowBytes;
    }
  }
  return pieces;
}
