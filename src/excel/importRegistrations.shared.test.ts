/*
 * A shared workbook: a colleague acts between any two of the import's requests, or the user
 * cancels; the colleague's work survives, or the import stops and leaves the table as they left it.
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
import { ImportOptions, importRegistrations, readImportTarget } from "./importRegistrations";
import { MONTH_NUMBER_FORMULA, YEAR_FORMULA } from "./registrationTableLayout";
import { WorkbookError } from "./workbookError";

const SAMPLE = buildPressReleaseRecords();
const MARCH = 44256;
const JANUARY = 44197;
const MAY = 44317;
const NEW_MARCH: RegistrationRecord[] = [
  { year: 2021, month: 3, termYears: 5, principalCents: 100_000_00, loans: 10, line: 2 },
  { year: 2021, month: 3, termYears: 10, principalCents: 50_000_00, loans: 2, line: 3 },
];

function runImport(workbook: FakeWorkbook, records: readonly RegistrationRecord[], options?: ImportOptions) {
  return runWithFakeExcel(workbook, (context) =>
    importRegistrations(
      context as unknown as Excel.RequestContext,
      { records, sourceLabel: "nieuw.csv", inputHash: "0", issueCount: 0 },
      options,
    ),
  );
}

async function prepare(): Promise<FakeWorkbook> {
  const workbook = createFakeWorkbook();
  await runWithFakeExcel(workbook, (context) =>
    importRegistrations(context as unknown as Excel.RequestContext, {
      records: SAMPLE,
      sourceLabel: "Voorbeeld",
      inputHash: "0",
      issueCount: 0,
    }),
  );
  return workbook;
}

const tableOf = (workbook: FakeWorkbook) => readTableValues(workbook, "Registraties") ?? [];
const registrations = (workbook: FakeWorkbook): FakeTable => {
  const table = workbook.tables.find((t) => t.name === "Registraties");
  if (!table) throw new Error("no table");
  return table;
};
const sorted = (rows: unknown[][]) => rows.map((row) => JSON.stringify(row)).sort();

/** The first row that matches, by what it holds: a colleague acts on a row, not on a position. */
function findRow(table: FakeTable, month: number, source: string): number {
  return table.body.findIndex((row) => row[0].value === month && row[6].value === source);
}

const ACTS: [string, ColleagueAct][] = [
  ["edits a kept row", (w) => editCell(registrations(w), findRow(registrations(w), JANUARY, "Voorbeeld"), 3, 999)],
  [
    "edits a row about to be replaced",
    (w) => {
      const row = findRow(registrations(w), MARCH, "Voorbeeld");
      if (row >= 0) editCell(registrations(w), row, 3, 999);
    },
  ],
  [
    "adds a row",
    (w) =>
      void insertRows(registrations(w), -1, [
        [44348, 7, 1234.5, 3, "", "", "'collega", YEAR_FORMULA, MONTH_NUMBER_FORMULA],
      ]),
  ],
  ["deletes a kept row", (w) => deleteRow(registrations(w), findRow(registrations(w), MAY, "Voorbeeld"))],
  [
    "deletes a row about to be replaced",
    (w) => {
      const row = findRow(registrations(w), MARCH, "Voorbeeld");
      if (row >= 0) deleteRow(registrations(w), row);
    },
  ],
  ["sorts the table by principal, largest first", (w) => sortRows(registrations(w), 2, false)],
  [
    "adds a column",
    (w) => {
      const table = registrations(w);
      table.header.push("Opmerking");
      table.body.forEach((row) =>
        row.push({ value: row[0].value === JANUARY ? "notitie" : "", numberFormat: "General" }),
      );
    },
  ],
];

/** Acts above the month the import replaces: every row below them moves. */
const ACTS_ABOVE: [string, ColleagueAct][] = [
  [
    "inserts a row at the top",
    (w) =>
      void insertRows(registrations(w), 0, [
        [44197, 9, 4321, 2, "", "", "'collega", YEAR_FORMULA, MONTH_NUMBER_FORMULA],
      ]),
  ],
  [
    "deletes a kept row above the month",
    (w) => deleteRow(registrations(w), findRow(registrations(w), JANUARY, "Voorbeeld")),
  ],
];

const STOPS_SOMEWHERE = new Set([
  "edits a row about to be replaced",
  "deletes a row about to be replaced",
  "sorts the table by principal, largest first",
  "adds a column",
]);

beforeEach(() => installOfficeGlobal("1.12"));
afterEach(() => removeOfficeGlobal());

describe("importRegistrations while a colleague works in the table", () => {
  it.each(ACTS)(
    "keeps what a colleague did, or stops unchanged, when the colleague %s at any request",
    async (name, act) => {
      const clean = await prepare();
      const before = clean.requests.length;
      await runImport(clean, NEW_MARCH);
      const requests = clean.requests.length - before;
      const newRows = tableOf(clean).filter((row) => row[6] === "nieuw.csv");
      expect(newRows).toHaveLength(2);

      const outcomes = new Set<string>();
      for (let boundary = 1; boundary <= requests; boundary++) {
        const workbook = await prepare();
        // What the colleague leaves when no import runs: the state to find again if the import stops.
        const alone = await prepare();
        act(alone);
        let acted = false;
        workbook.colleague = new Map([
          [workbook.requests.length + boundary, (w: FakeWorkbook) => ((acted = true), act(w))],
        ]);
        const error = await runImport(workbook, NEW_MARCH).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(acted).toBe(true);
        if (error !== undefined) {
          if (!(error instanceof WorkbookError)) throw error;
          expect((error as WorkbookError).code).toBe("table_changed_meanwhile");
          expect(tableOf(workbook)).toEqual(tableOf(alone));
          outcomes.add("stopped");
        } else {
          const width = registrations(alone).header.length;
          const kept = tableOf(alone).filter((row) => !(row[0] === MARCH && row[6] === "Voorbeeld"));
          const added = newRows.map((row) => [...row, ...new Array<string>(width - row.length).fill("")]);
          expect(sorted(tableOf(workbook))).toEqual(sorted([...kept, ...added]));
          outcomes.add("imported");
        }
      }
      expect(outcomes.has("imported")).toBe(true);
      // Acting on the rows to replace after they were read, or moving rows, must be noticed.
      if (STOPS_SOMEWHERE.has(name)) expect(outcomes.has("stopped")).toBe(true);
    },
  );
});

describe("importRegistrations with the table as the preview read it", () => {
  const readAtPreview = (workbook: FakeWorkbook) =>
    runWithFakeExcel(workbook, (context) => readImportTarget(context as unknown as Excel.RequestContext, NEW_MARCH));

  it("imports without reading the table again when nothing changed since", async () => {
    const workbook = await prepare();
    const reading = await readAtPreview(workbook);
    const before = workbook.requests.length;
    await runImport(workbook, NEW_MARCH, { reading });
    const withPreview = workbook.requests.length - before;
    const other = await prepare();
    const otherBefore = other.requests.length;
    await runImport(other, NEW_MARCH);
    expect(tableOf(workbook)).toEqual(tableOf(other));
    expect(withPreview).toBeLessThan(other.requests.length - otherBefore);
  });

  it.each(ACTS)("stops, or keeps the colleague's work, when the colleague %s after the preview", async (_name, act) => {
    const workbook = await prepare();
    const reading = await readAtPreview(workbook);
    act(workbook);
    const alone = await prepare();
    act(alone);
    const error = await runImport(workbook, NEW_MARCH, { reading }).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (error === undefined) {
      const kept = tableOf(alone).filter((row) => !(row[0] === MARCH && row[6] === "Voorbeeld"));
      expect(tableOf(workbook)).toEqual(expect.arrayContaining(kept));
      expect(tableOf(workbook)).toHaveLength(kept.length + NEW_MARCH.length);
    } else {
      expect(error).toMatchObject({ code: "table_changed_meanwhile" });
      expect(tableOf(workbook)).toEqual(tableOf(alone));
    }
  });

  it("reads nothing of a workbook without the table", async () => {
    expect(await readAtPreview(createFakeWorkbook())).toBeUndefined();
  });
});

describe("importRegistrations cancelled", () => {
  it("stops at the next request and leaves the table as it was, whichever request it is cancelled before", async () => {
    const clean = await prepare();
    const tableBefore = tableOf(clean);
    const before = clean.requests.length;
    await runImport(clean, NEW_MARCH);
    const tableAfter = tableOf(clean);
    const requests = clean.requests.length - before;
    const codes = new Set<string>();
    for (let boundary = 1; boundary <= requests; boundary++) {
      const workbook = await prepare();
      const controller = new AbortController();
      workbook.colleague = new Map([[workbook.requests.length + boundary, () => controller.abort()]]);
      const error = await runImport(workbook, NEW_MARCH, { signal: controller.signal }).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (error === undefined) {
        // Cancelled once the table was complete: only the log and the summaries were left.
        expect(tableOf(workbook)).toEqual(tableAfter);
      } else {
        expect((error as WorkbookError).code).toBe("import_cancelled");
        expect(tableOf(workbook)).toEqual(tableBefore);
        codes.add("import_cancelled");
      }
    }
    expect(codes.has("import_cancelled")).toBe(true);
  });

  it("writes nothing when cancelled before it starts", async () => {
    const workbook = createFakeWorkbook();
    const controller = new AbortController();
    controller.abort();
    await expect(runImport(workbook, NEW_MARCH, { signal: controller.signal })).rejects.toMatchObject({
      code: "import_cancelled",
    });
    expect(workbook.requests).toHaveLength(0);
  });
});

/** How an import is stopped at a request: the user cancels, or Excel fails it before or halfway through. */
type Stop = "cancel" | "failure" | "failure halfway";
const STOPS: Stop[] = ["cancel", "failure", "failure halfway"];

/** The table's rows as a multiset, for "every row of the colleague is still there". */
function countRows(rows: readonly unknown[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(JSON.stringify(row), (counts.get(JSON.stringify(row)) ?? 0) + 1);
  return counts;
}
function holdsAll(rows: readonly unknown[][], wanted: readonly unknown[][]): boolean {
  const have = countRows(rows);
  return [...countRows(wanted)].every(([row, count]) => (have.get(row) ?? 0) >= count);
}

describe("importRegistrations stopped after a colleague changed the table since the preview", () => {
  const readAtPreview = (workbook: FakeWorkbook) =>
    runWithFakeExcel(workbook, (context) => readImportTarget(context as unknown as Excel.RequestContext, NEW_MARCH));

  async function countRequests(withPreview: boolean): Promise<number> {
    const workbook = await prepare();
    const reading = withPreview ? await readAtPreview(workbook) : undefined;
    const before = workbook.requests.length;
    await runImport(workbook, NEW_MARCH, { reading });
    return workbook.requests.length - before;
  }

  /*
   * The colleague acts after the preview read, just before request `actAt` of the import (0: before
   * the import starts), and the import is stopped at a later request. Either the import completes
   * with the colleague's work in it, or the table is exactly as the colleague left it, or the error
   * says it could not be restored and what is left; a colleague's row is never lost.
   */
  it.each([...ACTS, ...ACTS_ABOVE].flatMap(([name, act]) => STOPS.map((stop) => [name, stop, act] as const)))(
    "keeps the colleague's work when the colleague %s and the import meets a %s at any later request",
    async (name, stop, act) => {
      const untouched = tableOf(await prepare());
      const alone = await prepare();
      act(alone);
      const outcomes = new Set<string>();
      for (const withPreview of [true, false]) {
        const requests = await countRequests(withPreview);
        for (let actAt = withPreview ? 0 : 1; actAt < requests; actAt++) {
          for (let stopAt = actAt + 1; stopAt <= requests; stopAt++) {
            const workbook = await prepare();
            const reading = withPreview ? await readAtPreview(workbook) : undefined;
            const base = workbook.requests.length;
            const controller = new AbortController();
            let acted = false;
            // An act on rows already gone does nothing: the table to find again is then the one before.
            let changed = false;
            const actOnce = (w: FakeWorkbook) => {
              const before = JSON.stringify(tableOf(w));
              act(w);
              [acted, changed] = [true, before !== JSON.stringify(tableOf(w))];
            };
            if (actAt === 0) actOnce(workbook);
            const colleague = new Map<number, ColleagueAct>([[base + stopAt, () => controller.abort()]]);
            if (actAt > 0) colleague.set(base + actAt, actOnce);
            if (stop !== "cancel") {
              colleague.delete(base + stopAt);
              workbook.failAtRequest = base + stopAt;
              workbook.failMode = stop === "failure" ? "before" : "midway";
            }
            workbook.colleague = colleague;
            const error = await runImport(workbook, NEW_MARCH, { reading, signal: controller.signal }).then(
              () => undefined,
              (e: unknown) => e,
            );
            if (!acted) continue; // the import was over before the colleague's turn came
            const reference = changed ? tableOf(alone) : untouched;
            const kept = reference.filter((row) => !(row[0] === MARCH && row[6] === "Voorbeeld"));
            const table = tableOf(workbook);
            const at = `preview ${withPreview}, colleague at ${actAt}, ${stop} at ${stopAt}`;
            if (error === undefined) {
              expect([at, holdsAll(table, kept), table.length]).toEqual([at, true, kept.length + NEW_MARCH.length]);
              outcomes.add("imported");
              continue;
            }
            // Nothing of the colleague's is lost, whatever the outcome.
            expect([at, holdsAll(table, kept)]).toEqual([at, true]);
            // Excel's own error: the request failed before the import wrote anything.
            const code = error instanceof WorkbookError ? error.code : "excel";
            if (error instanceof WorkbookError && code === "write_failed_not_restored") {
              const left = table.filter((row) => row[6] === "nieuw.csv").length;
              expect([at, error.gaps?.addedRowsLeft]).toEqual([at, left]);
              expect([at, left + (error.gaps?.rowsPutBackElsewhere ?? 0)]).not.toEqual([at, 0]);
              outcomes.add("not restored");
            } else {
              expect([at, code, table]).toEqual([at, code, reference]);
              outcomes.add("as the colleague left it");
            }
          }
        }
      }
      expect(outcomes.has("as the colleague left it")).toBe(true);
      // Only a colleague who moves rows about, or changes the rows to replace, can leave the import unsure.
      if (!STOPS_SOMEWHERE.has(name)) expect(outcomes.has("not restored")).toBe(false);
    },
    60_000,
  );
});

describe("importRegistrations replacing every row of the table, failed at any request", () => {
  it.each(["before", "midway"] as const)(
    "leaves the table as it was and says so when a request fails %s its commands",
    async (failMode) => {
      const prepareMarchOnly = async () => {
        const workbook = createFakeWorkbook();
        await runImport(workbook, NEW_MARCH.slice(0, 1));
        return workbook;
      };
      const probe = await prepareMarchOnly();
      const tableBefore = tableOf(probe);
      const before = probe.requests.length;
      await runImport(probe, NEW_MARCH);
      const requests = probe.requests.length - before;
      const codes = new Set<string>();
      for (let failAt = 1; failAt <= requests; failAt++) {
        const workbook = await prepareMarchOnly();
        workbook.failAtRequest = workbook.requests.length + failAt;
        workbook.failMode = failMode;
        const error = await runImport(workbook, NEW_MARCH).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (error === undefined) continue; // failed after the table was complete: the log or the summaries
        const code = error instanceof WorkbookError ? error.code : "excel";
        expect([failAt, code === "write_failed_not_restored", tableOf(workbook)]).toEqual([failAt, false, tableBefore]);
        codes.add(code);
      }
      expect(codes.has("write_failed_restored")).toBe(true);
    },
  );
});

describe("importRegistrations cancelled with wide rows", () => {
  it("takes back a large import with every request and answer within budget", async () => {
    const wide = (label: string) =>
      Array.from({ length: 3_000 }, (_, i): RegistrationRecord => ({
        year: 2021,
        month: 1 + (i % 12),
        termYears: 5 + (i % 6),
        principalCents: 100_000 + i,
        loans: 1,
        province: label.repeat(2_000),
        line: i + 2,
      }));
    const workbook = createFakeWorkbook();
    await runImport(workbook, wide("v"));
    const before = tableOf(workbook);
    const first = workbook.requests.length;
    const controller = new AbortController();
    const onProgress = ({ rowsDone, rowsTotal }: { rowsDone: number; rowsTotal: number }) => {
      if (rowsDone === rowsTotal) controller.abort();
    };
    await expect(runImport(workbook, wide("n"), { signal: controller.signal, onProgress })).rejects.toMatchObject({
      code: "import_cancelled",
    });
    expect(tableOf(workbook)).toEqual(before);
    const largest = Math.max(...workbook.requests.slice(first).map((r) => Math.max(r.bytes, r.responseBytes)));
    expect(largest).toBeLessThan(2_000_000);
  });
});
