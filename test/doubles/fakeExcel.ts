/*
 * An in-memory Excel workbook behind an Office.js-shaped request context, for the tests, the
 * benchmark and the task pane's browser double. It keeps Office.js's batching semantics: calls
 * queue commands; `context.sync()` runs them in order as one request; loaded properties can be read
 * only after that sync. Every request is recorded (commands, bytes), and a test can make the n-th
 * request fail, as Excel does when a connection drops or a limit is hit.
 *
 * Only the part of the API the add-in uses is modelled, and strictly: writing outside a table's rows,
 * reading an unloaded property or using a deleted object throws.
 */

export type CellValue = string | number | boolean;

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat: string;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  header: string[];
  body: FakeCell[][];
  style?: string;
}

export interface FakePivotData {
  hierarchy: string;
  name?: string;
  summarizeBy?: string;
  showAs?: unknown;
  numberFormat?: string;
}

export interface FakePivot {
  name: string;
  sheet: FakeSheet;
  source: FakeTable;
  anchor: string;
  rows: string[];
  columns: string[];
  data: FakePivotData[];
  showRowGrandTotals: boolean;
  showColumnGrandTotals: boolean;
  refreshCount: number;
  /** Sums per data hierarchy, per "row|column" key, as of the last refresh. */
  totals: Record<string, Record<string, number>>;
}

export interface FakeChart {
  name: string;
  type: string;
  sourcePivot?: string;
  title?: string;
  position?: [string, string];
  /** How often setData gave the chart new data (summaries support, see the end). */
  dataUpdates?: number;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  charts: FakeChart[];
}

export interface RecordedRequest {
  commands: number;
  bytes: number;
  /** Size of what the request loads and Excel sends back. */
  responseBytes: number;
  suspendedCalculation: boolean;
  failed: boolean;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  tables: FakeTable[];
  pivots: FakePivot[];
  selection: CellValue[][];
  /** 0-based sheet row of the selection's first row. */
  selectionRowIndex?: number;
  requests: RecordedRequest[];
  /** 1-based number of the request to fail; undefined: none fails. */
  failAtRequest?: number;
  /** How it fails: before any of its commands ran, or after the first half of them ran. */
  failMode?: "before" | "midway";
  /** The sheet last activated through the API (summaries support, see the end). */
  activeSheet?: string;
}

export function createFakeWorkbook(): FakeWorkbook {
  return { sheets: [], tables: [], pivots: [], selection: [], requests: [] };
}

/** The data rows of a table as plain values, for assertions. */
export function readTableValues(workbook: FakeWorkbook, name: string): CellValue[][] | undefined {
  const table = workbook.tables.find((t) => t.name === name);
  return table?.body.map((row) => row.map((cell) => valueOf(cell, table, row)));
}

/* ---------------------------------------------------------------- commands and proxies */

type Command = { run: () => void; payload: unknown };

class Batch {
  commands: Command[] = [];
  suspended = false;
  current?: RecordedRequest;
  constructor(readonly workbook: FakeWorkbook) {}

  queue(payload: unknown, run: () => void): void {
    this.commands.push({ payload, run });
  }

  get pending(): boolean {
    return this.commands.length > 0;
  }

  async sync(): Promise<void> {
    const commands = this.commands;
    const record: RecordedRequest = {
      commands: commands.length,
      bytes: commands.reduce((sum, c) => sum + (JSON.stringify(c.payload)?.length ?? 0), 0),
      responseBytes: 0,
      suspendedCalculation: this.suspended,
      failed: false,
    };
    this.commands = [];
    this.suspended = false;
    this.workbook.requests.push(record);
    if (this.workbook.failAtRequest === this.workbook.requests.length) {
      record.failed = true;
      if (this.workbook.failMode === "midway")
        commands.slice(0, Math.floor(commands.length / 2)).forEach((c) => c.run());
      throw Object.assign(new Error("The request failed (fake Excel)."), { code: "GeneralException" });
    }
    this.current = record;
    for (const command of commands) command.run();
  }
}

class NotLoadedError extends Error {
  constructor(property: string) {
    super(`PropertyNotLoaded: ${property} was read before load() and sync().`);
  }
}

/** Shared base: a proxy whose target is found when its creating command runs. */
class Proxy<T> {
  protected target: T | null | undefined = undefined; // undefined: not resolved yet
  private loaded = new Map<string, unknown>();
  constructor(
    readonly batch: Batch,
    resolve: () => T | null,
    payload: unknown,
  ) {
    batch.queue(payload, () => {
      this.target = resolve();
    });
  }

  resolved(): T {
    if (this.target === undefined) throw new Error("The object is used before its request ran.");
    if (this.target === null) throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
    return this.target;
  }

  /** The target, for commands queued after this proxy's own (they run later, in order). */
  get current(): T | null | undefined {
    return this.target;
  }

  load(properties?: string): this {
    const names = (properties ?? "isNullObject").split(",").map((p) => p.trim());
    this.batch.queue({ load: names }, () => {
      for (const name of names) {
        const value = this.readProperty(name);
        this.loaded.set(name, value);
        if (this.batch.current) this.batch.current.responseBytes += JSON.stringify(value)?.length ?? 0;
      }
    });
    return this;
  }

  protected readProperty(name: string): unknown {
    if (name === "isNullObject") return this.target === null;
    return (this.resolved() as unknown as Record<string, unknown>)[name];
  }

  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw new NotLoadedError(name);
    return this.loaded.get(name) as V;
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>("isNullObject");
  }
}

/* ---------------------------------------------------------------- ranges */

type Region =
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

class RangeProxy extends Proxy<Region> {
  private regionValue(): Region {
    return this.resolved();
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive((r) => offsetRegion(r, row, column, 1, 1), { getCell: [row, column] });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive((r) => resizeRegion(r, deltaRows, deltaColumns), { getResizedRange: [deltaRows, deltaColumns] });
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

function readRegion(region: Region, name: string): unknown {
  if (region.kind === "selection") return readSelection(region, name);
  if (region.kind !== "table") throw new Error(`Cannot read ${name} of ${region.kind}`);
  if (name === "rowCount") return region.rows;
  if (name === "columnCount") return region.columns;
  const out: unknown[][] = [];
  for (let r = region.row; r < region.row + region.rows; r++) {
    const cells = tableRowCells(region.table, r);
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

/** What Excel does with a value written through `range.values`: as if the user typed it. */
export function interpretWrittenValue(input: unknown): { value: CellValue; formula?: string } {
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (input === null || input === undefined) return { value: "" };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  if (/^[=+\-@]/.test(text)) return { value: "", formula: text.startsWith("=") ? text : `=${text.slice(1)}` };
  return { value: text };
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

function deleteRegion(region: Region, shift: string): void {
  if (region.kind !== "table" || shift !== "Up") throw new Error("Only table rows are deleted, shifting up.");
  if (region.column !== 0 || region.columns < region.table.header.length)
    throw new Error("Delete whole table rows only.");
  region.table.body.splice(region.row, region.rows);
  if (region.table.body.length === 0) region.table.body.push(emptyRow(region.table.header.length));
}

function emptyRow(width: number): FakeCell[] {
  return Array.from({ length: width }, () => ({ value: "", numberFormat: "General" }));
}

/** The value Excel shows: our calculated column is evaluated, other formulas are not modelled. */
function valueOf(cell: FakeCell, table: FakeTable, row: FakeCell[]): CellValue {
  if (cell.formula === undefined) return cell.value;
  const match = /^=IFERROR\(\[@\[(.+?)\]\]\/\[@\[(.+?)\]\],0\)$/.exec(cell.formula);
  if (!match) return 0;
  const numerator = Number(row[table.header.indexOf(match[1])]?.value);
  const denominator = Number(row[table.header.indexOf(match[2])]?.value);
  return denominator ? numerator / denominator : 0;
}

/* ---------------------------------------------------------------- tables, sheets, pivots, charts */

class TableProxy extends Proxy<FakeTable> {
  readonly rows = {
    add: (index: number | undefined | null, values: unknown[][]) => {
      this.batch.queue({ rowsAdd: [index ?? null, values] }, () => {
        const table = this.resolved();
        for (const row of values) {
          if (row.length !== table.header.length) throw new Error("InvalidArgument: row width differs from the table.");
          const formats = table.body[table.body.length - 1]?.map((c) => c.numberFormat) ?? [];
          table.body.push(
            row.map((value, j) => ({ ...interpretWrittenValue(value), numberFormat: formats[j] ?? "General" })),
          );
        }
      });
    },
  };

  set name(name: string) {
    this.batch.queue({ name }, () => (this.resolved().name = name));
  }
  set style(style: string) {
    this.batch.queue({ style }, () => (this.resolved().style = style));
  }

  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(
      this.batch,
      () => ({
        kind: "table",
        table: this.resolved(),
        row: -1,
        column: 0,
        rows: 1,
        columns: this.resolved().header.length,
      }),
      { getHeaderRowRange: [] },
    );
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(
      this.batch,
      () => ({
        kind: "table",
        table: this.resolved(),
        row: 0,
        column: 0,
        rows: this.resolved().body.length,
        columns: this.resolved().header.length,
      }),
      { getDataBodyRange: [] },
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

class PivotProxy extends Proxy<FakePivot> {
  readonly hierarchies = { getItem: (name: string) => ({ name }) };
  readonly rowHierarchies = { add: (h: { name: string }) => this.edit({ addRow: h.name }, (p) => p.rows.push(h.name)) };
  readonly columnHierarchies = {
    add: (h: { name: string }) => this.edit({ addColumn: h.name }, (p) => p.columns.push(h.name)),
  };
  readonly dataHierarchies = {
    add: (h: { name: string }) => {
      const data: FakePivotData = { hierarchy: h.name };
      this.edit({ addData: h.name }, (p) => p.data.push(data));
      return dataHierarchyProxy(this.batch, data);
    },
  };
  readonly layout = ((self: PivotProxy) => ({
    getRange: () =>
      new RangeProxy(self.batch, () => ({ kind: "pivot", pivot: self.resolved() }), { layoutGetRange: [] }),
    set showRowGrandTotals(show: boolean) {
      self.edit({ showRowGrandTotals: show }, (p) => (p.showRowGrandTotals = show));
    },
    set showColumnGrandTotals(show: boolean) {
      self.edit({ showColumnGrandTotals: show }, (p) => (p.showColumnGrandTotals = show));
    },
  }))(this);

  edit(payload: unknown, apply: (pivot: FakePivot) => void): void {
    this.batch.queue(payload, () => apply(this.resolved()));
  }

  refresh(): void {
    this.edit({ refresh: true }, (pivot) => refreshPivot(pivot));
  }
}

function dataHierarchyProxy(batch: Batch, data: FakePivotData): Record<string, unknown> {
  const proxy: Record<string, unknown> = {};
  for (const key of ["name", "summarizeBy", "showAs", "numberFormat"] as const) {
    Object.defineProperty(proxy, key, {
      set: (value: unknown) =>
        batch.queue({ [key]: value }, () => ((data as unknown as Record<string, unknown>)[key] = value)),
    });
  }
  return proxy;
}

function refreshPivot(pivot: FakePivot): void {
  const table = pivot.source;
  const column = (name: string) => table.header.indexOf(name);
  pivot.totals = {};
  for (const row of table.body) {
    const key = [...pivot.rows, ...pivot.columns]
      .map((name) => String(valueOf(row[column(name)], table, row)))
      .join("|");
    for (const data of pivot.data) {
      const label = data.name ?? data.hierarchy;
      const sums = (pivot.totals[label] ??= {});
      sums[key] = (sums[key] ?? 0) + Number(valueOf(row[column(data.hierarchy)], table, row) || 0);
    }
  }
  pivot.refreshCount++;
}

class ChartProxy extends Proxy<FakeChart> {
  readonly title = ((self: ChartProxy) => ({
    set text(text: string) {
      self.batch.queue({ title: text }, () => (self.resolved().title = text));
    },
  }))(this);
  set name(name: string) {
    this.batch.queue({ name }, () => (this.resolved().name = name));
  }
  setPosition(start: string, end: string): void {
    this.batch.queue({ setPosition: [start, end] }, () => (this.resolved().position = [start, end]));
  }
  delete(): void {
    this.batch.queue({ delete: "chart" }, () => {
      const chart = this.resolved();
      for (const sheet of this.batch.workbook.sheets) sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

class SheetProxy extends Proxy<FakeSheet> {
  readonly tables = {
    add: (address: string, hasHeaders: boolean) =>
      new TableProxy(this.batch, () => addTable(this.batch.workbook, this.resolved(), address, hasHeaders), {
        tablesAdd: [address, hasHeaders],
      }),
  };
  readonly pivotTables = {
    add: (name: string, source: TableProxy, destination: RangeProxy) =>
      new PivotProxy(this.batch, () => addPivot(this.batch.workbook, this.resolved(), name, source, destination), {
        pivotAdd: name,
      }),
  };
  readonly charts = {
    getItemOrNullObject: (name: string) =>
      new ChartProxy(
        this.batch,
        () => (this.target ? (this.resolved().charts.find((c) => c.name === name) ?? null) : null),
        { getChart: name },
      ),
    add: (type: string, source: RangeProxy, _seriesBy: string) =>
      new ChartProxy(this.batch, () => addChart(this.resolved(), type, source), { chartsAdd: type }),
  };

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.batch, () => ({ kind: "cells", sheet: this.resolved(), address }), {
      getRange: address,
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.batch,
      () => {
        const sheet = this.resolved();
        const used = sheet.cells.size > 0 || this.batch.workbook.tables.some((t) => t.sheet === sheet);
        return used ? { kind: "cells", sheet, address: "A1" } : null;
      },
      { getUsedRange: [] },
    );
  }

  delete(): void {
    this.batch.queue({ delete: "sheet" }, () => {
      const sheet = this.resolved();
      const workbook = this.batch.workbook;
      workbook.sheets = workbook.sheets.filter((s) => s !== sheet);
      workbook.tables = workbook.tables.filter((t) => t.sheet !== sheet);
      workbook.pivots = workbook.pivots.filter((p) => p.sheet !== sheet);
    });
  }
}

function addTable(workbook: FakeWorkbook, sheet: FakeSheet, address: string, hasHeaders: boolean): FakeTable {
  const match = /^A1:([A-Z])1$/.exec(address);
  if (!match || !hasHeaders) throw new Error(`The fake adds tables only as A1:X1 with headers, not ${address}.`);
  const width = match[1].charCodeAt(0) - 64;
  const table: FakeTable = {
    name: `Table${workbook.tables.length + 1}`,
    sheet,
    header: Array.from({ length: width }, (_, i) => `Column${i + 1}`),
    body: [emptyRow(width)],
  };
  workbook.tables.push(table);
  return table;
}

function addPivot(
  workbook: FakeWorkbook,
  sheet: FakeSheet,
  name: string,
  source: TableProxy,
  destination: RangeProxy,
): FakePivot {
  if (workbook.pivots.some((p) => p.name === name)) throw new Error(`InvalidArgument: a PivotTable ${name} exists.`);
  const table = source.current;
  const place = destination.current;
  if (!table || !place || place.kind !== "cells") throw new Error("InvalidArgument: pivot source or destination.");
  const pivot: FakePivot = {
    name,
    sheet,
    source: table,
    anchor: place.address,
    rows: [],
    columns: [],
    data: [],
    showRowGrandTotals: true,
    showColumnGrandTotals: true,
    refreshCount: 0,
    totals: {},
  };
  workbook.pivots.push(pivot);
  return pivot;
}

function addChart(sheet: FakeSheet, type: string, source: RangeProxy): FakeChart {
  const region = source.current;
  const chart: FakeChart = {
    name: `Chart ${sheet.charts.length + 1}`,
    type,
    sourcePivot: region?.kind === "pivot" ? region.pivot.name : undefined,
  };
  sheet.charts.push(chart);
  return chart;
}

/* ---------------------------------------------------------------- the context */

export interface FakeRequestContext {
  workbook: unknown;
  application: { suspendApiCalculationUntilNextSync(): void };
  sync(): Promise<void>;
  /** Sends what is queued, if anything: what Excel.run does when its function returns. */
  flush(): Promise<void>;
}

export function createRequestContext(workbook: FakeWorkbook): FakeRequestContext {
  const batch = new Batch(workbook);
  const findSheet = (name: string) => workbook.sheets.find((s) => s.name === name) ?? null;
  return {
    application: {
      suspendApiCalculationUntilNextSync: () => {
        batch.suspended = true;
      },
    },
    sync: () => batch.sync(),
    flush: () => (batch.pending ? batch.sync() : Promise.resolve()),
    workbook: {
      functions: createFakeFunctions(batch), // see "summaries support" at the end
      tables: {
        getItemOrNullObject: (name: string) =>
          new TableProxy(batch, () => workbook.tables.find((t) => t.name === name) ?? null, { getTable: name }),
      },
      worksheets: {
        getItemOrNullObject: (name: string) => new SheetProxy(batch, () => findSheet(name), { getSheet: name }),
        add: (name: string) =>
          new SheetProxy(
            batch,
            () => {
              if (findSheet(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
              const sheet: FakeSheet = { name, cells: new Map(), charts: [] };
              workbook.sheets.push(sheet);
              return sheet;
            },
            { addSheet: name },
          ),
      },
      pivotTables: {
        getItemOrNullObject: (name: string) =>
          new PivotProxy(batch, () => workbook.pivots.find((p) => p.name === name) ?? null, { getPivot: name }),
      },
      getSelectedRange: () =>
        new RangeProxy(
          batch,
          () => ({
            kind: "selection",
            rowIndex: workbook.selectionRowIndex ?? 0,
            data: workbook.selection,
            row: 0,
            column: 0,
            rows: workbook.selection.length,
            columns: workbook.selection[0]?.length ?? 0,
          }),
          { getSelectedRange: [] },
        ),
    },
  };
}

/** `Excel.run` over the fake: runs the batch function, then sends what it left queued. */
export async function runWithFakeExcel<T>(
  workbook: FakeWorkbook,
  batch: (context: FakeRequestContext) => Promise<T>,
): Promise<T> {
  const context = createRequestContext(workbook);
  const result = await batch(context);
  await context.flush();
  return result;
}

/* ---------------------------------------------------------------- summaries support (issue 11)
 * What the summaries and the pane's workbook card need beyond the import: a table column by name and
 * a new last column (the import log's added column), Excel's COUNTA over a range (to know whether the
 * table holds provinces without reading the column), a chart's setData (the chart is given new data
 * in place, never drawn anew) and a sheet's activate (the pane's jump to Samenvatting, recorded in
 * `workbook.activeSheet`). Kept in one block so it moves as one.
 */

Object.defineProperty(TableProxy.prototype, "columns", {
  get(this: TableProxy) {
    return {
      getItem: (name: string) => new TableColumnProxy(this, name, true),
      getItemOrNullObject: (name: string) => new TableColumnProxy(this, name, false),
      /** A new last column: its cells in the existing rows are empty. */
      add: (_index: number | undefined, _values: unknown, name: string) => {
        this.batch.queue({ columnsAdd: name }, () => {
          const table = this.resolved();
          table.header.push(name);
          for (const row of table.body) row.push({ value: "", numberFormat: "General" });
        });
      },
    };
  },
});

class TableColumnProxy extends Proxy<{ table: FakeTable; index: number }> {
  constructor(owner: TableProxy, name: string, required: boolean) {
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

function createFakeFunctions(batch: Batch): { countA(range: RangeProxy): { load(): void; value: number } } {
  return {
    countA: (range: RangeProxy) => {
      const result = { value: Number.NaN, load: () => undefined };
      batch.queue({ countA: [] }, () => {
        const cells = readRegion(range.resolved(), "values") as unknown[][];
        result.value = cells.flat().filter((value) => value !== "" && value !== null).length;
      });
      return result;
    },
  };
}

Object.defineProperty(ChartProxy.prototype, "setData", {
  value(this: ChartProxy, source: RangeProxy, _seriesBy: string) {
    this.batch.queue({ setData: [] }, () => {
      const chart = this.resolved();
      const region = source.current;
      chart.sourcePivot = region?.kind === "pivot" ? region.pivot.name : undefined;
      chart.dataUpdates = (chart.dataUpdates ?? 0) + 1;
    });
  },
});

Object.defineProperty(SheetProxy.prototype, "activate", {
  value(this: SheetProxy) {
    this.batch.queue({ activate: [] }, () => (this.batch.workbook.activeSheet = this.resolved().name));
  },
});
