/*
 * PivotTables and charts. A PivotTable works from its cache, a copy of the source table taken when
 * it is made and at each refresh (Excel's PivotCache): a column added to the table since is no
 * field of it until it is refreshed. Every change of its layout shows the cache anew. Figures are
 * summed through the domain's own aggregation (aggregateRegistrations), so the fake's figures and
 * the add-in's formulas come from one place; "PercentDifferenceFrom" is shown against a fixed base item.
 */
import { toCalendarDate } from "../../../src/domain/dates/daySerial";
import { aggregateRegistrations, RegistrationRecord, SummaryRow } from "../../../src/domain/registrations";
import { COLUMN } from "../../../src/excel/registrationTableLayout";
import { Batch, Proxy } from "./batch";
import { RangeProxy } from "./ranges";
import { CellValue, FakeChart, FakePivot, FakePivotData, FakeTable, valueOf } from "./workbook";

function notFound(what: string): Error {
  return Object.assign(new Error(`ItemNotFound: ${what}`), { code: "ItemNotFound" });
}

type Axis = "rows" | "columns";

export class PivotProxy extends Proxy<FakePivot> {
  readonly hierarchies = {
    getItem: (name: string) => ({
      name,
      fields: { getItem: (field: string) => new PivotFieldRef(this, field) },
    }),
  };
  readonly rowHierarchies = this.axis("rows");
  readonly columnHierarchies = this.axis("columns");
  readonly dataHierarchies = {
    add: (h: { name: string }) => {
      const data: FakePivotData = { hierarchy: h.name };
      this.edit({ addData: h.name }, (p) => {
        requireField(p, h.name);
        p.data.push(data);
      });
      return dataHierarchyProxy(() => data, this);
    },
    /** By the value field's name, found when the request runs (a rename later in it does not lose it). */
    getItem: (name: string) => {
      let found: FakePivotData | undefined;
      this.batch.queue({ getDataHierarchy: name }, () => {
        found = this.resolved().data.find((d) => (d.name ?? d.hierarchy) === name);
        if (!found) throw notFound(`data hierarchy ${name}`);
      });
      return dataHierarchyProxy(() => found as FakePivotData, this);
    },
    remove: (field: { name?: string }) => {
      const data = DATA_OF.get(field);
      this.edit({ removeData: [] }, (p) => {
        const target = data ? data() : p.data.find((d) => (d.name ?? d.hierarchy) === field.name);
        const index = target ? p.data.indexOf(target) : -1;
        if (index < 0) throw notFound("data hierarchy");
        p.data.splice(index, 1);
      });
    },
    load: (properties: string) => this.loadNames(properties, (p) => p.data.map((d) => d.name ?? d.hierarchy)),
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

  /**
   * A change of layout: Excel shows the PivotTable anew from its cache. One being described before
   * its first refresh is shown by that refresh (the add-in always refreshes what it makes), which
   * spares the fake a pass over the cache per field on a 100,000-row table.
   */
  edit(payload: unknown, apply: (pivot: FakePivot) => void): void {
    this.batch.queue(payload, () => {
      const pivot = this.resolved();
      apply(pivot);
      if (pivot.refreshCount > 0) showPivot(pivot);
    });
  }

  refresh(): void {
    this.batch.queue({ refresh: true }, () => {
      const pivot = this.resolved();
      pivot.cache = snapshotTable(pivot.source);
      showPivot(pivot);
      pivot.refreshCount++;
    });
  }

  private axis(axis: Axis) {
    return {
      add: (h: { name: string }) =>
        this.edit({ [axis === "rows" ? "addRow" : "addColumn"]: h.name }, (p) => {
          requireField(p, h.name);
          p[axis].push(h.name);
        }),
      remove: (h: { name: string }) =>
        this.edit({ removeHierarchy: [axis, h.name] }, (p) => {
          if (!p[axis].includes(h.name)) throw notFound(`hierarchy ${h.name}`);
          p[axis] = p[axis].filter((name) => name !== h.name);
        }),
      load: (properties: string) => this.loadNames(properties, (p) => [...p[axis]]),
    };
  }

  /** A collection loaded as `items/name`: its items by name, as they stand when the request runs. */
  private loadNames(properties: string, names: (pivot: FakePivot) => string[]): { items: { name: string }[] } {
    if (properties !== "items/name") throw new Error(`The fake loads only items/name, not ${properties}.`);
    return loadedItems(this.batch, () => names(this.resolved()));
  }
}

/** The value fields a data hierarchy proxy stands for, so that remove() can find the proxy's own. */
const DATA_OF = new WeakMap<object, () => FakePivotData>();

function loadedItems(batch: Batch, names: () => string[]): { items: { name: string }[] } {
  let items: { name: string }[] | undefined;
  batch.queue({ load: ["items/name"] }, () => {
    items = names().map((name) => ({ name }));
    if (batch.current) batch.current.responseBytes += JSON.stringify(items).length;
  });
  return {
    get items() {
      if (items === undefined) throw new Error("PropertyNotLoaded: items were read before load() and sync().");
      return items;
    },
  };
}

/** A field of a PivotTable's hierarchy: its items are the distinct values of its column in the cache. */
class PivotFieldRef {
  readonly items: {
    load: (properties: string) => { items: { name: string }[] };
    getItem: (name: string) => { field: string; name: string };
  };
  constructor(
    pivot: PivotProxy,
    readonly name: string,
  ) {
    this.items = {
      load: (properties: string) => {
        if (properties !== "name") throw new Error(`The fake loads only the items' name, not ${properties}.`);
        return loadedItems(pivot.batch, () => listItems(pivot.resolved(), name));
      },
      getItem: (item: string) => ({ field: name, name: item }),
    };
  }
}

/** Excel's item names: numbers as text, an empty cell "(blank)"; numbers first, in ascending order. */
function listItems(pivot: FakePivot, field: string): string[] {
  const column = requireField(pivot, field);
  const values = new Set((pivot.cache?.rows ?? []).map((row) => row[column]));
  const sorted = [...values].sort((a, b) =>
    typeof a === "number" && typeof b === "number"
      ? a - b
      : typeof a === "number"
        ? -1
        : typeof b === "number"
          ? 1
          : String(a).localeCompare(String(b)),
  );
  return sorted.map((value) => (value === "" ? "(blank)" : String(value)));
}

function requireField(pivot: FakePivot, name: string): number {
  const index = pivot.cache?.header.indexOf(name) ?? -1;
  if (index < 0) throw notFound(`field ${name} (not in the PivotTable's cache)`);
  return index;
}

interface ShowAsInput {
  calculation: string;
  baseField?: { name: string };
  baseItem?: { field: string; name: string };
}

function dataHierarchyProxy(data: () => FakePivotData, pivot: PivotProxy): Record<string, unknown> {
  const proxy: Record<string, unknown> = {};
  DATA_OF.set(proxy, data);
  for (const key of ["name", "summarizeBy", "numberFormat"] as const) {
    Object.defineProperty(proxy, key, {
      set: (value: unknown) =>
        pivot.edit({ [key]: value }, () => ((data() as unknown as Record<string, unknown>)[key] = value)),
    });
  }
  Object.defineProperty(proxy, "showAs", {
    set: (rule: ShowAsInput) => {
      // Fields and items are stored by name: what the rule says, checked against the cache when it runs.
      const showAs: FakePivotData["showAs"] = { calculation: rule.calculation };
      if (rule.baseField) showAs.baseField = rule.baseField.name;
      if (rule.baseItem) showAs.baseItem = rule.baseItem.name;
      pivot.edit({ showAs }, (p) => {
        if (rule.baseItem && !listItems(p, rule.baseItem.field).includes(rule.baseItem.name))
          throw notFound(`item ${rule.baseItem.name} of ${rule.baseItem.field}`);
        data().showAs = showAs;
      });
    },
  });
  return proxy;
}

/** The source table as the PivotTable's cache holds it: its header and its cells' values. */
export function snapshotTable(table: FakeTable): { header: string[]; rows: CellValue[][] } {
  return {
    header: [...table.header],
    rows: table.body.map((row) => row.map((cell) => valueOf(cell, table, row))),
  };
}

/** A cached row as a registration; a row without a month (a blank row) is not counted. */
function toRecord(header: readonly string[], row: readonly CellValue[], line: number): RegistrationRecord | undefined {
  const cell = (name: string) => (header.indexOf(name) < 0 ? "" : row[header.indexOf(name)]);
  const month = cell(COLUMN.month);
  if (typeof month !== "number") return undefined;
  const { year, month: monthNumber } = toCalendarDate(month);
  const province = cell(COLUMN.province);
  return {
    year,
    month: monthNumber,
    termYears: Number(cell(COLUMN.termYears)),
    principalCents: Math.round(Number(cell(COLUMN.principal)) * 100),
    loans: Number(cell(COLUMN.loans)),
    province: province === "" ? undefined : String(province),
    line,
  };
}

/** Cached rows grouped by the values of the row and column fields, keyed "row|column" (numbers as text). */
function groupRecords(pivot: FakePivot): Map<string, RegistrationRecord[]> {
  const cache = pivot.cache ?? { header: [], rows: [] };
  const columns = [...pivot.rows, ...pivot.columns].map((name) => cache.header.indexOf(name));
  const groups = new Map<string, RegistrationRecord[]>();
  cache.rows.forEach((row, index) => {
    const record = toRecord(cache.header, row, index + 1);
    if (!record) return;
    const key = columns.map((column) => String(row[column])).join("|");
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  });
  return groups;
}

function figureOf(row: SummaryRow, hierarchy: string): number {
  if (hierarchy === COLUMN.principal) return row.principalCents / 100;
  if (hierarchy === COLUMN.loans) return row.loans;
  throw new Error(`The fake does not sum ${hierarchy}.`);
}

/**
 * The calculated column summarised: the rows' own averages (principal / loans, 0 without loans, as
 * the column's formula gives), summed (a new value field's default) or averaged, never principal over loans.
 */
function summariseRowAverages(records: readonly RegistrationRecord[], summarizeBy: string | undefined): number {
  const averages = records.map((record) => (record.loans === 0 ? 0 : record.principalCents / 100 / record.loans));
  const total = averages.reduce((a, b) => a + b, 0);
  return summarizeBy === "Average" ? total / averages.length : total;
}

/**
 * "PercentDifferenceFrom": each figure against the figure of the base item in the same row (or
 * column), as a fraction. The base item's own cells are empty, and so is a cell whose base is
 * missing or zero (Excel shows an error or nothing there): no entry.
 */
function showDifferenceFrom(pivot: FakePivot, sums: Record<string, number>, field: string, item: string) {
  const position = [...pivot.rows, ...pivot.columns].indexOf(field);
  if (position < 0) return {};
  const shown: Record<string, number> = {};
  for (const [key, value] of Object.entries(sums)) {
    const parts = key.split("|");
    if (parts[position] === item) continue;
    parts[position] = item;
    const base = sums[parts.join("|")];
    if (base !== undefined && base !== 0) shown[key] = (value - base) / base;
  }
  return shown;
}

/** The figures the PivotTable shows, from its cache, per value field and "row|column" key. */
function showPivot(pivot: FakePivot): void {
  if (!pivot.cache) return;
  const groups = groupRecords(pivot);
  const totals = new Map([...groups].map(([key, records]) => [key, aggregateRegistrations(records).total]));
  pivot.totals = {};
  for (const data of pivot.data) {
    let sums: Record<string, number> = {};
    for (const [key, records] of groups) {
      sums[key] =
        data.hierarchy === COLUMN.average
          ? summariseRowAverages(records, data.summarizeBy)
          : figureOf(totals.get(key) as SummaryRow, data.hierarchy);
    }
    const showAs = data.showAs;
    if (showAs?.calculation === "PercentDifferenceFrom" && showAs.baseField && showAs.baseItem)
      sums = showDifferenceFrom(pivot, sums, showAs.baseField, showAs.baseItem);
    pivot.totals[data.name ?? data.hierarchy] = sums;
  }
}

export class ChartProxy extends Proxy<FakeChart> {
  readonly title = ((self: ChartProxy) => ({
    set text(text: string) {
      self.batch.queue({ title: text }, () => (self.resolved().title = text));
    },
  }))(this);
  set name(name: string) {
    this.batch.queue({ name }, () => (this.resolved().name = name));
  }
  /** New data in place: the chart itself, and what a user did to it, stays. */
  setData(source: RangeProxy, _seriesBy: string): void {
    this.batch.queue({ setData: [] }, () => {
      const chart = this.resolved();
      const region = source.current;
      chart.sourcePivot = region?.kind === "pivot" ? region.pivot.name : undefined;
      chart.dataUpdates = (chart.dataUpdates ?? 0) + 1;
    });
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
