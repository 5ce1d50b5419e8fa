/*
 * A table made by an earlier version (seven columns, perhaps a colleague's column after them) gets
 * the columns Jaar and Maandnummer at its next import: appended, calculated in every row, nothing
 * else of its rows rewritten; taken back with the rest when the import cannot finish; and an undo
 * puts rows kept from before them back with their formulas.
 */
import { RegistrationRecord } from "../domain/registrations";
import { FakeWorkbook, runWithFakeExcel } from "../../test/doubles/fakeExcel";
import { installOfficeGlobal, removeOfficeGlobal } from "../../test/doubles/officeGlobal";
import { buildEarlierVersionWorkbook } from "../../test/fixtures/earlierVersionWorkbook";
import { buildPressReleaseRecords } from "../../test/fixtures/pressReleaseRecords";
import { ImportOptions, importRegistrations, readImportTarget } from "./importRegistrations";
import { readWorkbookContents } from "./readWorkbookContents";
import { BASE_COLUMNS, MONTH_NUMBER_FORMULA, YEAR_FORMULA } from "./registrationTableLayout";
import { undoLastImport } from "./undoLastImport";
import { WorkbookError } from "./workbookError";

const asContext = (context: unknown) => context as Excel.RequestContext;
const MARCH = 44256;
const NEW_MARCH: RegistrationRecord[] = [
  { year: 2021, month: 3, termYears: 5, principalCents: 100_000_00, loans: 10, line: 2 },
  { year: 2021, month: 3, termYears: 10, principalCents: 50_000_00, loans: 2, line: 3 },
];
const NOTE = { name: "Opmerking", value: (row: number) => (row % 3 === 0 ? `notitie ${row}` : "") };

function runImport(workbook: FakeWorkbook, records: readonly RegistrationRecord[], options?: ImportOptions) {
  return runWithFakeExcel(workbook, (context) =>
    importRegistrations(
      asContext(context),
      { records, sourceLabel: "nieuw.csv", inputHash: "nieuw", issueCount: 0 },
      options,
    ),
  );
}

function registrations(workbook: FakeWorkbook) {
  const table = workbook.tables.find((t) => t.name === "Registraties");
  if (!table) throw new Error("no table");
  return table;
}

/** Everything the table holds: header, and every cell's value, formula and format. */
const cellsOf = (workbook: FakeWorkbook) =>
  JSON.stringify([
    registrations(workbook).header,
    registrations(workbook).body.map((row) => row.map((cell) => [cell.value, cell.formula ?? null, cell.numberFormat])),
  ]);

beforeEach(() => installOfficeGlobal("1.12"));
afterEach(() => removeOfficeGlobal());

describe("importRegistrations into a table of an earlier version", () => {
  it("appends Jaar and Maandnummer after a colleague's column, calculated in every row, nothing else rewritten", async () => {
    const workbook = await buildEarlierVersionWorkbook(buildPressReleaseRecords(), NOTE);
    const kept = registrations(workbook).body.filter((row) => row[0].value !== MARCH);
    const keptBefore = JSON.stringify(kept);

    await runImport(workbook, NEW_MARCH);
    const table = registrations(workbook);
    expect(table.header).toEqual([...BASE_COLUMNS, "Opmerking", "Jaar", "Maandnummer"]);
    // The kept rows are the same cells, with two cells more.
    expect(JSON.stringify(kept.map((row) => row.slice(0, 8)))).toBe(keptBefore);
    for (const row of table.body) {
      expect(row.slice(8).map((cell) => [cell.formula, cell.numberFormat])).toEqual([
        [YEAR_FORMULA, "0"],
        [MONTH_NUMBER_FORMULA, "0"],
      ]);
    }
    const added = table.body.filter((row) => row[6].value === "nieuw.csv");
    expect(added.map((row) => row[7].value)).toEqual(["", ""]);
    const contents = await runWithFakeExcel(workbook, (context) => readWorkbookContents(asContext(context)));
    expect(contents.rows).toBe(table.body.length);
  });

  it("works from the preview's reading of the seven columns", async () => {
    const workbook = await buildEarlierVersionWorkbook(buildPressReleaseRecords());
    const reading = await runWithFakeExcel(workbook, (context) => readImportTarget(asContext(context), NEW_MARCH));
    expect(reading?.columnCount).toBe(7);
    const outcome = await runImport(workbook, NEW_MARCH, { reading });
    expect(outcome).toMatchObject({ rowsWritten: 2, summaries: "refreshed", undoKept: true });
    expect(registrations(workbook).header.slice(7)).toEqual(["Jaar", "Maandnummer"]);
  });

  it.each([["before any of its commands ran", "before"] as const, ["halfway through its commands", "midway"] as const])(
    "leaves the workbook as it was whichever request fails %s",
    async (_how, failMode) => {
      const reference = await buildEarlierVersionWorkbook(buildPressReleaseRecords(), NOTE);
      const before = cellsOf(reference);
      const first = reference.requests.length;
      await runImport(reference, NEW_MARCH);
      const after = cellsOf(reference);
      const total = reference.requests.length - first;
      const outcomes = new Set<string>();
      for (let failing = 1; failing <= total; failing++) {
        const workbook = await buildEarlierVersionWorkbook(buildPressReleaseRecords(), NOTE);
        workbook.failAtRequest = workbook.requests.length + failing;
        workbook.failMode = failMode;
        const error = await runImport(workbook, NEW_MARCH).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (error === undefined) {
          expect(cellsOf(workbook)).toBe(after);
          outcomes.add("imported");
        } else {
          expect(cellsOf(workbook)).toBe(before);
          if (error instanceof WorkbookError) expect(error.code).toBe("write_failed_restored");
          outcomes.add("restored");
        }
      }
      expect([...outcomes].sort()).toEqual(["imported", "restored"]);
    },
  );

  it("leaves the table as it was when the import is cancelled at the request that adds the columns", async () => {
    const reference = await buildEarlierVersionWorkbook(buildPressReleaseRecords());
    const before = cellsOf(reference);
    const workbook = await buildEarlierVersionWorkbook(buildPressReleaseRecords());
    const controller = new AbortController();
    // Cancelled at the first request after the columns were added: everything is taken back.
    const cancelOnceAdded = (w: FakeWorkbook) => {
      if (registrations(w).header.includes("Jaar")) controller.abort();
    };
    const first = workbook.requests.length;
    workbook.colleague = new Map(Array.from({ length: 40 }, (_, i) => [first + i + 1, cancelOnceAdded] as const));
    const error = await runImport(workbook, NEW_MARCH, { signal: controller.signal }).catch((e: unknown) => e);
    expect(controller.signal.aborted).toBe(true);
    expect(error).toMatchObject({ code: "import_cancelled" });
    expect(cellsOf(workbook)).toBe(before);
  });

  it("writes the formulas of a large table in requests within budget, sent again in halves when Excel refuses one", async () => {
    const perLoan = Array.from({ length: 16_000 }, (_, i) => ({
      year: 2020 + (i % 2),
      month: 1 + (i % 12),
      termYears: 5,
      principalCents: 1_000_00 + i,
      loans: 1,
      line: i + 2,
    }));
    const workbook = await buildEarlierVersionWorkbook(perLoan);
    const first = workbook.requests.length;
    await runImport(workbook, NEW_MARCH);
    const requests = workbook.requests.slice(first);
    expect(Math.max(...requests.map((r) => Math.max(r.bytes, r.responseBytes)))).toBeLessThan(2_000_000);
    // The formulas of 16,000 rows (about 1.7 MB) go in more than one request, calculation suspended.
    const formulaWrites = requests.filter((r) => r.bytes > 100_000);
    expect(formulaWrites.length).toBeGreaterThan(1);
    expect(formulaWrites.every((r) => r.suspendedCalculation)).toBe(true);
    const table = registrations(workbook);
    expect(table.body.every((row) => row[7].formula === YEAR_FORMULA && row[8].formula === MONTH_NUMBER_FORMULA)).toBe(
      true,
    );

    const limited = await buildEarlierVersionWorkbook(perLoan.slice(0, 6_000));
    limited.payloadLimitBytes = 100_000;
    await runImport(limited, NEW_MARCH);
    expect(limited.requests.some((r) => r.failed)).toBe(true);
    expect(registrations(limited).body.every((row) => row[8].formula === MONTH_NUMBER_FORMULA)).toBe(true);
  });

  it("undoes the import that added the columns: the rows it replaced come back with their formulas", async () => {
    const workbook = await buildEarlierVersionWorkbook(buildPressReleaseRecords(), NOTE);
    const marchBefore = registrations(workbook)
      .body.filter((row) => row[0].value === MARCH)
      .map((row) => row.map((cell) => cell.formula ?? cell.value));
    await runImport(workbook, NEW_MARCH);
    const outcome = await runWithFakeExcel(workbook, (context) => undoLastImport(asContext(context)));
    expect(outcome).toMatchObject({ rowsRemoved: 2, rowsRestored: marchBefore.length });
    const table = registrations(workbook);
    expect(table.header.slice(7)).toEqual(["Opmerking", "Jaar", "Maandnummer"]);
    const march = table.body.filter((row) => row[0].value === MARCH);
    expect(march.map((row) => row.map((cell) => cell.formula ?? cell.value))).toEqual(
      marchBefore.map((row) => [...row, YEAR_FORMULA, MONTH_NUMBER_FORMULA]),
    );
    expect(march.map((row) => row.slice(8).map((cell) => cell.numberFormat))).toEqual(march.map(() => ["0", "0"]));
  });

  it("undoes that import whole or not at all, whichever request of the undo fails", async () => {
    const prepare = async () => {
      const workbook = await buildEarlierVersionWorkbook(buildPressReleaseRecords(), NOTE);
      await runImport(workbook, NEW_MARCH);
      return workbook;
    };
    const reference = await prepare();
    const before = cellsOf(reference);
    const first = reference.requests.length;
    await runWithFakeExcel(reference, (context) => undoLastImport(asContext(context)));
    const after = cellsOf(reference);
    const total = reference.requests.length - first;
    for (const failMode of ["before", "midway"] as const) {
      for (let failing = 1; failing <= total; failing++) {
        const workbook = await prepare();
        workbook.failAtRequest = workbook.requests.length + failing;
        workbook.failMode = failMode;
        const failed = await runWithFakeExcel(workbook, (context) => undoLastImport(asContext(context))).then(
          () => false,
          () => true,
        );
        // The table the undo read, or the table it makes; the undo's log and PivotTables come after.
        expect([before, after]).toContain(cellsOf(workbook));
        if (failed && cellsOf(workbook) === after) expect(workbook.requests.length).toBeGreaterThan(first);
      }
    }
  });
});
