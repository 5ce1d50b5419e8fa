import { RegistrationRecord } from "../domain/registrations/registrationRecord";
import {
  createFakeWorkbook,
  createRequestContext,
  FakeWorkbook,
  readTableValues,
  runWithFakeExcel,
} from "../../test/doubles/fakeExcel";
import { installOfficeGlobal, removeOfficeGlobal } from "../../test/doubles/officeGlobal";
import { buildPressReleaseRecords } from "../../test/fixtures/pressReleaseRecords";
import { ImportOutcome, ImportRequest } from "./excelImportApi";
import { importRegistrations } from "./importRegistrations";
import {
  AVERAGE_FORMULA,
  EURO_FORMAT,
  MONTH_FORMAT,
  MONTH_NUMBER_FORMULA,
  REGISTRATION_COLUMNS,
  YEAR_FORMULA,
} from "./registrationTableLayout";
import { WorkbookError } from "./workbookError";

const SAMPLE = buildPressReleaseRecords();

function requestOf(records: readonly RegistrationRecord[], sourceLabel = "Voorbeeld"): ImportRequest {
  return { records, sourceLabel, inputHash: "ab12", issueCount: 0 };
}

function runImport(workbook: FakeWorkbook, request: ImportRequest): Promise<ImportOutcome> {
  return runWithFakeExcel(workbook, (context) =>
    importRegistrations(context as unknown as Excel.RequestContext, request),
  );
}

function tableOf(workbook: FakeWorkbook) {
  return readTableValues(workbook, "Registraties") ?? [];
}

function sumColumn(rows: unknown[][], index: number): number {
  return Math.round(rows.reduce((sum: number, row) => sum + Number(row[index]), 0) * 100) / 100;
}

function buildPerLoanRecords(count: number): RegistrationRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    year: 2021,
    month: 1 + (i % 12),
    termYears: 5 + (i % 6),
    principalCents: 1_000_00 + i,
    loans: 1,
    province: ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"][i % 5],
    line: i + 2,
  }));
}

beforeEach(() => installOfficeGlobal("1.12"));
afterEach(() => removeOfficeGlobal());

describe("importRegistrations into a new workbook", () => {
  it("creates the sheet and the table with the press release's 28 rows", async () => {
    const workbook = createFakeWorkbook();
    const outcome = await runImport(workbook, requestOf(SAMPLE));
    const table = workbook.tables.find((t) => t.name === "Registraties");
    expect(table?.sheet.name).toBe("Registraties");
    expect(table?.header).toEqual(REGISTRATION_COLUMNS);
    const rows = tableOf(workbook);
    expect(rows).toHaveLength(28);
    expect(sumColumn(rows, 3)).toBe(3393);
    expect(sumColumn(rows, 2)).toBe(63679942.23);
    expect(rows[0]).toEqual([44197, 5, 2874015.15, 448, 2874015.15 / 448, "", "Voorbeeld", 2021, 1]);
    expect(outcome).toEqual({
      rowsWritten: 28,
      rowsReplaced: 0,
      rowsKept: 0,
      monthsReplaced: ["2021-01", "2021-02", "2021-03", "2021-04", "2021-05"],
      summaries: "created",
      logged: true,
      undoKept: true,
    });
  });

  it("formats months, euro amounts and the calculated average column", async () => {
    const workbook = createFakeWorkbook();
    await runImport(workbook, requestOf(SAMPLE));
    const table = workbook.tables.find((t) => t.name === "Registraties");
    const firstRow = table?.body[0] ?? [];
    expect(firstRow.map((cell) => cell.numberFormat)).toEqual([
      MONTH_FORMAT,
      "0",
      EURO_FORMAT,
      "0",
      EURO_FORMAT,
      "General",
      "General",
      "0",
      "0",
    ]);
    expect(table?.body.every((row) => row[4].formula === AVERAGE_FORMULA)).toBe(true);
    expect(table?.body.every((row) => row[7].formula === YEAR_FORMULA && row[8].formula === MONTH_NUMBER_FORMULA)).toBe(
      true,
    );
  });

  it("logs the import", async () => {
    const workbook = createFakeWorkbook();
    await runImport(workbook, { ...requestOf(SAMPLE), issueCount: 2, inputHash: "=cafe" });
    const log = readTableValues(workbook, "Importlog") ?? [];
    expect(log).toHaveLength(1);
    expect(log[0].slice(1)).toEqual(["Voorbeeld", 28, 3393, 63679942.23, 2, "=cafe", ""]);
    expect(typeof log[0][0]).toBe("number");
  });
});

describe("importRegistrations again", () => {
  it("leaves the same table when the same data is imported twice", async () => {
    const workbook = createFakeWorkbook();
    await runImport(workbook, requestOf(SAMPLE));
    const once = tableOf(workbook);
    const outcome = await runImport(workbook, requestOf(SAMPLE));
    expect(tableOf(workbook)).toEqual(once);
    expect(outcome).toMatchObject({ rowsWritten: 28, rowsReplaced: 28, rowsKept: 0, summaries: "refreshed" });
  });

  it("replaces only the months the new data brings", async () => {
    const workbook = createFakeWorkbook();
    await runImport(workbook, requestOf(SAMPLE));
    const newMarch: RegistrationRecord[] = [
      { year: 2021, month: 3, termYears: 5, principalCents: 100_000_00, loans: 10, line: 2 },
      { year: 2021, month: 3, termYears: 10, principalCents: 50_000_00, loans: 2, line: 3 },
    ];
    const outcome = await runImport(workbook, requestOf(newMarch, "maart.csv"));
    const rows = tableOf(workbook);
    expect(outcome).toMatchObject({ rowsWritten: 2, rowsReplaced: 6, rowsKept: 22, monthsReplaced: ["2021-03"] });
    expect(rows).toHaveLength(24);
    const march = rows.filter((row) => row[0] === 44256);
    expect(march.map((row) => [row[1], row[2], row[3], row[6]])).toEqual([
      [5, 100000, 10, "maart.csv"],
      [10, 50000, 2, "maart.csv"],
    ]);
    expect(sumColumn(rows, 3)).toBe(3393 - 1003 + 12);
    expect(rows.map((row) => row[0])).toEqual([...rows.map((row) => row[0])].sort((a, b) => Number(a) - Number(b)));
  });
});

describe("importRegistrations with hostile text", () => {
  it.each(['=HYPERLINK("x")', "+32 2 553 11 11", "-1", "@SUM(A1)", "'s-Gravenwezel", "0123", "2021"])(
    "writes the province %s as that very text",
    async (province) => {
      const workbook = createFakeWorkbook();
      await runImport(workbook, requestOf([{ ...SAMPLE[0], province }], province));
      const table = workbook.tables.find((t) => t.name === "Registraties");
      const row = table?.body[0] ?? [];
      expect([row[5].value, row[5].formula]).toEqual([province, undefined]);
      expect([row[6].value, row[6].formula]).toEqual([province, undefined]);
    },
  );
});

describe("importRegistrations when Excel fails", () => {
  async function countRequests(
    prepare: (workbook: FakeWorkbook) => Promise<void>,
    request: ImportRequest,
  ): Promise<number> {
    const workbook = createFakeWorkbook();
    await prepare(workbook);
    const before = workbook.requests.length;
    await runImport(workbook, request);
    return workbook.requests.length - before;
  }

  const scenarios: [string, (workbook: FakeWorkbook) => Promise<void>][] = [
    ["a workbook without the table", async () => undefined],
    ["a workbook with last import's table", async (workbook) => void (await runImport(workbook, requestOf(SAMPLE)))],
  ];

  it.each(
    scenarios.flatMap(([name, prepare]) => [
      [name, "before any of its commands ran", "before", prepare],
      [name, "halfway through its commands", "midway", prepare],
    ]) as [string, string, "before" | "midway", (workbook: FakeWorkbook) => Promise<void>][],
  )("keeps the table whole in %s, whichever request fails %s", async (_name, _how, failMode, prepare) => {
    const newMarch = [
      { year: 2021, month: 3, termYears: 5, principalCents: 1_00, loans: 1, line: 1 },
      ...SAMPLE.slice(0, 3),
    ];
    const total = await countRequests(prepare, requestOf(newMarch));
    expect(total).toBeGreaterThan(4);
    const reference = createFakeWorkbook();
    await prepare(reference);
    const tableBefore = tableOf(reference);
    await runImport(reference, requestOf(newMarch));
    const tableAfter = tableOf(reference);

    for (let failing = 1; failing <= total; failing++) {
      const workbook = createFakeWorkbook();
      await prepare(workbook);
      workbook.failAtRequest = workbook.requests.length + failing;
      workbook.failMode = failMode;
      const result = await runImport(workbook, requestOf(newMarch)).then(
        (outcome) => ({ outcome, error: undefined }),
        (error: unknown) => ({ outcome: undefined, error }),
      );
      const table = JSON.stringify(tableOf(workbook));
      // Either as it was (restored, or never touched) and an error, or complete and said so: never half.
      if (result.error) {
        expect(table).toBe(JSON.stringify(tableBefore));
        if (result.error instanceof WorkbookError) expect(result.error.code).toBe("write_failed_restored");
      } else {
        expect(table).toBe(JSON.stringify(tableAfter));
        const outcome = result.outcome;
        expect(outcome?.logged === false || outcome?.summaries === "failed" || outcome?.undoKept === false).toBe(true);
        // Undo kept nothing rather than an older import's rows.
        if (outcome?.undoKept === false) expect(workbook.tables.map((t) => t.name)).not.toContain("WinwinOngedaan");
      }
    }
  });
});

describe("importRegistrations and the size of Excel requests", () => {
  it("writes 28 rows into a new workbook in a fixed, small number of requests", async () => {
    const workbook = createFakeWorkbook();
    await runImport(workbook, requestOf(SAMPLE));
    // One reads the table's header for the PivotTables (and counts provinces while PerProvincie is
    // missing); five keep the import for undo.
    expect(workbook.requests.length).toBe(15);
  });

  it("writes 20,000 rows in requests under 2 MB, each with calculation suspended", async () => {
    const workbook = createFakeWorkbook();
    const progress: number[] = [];
    await runWithFakeExcel(workbook, (context) =>
      importRegistrations(
        context as unknown as Excel.RequestContext,
        requestOf(buildPerLoanRecords(20_000), "leningen.csv"),
        { onProgress: (p) => progress.push(p.rowsDone) },
      ),
    );
    expect(tableOf(workbook)).toHaveLength(20_000);
    const largest = Math.max(...workbook.requests.map((r) => Math.max(r.bytes, r.responseBytes)));
    expect(largest).toBeLessThan(2_000_000);
    const writes = workbook.requests.filter((r) => r.bytes > 100_000);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.every((r) => r.suspendedCalculation)).toBe(true);
    expect(progress[progress.length - 1]).toBe(20_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});

describe("importRegistrations and what it reports", () => {
  it("counts progress in the rows being imported, not the whole table", async () => {
    const workbook = createFakeWorkbook();
    await runImport(workbook, requestOf(buildPerLoanRecords(6_000)));
    const progress: { rowsDone: number; rowsTotal: number }[] = [];
    await runWithFakeExcel(workbook, (context) =>
      importRegistrations(context as unknown as Excel.RequestContext, requestOf(SAMPLE.slice(0, 3)), {
        onProgress: (p) => progress.push(p),
      }),
    );
    expect(progress).toEqual([{ rowsDone: 3, rowsTotal: 3 }]);
  });

  it("refuses data Excel cannot hold before writing, naming the line", async () => {
    const workbook = createFakeWorkbook();
    await runImport(workbook, requestOf(SAMPLE));
    const before = tableOf(workbook);
    const writesBefore = workbook.requests.length;
    const tooLong = { ...SAMPLE[0], province: "x".repeat(32_768), line: 5 };
    const error = await runImport(workbook, requestOf([tooLong])).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "excel_limits_exceeded" });
    expect((error as WorkbookError).issues.map((issue) => [issue.line, issue.code])).toEqual([
      [5, "excel_text_too_long"],
    ]);
    expect(tableOf(workbook)).toEqual(before);
    expect(workbook.requests.slice(writesBefore).every((r) => r.bytes < 1_000)).toBe(true);
  });
});

describe("importRegistrations under Excel on the web's payload limit", () => {
  it("sends a request Excel finds too large again in halves", async () => {
    const workbook = createFakeWorkbook();
    workbook.payloadLimitBytes = 200_000;
    const records = buildPerLoanRecords(4_000).map((r) => ({ ...r, province: "p".repeat(200) }));
    await runImport(workbook, requestOf(records));
    expect(tableOf(workbook)).toHaveLength(4_000);
    expect(workbook.requests.some((r) => r.failed)).toBe(true);
    expect(workbook.requests.filter((r) => !r.failed).every((r) => r.bytes <= 200_000)).toBe(true);
  });

  it("keeps every request and answer within budget for a table with 2,000-character texts", async () => {
    const workbook = createFakeWorkbook();
    const wide = buildPerLoanRecords(3_000).map((r) => ({ ...r, province: "w".repeat(2_000) }));
    await runImport(workbook, requestOf(wide));
    const first = workbook.requests.length;
    await runImport(workbook, requestOf(wide.filter((r) => r.month === 3)));
    const largest = Math.max(...workbook.requests.slice(first).map((r) => Math.max(r.bytes, r.responseBytes)));
    expect(largest).toBeLessThan(2_000_000);
    expect(tableOf(workbook)).toHaveLength(3_000);
  });
});

describe("importRegistrations in a workbook that holds other things", () => {
  it("refuses a table Registraties whose columns were renamed", async () => {
    const workbook = createFakeWorkbook();
    await runImport(workbook, requestOf(SAMPLE));
    workbook.tables[0].header[2] = "Bedrag";
    const before = tableOf(workbook);
    await expect(runImport(workbook, requestOf(SAMPLE))).rejects.toMatchObject({ code: "table_layout_changed" });
    expect(tableOf(workbook)).toEqual(before);
  });

  it("does not write over a sheet Registraties that holds something else", async () => {
    const workbook = createFakeWorkbook();
    workbook.sheets.push({
      name: "Registraties",
      cells: new Map([["A1", { value: "mijn notities", numberFormat: "General" }]]),
      charts: [],
    });
    await expect(runImport(workbook, requestOf(SAMPLE))).rejects.toMatchObject({ code: "sheet_name_taken" });
    expect(workbook.sheets[0].cells.get("A1")?.value).toBe("mijn notities");
    expect(workbook.tables).toHaveLength(0);
  });
});

describe("importRegistrations with records it cannot write", () => {
  it.each([
    ["no records", []],
    ["a month 13", [{ ...SAMPLE[0], month: 13 }]],
    ["a principal that is not a whole number of cents", [{ ...SAMPLE[0], principalCents: 10.5 }]],
    ["a term that is not a number", [{ ...SAMPLE[0], termYears: Number.NaN }]],
  ])("refuses %s before touching the workbook", async (_case, records) => {
    const workbook = createFakeWorkbook();
    await expect(runImport(workbook, requestOf(records as RegistrationRecord[]))).rejects.toMatchObject({
      code: "records_invalid",
    });
    expect(workbook.requests).toHaveLength(0);
  });
});

describe("importRegistrations without PivotTable support", () => {
  it("imports and says there are no summaries", async () => {
    installOfficeGlobal("1.7");
    const workbook = createFakeWorkbook();
    const outcome = await runImport(workbook, requestOf(SAMPLE));
    expect(outcome.summaries).toBe("unsupported");
    expect(tableOf(workbook)).toHaveLength(28);
    expect(workbook.pivots).toHaveLength(0);
  });
});

describe("createRequestContext", () => {
  it("refuses to read a property before it is loaded and synced", async () => {
    const context = createRequestContext(createFakeWorkbook()) as unknown as Excel.RequestContext;
    const table = context.workbook.tables.getItemOrNullObject("Registraties");
    table.load("isNullObject");
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the point of this test
    expect(() => table.isNullObject).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(table.isNullObject).toBe(true);
  });
});
