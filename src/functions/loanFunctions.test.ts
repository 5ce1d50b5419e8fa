import { inEnglishExcel } from "../../test/fixtures/englishExcel";
import { captureExcelError } from "../../test/fixtures/excelErrors";
import { toDaySerial } from "../domain/dates/daySerial";
import { checkLoan, interestBounds, maxAmount, schedule, taxCredit } from "./functions";

/*
 * The loan formulas called the way Excel calls them: positional arguments, serial dates, `null` for an
 * omitted optional argument or an empty cell on the web, 0 for an empty cell on the desktop. A failure
 * must be the Excel error Excel would show, with a message.
 */

const serial = toDaySerial;

type BadInput = [string, () => unknown, string, RegExp];

function expectRefusals(cases: BadInput[]): void {
  it.each(cases)("refuses %s", (_case, call, code, message) => {
    const error = captureExcelError(call);
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
  });
}

describe("WINWIN.MAX_AMOUNT", () => {
  it.each([
    [serial(2020, 10, 6), null, 50_000],
    [serial(2020, 10, 7), null, 75_000],
    [serial(2020, 10, 7), 0, 75_000], // an empty party cell on the desktop
    [serial(2020, 10, 7), "", 75_000],
    ["2020-10-07", "lender", 75_000],
    ["07/10/2020", "Kredietgever", 75_000],
    [serial(2013, 8, 8), "borrower", 100_000],
    [serial(2013, 8, 9), "kredietnemer", 200_000],
    [serial(2020, 10, 7) + 0.5, "borrower", 300_000],
  ])("gives MAX_AMOUNT(%p, %p) = %p", (date, party, expected) => {
    expect(maxAmount(date, party)).toBe(expected);
  });

  expectRefusals([
    ["an unknown party", () => maxAmount(serial(2021, 1, 1), "bank"), "#VALUE!", /bank.*kredietgever/],
    ["a number as party", () => maxAmount(serial(2021, 1, 1), 2), "#VALUE!", /'2'/],
    ["a text date", () => maxAmount("morgen", null), "#VALUE!", /conclusion_date.*morgen/],
    ["a missing date", () => maxAmount(null, null), "#VALUE!", /conclusion_date/],
    ["a negative date", () => maxAmount(-5, null), "#VALUE!", /conclusion_date/],
    ["a date before the scheme", () => maxAmount(serial(2006, 8, 31), null), "#N/A", /1 september 2006/],
  ]);
});

describe("WINWIN.INTEREST_BOUNDS", () => {
  it.each([
    [serial(2021, 12, 31), [[0.00875, 0.0175]]],
    [serial(2022, 1, 1), [[0.0075, 0.015]]],
    ["2024-05-01", [[0.02875, 0.0575]]],
    [serial(2006, 9, 1), [[0.035, 0.07]]],
  ])("gives INTEREST_BOUNDS(%p) = %j", (date, expected) => {
    expect(interestBounds(date)).toEqual(expected);
  });

  expectRefusals([
    ["a year without a known legal rate", () => interestBounds(serial(2027, 1, 1)), "#N/A", /2027/],
    ["a date before the scheme", () => interestBounds(serial(2006, 8, 31)), "#N/A", /2006/],
    ["text", () => interestBounds("volgend jaar"), "#VALUE!", /start_date/],
    ["an empty desktop cell", () => interestBounds(0), "#VALUE!", /start_date ontbreekt/],
  ]);
});

describe("WINWIN.TAX_CREDIT", () => {
  it.each([
    [0, 10_000, serial(2021, 3, 1), 125],
    [10_000, 10_000, serial(2021, 3, 1), 250],
    [80_000, 80_000, serial(2020, 10, 6), 1_250],
    [80_000, 80_000, serial(2020, 10, 7), 1_875],
    [12_345.67, 12_000, "2021-01-15", 304.32],
  ])("gives TAX_CREDIT(%p, %p, %p) = %p", (jan1, dec31, date, expected) => {
    expect(taxCredit(jan1, dec31, date)).toBe(expected);
  });

  expectRefusals([
    ["a text balance", () => taxCredit("veel", 100, serial(2021, 1, 1)), "#VALUE!", /outstanding_jan1.*veel/],
    ["a negative balance", () => taxCredit(100, -1, serial(2021, 1, 1)), "#NUM!", /outstanding_dec31/],
    ["a date before the scheme", () => taxCredit(100, 100, serial(2005, 1, 1)), "#N/A", /2006/],
    ["a missing date", () => taxCredit(100, 100, null), "#VALUE!", /conclusion_date/],
  ]);
});

describe("WINWIN.SCHEDULE", () => {
  it("spills 10,000 at 1.75 % over 5 years, monthly annuity by default, from 31 January", () => {
    const rows = schedule(10_000, 5, 0.0175, serial(2021, 1, 31), null, null);
    expect(rows).toHaveLength(60);
    expect(rows[0]).toEqual([serial(2021, 2, 28), 174.19, 14.58, 159.61, 9840.39]);
    expect(rows[1][0]).toBe(serial(2021, 3, 31));
    expect(rows[59]).toEqual([serial(2026, 1, 31), 173.94, 0.25, 173.69, 0]);
  });

  it.each([
    // [payments a year, method, rows, first row]
    [4, "linear", 20, [serial(2021, 4, 30), 543.75, 43.75, 500, 9500]],
    [1, "bullet", 5, [serial(2022, 1, 31), 175, 175, 0, 10_000]],
    [2, "Annuïteit", 10, [serial(2021, 7, 31), 1048.75, 87.5, 961.25, 9038.75]],
    [0, 0, 60, [serial(2021, 2, 28), 174.19, 14.58, 159.61, 9840.39]], // empty desktop cells mean the defaults
    [12, "", 60, [serial(2021, 2, 28), 174.19, 14.58, 159.61, 9840.39]],
  ])("spills %p payments a year, method %p: %i rows", (paymentsPerYear, method, count, first) => {
    const rows = schedule(10_000, 5, 0.0175, serial(2021, 1, 31), paymentsPerYear, method);
    expect(rows).toHaveLength(count);
    expect(rows[0]).toEqual(first);
    expect(rows[count - 1][4]).toBe(0);
  });

  it("reads a text start date", () => {
    expect(schedule(1_000, 1, 0.02, "15/03/2021", 1, "bullet")).toEqual([[serial(2022, 3, 15), 1020, 20, 1000, 0]]);
    // Figures and dates as text, read as a register's cells are.
    expect(schedule("1.000,00", "1", "2 %", "15 maart 2021", 1, "bullet")).toEqual([
      [serial(2022, 3, 15), 1020, 20, 1000, 0],
    ]);
  });

  it("reads a term and payments per year written as text, as a register's cells are", () => {
    expect(schedule(1_000, "1 jaar", 0.02, "15/03/2021", "1", "bullet")).toEqual(
      schedule(1_000, 1, 0.02, "15/03/2021", 1, "bullet"),
    );
  });

  const start = serial(2021, 1, 31);
  expectRefusals([
    ["a text amount", () => schedule("tienduizend", 5, 0.0175, start, null, null), "#VALUE!", /amount.*tienduizend/],
    ["a zero amount", () => schedule(0, 5, 0.0175, start, null, null), "#NUM!", /amount.*0/],
    ["an amount below the cent", () => schedule(10_000.005, 5, 0.01, start, null, null), "#VALUE!", /amount.*cent/],
    ["a start in 9999", () => schedule(10_000, 5, 0.01, serial(9999, 1, 1), null, null), "#NUM!", /2100/],
    ["a start after 2100", () => schedule(10_000, 5, 0.01, serial(2101, 1, 1), null, null), "#NUM!", /2100/],
    ["a negative amount", () => schedule(-10_000, 5, 0.0175, start, null, null), "#NUM!", /amount/],
    ["a fractional term", () => schedule(10_000, 7.5, 0.0175, start, null, null), "#NUM!", /term_years.*7.5/],
    ["a zero term", () => schedule(10_000, 0, 0.0175, start, null, null), "#NUM!", /term_years/],
    ["a text term", () => schedule(10_000, "acht", 0.0175, start, null, null), "#VALUE!", /term_years.*acht/],
    [
      "a rate of 50",
      () => schedule(10_000, 5, 50, start, null, null),
      "#VALUE!",
      /rate 50 is geen rentevoet: typ 50 % of 0,5,/,
    ],
    ["a negative rate", () => schedule(10_000, 5, -0.01, start, null, null), "#NUM!", /rate/],
    ["a text rate", () => schedule(10_000, 5, "anderhalf %", start, null, null), "#VALUE!", /rate.*anderhalf/],
    ["a date before the scheme", () => schedule(10_000, 5, 0.0175, serial(2006, 8, 31), null, null), "#N/A", /2006/],
    ["a text date", () => schedule(10_000, 5, 0.0175, "ooit", null, null), "#VALUE!", /start_date/],
    ["3 payments a year", () => schedule(10_000, 5, 0.0175, start, 3, null), "#VALUE!", /payments_per_year.*'3'/],
    ["text payments", () => schedule(10_000, 5, 0.0175, start, "maandelijks", null), "#VALUE!", /payments_per_year/],
    ["an unknown method", () => schedule(10_000, 5, 0.0175, start, 12, "french"), "#VALUE!", /french/],
  ]);
});

describe("WINWIN.CHECK_LOAN", () => {
  it.each([
    [75_000, 8, 0.0175, serial(2021, 1, 15), /^OK$/],
    [75_000, 10, 0.00875, "2021-01-15", /^OK$/],
    [
      75_000.01,
      8,
      0.0175,
      serial(2021, 1, 15),
      /^Het bedrag van 75\.000,01 euro is hoger dan het maximum van 75\.000 euro/,
    ],
    [60_000, 5, 0.0175, serial(2020, 10, 6), /50\.000 euro .*; Een looptijd van 5 jaar .*\(toegelaten: 8 jaar/],
    [10_000, 8, 0.0175, serial(2022, 1, 1), /^De rentevoet van 1,75 % is hoger dan het maximum van 1,5 %/],
    [10_000, 7.5, 0.0175, serial(2021, 1, 1), /^Een looptijd van 7,5 jaar is niet toegelaten/],
  ])("gives CHECK_LOAN(%p, %p, %p, %p) = %s", (amount, term, rate, date, expected) => {
    expect(checkLoan(amount, term, rate, date)).toMatch(expected);
  });

  describe("in an English Excel", () => {
    inEnglishExcel();

    it("says what breaks in English", () => {
      expect(checkLoan(80_000, 8, 0.005, serial(2021, 1, 15))).toBe(
        "The amount of 80,000 euro is above the per-lender maximum of 75,000 euro for a loan of 15/01/2021; " +
          "The rate of 0.5% is below the minimum of 0.875%, half the legal interest rate of 2021",
      );
    });

    it.each([
      [50, "rate 50 is not a rate: type 50% or 0.5, not 50."],
      [1.5, "rate 1.5 is not a rate: type 1.5% or 0.015, not 1.5."],
    ])("explains a bad rate %p in English with the user's own figure", (rate, message) => {
      expect(captureExcelError(() => checkLoan(10_000, 8, rate, serial(2021, 1, 15)))).toEqual({
        code: "#VALUE!",
        message,
      });
    });
  });

  it.each([
    // [amount, term, rate, conclusion date, start date, text]: figures and dates typed as text, as in a register
    ["50.000,00", 5, "1,5%", serial(2021, 3, 1), null, "OK"],
    ["50,000.00", "5", "1.5 %", "1 maart 2021", null, "OK"],
    [10_000, 8, "0,0175", "15 March 2021", "15 maart 2021", "OK"],
    [10_000, 8, 0.015, serial(2027, 2, 1), null, /2027.*niet gecontroleerd/],
    [
      10_000,
      8,
      0.015,
      serial(2021, 3, 1),
      "28 februari 2021",
      /startdatum 28\/02\/2021 valt voor de afsluitdatum 01\/03\/2021/,
    ],
  ])("checks CHECK_LOAN(%p, %p, %p, %p, %p): %p", (amount, term, rate, conclusion, start, expected) => {
    expect(checkLoan(amount, term, rate, conclusion, start)).toMatch(expected);
  });

  const date = serial(2021, 1, 15);
  expectRefusals([
    ["a text amount", () => checkLoan("veel", 8, 0.0175, date), "#VALUE!", /amount.*veel/],
    ["a zero amount", () => checkLoan(0, 8, 0.0175, date), "#NUM!", /amount moet groter zijn dan 0/],
    ["a negative amount", () => checkLoan(-1, 8, 0.0175, date), "#NUM!", /amount/],
    ["a zero term", () => checkLoan(10_000, 0, 0.0175, date), "#NUM!", /term_years/],
    ["a negative term", () => checkLoan(10_000, -8, 0.0175, date), "#NUM!", /term_years/],
    ["a text term", () => checkLoan(10_000, "acht", 0.0175, date), "#VALUE!", /term_years.*acht/],
    ["a rate of 50", () => checkLoan(10_000, 8, 50, date), "#VALUE!", /rate 50 is geen rentevoet/],
    ["a negative rate", () => checkLoan(10_000, 8, -0.0175, date), "#NUM!", /rate/],
    ["a date before the scheme", () => checkLoan(10_000, 8, 0.0175, serial(2006, 8, 31)), "#N/A", /2006/],
    [
      "a rate of 1.5",
      () => checkLoan(10_000, 8, 1.5, date),
      "#VALUE!",
      /rate 1,5 is geen rentevoet: typ 1,5 % of 0,015,/,
    ],
    ["a rate of 2,25", () => checkLoan(10_000, 8, "2,25", date), "#VALUE!", /typ 2,25 % of 0,0225,/],
    ["a date after 2100", () => checkLoan(10_000, 8, 0.0175, serial(2101, 1, 1)), "#NUM!", /31 december 2100/],
    ["an amount below the cent", () => checkLoan(10_000.005, 8, 0.0175, date), "#VALUE!", /cent/],
    ["a missing date", () => checkLoan(10_000, 8, 0.0175, null), "#VALUE!", /conclusion_date/],
  ]);
});
