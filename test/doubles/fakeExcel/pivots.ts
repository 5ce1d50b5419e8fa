/*
 * PivotTables and charts. A refresh sums the source table through the domain's own aggregation
 * (aggregateRegistrations), so the fake's figures and the add-in's formulas come from one place.
 */
import { toCalendarDate, toDaySerial } from "../../../src/domain/dates/daySerial";
import { aggregateRegistrations, RegistrationRecord, SummaryRow } from "../../../src/domain/registrations";
import { COLUMN } from "../../../src/excel/registrationTableLayout";
import { Batch, Proxy } from "./batch";
import { RangeProxy } from "./ranges";
import { FakeChart, FakePivot, FakePivotData, FakeTable, valueOf } from "./workbook";

export class PivotProxy extends Proxy<FakePivot> {
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

/** The source table's rows as registrations; rows without a month (a blank row) are not counted. */
function readRecords(table: FakeTable): RegistrationRecord[] {
  const column = (name: string) => table.header.indexOf(name);
  const records: RegistrationRecord[] = [];
  table.body.forEach((row, index) => {
    const cell = (name: string) => (column(name) < 0 ? "" : valueOf(row[column(name)], table, row));
    const month = cell(COLUMN.month);
    if (typeof month !== "number") return;
    const { year, month: monthNumber } = toCalendarDate(month);
    const province = cell(COLUMN.province);
    records.push({
      year,
      month: monthNumber,
      termYears: Number(cell(COLUMN.termYears)),
      principalCents: Math.round(Number(cell(COLUMN.principal)) * 100),
      loans: Number(cell(COLUMN.loans)),
      province: province === "" ? undefined : String(province),
      line: index + 1,
    });
  });
  return records;
}

/** The domain summary that a PivotTable with these row and column fields shows, keyed as "row|column". */
function groupRows(records: readonly RegistrationRecord[], fields: readonly string[]): Map<string, SummaryRow> {
  const summary = aggregateRegistrations(records);
  const monthSerial = (row: { year: number; month: number }) => String(toDaySerial(row.year, row.month, 1));
  const grouping = fields.join("|");
  const groups: [string, SummaryRow][] =
    grouping === ""
      ? [["", summary.total]]
      : grouping === COLUMN.termYears
        ? summary.byTerm.map((row) => [String(row.termYears), row])
        : grouping === COLUMN.month
          ? summary.byMonth.map((row) => [monthSerial(row), row])
          : grouping === `${COLUMN.month}|${COLUMN.termYears}`
            ? summary.byMonthTerm.map((row) => [`${monthSerial(row)}|${row.termYears}`, row])
            : grouping === COLUMN.province
              ? summary.byProvince.map((row) => [String(row.province ?? ""), row])
              : [];
  if (grouping !== "" && groups.length === 0 && records.length > 0)
    throw new Error(`The fake does not summarise by ${grouping}.`);
  return new Map(groups);
}

function figureOf(row: SummaryRow, hierarchy: string): number {
  if (hierarchy === COLUMN.principal) return row.principalCents / 100;
  if (hierarchy === COLUMN.loans) return row.loans;
  throw new Error(`The fake does not sum ${hierarchy}.`);
}

/**
 * Excel's Average of the calculated column per province: the mean of the rows' own averages
 * (principal / loans, 0 without loans, as the column's formula gives), not principal over loans.
 */
function averageRowAverages(records: readonly RegistrationRecord[], fields: readonly string[]): Map<string, number> {
  if (fields.join("|") !== COLUMN.province) throw new Error(`The fake averages only by ${COLUMN.province}.`);
  const byProvince = new Map<string, number[]>();
  for (const record of records) {
    const averages = byProvince.get(record.province ?? "") ?? [];
    averages.push(record.loans === 0 ? 0 : record.principalCents / 100 / record.loans);
    byProvince.set(record.province ?? "", averages);
  }
  return new Map([...byProvince].map(([key, all]) => [key, all.reduce((a, b) => a + b, 0) / all.length]));
}

function refreshPivot(pivot: FakePivot): void {
  const records = readRecords(pivot.source);
  const fields = [...pivot.rows, ...pivot.columns];
  const groups = groupRows(records, fields);
  pivot.totals = {};
  for (const data of pivot.data) {
    const sums: Record<string, number> = {};
    if (data.hierarchy === COLUMN.average && data.summarizeBy === "Average") {
      for (const [key, average] of averageRowAverages(records, fields)) sums[key] = average;
    } else {
      for (const [key, row] of groups) sums[key] = figureOf(row, data.hierarchy);
    }
    pivot.totals[data.name ?? data.hierarchy] = sums;
  }
  pivot.refreshCount++;
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
