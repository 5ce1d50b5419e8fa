import fc from "fast-check";
import { captureExcelError } from "../../test/fixtures/excelErrors";
import { buildPressReleaseMatrix, serialOfMonth } from "../../test/fixtures/excelRange";
import { buildPressReleaseCells } from "../../test/fixtures/pressReleaseCells";
import { projectSchemeCost } from "../domain/loans/costProjection";
import { MonthTermTotal, RegistrationRecord } from "../domain/registrations";
import { readRegistrationsArgument } from "./readRegistrationsArgument";
import { readRegistrationTotals } from "./readRegistrationTotals";

describe("readRegistrationTotals", () => {
  it("sums the press release's cells per month and term, ascending", () => {
    const totals = readRegistrationTotals(buildPressReleaseCells(), "registrations", 3);
    expect(totals).toHaveLength(28);
    expect(totals[0]).toEqual({ year: 2021, month: 1, termYears: 5, principalCents: 287401515, loans: 448 });
    const keys = totals.map(({ year, month, termYears }) => (year * 12 + month) * 100 + termYears);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(totals.reduce((sum, total) => sum + total.principalCents, 0)).toBe(6367994223);
  });

  it("adds rows of the same month and term together, whatever their day and order", () => {
    const rows = [
      [serialOfMonth("2021-02", 3), 10, 500, 1],
      [serialOfMonth("2021-01", 9), 5, 1000.1, 2],
      [serialOfMonth("2021-02", 20), 10, 250.25, 3],
    ];
    expect(readRegistrationTotals(rows)).toEqual([
      { year: 2021, month: 1, termYears: 5, principalCents: 100010, loans: 2 },
      { year: 2021, month: 2, termYears: 10, principalCents: 75025, loans: 4 },
    ]);
  });

  it.each([
    ["a principal that is text", [[serialOfMonth("2021-01"), 5, "veel", 1]], /Regel 1: de hoofdsom 'veel'/],
    ["a row in the year 9999", [[2958465, 5, 1000, 1]], /2100/],
    ["a range of three columns", [[serialOfMonth("2021-01"), 5, 100]], /3 kolommen/],
    ["no range at all", "A1", /registrations/],
  ])("throws the Excel error for %s", (_case, range, message) => {
    const error = captureExcelError(() => readRegistrationTotals(range));
    expect(error?.code).toBe("#VALUE!");
    expect(error?.message).toMatch(message);
  });

  it("equals readRegistrationsArgument's records grouped per month and term, or throws the same error", () => {
    const base = buildPressReleaseMatrix();
    const cell = fc.oneof(
      fc.constantFrom(null, 0, "", "veel", "Totaal januari", "Totaal februari", "februari", "2021 Total"),
      fc.constantFrom(1e300, -1, 2958465, 5.5, 0.001, 1e15, "maart 2021", "Looptijd"),
      fc.integer({ min: 1, max: 2_000_000 }),
      fc.constantFrom(...base.map((row) => row[0])),
    );
    const row = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...base) },
      { weight: 2, arbitrary: fc.tuple(cell, cell, cell, cell) },
      {
        weight: 3,
        arbitrary: fc.constantFrom(...base).map(([, term, principal, loans]) => [null, term, principal, loans]),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...base), fc.integer({ min: 2007, max: 2030 }), fc.integer({ min: 1, max: 28 }))
          .map(([[month, term, principal, loans], year, day]) => [
            (month as number) + (year - 2021) * 365 + day,
            term,
            principal,
            loans,
          ]),
      },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (rows, firstRow) => {
        const viaTotals = captureOrValue(() => readRegistrationTotals(rows, "registrations", firstRow));
        const viaRecords = captureOrValue(() =>
          groupPerMonthTerm(readRegistrationsArgument(rows, "registrations", firstRow)),
        );
        expect(viaTotals).toEqual(viaRecords);
      }),
      { numRuns: 400 },
    );
  });

  it("is not what COST_PROJECTION reads: an annuity rounds per loan, so two rows are not one loan of their sum", () => {
    const rows = [
      [serialOfMonth("2014-03"), 8, 1, 1],
      [serialOfMonth("2014-03"), 8, 1.16, 1],
      [serialOfMonth("2007-01"), 5, 1, 1],
    ];
    const perRow = projectSchemeCost(readRegistrationsArgument(rows), { method: "annuity" });
    const totals = readRegistrationTotals(rows).map((total, index) => ({ ...total, line: index + 1 }));
    expect(projectSchemeCost(totals, { method: "annuity" })).not.toEqual(perRow);
  });
});

function groupPerMonthTerm(records: readonly RegistrationRecord[]): MonthTermTotal[] {
  const byKey = new Map<
    string,
    { year: number; month: number; termYears: number; principalCents: number; loans: number }
  >();
  for (const { year, month, termYears, principalCents, loans } of records) {
    const key = `${year}|${month}|${termYears}`;
    const total = byKey.get(key);
    if (total === undefined) byKey.set(key, { year, month, termYears, principalCents, loans });
    else {
      total.principalCents += principalCents;
      total.loans += loans;
    }
  }
  return [...byKey.values()].sort((a, b) => a.year - b.year || a.month - b.month || a.termYears - b.termYears);
}

function captureOrValue(call: () => unknown): { value: unknown } | { error: { code: string; message: string } } {
  const error = captureExcelError(call);
  return error === undefined ? { value: call() } : { error };
}
