import { SummaryState } from "./excelImportApi";
import { isExcelApiSupported } from "./excelApiSupport";
import { COLUMN, EURO_FORMAT, REGISTRATION_TABLE, SUMMARY_SHEET } from "./registrationTableLayout";
import { WorkbookError } from "./workbookError";

export const PIVOT_BY_MONTH_AND_TERM = "PerMaandEnLooptijd";
export const PIVOT_BY_TERM = "PerLooptijd";
/** Principal only, month by term, without totals: the chart's source, so the chart shows nothing else. */
export const PIVOT_CHART_SOURCE = "GrafiekHoofdsomPerMaand";
export const PIVOT_BY_PROVINCE = "PerProvincie";
export const PIVOT_BY_YEAR_AND_MONTH = "PerJaarEnMaand";
export const CHART_NAME = "HoofdsomPerMaandEnLooptijd";

interface PivotPlan {
  readonly name: string;
  /** Top-left cell: far enough apart that no PivotTable grows into another. */
  readonly place: string;
  /** Made only when the table holds what it summarises. */
  readonly needsProvinces?: boolean;
}

const PIVOT_PLANS: readonly PivotPlan[] = [
  { name: PIVOT_BY_TERM, place: "A3" },
  { name: PIVOT_BY_MONTH_AND_TERM, place: "A22" },
  { name: PIVOT_CHART_SOURCE, place: "AA3" },
  { name: PIVOT_BY_PROVINCE, place: "AK3", needsProvinces: true },
  { name: PIVOT_BY_YEAR_AND_MONTH, place: "AP3" },
];

/**
 * Creates the PivotTables and the chart on `Samenvatting` when missing, and refreshes them:
 * PivotTables never refresh by themselves. A PivotTable that exists is only refreshed, never
 * described again, and the chart gets new data in place, so what a user changed in either stays.
 * Without ExcelApi 1.8 there are no PivotTables to make.
 */
export async function refreshSummaries(context: Excel.RequestContext): Promise<SummaryState> {
  if (!isExcelApiSupported("1.8")) return "unsupported";
  const table = context.workbook.tables.getItemOrNullObject(REGISTRATION_TABLE);
  const sheet = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  const pivots = PIVOT_PLANS.map((plan) => context.workbook.pivotTables.getItemOrNullObject(plan.name));
  const chart = sheet.charts.getItemOrNullObject(CHART_NAME);
  [table, sheet, chart, ...pivots].forEach((item) => item.load("isNullObject"));
  await context.sync();
  if (table.isNullObject) throw new WorkbookError("no_registration_table");
  const provinces = pivots[PIVOT_PLANS.findIndex((plan) => plan.needsProvinces)].isNullObject
    ? await countProvinceCells(context, table)
    : 0;

  const target = sheet.isNullObject ? context.workbook.worksheets.add(SUMMARY_SHEET) : sheet;
  let created = 0;
  const ready = PIVOT_PLANS.map((plan, i) => {
    if (!pivots[i].isNullObject) return pivots[i];
    if (plan.needsProvinces && provinces === 0) return undefined;
    const pivot = target.pivotTables.add(plan.name, table, target.getRange(plan.place));
    describePivot(pivot, plan.name);
    created++;
    return pivot;
  });
  if (sheet.isNullObject) {
    target.getRange("A1").values = [["Samenvatting van de tabel Registraties (vernieuwd bij elke import)"]];
  }
  ready.forEach((pivot) => pivot?.refresh());
  const chartSource = ready[PIVOT_PLANS.findIndex((plan) => plan.name === PIVOT_CHART_SOURCE)] as Excel.PivotTable;
  if (sheet.isNullObject || chart.isNullObject) addChart(target, chartSource);
  else chart.setData(chartSource.layout.getRange(), "Columns");
  await context.sync();
  return created > 0 ? "created" : "refreshed";
}

/**
 * Filled cells of the column Provincie, counted by Excel: the column itself never crosses the wire.
 * One request, made only while PerProvincie is missing. The column is one of the table's own
 * (the import refuses a table without it).
 */
async function countProvinceCells(context: Excel.RequestContext, table: Excel.Table): Promise<number> {
  const count = context.workbook.functions.countA(table.columns.getItem(COLUMN.province).getDataBodyRange());
  count.load("value");
  await context.sync();
  return Number(count.value) || 0;
}

/**
 * Lays out a new PivotTable. Called only from refreshSummaries, behind its ExcelApi 1.8 check, by name
 * (a table of functions would hide that check from the requirement-set test).
 */
function describePivot(pivot: Excel.PivotTable, name: string): void {
  if (name === PIVOT_BY_TERM) describeByTerm(pivot);
  else if (name === PIVOT_BY_MONTH_AND_TERM) describeByMonthAndTerm(pivot);
  else if (name === PIVOT_CHART_SOURCE) describeChartSource(pivot);
  else if (name === PIVOT_BY_PROVINCE) describeByProvince(pivot);
  else describeByYearAndMonth(pivot);
}

function describeByTerm(pivot: Excel.PivotTable): void {
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(COLUMN.termYears));
  addSum(pivot, COLUMN.loans, "Aantal leningen ");
  const share = addSum(pivot, COLUMN.loans, "Aandeel in het totaal", "0.0%");
  share.showAs = { calculation: "PercentOfGrandTotal" };
}

function describeByMonthAndTerm(pivot: Excel.PivotTable): void {
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(COLUMN.month));
  pivot.columnHierarchies.add(pivot.hierarchies.getItem(COLUMN.termYears));
  addSum(pivot, COLUMN.principal, "Hoofdsom ", EURO_FORMAT);
  addSum(pivot, COLUMN.loans, "Leningen ");
}

function describeChartSource(pivot: Excel.PivotTable): void {
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(COLUMN.month));
  pivot.columnHierarchies.add(pivot.hierarchies.getItem(COLUMN.termYears));
  addSum(pivot, COLUMN.principal);
  pivot.layout.showRowGrandTotals = false;
  pivot.layout.showColumnGrandTotals = false;
}

/**
 * Per province: loans, principal and the average per loan. Province rows come from per-loan exports,
 * one loan per row, so the average of the row averages is principal divided by loans.
 */
function describeByProvince(pivot: Excel.PivotTable): void {
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(COLUMN.province));
  addSum(pivot, COLUMN.loans, "Leningen ");
  addSum(pivot, COLUMN.principal, "Hoofdsom ", EURO_FORMAT);
  const average = pivot.dataHierarchies.add(pivot.hierarchies.getItem(COLUMN.average));
  average.summarizeBy = "Average";
  average.name = "Gemiddeld per lening ";
  average.numberFormat = EURO_FORMAT;
}

/**
 * Per year and month (the column Maand holds the first day of each month): loans and principal.
 * The change against the same month a year earlier is not here yet: Office.js's ShowAsRule takes a
 * fixed baseItem (Excel's "(previous)" item is not in the API), so it needs helper columns `Jaar`
 * and `Maandnummer` in the table (months as rows, years as columns, PercentDifferenceFrom the year
 * before the newest, re-pointed at every refresh), which the import must then write in new rows.
 */
function describeByYearAndMonth(pivot: Excel.PivotTable): void {
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(COLUMN.month));
  addSum(pivot, COLUMN.loans, "Leningen ");
  addSum(pivot, COLUMN.principal, "Hoofdsom ", EURO_FORMAT);
}

/** A summed value field. Excel refuses a value field named like a source column: hence "Aantal leningen ". */
function addSum(
  pivot: Excel.PivotTable,
  column: string,
  name?: string,
  numberFormat?: string,
): Excel.DataPivotHierarchy {
  const field = pivot.dataHierarchies.add(pivot.hierarchies.getItem(column));
  field.summarizeBy = "Sum";
  if (name !== undefined) field.name = name;
  if (numberFormat !== undefined) field.numberFormat = numberFormat;
  return field;
}

/** The chart, made once; later refreshes give it new data in place (setData), so its formatting stays. */
function addChart(sheet: Excel.Worksheet, source: Excel.PivotTable): void {
  const chart = sheet.charts.add("ColumnClustered", source.layout.getRange(), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = "Hoofdsom per maand en looptijd";
  chart.setPosition("E3", "N19");
}
