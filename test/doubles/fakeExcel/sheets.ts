/* Worksheets: their tables, PivotTables, charts and single cells. */
import { Proxy } from "./batch";
import { ChartProxy, PivotProxy, snapshotTable } from "./pivots";
import { RangeProxy } from "./ranges";
import { TableProxy } from "./tables";
import { emptyRow, FakeChart, FakePivot, FakeSheet, FakeTable, FakeWorkbook } from "./workbook";

export class SheetProxy extends Proxy<FakeSheet> {
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

  set visibility(visibility: string) {
    this.batch.queue({ visibility }, () => (this.resolved().visibility = visibility));
  }

  activate(): void {
    this.batch.queue({ activate: [] }, () => (this.batch.workbook.activeSheet = this.resolved().name));
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
    cache: snapshotTable(table),
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
