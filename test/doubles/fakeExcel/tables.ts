/* Tables: header and body ranges, rows added (appended or inserted), whole rows deleted, sorting. */
import { Proxy } from "./batch";
import { RangeProxy } from "./ranges";
import { CellValue, FakeCell, FakeTable, toCells, valueOf } from "./workbook";

interface TableRowTarget {
  table: FakeTable;
  index: number;
}

/** A table row as Office.js gives it: bound to its position when its request ran, as Excel's is. */
class TableRowProxy extends Proxy<TableRowTarget> {
  get index(): number {
    return this.loadedValue("index");
  }

  getRange(): RangeProxy {
    return new RangeProxy(
      this.batch,
      () => {
        const { table, index } = this.resolved();
        return { kind: "table", table, row: index, column: 0, rows: 1, columns: table.header.length };
      },
      { getRange: [] },
    );
  }

  protected readProperty(name: string): unknown {
    if (name === "isNullObject") return this.target === null;
    if (name === "index") return this.resolved().index;
    throw new Error(`Unsupported table row property ${name}`);
  }
}

export interface FakeSortField {
  key: number;
  ascending?: boolean;
}

export class TableProxy extends Proxy<FakeTable> {
  readonly rows = {
    add: (index: number | undefined | null, values: unknown[][]) =>
      new TableRowProxy(
        this.batch,
        () => {
          const table = this.resolved();
          return { table, index: insertRows(table, index ?? -1, values) };
        },
        { rowsAdd: [index ?? null, values] },
      ),
  };

  /** Columns by name, and a new last column whose cells in the existing rows are empty. */
  readonly columns = {
    getItem: (name: string) => new TableColumnProxy(this, name, true),
    getItemOrNullObject: (name: string) => new TableColumnProxy(this, name, false),
    add: (_index: number | undefined, _values: unknown, name: string) => {
      this.batch.queue({ columnsAdd: name }, () => {
        const table = this.resolved();
        if (table.header.includes(name)) throw new Error(`InvalidArgument: the table has a column ${name}.`);
        table.header.push(name);
        for (const row of table.body) row.push({ value: "", numberFormat: "General" });
      });
    },
  };

  readonly sort = {
    apply: (fields: FakeSortField[]) => {
      this.batch.queue({ sort: fields }, () => sortTable(this.resolved(), fields));
    },
  };

  set name(name: string) {
    this.batch.queue({ name }, () => (this.resolved().name = name));
  }
  set style(style: string) {
    this.batch.queue({ style }, () => (this.resolved().style = style));
  }

  getHeaderRowRange(): RangeProxy {
    return this.rangeOf(-1, () => 1, { getHeaderRowRange: [] });
  }

  getDataBodyRange(): RangeProxy {
    return this.rangeOf(0, (table) => table.body.length, { getDataBodyRange: [] });
  }

  private rangeOf(row: number, rows: (table: FakeTable) => number, payload: unknown): RangeProxy {
    return new RangeProxy(
      this.batch,
      () => {
        const table = this.resolved();
        return { kind: "table", table, row, column: 0, rows: rows(table), columns: table.header.length };
      },
      payload,
    );
  }

  delete(): void {
    this.batch.queue({ delete: "table" }, () => {
      const table = this.resolved();
      const workbook = this.batch.workbook;
      workbook.tables = workbook.tables.filter((t) => t !== table);
    });
  }
}

class TableColumnProxy extends Proxy<{ table: FakeTable; index: number }> {
  constructor(
    owner: TableProxy,
    private readonly name: string,
    required: boolean,
  ) {
    super(
      owner.batch,
      () => {
        const table = owner.resolved();
        const index = table.header.indexOf(name);
        if (index >= 0) return { table, index };
        if (required) throw Object.assign(new Error(`ItemNotFound: column ${name}`), { code: "ItemNotFound" });
        return null;
      },
      { getColumn: name },
    );
  }

  /** The whole column goes, header and cells; the columns right of it move left. Excel's column keeps its identity. */
  delete(): void {
    this.batch.queue({ delete: "column" }, () => {
      const { table } = this.resolved();
      const index = table.header.indexOf(this.name);
      table.header.splice(index, 1);
      for (const row of table.body) row.splice(index, 1);
    });
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(
      this.batch,
      () => {
        const { table, index } = this.resolved();
        return { kind: "table", table, row: 0, column: index, rows: table.body.length, columns: 1 };
      },
      { getDataBodyRange: [] },
    );
  }
}

/**
 * Adds rows at `index` (-1: at the end), formatted like the row above them as Excel's tables do.
 * Returns where the first of them now stands.
 */
export function insertRows(table: FakeTable, index: number, values: readonly (readonly unknown[])[]): number {
  const at = index < 0 ? table.body.length : index;
  if (at > table.body.length) throw new Error("InvalidArgument: the index is outside the table.");
  const formats = (table.body[at - 1] ?? table.body[at])?.map((cell) => cell.numberFormat) ?? [];
  const rows = values.map((row) => {
    if (row.length !== table.header.length) throw new Error("InvalidArgument: row width differs from the table.");
    return toCells(row, formats);
  });
  table.body.splice(at, 0, ...rows);
  return at;
}

/** Excel's ascending order: numbers, then text (ignoring case), then logical values, blanks last; stable. */
function sortTable(table: FakeTable, fields: readonly FakeSortField[]): void {
  const keyed = table.body.map((row, index) => ({ row, index }));
  keyed.sort((a, b) => {
    for (const field of fields) {
      const order = compareForSort(cellValue(table, a.row, field.key), cellValue(table, b.row, field.key));
      if (order !== 0) return field.ascending === false ? -order : order;
    }
    return a.index - b.index;
  });
  table.body = keyed.map(({ row }) => row);
}

function cellValue(table: FakeTable, row: FakeCell[], column: number): CellValue {
  const cell = row[column];
  if (!cell) throw new Error(`InvalidArgument: sort key ${column} is outside the table.`);
  return valueOf(cell, table, row);
}

function sortRank(value: CellValue): number {
  if (value === "") return 3;
  if (typeof value === "number") return 0;
  return typeof value === "string" ? 1 : 2;
}

function compareForSort(a: CellValue, b: CellValue): number {
  const rank = sortRank(a) - sortRank(b);
  if (rank !== 0) return rank;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a.localeCompare(b, "en", { sensitivity: "base" });
  return Number(a) - Number(b);
}

/* A colleague's hand in the same table, between two of the add-in's requests. */

export function editCell(table: FakeTable, row: number, column: number, value: CellValue): void {
  const cell = table.body[row]?.[column];
  if (!cell) throw new Error(`No cell ${row},${column} to edit.`);
  delete cell.formula;
  cell.value = value;
}

export function deleteRow(table: FakeTable, row: number): void {
  table.body.splice(row, 1);
  if (table.body.length === 0) table.body.push(toCells(table.header.map(() => "")));
}

export function sortRows(table: FakeTable, column: number, ascending: boolean): void {
  sortTable(table, [{ key: column, ascending }]);
}
