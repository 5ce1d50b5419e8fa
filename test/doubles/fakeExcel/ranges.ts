/* Ranges: a table's rows and header, single sheet cells, the selection, a PivotTable's area. */
import { Proxy } from "./batch";
import {
  CellValue,
  emptyRow,
  FakeCell,
  FakePivot,
  FakeSheet,
  FakeTable,
  interpretWrittenValue,
  valueOf,
} from "./workbook";

export type Region =
  | { kind: "table"; table: FakeTable; row: number; column: number; rows: number; columns: number } // row -1: header
  | { kind: "cells"; sheet: FakeSheet; address: string }
  | {
      kind: "selection";
      data: CellValue[][];
      rowIndex: number;
      row: number;
      column: number;
      rows: number;
      columns: number;
    }
  | { kind: "pivot"; pivot: FakePivot };

export class RangeProxy extends Proxy<Region> {
  private regionValue(): Region {
    return this.resolved();
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive((r) => offsetRegion(r, row, column, 1, 1), { getCell: [row, column] });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive((r) => resizeRegion(r, deltaRows, deltaColumns), { getResizedRange: [deltaRows, deltaColumns] });
  }

  getRow(row: number): RangeProxy {
    return this.derive(
      (r) => {
        const area = requireArea(r);
        return offsetRegion(area, row, 0, 1, area.columns);
      },
      { getRow: [row] },
    );
  }

  getLastRow(): RangeProxy {
    return this.derive(
      (r) => {
        const region = requireArea(r);
        return { ...region, row: region.row + region.rows - 1, rows: 1 };
      },
      { getLastRow: [] },
    );
  }

  private derive(make: (region: Region) => Region, payload: unknown): RangeProxy {
    return new RangeProxy(this.batch, () => make(this.regionValue()), payload);
  }

  set values(values: unknown[][]) {
    this.batch.queue({ values }, () => writeRegion(this.regionValue(), values, "values"));
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }

  set numberFormat(formats: unknown[][]) {
    this.batch.queue({ numberFormat: formats }, () => writeRegion(this.regionValue(), formats, "numberFormat"));
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }

  /** As Excel does: a text starting with = becomes a formula, anything else a constant. */
  set formulas(formulas: unknown[][]) {
    this.batch.queue({ formulas }, () => writeRegion(this.regionValue(), formulas, "values"));
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }

  delete(shift: string): void {
    this.batch.queue({ delete: shift }, () => deleteRegion(this.regionValue(), shift));
  }

  protected readProperty(name: string): unknown {
    if (name === "isNullObject") return this.target === null;
    return readRegion(this.regionValue(), name);
  }
}

function requireArea(region: Region): Extract<Region, { kind: "table" | "selection" }> {
  if (region.kind !== "table" && region.kind !== "selection")
    throw new Error(`Unsupported range operation on ${region.kind}`);
  return region;
}

function offsetRegion(region: Region, row: number, column: number, rows: number, columns: number): Region {
  const area = requireArea(region);
  return { ...area, row: area.row + row, column: area.column + column, rows, columns };
}

function resizeRegion(region: Region, deltaRows: number, deltaColumns: number): Region {
  const area = requireArea(region);
  if (area.rows + deltaRows < 1 || area.columns + deltaColumns < 1)
    throw new Error("InvalidArgument: resize below one cell");
  return { ...area, rows: area.rows + deltaRows, columns: area.columns + deltaColumns };
}

function tableRowCells(table: FakeTable, row: number): FakeCell[] {
  if (row === -1) return table.header.map((name) => ({ value: name, numberFormat: "General" }));
  const cells = table.body[row];
  if (!cells) throw new Error(`InvalidArgument: row ${row} is outside the table body (${table.body.length} rows).`);
  return cells;
}

/** Sheet row (0-based) of a table's header: tables in the fake start at A1. */
const TABLE_HEADER_SHEET_ROW = 0;

export function readRegion(region: Region, name: string): unknown {
  if (region.kind === "selection") return readSelection(region, name);
  if (region.kind !== "table") throw new Error(`Cannot read ${name} of ${region.kind}`);
  if (name === "rowCount") return region.rows;
  if (name === "columnCount") return region.columns;
  if (name === "rowIndex") return TABLE_HEADER_SHEET_ROW + 1 + region.row;
  const out: unknown[][] = [];
  for (let r = region.row; r < region.row + region.rows; r++) {
    // Below a table the sheet is empty: a range may reach there, as in Excel, and reads blank.
    const cells = r >= region.table.body.length ? emptyRow(region.table.header.length) : tableRowCells(region.table, r);
    const row: unknown[] = [];
    for (let c = region.column; c < region.column + region.columns; c++) {
      const cell = cells[c];
      if (!cell) throw new Error(`InvalidArgument: column ${c} is outside the table.`);
      if (name === "values") row.push(valueOf(cell, region.table, cells));
      else if (name === "formulas") row.push(cell.formula ?? cell.value);
      else if (name === "numberFormat") row.push(cell.numberFormat);
      else throw new Error(`Unsupported property ${name}`);
    }
    out.push(row);
  }
  return out;
}

function readSelection(region: Extract<Region, { kind: "selection" }>, name: string): unknown {
  if (name === "rowCount") return region.rows;
  if (name === "columnCount") return region.columns;
  if (name === "rowIndex") return region.rowIndex + region.row;
  if (name !== "values") throw new Error(`Unsupported selection property ${name}`);
  return region.data
    .slice(region.row, region.row + region.rows)
    .map((row) => row.slice(region.column, region.column + region.columns));
}

function writeRegion(region: Region, data: unknown[][], property: "values" | "numberFormat"): void {
  if (region.kind === "cells") {
    const cell = region.sheet.cells.get(region.address) ?? { value: "", numberFormat: "General" };
    if (property === "values") Object.assign(cell, interpretWrittenValue(data[0][0]));
    else cell.numberFormat = String(data[0][0]);
    region.sheet.cells.set(region.address, cell);
    return;
  }
  if (region.kind !== "table") throw new Error(`Cannot write to ${region.kind}`);
  if (data.length !== region.rows || data.some((row) => row.length !== region.columns)) {
    throw new Error(
      `InvalidArgument: ${data.length}×${data[0]?.length} values for a ${region.rows}×${region.columns} range.`,
    );
  }
  data.forEach((row, i) => {
    const r = region.row + i;
    if (r === -1 && property === "values") {
      row.forEach((value, j) => (region.table.header[region.column + j] = String(value)));
      return;
    }
    const cells = tableRowCells(region.table, r);
    row.forEach((value, j) => {
      const cell = cells[region.column + j];
      if (!cell) throw new Error(`InvalidArgument: column ${region.column + j} is outside the table.`);
      if (property === "numberFormat") cell.numberFormat = String(value);
      else {
        delete cell.formula;
        Object.assign(cell, interpretWrittenValue(value));
      }
    });
  });
}

/** Deleting whole table rows, as Excel does: a table keeps at least one (empty) data row. */
function deleteRegion(region: Region, shift: string): void {
  if (region.kind !== "table" || shift !== "Up") throw new Error("Only table rows are deleted, shifting up.");
  if (region.column !== 0 || region.columns < region.table.header.length)
    throw new Error("Delete whole table rows only.");
  if (region.row < 0 || region.row + region.rows > region.table.body.length)
    throw new Error("InvalidArgument: rows outside the table body.");
  region.table.body.splice(region.row, region.rows);
  if (region.table.body.length === 0) region.table.body.push(emptyRow(region.table.header.length));
}
