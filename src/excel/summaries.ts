import { SummaryState } from "./excelImportApi";
import { isExcelApiSupported } from "./excelApiSupport";
import { COLUMN, EURO_FORMAT, REGISTRATION_TABLE, SUMMARY_SHEET } from "./registrationTableLayout";
import { WorkbookError } from "./workbookError";

export const PIVOT_BY_MONTH_AND_TERM = "PerMaandEnLooptijd";
export const PIVOT_BY_TERM = "PerLooptijd";
/** Principal only, month by term, without totals: the chart's source, so the chart shows nothing else. */
export const PIVOT_CHART_SOURCE = "GrafiekHoofdsomPerMaand";
export const CHART_NAME = "HoofdsomPerMaandEnLooptijd";

const PIVOT_PLACES: Record<string, string> = {
  [PIVOT_BY_TERM]: "A3",
  [PIVOT_BY_MONTH_AND_TERM]: "A22",
  [PIVOT_CHART_SOURCE]: "AA3",
};

/**
 * Creates the PivotTables and the chart on `Samenvatting` when missing, and refreshes them:
 * PivotTables never refresh by themselves. Without ExcelApi 1.8 there are no PivotTables to make.
 */
export async function refreshSummaries(context: Excel.RequestContext): Promise<SummaryState> {
  if (!isExcelApiSupported("1.8")) return "unsupported";
  const table = context.workbook.tables.getItemOrNullObject(REGISTRATION_TABLE);
  const sheet = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  const pivots = Object.keys(PIVOT_PLACES).map((name) => context.workbook.pivotTables.getItemOrNullObject(name));
  const chart = sheet.charts.getItemOrNullObject(CHART_NAME);
  [table, sheet, chart, ...pivots].forEach((item) => item.load("isNullObject"));
  await context.sync();
  if (table.isNullObject) throw new WorkbookError("no_registration_table");

  const target = sheet.isNullObject ? context.workbook.worksheets.add(SUMMARY_SHEET) : sheet;
  const missing = pivots.filter((pivot) => pivot.isNullObject).length;
  const [byTerm, byMonthAndTerm, chartSource] = Object.keys(PIVOT_PLACES).map((name, i) =>
    pivots[i].isNullObject ? addPivot(target, name, table) : pivots[i],
  );
  if (missing > 0) {
    describeByTerm(byTerm);
    describeByMonthAndTerm(byMonthAndTerm);
    describeChartSource(chartSource);
    target.getRange("A1").values = [["Samenvatting van de tabel Registraties (vernieuwd bij elke import)"]];
  }
  [byTerm, byMonthAndTerm, chartSource].forEach((pivot) => pivot.refresh());
  if (!sheet.isNullObject && !chart.isNullObject) chart.delete();
  addChart(target, chartSource);
  await context.sync();
  return missing > 0 ? "created" : "refreshed";
}

function addPivot(sheet: Excel.Worksheet, name: string, table: Excel.Table): Excel.PivotTable {
  return sheet.pivotTables.add(name, table, sheet.getRange(PIVOT_PLACES[name]));
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

/** A chart on a range does not grow with it, so it is drawn anew over the refreshed PivotTable. */
function addChart(sheet: Excel.Worksheet, source: Excel.PivotTable): void {
  const chart = sheet.charts.add("ColumnClustered", source.layout.getRange(), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = "Hoofdsom per maand en looptijd";
  chart.setPosition("E3", "N19");
}
