import { createFakeWorkbook, FakeWorkbook, runWithFakeExcel } from "../../test/doubles/fakeExcel";
import { installOfficeGlobal, removeOfficeGlobal } from "../../test/doubles/officeGlobal";
import { buildPressReleaseRecords } from "../../test/fixtures/pressReleaseRecords";
import { toMonthKey } from "../domain/dates/monthKey";
import { activateSummarySheet } from "./activateSummarySheet";
import { describeSkippedLines } from "./importLog";
import { importRegistrations } from "./importRegistrations";
import { readWorkbookContents, summariseTableMonths } from "./readWorkbookContents";

const asContext = (context: unknown) => context as Excel.RequestContext;

async function importSample(workbook: FakeWorkbook, skippedLines?: number[]): Promise<void> {
  await runWithFakeExcel(workbook, (context) =>
    importRegistrations(asContext(context), {
      records: buildPressReleaseRecords(),
      sourceLabel: "Voorbeeld",
      inputHash: "0",
      issueCount: 0,
      skippedLines,
    }),
  );
}

beforeEach(() => installOfficeGlobal("1.12"));
afterEach(() => removeOfficeGlobal());

describe("readWorkbookContents", () => {
  it("says what the table holds per month and what the last import was", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    const requestsBefore = workbook.requests.length;
    const contents = await runWithFakeExcel(workbook, (context) => readWorkbookContents(asContext(context)));
    expect(contents).toMatchObject({ hasTable: true, rows: 28, loans: 3393, principalCents: 6_367_994_223 });
    expect(contents.months.map((held) => [held.month, held.rows, held.loans])).toEqual([
      [toMonthKey(2021, 1), 6, 644],
      [toMonthKey(2021, 2), 5, 556],
      [toMonthKey(2021, 3), 6, 1003],
      [toMonthKey(2021, 4), 6, 695],
      [toMonthKey(2021, 5), 5, 495],
    ]);
    expect(contents.lastImport).toMatchObject({ sourceLabel: "Voorbeeld", rows: 28 });
    expect(workbook.requests.length - requestsBefore).toBe(3);
  });

  it("says an empty workbook holds nothing, in one request", async () => {
    const workbook = createFakeWorkbook();
    const contents = await runWithFakeExcel(workbook, (context) => readWorkbookContents(asContext(context)));
    expect(contents).toEqual({
      hasTable: false,
      months: [],
      rows: 0,
      loans: 0,
      principalCents: 0,
      undoKept: false,
    });
    expect(workbook.requests).toHaveLength(1);
  });
});

describe("summariseTableMonths", () => {
  it.each([
    ["skips the one empty row of a new table", [["", "", "", ""]], 0],
    ["counts a row whose figures are text as a row without loans", [[44197, 5, "veel", "x"]], 1],
  ])("%s", (_case, values, rows) => {
    expect(summariseTableMonths(values).rows).toBe(rows);
  });
});

describe("the import log's skipped lines", () => {
  it.each([
    [[], ""],
    [[12], "1: 12"],
    [[12, 15, 40], "3: 12, 15, 40"],
  ])("writes %p as %p", (lines, text) => {
    expect(describeSkippedLines(lines)).toBe(text);
  });

  it("keeps the count exact when the list is longer than a cell holds", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => i + 2);
    const text = describeSkippedLines(lines);
    expect(text.startsWith("20000: 2, 3,")).toBe(true);
    expect(text.endsWith(", …")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(32_767);
  });

  it("adds the column to a log made before it existed, leaving the earlier rows as they were", async () => {
    const workbook = createFakeWorkbook();
    await importSample(workbook);
    const log = workbook.tables.find((table) => table.name === "Importlog");
    if (log === undefined) throw new Error("no Importlog");
    log.header.pop(); // as an older version of the add-in made it
    log.body.forEach((row) => row.pop());
    const earlier = JSON.stringify(log.body);

    await importSample(workbook, [4, 9]);
    expect(log.header.at(-1)).toBe("Overgeslagen regels");
    expect(JSON.stringify(log.body[0].slice(0, 7))).toBe(JSON.stringify(JSON.parse(earlier)[0]));
    expect(log.body.map((row) => row[7].value)).toEqual(["", "2: 4, 9"]);
  });
});

describe("activateSummarySheet", () => {
  it("shows Samenvatting after an import, and says so when there is none", async () => {
    const workbook = createFakeWorkbook();
    expect(await runWithFakeExcel(workbook, (context) => activateSummarySheet(asContext(context)))).toBe(false);
    await importSample(workbook);
    expect(await runWithFakeExcel(workbook, (context) => activateSummarySheet(asContext(context)))).toBe(true);
    expect(workbook.activeSheet).toBe("Samenvatting");
  });
});
