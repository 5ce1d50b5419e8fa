import { createFakeWorkbook, FakeWorkbook, runWithFakeExcel } from "../../test/doubles/fakeExcel";
import { installOfficeGlobal, removeOfficeGlobal } from "../../test/doubles/officeGlobal";
import { buildPressReleaseRecords } from "../../test/fixtures/pressReleaseRecords";
import { RegistrationRecord } from "../domain/registrations/registrationRecord";
import { buildEarlierVersionWorkbook } from "../../test/fixtures/earlierVersionWorkbook";
import { editCell } from "../../test/doubles/fakeExcel";
import { importRegistrations } from "./importRegistrations";
import { undoLastImport } from "./undoLastImport";
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
    await importSample(workbook, [
      { year: 2021, month: 1, termYears: 5, principalCents: 10_000_00, loans: 1, line: 2 },
    ]);
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
    expect(byProvince.totals["Gemiddeld per lening "]).toMatchObject({ Antwerpen: 20_000, Limburg: 50_000 });
  });

  it("leaves the average per loan out of PerProvincie while a row holds more than one loan", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    await importSample(workbook, buildProvinceLoans());
    const byProvince = pivot(workbook, PIVOT_BY_PROVINCE);
    expect(byProvince.data.map((d) => d.name ?? d.hierarchy)).toEqual(["Leningen ", "Hoofdsom "]);
  });

  it("takes the average per loan out of an existing PerProvincie once a row holds more than one loan", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook, buildProvinceLoans());
    expect(pivot(workbook, PIVOT_BY_PROVINCE).data).toHaveLength(3);
    await importSample(workbook, [{ ...buildProvinceLoans()[0], month: 6, loans: 4, principalCents: 100_000_00 }]);
    expect(pivot(workbook, PIVOT_BY_PROVINCE).data.map((d) => d.name ?? d.hierarchy)).toEqual([
      "Leningen ",
      "Hoofdsom ",
    ]);
  });

  it.each([
    [
      "when an undo takes away the rows of several loans",
      async (workbook: FakeWorkbook) => {
        await importSample(workbook);
        expect(pivot(workbook, PIVOT_BY_PROVINCE).data).toHaveLength(2);
        await runWithFakeExcel(workbook, (context) => undoLastImport(asContext(context)));
      },
    ],
    [
      "at a refresh after the user removed it",
      async (workbook: FakeWorkbook) => {
        pivot(workbook, PIVOT_BY_PROVINCE).data.pop();
        await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)));
      },
    ],
  ])("puts the average per loan back into PerProvincie while every row is one loan: %s", async (_case, act) => {
    const workbook = createFakeWorkbook();
    await importSample(workbook, buildProvinceLoans());
    await act(workbook);
    const byProvince = pivot(workbook, PIVOT_BY_PROVINCE);
    expect(byProvince.data.map((d) => [d.name, d.hierarchy, d.summarizeBy, d.numberFormat])).toEqual([
      ["Leningen ", "Aantal leningen", "Sum", undefined],
      ["Hoofdsom ", "Hoofdsom (EUR)", "Sum", "#,##0.00 [$€-813]"],
      ["Gemiddeld per lening ", "Gemiddeld bedrag (EUR)", "Average", "#,##0.00 [$€-813]"],
    ]);
    expect(byProvince.totals["Gemiddeld per lening "]).toMatchObject({ Antwerpen: 20_000, Limburg: 50_000 });
    // Found again by its name: the next refresh adds no second one.
    await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)));
    expect(byProvince.data).toHaveLength(3);
  });

  it("lays out PerJaarEnMaand with months as rows and years as columns, without a comparison for one year", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    const byYearAndMonth = pivot(workbook, PIVOT_BY_YEAR_AND_MONTH);
    expect([byYearAndMonth.rows, byYearAndMonth.columns, byYearAndMonth.data.map((d) => d.name)]).toEqual([
      ["Maandnummer"],
      ["Jaar"],
      ["Leningen ", "Hoofdsom "],
    ]);
    expect(Object.keys(byYearAndMonth.totals["Leningen "])).toEqual(["1|2021", "2|2021", "3|2021", "4|2021", "5|2021"]);
    expect(sum(byYearAndMonth.totals["Leningen "])).toBe(3393);
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

/** Loans and principal (in euro) per year and month, one row each. */
function buildMonths(months: readonly [number, number, number, number][]): RegistrationRecord[] {
  return months.map(([year, month, loans, euro], index) => ({
    year,
    month,
    termYears: 5,
    principalCents: euro * 100,
    loans,
    line: index + 2,
  }));
}

const YEARS_2020_2021 = buildMonths([
  [2020, 3, 200, 4_000_000],
  [2020, 4, 100, 2_000_000],
  [2021, 3, 250, 4_500_000],
  [2021, 4, 80, 1_800_000],
]);
const MARCH_2022 = buildMonths([[2022, 3, 300, 6_000_000]]);

const comparisonOf = (workbook: FakeWorkbook) =>
  pivot(workbook, PIVOT_BY_YEAR_AND_MONTH).data.map((d) => [d.hierarchy, d.name, d.showAs, d.numberFormat]);

describe("refreshSummaries: the change against the same month a year earlier", () => {
  it("shows each month's change against the same month of the year before the newest", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook, YEARS_2020_2021);
    const showAs = { calculation: "PercentDifferenceFrom", baseField: "Jaar", baseItem: "2020" };
    expect(comparisonOf(workbook)).toEqual([
      ["Aantal leningen", "Leningen ", undefined, undefined],
      ["Hoofdsom (EUR)", "Hoofdsom ", undefined, "#,##0.00 [$€-813]"],
      ["Aantal leningen", "Leningen, % t.o.v. 2020", showAs, "0.0%"],
      ["Hoofdsom (EUR)", "Hoofdsom, % t.o.v. 2020", showAs, "0.0%"],
    ]);
    const totals = pivot(workbook, PIVOT_BY_YEAR_AND_MONTH).totals;
    expect(totals["Leningen, % t.o.v. 2020"]).toEqual({ "3|2021": (250 - 200) / 200, "4|2021": (80 - 100) / 100 });
    expect(totals["Hoofdsom, % t.o.v. 2020"]).toEqual({
      "3|2021": (4_500_000 - 4_000_000) / 4_000_000,
      "4|2021": (1_800_000 - 2_000_000) / 2_000_000,
    });
  });

  it("re-points the comparison at 2021 when 2022 arrives, and says so in the names", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook, YEARS_2020_2021);
    await importSample(workbook, MARCH_2022);
    const byYear = pivot(workbook, PIVOT_BY_YEAR_AND_MONTH);
    expect(byYear.data.map((d) => [d.name, d.showAs?.baseItem])).toEqual([
      ["Leningen ", undefined],
      ["Hoofdsom ", undefined],
      ["Leningen, % t.o.v. 2021", "2021"],
      ["Hoofdsom, % t.o.v. 2021", "2021"],
    ]);
    // The older year compares with the base year too, as the name says.
    expect(byYear.totals["Leningen, % t.o.v. 2021"]).toEqual({
      "3|2020": (200 - 250) / 250,
      "4|2020": (100 - 80) / 80,
      "3|2022": (300 - 250) / 250,
    });
    const refreshes = byYear.refreshCount;
    await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)));
    expect(byYear.refreshCount).toBe(refreshes + 1);
    expect(byYear.data).toHaveLength(4);
  });

  it("points back at 2020 after an undo of 2022, and drops the comparison when an undo leaves one year", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook, YEARS_2020_2021.slice(0, 2));
    await importSample(workbook, YEARS_2020_2021.slice(2));
    await importSample(workbook, MARCH_2022);
    await runWithFakeExcel(workbook, (context) => undoLastImport(asContext(context)));
    expect(pivot(workbook, PIVOT_BY_YEAR_AND_MONTH).data.map((d) => d.name)).toEqual([
      "Leningen ",
      "Hoofdsom ",
      "Leningen, % t.o.v. 2020",
      "Hoofdsom, % t.o.v. 2020",
    ]);
    expect(pivot(workbook, PIVOT_BY_YEAR_AND_MONTH).totals["Leningen, % t.o.v. 2020"]["3|2021"]).toBe(0.25);

    const oneYear = createFakeWorkbook();
    await importSample(oneYear, YEARS_2020_2021.slice(0, 2));
    await importSample(oneYear, YEARS_2020_2021.slice(2));
    await runWithFakeExcel(oneYear, (context) => undoLastImport(asContext(context)));
    expect(pivot(oneYear, PIVOT_BY_YEAR_AND_MONTH).data.map((d) => d.name)).toEqual(["Leningen ", "Hoofdsom "]);
  });

  it("follows a month corrected by hand in the table: Jaar and Maandnummer are calculated", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook, YEARS_2020_2021);
    const table = workbook.tables.find((t) => t.name === "Registraties");
    if (!table) throw new Error("no table");
    const april2021 = table.body.findIndex((row) => row[0].value === 44287);
    editCell(table, april2021, 0, 44348); // June 2021
    await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)));
    expect(pivot(workbook, PIVOT_BY_YEAR_AND_MONTH).totals["Leningen "]).toEqual({
      "3|2020": 200,
      "4|2020": 100,
      "3|2021": 250,
      "6|2021": 80,
    });
  });
});

describe("refreshSummaries in a workbook of an earlier version", () => {
  const layouts = (workbook: FakeWorkbook) =>
    JSON.stringify(
      workbook.pivots.filter((p) => p.name !== PIVOT_BY_YEAR_AND_MONTH).map((p) => [p.name, p.rows, p.columns, p.data]),
    );

  it("refreshes the earlier PerJaarEnMaand as it is while the table has no Jaar and Maandnummer", async () => {
    const workbook = await buildEarlierVersionWorkbook(buildPressReleaseRecords());
    const before = layouts(workbook);
    const byYear = pivot(workbook, PIVOT_BY_YEAR_AND_MONTH);
    const refreshes = byYear.refreshCount;
    expect(await runWithFakeExcel(workbook, (context) => refreshSummaries(asContext(context)))).toBe("refreshed");
    expect([byYear.rows, byYear.columns, byYear.refreshCount]).toEqual([["Maand"], [], refreshes + 1]);
    expect(sum(byYear.totals["Leningen "])).toBe(3393);
    expect(layouts(workbook)).toBe(before);
  });

  it("gives the earlier PerJaarEnMaand years once the import adds the columns, leaving the other PivotTables as they are", async () => {
    const workbook = await buildEarlierVersionWorkbook(buildPressReleaseRecords());
    const before = layouts(workbook);
    await importSample(workbook, buildMonths([[2020, 3, 1_000, 20_000_000]]));
    const byYear = pivot(workbook, PIVOT_BY_YEAR_AND_MONTH);
    expect([byYear.rows, byYear.columns, byYear.data.map((d) => d.name)]).toEqual([
      ["Maandnummer"],
      ["Jaar"],
      ["Leningen ", "Hoofdsom ", "Leningen, % t.o.v. 2020", "Hoofdsom, % t.o.v. 2020"],
    ]);
    const march2021 = buildPressReleaseRecords()
      .filter((record) => record.month === 3)
      .reduce((loans, record) => loans + record.loans, 0);
    expect(byYear.totals["Leningen, % t.o.v. 2020"]["3|2021"]).toBe((march2021 - 1_000) / 1_000);
    expect(layouts(workbook)).toBe(before);
    expect(workbook.pivots.filter((p) => p.name === PIVOT_BY_YEAR_AND_MONTH)).toHaveLength(1);
  });
});
