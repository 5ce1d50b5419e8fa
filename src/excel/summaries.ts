import { SummaryState } from "./excelImportApi";
import { isExcelApiSupported } from "./excelApiSupport";
import { COLUMN, EURO_FORMAT, REGISTRATION_TABLE, SUMMARY_SHEET } from "./registrationTableLayout";
import { lacksHelperColumns, toTableShape } from "./tableShape";
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
  /** Made only on a table with the columns Jaar and Maandnummer (an older table gets them at its next import). */
  readonly needsHelperColumns?: boolean;
}

const PIVOT_PLANS: readonly PivotPlan[] = [
  { name: PIVOT_BY_TERM, place: "A3" },
  { name: PIVOT_BY_MONTH_AND_TERM, place: "A22" },
  { name: PIVOT_CHART_SOURCE, place: "AA3" },
  { name: PIVOT_BY_PROVINCE, place: "AK3", needsProvinces: true },
  { name: PIVOT_BY_YEAR_AND_MONTH, place: "AP3", needsHelperColumns: true },
];

const YEAR_PLAN = PIVOT_PLANS.findIndex((plan) => plan.needsHelperColumns);
const PROVINCE_PLAN = PIVOT_PLANS.findIndex((plan) => plan.needsProvinces);

/** The change against the same month of the base year, as PerJaarEnMaand shows it. */
const PERCENT_FORMAT = "0.0%";
const COMPARISONS: readonly { readonly column: string; readonly label: string }[] = [
  { column: COLUMN.loans, label: "Leningen" },
  { column: COLUMN.principal, label: "Hoofdsom" },
];

/** "Leningen, % t.o.v. 2020": the name says which year every year's column is compared with. */
const COMPARED_WITH = ", % t.o.v. ";

function nameComparison(label: string, baseYear: number): string {
  return `${label}${COMPARED_WITH}${baseYear}`;
}

/** One of the add-in's comparison fields, whichever year it was pointed at. */
function isComparisonOf(name: string, label: string): boolean {
  const prefix = `${label}${COMPARED_WITH}`;
  return name.startsWith(prefix) && /^\d{4}$/.test(name.slice(prefix.length));
}

/**
 * Creates the PivotTables and the chart on `Samenvatting` when missing, and refreshes them:
 * PivotTables never refresh by themselves. A PivotTable that exists is only refreshed, never
 * described again, and the chart gets new data in place, so what a user changed in either stays.
 * One exception: a PerJaarEnMaand made by an earlier version (months on rows, no years) gets the
 * layout with years once. PerJaarEnMaand's comparison is re-pointed at the year before the newest
 * at every refresh (see pointYearComparison). Without ExcelApi 1.8 there are no PivotTables to make.
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
  const header = table.getHeaderRowRange().load("values");
  const provinceCount = pivots[PROVINCE_PLAN].isNullObject ? countProvinceCells(context, table) : undefined;
  const yearLayout = pivots[YEAR_PLAN].isNullObject ? undefined : loadLayout(pivots[YEAR_PLAN]);
  const multiLoanRows = countMultiLoanRows(context, table);
  const provinceData = pivots[PROVINCE_PLAN].isNullObject
    ? undefined
    : pivots[PROVINCE_PLAN].dataHierarchies.load("items/name");
  await context.sync();
  const provinces = provinceCount === undefined ? 0 : Number(provinceCount.value) || 0;
  // Office.js has no calculated fields: the average of the rows' averages is the average per loan
  // only while every row is one loan. With a row of more, it would be a wrong figure: it goes, and
  // comes back once every row is one loan again (an undo, or a re-import of those months per loan).
  const averagePerLoan = Number(multiLoanRows.value) === 0;
  const currentAverage = provinceData?.items.find((field) => field.name === AVERAGE_PER_LOAN);
  if (!averagePerLoan && currentAverage !== undefined) pivots[PROVINCE_PLAN].dataHierarchies.remove(currentAverage);
  if (averagePerLoan && provinceData !== undefined && currentAverage === undefined)
    addAveragePerLoan(pivots[PROVINCE_PLAN]);
  const hasHelperColumns = !lacksHelperColumns(toTableShape(header.values[0] ?? []));

  const target = sheet.isNullObject ? context.workbook.worksheets.add(SUMMARY_SHEET) : sheet;
  let created = 0;
  const ready = PIVOT_PLANS.map((plan, i) => {
    if (!pivots[i].isNullObject) return pivots[i];
    if (plan.needsProvinces && provinces === 0) return undefined;
    if (plan.needsHelperColumns && !hasHelperColumns) return undefined;
    const pivot = target.pivotTables.add(plan.name, table, target.getRange(plan.place));
    describePivot(pivot, plan.name, averagePerLoan);
    created++;
    return pivot;
  });
  if (sheet.isNullObject) {
    target.getRange("A1").values = [["Samenvatting van de tabel Registraties (vernieuwd bij elke import)"]];
  }
  ready.forEach((pivot) => pivot?.refresh());
  const byYear = ready[YEAR_PLAN];
  let comparisons: readonly string[] = [];
  if (byYear && yearLayout) {
    if (hasHelperColumns && !hasYearAxis(yearLayout)) redescribeByYearAndMonth(byYear, yearLayout);
    else comparisons = yearLayout.data.items.map((field) => field.name);
  }
  // Loaded after the refresh, in the same request: the years the table holds now.
  const years = byYear && hasHelperColumns ? loadYearItems(byYear) : undefined;
  const chartSource = ready[PIVOT_PLANS.findIndex((plan) => plan.name === PIVOT_CHART_SOURCE)] as Excel.PivotTable;
  if (sheet.isNullObject || chart.isNullObject) addChart(target, chartSource);
  else chart.setData(chartSource.layout.getRange(), "Columns");
  await context.sync();
  if (byYear && years && pointYearComparison(byYear, years, comparisons)) await context.sync();
  return created > 0 ? "created" : "refreshed";
}

/**
 * Filled cells of the column Provincie, counted by Excel: the column itself never crosses the wire.
 * Asked only while PerProvincie is missing, in the request that reads the table's header. The
 * column is one of the table's own (the import refuses a table without it).
 */
function countProvinceCells(context: Excel.RequestContext, table: Excel.Table): Excel.FunctionResult<number> {
  const count = context.workbook.functions.countA(table.columns.getItem(COLUMN.province).getDataBodyRange());
  count.load("value");
  return count;
}

/** Rows holding more than one loan (aggregated rows, the press release's), counted by Excel. */
function countMultiLoanRows(context: Excel.RequestContext, table: Excel.Table): Excel.FunctionResult<number> {
  const count = context.workbook.functions.countIfs(table.columns.getItem(COLUMN.loans).getDataBodyRange(), ">1");
  count.load("value");
  return count;
}

/** What stands on an existing PerJaarEnMaand's axes and in its values. */
interface PivotLayout {
  readonly rows: Excel.RowColumnPivotHierarchyCollection;
  readonly columns: Excel.RowColumnPivotHierarchyCollection;
  readonly data: Excel.DataPivotHierarchyCollection;
}

function loadLayout(pivot: Excel.PivotTable): PivotLayout {
  return {
    rows: pivot.rowHierarchies.load("items/name"),
    columns: pivot.columnHierarchies.load("items/name"),
    data: pivot.dataHierarchies.load("items/name"),
  };
}

/** Years on an axis (wherever a user moved them): the layout with years. Months on rows only: an earlier version's. */
function hasYearAxis(layout: PivotLayout): boolean {
  return [...layout.rows.items, ...layout.columns.items].some((hierarchy) => hierarchy.name === COLUMN.year);
}

/**
 * An earlier version's PerJaarEnMaand, laid out anew where it stands (its name, place and style
 * stay). Queued after its refresh, which makes the table's new columns known to it; its filters stay.
 */
function redescribeByYearAndMonth(pivot: Excel.PivotTable, layout: PivotLayout): void {
  layout.rows.items.forEach((hierarchy) => pivot.rowHierarchies.remove(hierarchy));
  layout.columns.items.forEach((hierarchy) => pivot.columnHierarchies.remove(hierarchy));
  layout.data.items.forEach((field) => pivot.dataHierarchies.remove(field));
  describeByYearAndMonth(pivot);
}

function yearFieldOf(pivot: Excel.PivotTable): Excel.PivotField {
  return pivot.hierarchies.getItem(COLUMN.year).fields.getItem(COLUMN.year);
}

function loadYearItems(pivot: Excel.PivotTable): Excel.PivotItemCollection {
  return yearFieldOf(pivot).items.load("name");
}

/**
 * The change against the same month a year earlier. Office.js's ShowAsRule takes a fixed baseItem
 * (Excel's "(previous)" item is not in the API), so the comparison fields show the difference from
 * the year before the newest, and are re-pointed when a newer year arrives. Their name says which
 * year that is ("Leningen, % t.o.v. 2020"): the columns of older years compare with it too, not
 * with their own previous year. With one year there is nothing to compare with: the fields are left
 * out, and added when a second year arrives (and taken away again if an undo leaves one year).
 * `existing`: the value fields' names as read before this refresh. Returns whether anything changed.
 */
function pointYearComparison(
  pivot: Excel.PivotTable,
  items: Excel.PivotItemCollection,
  existing: readonly string[],
): boolean {
  const years = items.items
    .map((item) => item.name)
    .filter((name) => /^\d{4}$/.test(name))
    .map(Number)
    .sort((a, b) => a - b);
  const baseYear = years.length >= 2 ? years[years.length - 2] : undefined;
  let changed = false;
  for (const { column, label } of COMPARISONS) {
    const current = existing.find((name) => isComparisonOf(name, label));
    if (baseYear === undefined) {
      if (current !== undefined) pivot.dataHierarchies.remove(pivot.dataHierarchies.getItem(current));
      changed ||= current !== undefined;
      continue;
    }
    const wanted = nameComparison(label, baseYear);
    if (current === wanted) continue;
    const field =
      current === undefined ? addSum(pivot, column, undefined, PERCENT_FORMAT) : pivot.dataHierarchies.getItem(current);
    field.name = wanted;
    const yearField = yearFieldOf(pivot);
    field.showAs = {
      calculation: "PercentDifferenceFrom",
      baseField: yearField,
      baseItem: yearField.items.getItem(String(baseYear)),
    };
    changed = true;
  }
  return changed;
}

/**
 * Lays out a new PivotTable. Called only from refreshSummaries, behind its ExcelApi 1.8 check, by name
 * (a table of functions would hide that check from the requirement-set test).
 */
function describePivot(pivot: Excel.PivotTable, name: string, averagePerLoan: boolean): void {
  if (name === PIVOT_BY_TERM) describeByTerm(pivot);
  else if (name === PIVOT_BY_MONTH_AND_TERM) describeByMonthAndTerm(pivot);
  else if (name === PIVOT_CHART_SOURCE) describeChartSource(pivot);
  else if (name === PIVOT_BY_PROVINCE) describeByProvince(pivot, averagePerLoan);
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
 * Per province: loans, principal and, while every row of the table is one loan (per-loan exports), the
 * average per loan: then the average of the rows' averages is principal divided by loans.
 */
function describeByProvince(pivot: Excel.PivotTable, averagePerLoan: boolean): void {
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(COLUMN.province));
  addSum(pivot, COLUMN.loans, "Leningen ");
  addSum(pivot, COLUMN.principal, "Hoofdsom ", EURO_FORMAT);
  if (averagePerLoan) addAveragePerLoan(pivot);
}

/**
 * The average of the rows' averages, named so the add-in finds it again: one a user removes comes back
 * at the next refresh (as the comparison fields of PerJaarEnMaand do), one renamed is left alone.
 */
function addAveragePerLoan(pivot: Excel.PivotTable): void {
  const average = pivot.dataHierarchies.add(pivot.hierarchies.getItem(COLUMN.average));
  average.summarizeBy = "Average";
  average.name = AVERAGE_PER_LOAN;
  average.numberFormat = EURO_FORMAT;
}

const AVERAGE_PER_LOAN = "Gemiddeld per lening ";

/**
 * Months (Maandnummer) as rows, years (Jaar) as columns, so a month's row holds it in every year:
 * loans and principal. The change against the base year is added by pointYearComparison.
 */
function describeByYearAndMonth(pivot: Excel.PivotTable): void {
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(COLUMN.monthNumber));
  pivot.columnHierarchies.add(pivot.hierarchies.getItem(COLUMN.year));
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
