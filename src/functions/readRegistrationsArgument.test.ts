import fc from "fast-check";
import { captureExcelError } from "../../test/fixtures/excelErrors";
import { buildPressReleaseMatrix, serialOfMonth } from "../../test/fixtures/excelRange";
import { buildPressReleaseCells } from "../../test/fixtures/pressReleaseCells";
import { toMonthKey } from "../domain/dates/monthKey";
import { summariseRegistrationMonth } from "../domain/registrations";
import { monthSummary } from "./functions";
import { readRegistrationsArgument } from "./readRegistrationsArgument";
import { toSummaryRows } from "./summaryRows";

describe("readRegistrationsArgument", () => {
  it("reads the press release's cells as records in input order, with their sheet rows", () => {
    const records = readRegistrationsArgument(buildPressReleaseCells(), "registrations", 3);
    expect(records).toHaveLength(28);
    expect(records[0]).toEqual({ year: 2021, month: 1, termYears: 5, principalCents: 287401515, loans: 448, line: 4 });
    expect(records.map((record) => record.line)).toEqual(
      [...records.map((record) => record.line)].sort((a, b) => a - b),
    );
  });

  it.each([
    ["a principal that is text", [[serialOfMonth("2021-01"), 5, "veel", 1]], "#VALUE!", /Regel 1: de hoofdsom 'veel'/],
    ["a row in the year 9999", [[2958465, 5, 1000, 1]], "#VALUE!", /2100/],
    ["a range of three columns", [[serialOfMonth("2021-01"), 5, 100]], "#VALUE!", /3 kolommen/],
    ["no range at all", "A1", "#VALUE!", /registrations/],
  ])("throws the Excel error for %s", (_case, range, code, message) => {
    const error = captureExcelError(() => readRegistrationsArgument(range));
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
  });

  it.each<[string, unknown[][]]>([
    ["on the web", [["", "", "", "", "", "", "", "", ""]]],
    ["on the desktop", [[0, 0, 0, 0, 0, 0, 0, 0, 0]]],
    ["as null cells", [[null, null, null, null]]],
  ])("reads an emptied table's blank row %s as no registrations", (_case, rows) => {
    expect(readRegistrationsArgument(rows)).toEqual([]);
    const error = captureExcelError(() => monthSummary(rows as any[][], "2021-01", null));
    expect(error?.code).toBe("#N/A");
    expect(error?.message).toMatch(/Geen registraties in januari 2021/);
  });

  it("leaves warnings (a rule broken, a row twice) to the import: they do not fail a formula", () => {
    const rows = [
      [serialOfMonth("2021-01"), 11, 1000, 1],
      [serialOfMonth("2021-01"), 11, 1000, 1],
    ];
    expect(readRegistrationsArgument(rows)).toHaveLength(2);
  });

  it("agrees with MONTH_SUMMARY on any range: same figures, or the same error", () => {
    const base = buildPressReleaseMatrix();
    const cell = fc.oneof(
      fc.constantFrom(null, 0, "", "veel", "Totaal januari", "februari", "2021 Total", 1e300, -1, 2958465, 5.5),
      fc.integer({ min: 1, max: 2_000_000 }),
      fc.constantFrom(...base.map((row) => row[0])),
    );
    const row = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...base) },
      { weight: 2, arbitrary: fc.tuple(cell, cell, cell, cell) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(...base).map(([, term, principal, loans]) => [null, term, principal, loans]),
      },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (rows, month) => {
        const monthText = `2021-0${month}`;
        const viaSummary = captureOrValue(() => monthSummary(rows as any[][], monthText, null));
        const viaRecords = captureOrValue(() => {
          const records = readRegistrationsArgument(rows);
          const summary = summariseRegistrationMonth(records, toMonthKey(2021, month));
          if (!summary.ok) throw new Error(summary.error.code);
          return toSummaryRows(summary.value, true);
        });
        if ("error" in viaSummary && viaSummary.error.code === "#N/A")
          expect(viaRecords).toEqual({ error: expect.anything() });
        else expect(viaRecords).toEqual(viaSummary);
      }),
      { numRuns: 300 },
    );
  });
});

function captureOrValue(call: () => unknown): { value: unknown } | { error: { code: string; message: string } } {
  const error = captureExcelError(call as () => unknown);
  return error === undefined ? { value: call() } : { error };
}
