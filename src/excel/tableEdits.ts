import { fingerprintRow, ReplacedRow } from "./readReplacedRows";
import { REGISTRATION_FORMATS } from "./registrationTableLayout";
import {
  halveChunk,
  isPayloadTooLarge,
  measureJsonBytes,
  REQUEST_BUDGET_BYTES,
  splitIntoChunks,
} from "./requestChunks";
import { toRewritableRow, WritableRow } from "./tableRows";

/** Rows this import took away (to put back) or added (to take away), where they stood. */
type TableEdit =
  | {
      readonly kind: "deleted";
      readonly start: number;
      readonly rows: readonly ReplacedRow[];
      readonly emptied: boolean;
    }
  | { readonly kind: "added"; readonly start: number; readonly count: number };

/** An edit whose request failed: it may or may not have been carried out, the row count tells. */
interface UncertainEdit {
  readonly edit: TableEdit;
  readonly rowCountIfDone: number;
}

export type RowsAdded = (rowsDone: number, rowsTotal: number) => void;

/**
 * Changes a table one request at a time and remembers each change, so that an import that cannot
 * finish takes back exactly what it did, and nothing else. `beforeRequest` runs before each forward
 * request (a cancelled import stops there); taking back never stops halfway by choice.
 */
export class TableEditor {
  private readonly journal: TableEdit[] = [];
  private uncertain?: UncertainEdit;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly table: Excel.Table,
    private rowCount: number,
    private readonly beforeRequest: () => void,
  ) {}

  /**
   * Deletes the rows, bottom first, each request loading the rows it deletes in the same breath:
   * false when they no longer read as they did (a colleague changed the table), with nothing of
   * this call left deleted.
   */
  async deleteRows(rows: readonly ReplacedRow[]): Promise<boolean> {
    for (const piece of splitIntoPieces(rows).reverse()) {
      this.beforeRequest();
      const start = piece[0].index;
      const range = this.rowsRange(start, piece.length);
      range.load("values,formulas,numberFormat");
      range.delete("Up");
      const emptied = this.rowCount === piece.length;
      // The delete comes last in its request: when the request fails, nothing of it was deleted.
      await this.context.sync();
      // Put back, if need be, what was deleted: the rows as they were then, a colleague's edits included.
      const deleted = range.values.map((values, i) => ({
        index: start + i,
        fingerprint: fingerprintRow(values, range.formulas[i]),
        values,
        formulas: range.formulas[i],
        formats: range.numberFormat[i],
      }));
      this.journal.push({ kind: "deleted", start, rows: deleted, emptied });
      this.rowCount = emptied ? 1 : this.rowCount - piece.length;
      if (deleted.some((row, i) => row.fingerprint !== piece[i].fingerprint)) return false;
    }
    return true;
  }

  /**
   * Appends rows in requests sized in bytes, formatting each one as it is added: with the table's own
   * formats, or with `formats` (one per row, as wide as the row) for rows put back as they were.
   */
  async addRows(
    rows: readonly WritableRow[],
    onAdded?: RowsAdded,
    formats?: readonly (readonly unknown[])[],
  ): Promise<void> {
    const width = rows[0]?.length ?? REGISTRATION_FORMATS.length;
    const queue = splitIntoChunks(rows, undefined, measureJsonBytes(formats?.[0] ?? REGISTRATION_FORMATS));
    let done = 0;
    for (let chunk = queue.shift(); chunk !== undefined; chunk = queue.shift()) {
      this.beforeRequest();
      this.context.application.suspendApiCalculationUntilNextSync();
      const top = this.table.rows.add(undefined, chunk.rows as WritableRow[]);
      const formatted = top
        .getRange()
        .getResizedRange(chunk.rows.length - 1, formats ? 0 : REGISTRATION_FORMATS.length - width);
      formatted.numberFormat = formats
        ? formats.slice(chunk.start, chunk.start + chunk.rows.length).map((row) => [...row])
        : chunk.rows.map(() => [...REGISTRATION_FORMATS]);
      const count = chunk.rows.length;
      try {
        await this.send({ kind: "added", start: this.rowCount, count }, this.rowCount + count);
      } catch (error) {
        const halves = isPayloadTooLarge(error) ? halveChunk(chunk) : [];
        if (halves.length === 0) throw error;
        this.uncertain = undefined; // Excel refused the request unread: nothing of it ran.
        queue.unshift(...halves);
        continue;
      }
      // Appended below the last row: where this import left the table's end.
      this.journal.push({ kind: "added", start: this.rowCount, count });
      this.rowCount += count;
      done += count;
      onAdded?.(done, rows.length);
    }
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
    if (!(await this.deleteRows([row]))) await this.undoLast();
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

  /** Takes back every change of this import, the last first. */
  async undoAll(): Promise<void> {
    const width = await this.settleUncertain();
    while (this.journal.length > 0) await this.undoLast(width);
  }

  /** `width`: the table's columns now; rows put back get empty cells in a column added since. */
  private async undoLast(width?: number): Promise<void> {
    const edit = this.journal.pop();
    if (edit === undefined) return;
    if (edit.kind === "added") {
      this.rowsRange(edit.start, edit.count).delete("Up");
      await this.context.sync();
      return;
    }
    const top = this.table.rows.add(
      edit.start,
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
    const emptyRow = edit.emptied ? this.rowsRange(edit.start + edit.rows.length, 1) : undefined;
    emptyRow?.delete("Up");
    await this.context.sync();
  }

  /**
   * After a failed request: whether the rows it added are there, told by the table's row count
   * (rows are added first in their request). Returns the table's width now.
   */
  private async settleUncertain(): Promise<number> {
    const uncertain = this.uncertain;
    this.uncertain = undefined;
    const { context } = this;
    const body = this.table.getDataBodyRange();
    body.load("rowCount,columnCount");
    await context.sync();
    if (uncertain && body.rowCount === uncertain.rowCountIfDone && body.rowCount !== this.rowCount) {
      this.journal.push(uncertain.edit);
    }
    return body.columnCount;
  }

  /** Sends the queued request; if it fails, `edit` may have happened and is settled on undo. */
  private async send(edit: TableEdit, rowCountIfDone: number): Promise<void> {
    this.uncertain = { edit, rowCountIfDone };
    await this.context.sync();
    this.uncertain = undefined;
  }

  /** Whole table rows, however many columns the table has by the time the request runs. */
  private rowsRange(start: number, count: number): Excel.Range {
    return this.table
      .getDataBodyRange()
      .getRow(start)
      .getResizedRange(count - 1, 0);
  }
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
