import { createFakeWorkbook, FakeWorkbook, runWithFakeExcel } from "../../test/doubles/fakeExcel";
import { installOfficeGlobal, removeOfficeGlobal } from "../../test/doubles/officeGlobal";
import { buildPressReleaseRecords } from "../../test/fixtures/pressReleaseRecords";
import { importRegistrations } from "./importRegistrations";
import { CHART_NAME, PIVOT_BY_MONTH_AND_TERM, PIVOT_BY_TERM, PIVOT_CHART_SOURCE, refreshSummaries } from "./summaries";

const asContext = (context: unknown) => context as Excel.RequestContext;

async function importSample(workbook: FakeWorkbook): Promise<void> {
  await runWithFakeExcel(workbook, (context) =>
    importRegistrations(asContext(context), {
      records: buildPressReleaseRecords(),
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
