import { captureExcelError } from "../../test/fixtures/excelErrors";
import { toDaySerial } from "../domain/dates/daySerial";
import { checkLoan, lenderYears, schedule } from "./functions";

/*
 * The multi-year formulas called the way Excel calls them: positional arguments, serial dates, null
 * for an omitted optional argument. Expected figures are worked out by hand or by the exact-decimal
 * references next to the domain code, never by the code under test.
 */

const serial = toDaySerial;

function inEnglishExcel(): void {
  beforeEach(() => {
    (globalThis as unknown as { Office: unknown }).Office = { context: { displayLanguage: "en-US" } };
  });
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });
}

describe("WINWIN.LENDER_YEARS", () => {
  it("gives the issue's example: a 20,000 euro bullet loan at 2 % from 15 March 2021", () => {
    expect(lenderYears(20_000, 5, 0.02, serial(2021, 3, 15), 1, "bullet")).toEqual([
      [2021, 0, 20_000, 0, 0, 250, 250],
      [2022, 20_000, 20_000, 400, 120, 500, 780],
      [2023, 20_000, 20_000, 400, 120, 500, 780],
      [2024, 20_000, 20_000, 400, 120, 500, 780],
      [2025, 20_000, 20_000, 400, 120, 500, 780],
      [2026, 20_000, 0, 400, 120, 250, 530],
      ["Totaal", "", "", 2_000, 600, 2_500, 3_900],
    ]);
  });

  it("takes omitted options as SCHEDULE does: monthly annuity", () => {
    const rows = lenderYears(10_000, 5, 0.0175, serial(2021, 1, 31), null, null);
    const scheduleRows = schedule(10_000, 5, 0.0175, serial(2021, 1, 31), null, null);
    const interestCents = scheduleRows.reduce((total, row) => total + Math.round(row[2] * 100), 0);
    expect(Math.round(rows[rows.length - 1][3] * 100)).toBe(interestCents);
    expect(rows.map((row) => row[0])).toEqual([2021, 2022, 2023, 2024, 2025, 2026, "Totaal"]);
  });

  it("never spills NaN or Infinity", () => {
    const cells = lenderYears(0.01, 50, 0.99, serial(2006, 9, 1), 12, "linear").flat();
    expect(cells.filter((cell) => typeof cell === "number" && !Number.isFinite(cell))).toEqual([]);
  });

  inEnglishExcel();
  it.each([
    ["a term of 7.5 years", () => lenderYears(20_000, 7.5, 0.02, serial(2021, 3, 15)), "#NUM!", /term_years/],
    ["a rate typed as 2", () => lenderYears(20_000, 5, 2, serial(2021, 3, 15)), "#VALUE!", /not a rate/],
    ["no start date", () => lenderYears(20_000, 5, 0.02, null), "#VALUE!", /start_date is missing/],
    ["an unknown method", () => lenderYears(20_000, 5, 0.02, serial(2021, 3, 15), 1, "x"), "#VALUE!", /x/],
  ])("refuses %s", (_case, call, code, message) => {
    const error = captureExcelError(call);
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
  });
});

describe("WINWIN.CHECK_LOAN with a start date", () => {
  inEnglishExcel();
  it.each([
    [0.0175, serial(2021, 12, 20), null, "OK"],
    [0.0175, serial(2021, 12, 20), 0, "OK"], // an empty cell on the desktop
    [0.0175, serial(2021, 12, 20), serial(2021, 12, 31), "OK"],
    [
      0.015,
      serial(2021, 12, 20),
      serial(2022, 1, 1),
      "The loan starts in 2022, a later calendar year than it was concluded (2021): PMV warns it then loses the first year's tax credit",
    ],
    [
      0.0175,
      serial(2021, 12, 20),
      "2022-01-03",
      "The rate of 1.75% is above the maximum of 1.5%, the legal interest rate of 2022; " +
        "The loan starts in 2022, a later calendar year than it was concluded (2021): PMV warns it then loses the first year's tax credit",
    ],
  ])("checks %d concluded %s, starting %s", (rate, conclusion, start, expected) => {
    expect(checkLoan(20_000, 6, rate, conclusion, start)).toBe(expected);
  });

  it("refuses a start date that is no date", () => {
    expect(captureExcelError(() => checkLoan(20_000, 6, 0.015, serial(2021, 12, 20), "soon"))?.message).toMatch(
      /start_date must be a date/,
    );
  });
});
