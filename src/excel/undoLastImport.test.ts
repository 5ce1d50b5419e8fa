/*
 * Undoing the last import in a shared workbook: done whole, or refused with nothing changed; a
 * failure or a colleague at any request of the undo never leaves the table half undone.
 */
import { RegistrationRecord } from "../domain/registrations";
import {
  ColleagueAct,
  createFakeWorkbook,
  deleteRow,
  editCell,
  FakeTable,
  FakeWorkbook,
  insertRows,
  readTableValues,
  runWithFakeExcel,
  sortRows,
} from "../../test/doubles/fakeExcel";
import { installOfficeGlobal, removeOfficeGlobal } from "../../test/doubles/officeGlobal";
import { buildPressReleaseRecords } from "../../test/fixtures/pressReleaseRecords";
import * as importLog from "./importLog";
import { appendImportLog } from "./importLog";
import { importRegistrations } from "./importRegistrations";
import { MONTH_NUMBER_FORMULA, YEAR_FORMULA } from "./registrationTableLayout";
import { undoLastImport } from "./undoLastImport";
import { UNDO_SHEET, UNDO_TABLE } from "./undoStore";
import { WorkbookError } from "./workbookError";

const asContext = (context: unknown) => context as Excel.RequestContext;
const JANUARY = 44197;
const MARCH = 44256;
const NEW_MARCH: RegistrationRecord[] = [
  { year: 2021, month: 3, termYears: 5, principalCents: 100_000_00, loans: 10, line: 2 },
  { year: 2021, month: 3, termYears: 10, principalCents: 50_000_00, loans: 2, line: 3 },
];

function runImport(workbook: FakeWorkbook, records: readonly RegistrationRecord[], sourceLabel = "nieuw.csv") {
  return runWithFakeExcel(workbook, (context) =>
    importRegistrations(asContext(context), { records, sourceLabel, inputHash: sourceLabel, issueCount: 0 }),
  );
}

const runUndo = (workbook: FakeWorkbook) => runWithFakeExcel(workbook, (context) => undoLastImport(asContext(context)));

const registrations = (workbook: FakeWorkbook): FakeTable => {
  const table = workbook.tables.find((t) => t.name === "Registraties");
  if (!table) throw new Error("no table");
  return table;
};
/** Every cell as it is: value, formula and number format, so "as it was" means exactly that. */
const cellsOf = (workbook: FakeWorkbook) =>
  JSON.stringify([registrations(workbook).header, registrations(workbook).body]);
const findRow = (table: FakeTable, month: number, source: string) =>
  table.body.findIndex((row) => row[0].value === month && row[6].value === source);

/** The sample, with one March row a colleague formatted by hand: the undo must put that format back too. */
async function prepare(): Promise<FakeWorkbook> {
  const workbook = createFakeWorkbook();
  await runImport(workbook, buildPressReleaseRecords(), "Voorbeeld");
  registrations(workbook).body[findRow(registrations(workbook), MARCH, "Voorbeeld")][2].numberFormat = "0.00";
  return workbook;
}

/** The sample, then a re-import of March: the import to undo. */
async function prepareImported(): Promise<FakeWorkbook> {
  const workbook = await prepare();
  await runImport(workbook, NEW_MARCH);
  return workbook;
}

/** How many requests an undo of the prepared import sends when nothing stands in its way. */
async function countUndoRequests(): Promise<number> {
  const workbook = await prepareImported();
  const before = workbook.requests.length;
  await runUndo(workbook);
  return workbook.requests.length - before;
}

beforeEach(() => installOfficeGlobal("1.12"));
afterEach(() => removeOfficeGlobal());

describe("undoLastImport", () => {
  it("removes the import's rows and puts back the rows it replaced, formats included, and logs it", async () => {
    const before = cellsOf(await prepare());
    const workbook = await prepareImported();
    const undoSheet = workbook.sheets.find((s) => s.name === UNDO_SHEET);
    expect(undoSheet?.visibility).toBe("VeryHidden");

    const outcome = await runUndo(workbook);
    expect(outcome).toMatchObject({ rowsRemoved: 2, rowsRestored: 6, months: ["2021-03"], logged: true });
    expect(cellsOf(workbook)).toBe(before);
    const log = readTableValues(workbook, "Importlog") ?? [];
    expect(log[log.length - 1].slice(1, 4)).toEqual(["Ongedaan gemaakt: nieuw.csv (2 rijen weggehaald)", 6, 1003]);
    // Undone once: nothing is kept for a second undo.
    expect(workbook.tables.map((t) => t.name)).not.toContain(UNDO_TABLE);
    await expect(runUndo(workbook)).rejects.toMatchObject({ code: "undo_nothing_kept" });
  });

  it("undoes a first import into an empty workbook, leaving the table without rows", async () => {
    const workbook = createFakeWorkbook();
    await runImport(workbook, NEW_MARCH);
    expect(await runUndo(workbook)).toMatchObject({ rowsRemoved: 2, rowsRestored: 0 });
    expect(readTableValues(workbook, "Registraties")).toEqual([["", "", "", "", "", "", "", "", ""]]);
  });

  it("undoes only the newest import", async () => {
    const workbook = await prepareImported();
    const afterFirst = cellsOf(workbook);
    await runImport(workbook, [{ ...NEW_MARCH[0], month: 6 }], "juni.csv");
    expect(await runUndo(workbook)).toMatchObject({ rowsRemoved: 1, rowsRestored: 0, months: ["2021-06"] });
    expect(cellsOf(workbook)).toBe(afterFirst);
  });

  it("refuses when a newer import is logged that kept nothing for undo, and changes nothing", async () => {
    const workbook = await prepareImported();
    await logOtherImport(workbook, new Date());
    const before = cellsOf(workbook);
    await expect(runUndo(workbook)).rejects.toMatchObject({ code: "undo_table_changed" });
    expect(cellsOf(workbook)).toBe(before);
  });
});

describe("undoLastImport of an import Importlog could not note", () => {
  const LOG_FAILURE = new Error("Importlog is locked");
  afterEach(() => jest.restoreAllMocks());

  /** The import of NEW_MARCH into `workbook`, with its row in Importlog failing to be written. */
  async function importUnlogged(workbook: FakeWorkbook) {
    jest.spyOn(importLog, "appendImportLog").mockRejectedValueOnce(LOG_FAILURE);
    return runImport(workbook, NEW_MARCH);
  }

  it.each([
    [
      "over the sample, whose import is logged",
      prepare,
      async () => readTableValues(await prepare(), "Registraties"),
      6,
    ],
    [
      "into a new workbook, so there is no Importlog at all",
      async () => createFakeWorkbook(),
      async () => [new Array<string>(9).fill("")],
      0,
    ],
  ])("undoes it %s, as the table is as it left it", async (_case, start, expectedTable, rowsRestored) => {
    const workbook = await start();
    expect(await importUnlogged(workbook)).toMatchObject({ logged: false, undoKept: true });
    expect(await runUndo(workbook)).toMatchObject({ rowsRemoved: 2, rowsRestored, months: ["2021-03"], logged: true });
    expect(readTableValues(workbook, "Registraties")).toEqual(await expectedTable());
    const log = readTableValues(workbook, "Importlog") ?? [];
    expect(log[log.length - 1][1]).toBe("Ongedaan gemaakt: nieuw.csv (2 rijen weggehaald)");
  });

  it("refuses when an import is logged after it, and changes nothing", async () => {
    const workbook = await prepare();
    await importUnlogged(workbook);
    await logOtherImport(workbook, new Date(Date.now() + 60_000));
    const before = cellsOf(workbook);
    await expect(runUndo(workbook)).rejects.toMatchObject({ code: "undo_table_changed" });
    expect(cellsOf(workbook)).toBe(before);
  });

  it("refuses when a colleague edited a row of the import since, and changes nothing", async () => {
    const workbook = await prepare();
    await importUnlogged(workbook);
    editCell(registrations(workbook), findRow(registrations(workbook), MARCH, "nieuw.csv"), 3, 99);
    const before = cellsOf(workbook);
    await expect(runUndo(workbook)).rejects.toMatchObject({ code: "undo_table_changed" });
    expect(cellsOf(workbook)).toBe(before);
  });
});

/** What a colleague may have done since the import; `refused`: the undo must then change nothing. */
const ACTS: [string, ColleagueAct, boolean][] = [
  [
    "edits a row of the import",
    (w) => editCell(registrations(w), findRow(registrations(w), MARCH, "nieuw.csv"), 3, 99),
    true,
  ],
  [
    "edits a row of another month",
    (w) => editCell(registrations(w), findRow(registrations(w), JANUARY, "Voorbeeld"), 3, 99),
    false,
  ],
  [
    "adds a row",
    (w) =>
      void insertRows(registrations(w), -1, [
        [44348, 7, 1234.5, 3, "", "", "'collega", YEAR_FORMULA, MONTH_NUMBER_FORMULA],
      ]),
    true,
  ],
  [
    "deletes a row of another month",
    (w) => deleteRow(registrations(w), findRow(registrations(w), JANUARY, "Voorbeeld")),
    true,
  ],
  [
    "adds a column",
    (w) => {
      const table = registrations(w);
      table.header.push("Opmerking");
      table.body.forEach((row) => row.push({ value: "", numberFormat: "General" }));
    },
    true,
  ],
];

describe("undoLastImport after a colleague changed the table", () => {
  it.each(ACTS)(
    "when the colleague %s: refuses and changes nothing, or undoes and keeps their work",
    async (_name, act, refused) => {
      const workbook = await prepareImported();
      act(workbook);
      const changed = cellsOf(workbook);
      const result = await runUndo(workbook).then(
        () => undefined,
        (error: unknown) => error,
      );
      if (refused) {
        expect(result).toMatchObject({ code: "undo_table_changed" });
        expect(cellsOf(workbook)).toBe(changed);
        expect(workbook.tables.map((t) => t.name)).toContain(UNDO_TABLE);
      } else {
        expect(result).toBeUndefined();
        const expected = await prepare();
        act(expected);
        expect(cellsOf(workbook)).toBe(cellsOf(expected));
      }
    },
  );

  it.each([
    ["by principal, largest first", 2, false],
    ["by principal, smallest first", 2, true],
    ["by term, longest first", 1, false],
  ])(
    "undoes after a colleague sorted the table %s, and sorts it by month and term again as every import does",
    async (_case, key, ascending) => {
      const workbook = await prepareImported();
      sortRows(registrations(workbook), key, ascending);
      await runUndo(workbook);
      expect(cellsOf(workbook)).toBe(cellsOf(await prepare()));
    },
  );

  it("stops unchanged, or finishes, when a colleague edits a row of the import at any request of the undo", async () => {
    const requests = await countUndoRequests();
    const prepared = cellsOf(await prepare());
    const outcomes = new Set<string>();
    for (let boundary = 1; boundary <= requests; boundary++) {
      const workbook = await prepareImported();
      const editImportRow = (w: FakeWorkbook) => {
        const row = findRow(registrations(w), MARCH, "nieuw.csv");
        if (row >= 0) editCell(registrations(w), row, 3, 99);
      };
      const alone = await prepareImported();
      editImportRow(alone);
      workbook.colleague = new Map([[workbook.requests.length + boundary, editImportRow]]);
      const error = await runUndo(workbook).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (error === undefined) {
        expect(cellsOf(workbook)).toBe(prepared);
        outcomes.add("undone");
      } else {
        expect(error).toBeInstanceOf(WorkbookError);
        expect(["undo_table_changed", "table_changed_meanwhile"]).toContain((error as WorkbookError).code);
        expect(cellsOf(workbook)).toBe(cellsOf(alone));
        outcomes.add("refused");
      }
    }
    expect([...outcomes].sort()).toEqual(["refused", "undone"]);
  });
});

describe("undoLastImport when Excel fails", () => {
  it.each([["before any of its commands ran", "before"] as const, ["halfway through its commands", "midway"] as const])(
    "leaves the table as the import left it, or undone whole, whichever request fails %s",
    async (_how, failMode) => {
      const afterImport = cellsOf(await prepareImported());
      const requests = await countUndoRequests();
      const prepared = cellsOf(await prepare());
      const outcomes = new Set<string>();
      for (let failing = 1; failing <= requests; failing++) {
        const workbook = await prepareImported();
        workbook.failAtRequest = workbook.requests.length + failing;
        workbook.failMode = failMode;
        const result = await runUndo(workbook).then(
          (outcome) => ({ outcome, error: undefined }),
          (error: unknown) => ({ outcome: undefined, error }),
        );
        if (result.error === undefined) {
          expect(cellsOf(workbook)).toBe(prepared);
          outcomes.add("undone");
        } else {
          expect(cellsOf(workbook)).toBe(afterImport);
          if (result.error instanceof WorkbookError) expect(result.error.code).toBe("write_failed_restored");
          // Still as the import left it: the undo can be tried again.
          workbook.failAtRequest = undefined;
          await runUndo(workbook);
          expect(cellsOf(workbook)).toBe(prepared);
          outcomes.add("failed");
        }
      }
      expect(outcomes.has("failed")).toBe(true);
    },
  );
});

describe("undoLastImport after a colleague changed Importlog", () => {
  const logTable = (workbook: FakeWorkbook): FakeTable => {
    const table = workbook.tables.find((t) => t.name === "Importlog");
    if (!table) throw new Error("no log");
    return table;
  };
  const column = (table: FakeTable, name: string) => table.header.indexOf(name);

  it("logs under each column's name beside a column of remarks a colleague put in, and undoes", async () => {
    const workbook = await prepare();
    const log = logTable(workbook);
    log.header.splice(1, 0, "Opmerking");
    for (const row of log.body) row.splice(1, 0, { value: "gecontroleerd", numberFormat: "General" });
    const imported = await runImport(workbook, NEW_MARCH);
    expect(imported.logged).toBe(true);
    const last = log.body[log.body.length - 1];
    expect([
      last[column(log, "Opmerking")].value,
      last[column(log, "Bron")].value,
      last[column(log, "Rijen")].value,
    ]).toEqual(["", "nieuw.csv", 2]);
    expect(await runUndo(workbook)).toMatchObject({ rowsRemoved: 2, logged: true });
    expect(log.body[log.body.length - 1][column(log, "Bron")].value).toBe(
      "Ongedaan gemaakt: nieuw.csv (2 rijen weggehaald)",
    );
  });

  it("finds the newest import by its time when a colleague sorted the log newest first", async () => {
    const workbook = await prepareImported();
    const log = logTable(workbook);
    const at = column(log, "Tijdstip");
    log.body[0][at].value = (log.body[0][at].value as number) - 1; // the sample an instant earlier, whatever the clock did
    log.body.reverse();
    expect(await runUndo(workbook)).toMatchObject({ rowsRemoved: 2, months: ["2021-03"] });
  });
});

/** A row in Importlog of an import that kept nothing for undo (a colleague's, or an older add-in's). */
async function logOtherImport(workbook: FakeWorkbook, at: Date): Promise<void> {
  await runWithFakeExcel(workbook, (context) =>
    appendImportLog(asContext(context), {
      at,
      sourceLabel: "andere.csv",
      rows: 0,
      loans: 0,
      principalCents: 0,
      issueCount: 0,
      inputHash: "x",
    }),
  );
}
