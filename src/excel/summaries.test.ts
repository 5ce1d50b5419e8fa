import { createFakeWorkbook, FakeWorkbook, runWithFakeExcel } from "../../test/doubles/fakeExcel";
import { installOfficeGlobal, removeOfficeGlobal } from "../../test/doubles/officeGlobal";
import { buildPressReleaseRecords } from "../../test/fixtures/pressReleaseRecords";
import { RegistrationRecord } from "../domain/registrations/registrationRecord";
import { importRegistrations } from "./importRegistrations";
import {
  CHART_NAME,
  PIVOT_BY_MONTH_AND_TERM,
  PIVOT_BY_PROVINCE,
  PIVOT_BY_TERM,
  PIVOT_BY_YEAR_AND_MONTH,
  PIVOT_CHART_SOURCE,
  refreshSummaries,
} from "./summaries";

const asContext = (context: unknown) => context as Excel.RequestContext;

async function importSample(workbook: FakeWorkbook, records = buildPressReleaseRecords()): Promise<void> {
  await runWithFakeExcel(workbook, (context) =>
    importRegistrations(asContext(context), {
      records,
      sourceLabel: "Voorbeeld",
      inputHash: "0",
      issueCount: 0,
    }),
  );
}

function pivot(workbook: FakeWorkbook, name: string) {
  const found = workbook.pivots.find((p) => p.name === name);
  if (!found) throw new Error(`no PivotTable ${name}`);
  return found;
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

beforeEach(() => installOfficeGlobal("1.12"));
afterEach(() => removeOfficeGlobal());

describe("refreshSummaries", () => {
  it("creates the PivotTables on Samenvatting with their rows, columns and values", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    const byMonth = pivot(workbook, PIVOT_BY_MONTH_AND_TERM);
    const byTerm = pivot(workbook, PIVOT_BY_TERM);
    expect(byMonth.sheet.name).toBe("Samenvatting");
    expect([byMonth.rows, byMonth.columns, byMonth.data.map((d) => [d.hierarchy, d.summarizeBy])]).toEqual([
      ["Maand"],
      ["Looptijd (jaar)"],
      [
        ["Hoofdsom (EUR)", "Sum"],
        ["Aantal leningen", "Sum"],
      ],
    ]);
    expect([byTerm.rows, byTerm.columns, byTerm.data.map((d) => [d.hierarchy, d.showAs])]).toEqual([
      ["Looptijd (jaar)"],
      [],
      [
        ["Aantal leningen", undefined],
        ["Aantal leningen", { calculation: "PercentOfGrandTotal" }],
      ],
    ]);
  });

  it("summarises the imported table: 3,393 loans, 1,813 of them five-year loans", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    const byTerm = pivot(workbook, PIVOT_BY_TERM);
    const loansByTerm = byTerm.totals["Aantal leningen "];
    expect(sum(loansByTerm)).toBe(3393);
    expect(loansByTerm["5"]).toBe(1813);
    expect(loansByTerm["8"]).toBe(584);
    const principal = pivot(workbook, PIVOT_BY_MONTH_AND_TERM).totals["Hoofdsom "];
    expect(Math.round(sum(principal) * 100)).toBe(6367994223);
  });

  it("draws one chart of principal per month and term", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)));
    const charts = workbook.sheets.find((s) => s.name === "Samenvatting")?.charts ?? [];
    expect(charts.map((c) => [c.name, c.type, c.sourcePivot])).toEqual([
      [CHART_NAME, "ColumnClustered", PIVOT_CHART_SOURCE],
    ]);
  });

  it("refreshes the PivotTables it made before, without making new ones", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    const state = await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)));
    expect(state).toBe("refreshed");
    expect(workbook.pivots.map((p) => [p.name, p.refreshCount])).toEqual([
      [PIVOT_BY_TERM, 2],
      [PIVOT_BY_MONTH_AND_TERM, 2],
      [PIVOT_CHART_SOURCE, 2],
      [PIVOT_BY_YEAR_AND_MONTH, 2],
    ]);
  });

  it("says PivotTables are unsupported below ExcelApi 1.8", async () => {
    installOfficeGlobal("1.7");
    const workbook = createFakeWorkbook();
    expect(await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)))).toBe("unsupported");
    expect(workbook.requests).toHaveLength(0);
  });

  it("reports a workbook without the table Registraties", async () => {
    await expect(
      runWithFakeExcel(createFakeWorkbook(), (context) => refreshSummaries(asContext(context))),
    ).rejects.toMatchObject({
      code: "no_registration_table",
    });
  });
});

/** One loan per record, as a per-loan export with provinces gives them. */
function buildProvinceLoans(): RegistrationRecord[] {
  const loans: [number, number, number, string][] = [
    [2021, 1, 10_000, "Antwerpen"],
    [2021, 1, 30_000, "Antwerpen"],
    [2021, 2, 50_000, "Limburg"],
    [2022, 1, 20_000, "Antwerpen"],
  ];
  return loans.map(([year, month, euro, province], index) => ({
    year,
    month,
    termYears: 5,
    principalCents: euro * 100,
    loans: 1,
    province,
    line: index + 2,
  }));
}

function summarySheetCharts(workbook: FakeWorkbook) {
  return workbook.sheets.find((s) => s.name === "Samenvatting")?.charts ?? [];
}

describe("refreshSummaries: provinces, years and the chart", () => {
  it("makes PerProvincie only once the table holds provinces: loans, principal and average per province", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    expect(workbook.pivots.map((p) => p.name)).not.toContain(PIVOT_BY_PROVINCE);

    await importSample(workbook, buildProvinceLoans());
    const byProvince = pivot(workbook, PIVOT_BY_PROVINCE);
    expect([byProvince.rows, byProvince.data.map((d) => [d.hierarchy, d.summarizeBy])]).toEqual([
      ["Provincie"],
      [
        ["Aantal leningen", "Sum"],
        ["Hoofdsom (EUR)", "Sum"],
        ["Gemiddeld bedrag (EUR)", "Average"],
      ],
    ]);
    expect(byProvince.totals["Leningen "]).toMatchObject({ Antwerpen: 3, Limburg: 1 });
    expect(byProvince.totals["Hoofdsom "]).toMatchObject({ Antwerpen: 60_000, Limburg: 50_000 });
  });

  it("sums loans and principal per year and month in PerJaarEnMaand", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    const byYearAndMonth = pivot(workbook, PIVOT_BY_YEAR_AND_MONTH);
    expect(byYearAndMonth.rows).toEqual(["Maand"]);
    expect(sum(byYearAndMonth.totals["Leningen "])).toBe(3393);
    expect(Object.keys(byYearAndMonth.totals["Leningen "])).toHaveLength(5);
    expect(Math.round(sum(byYearAndMonth.totals["Hoofdsom "]) * 100)).toBe(6367994223);
  });

  it("adds the new PivotTables to an older workbook and leaves its own PivotTables as they are", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    workbook.pivots = workbook.pivots.filter((p) => p.name !== PIVOT_BY_YEAR_AND_MONTH);
    const before = JSON.stringify(workbook.pivots.map((p) => [p.name, p.rows, p.columns, p.data]));

    expect(await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)))).toBe("created");
    const after = workbook.pivots.filter((p) => p.name !== PIVOT_BY_YEAR_AND_MONTH);
    expect(JSON.stringify(after.map((p) => [p.name, p.rows, p.columns, p.data]))).toBe(before);
    expect(pivot(workbook, PIVOT_BY_YEAR_AND_MONTH).refreshCount).toBe(1);
  });

  it("gives the chart new data in place, so the user's title and position survive every refresh", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    const [chart] = summarySheetCharts(workbook);
    chart.title = "Mijn grafiek";
    chart.position = ["P30", "Z50"];

    await importSample(workbook);
    await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)));
    expect(summarySheetCharts(workbook)).toEqual([
      expect.objectContaining({ name: CHART_NAME, title: "Mijn grafiek", position: ["P30", "Z50"], dataUpdates: 2 }),
    ]);
    expect(summarySheetCharts(workbook)[0]).toBe(chart);
  });

  it("draws the chart again only when a user deleted it", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    const sheet = workbook.sheets.find((s) => s.name === "Samenvatting");
    if (sheet) sheet.charts = [];
    await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)));
    expect(summarySheetCharts(workbook).map((c) => [c.name, c.sourcePivot, c.dataUpdates])).toEqual([
      [CHART_NAME, PIVOT_CHART_SOURCE, undefined],
    ]);
  });
});
