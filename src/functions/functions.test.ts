import { captureExcelError } from "../../test/fixtures/excelErrors";
import { buildPressReleaseMatrix, serialOfMonth } from "../../test/fixtures/excelRange";
import { PRESS_RELEASE_2021_MONTH_TOTALS } from "../../test/fixtures/pressRelease2021Rows";
import { buildPressReleaseCells } from "../../test/fixtures/pressReleaseCells";
import { SAMPLE_REGISTRATION_TEXT } from "../domain/registrations";
import { guarantee, guaranteeRate, monthSummary, validTerm } from "./functions";

/*
 * The functions called the way Excel calls them: positional arguments, serial dates, `null` for an
 * omitted optional argument or an empty cell on the web, 0 for an empty cell on the desktop, ranges
 * as 2-D arrays. A failure must be the Excel error Excel would show, with a message.
 */

const serial = (y: number, m: number, d: number) => serialOfMonth(`${y}-${String(m).padStart(2, "0")}`, d);

describe("WINWIN.GUARANTEE", () => {
  it.each([
    [10000, serial(2021, 1, 15), 4000],
    [100000, serial(2021, 1, 15), 30000],
    [100000, "2021-01-15", 30000],
    [100000, "15/01/2021", 30000],
    [10000, "2022-01-01", 3000],
    [10000, serial(2020, 3, 16) + 0.75, 4000], // a date with a time of day
    [0, serial(2021, 1, 15), 0], // an empty amount cell on the desktop
    ["10.000,50", serial(2021, 1, 15), 4000.2],
    ["10,000.50", "15 januari 2021", 4000.2],
    [10_000, "15 January 2021", 4000],
    [10_000, "31 december 2100", 3000],
  ])("gives GUARANTEE(%p, %p) = %p", (amount, date, expected) => {
    expect(guarantee(amount, date)).toBe(expected);
  });

  it.each([
    ["text amount", "veel", serial(2021, 1, 15), "#VALUE!", /amount/],
    ["missing amount (web empty cell)", null, serial(2021, 1, 15), "#VALUE!", /amount/],
    ["boolean amount", true, serial(2021, 1, 15), "#VALUE!", /amount/],
    ["missing date", 1000, null, "#VALUE!", /conclusion_date/],
    ["empty desktop date", 1000, 0, "#VALUE!", /conclusion_date/],
    ["text date", 1000, "gisteren", "#VALUE!", /conclusion_date.*gisteren/],
    ["impossible date", 1000, "31/02/2021", "#VALUE!", /conclusion_date/],
    ["date before the scheme", 1000, serial(2006, 8, 31), "#N/A", /1 september 2006/],
    ["negative amount", -1, serial(2021, 1, 15), "#NUM!", /amount/],
    ["huge amount", 1e308, serial(2021, 1, 15), "#NUM!", /amount.*te groot/],
    ["sub-cent amount", 12.345, serial(2021, 1, 15), "#VALUE!", /amount.*12.345.*cent/],
    ["date after 2100", 1000, serial(2101, 1, 1), "#NUM!", /31 december 2100/],
    ["text date after 2100", 1000, "1 januari 2101", "#NUM!", /01\/01\/2101/],
    ["written date that is no day", 1000, "31 februari 2021", "#VALUE!", /conclusion_date/],
  ])("refuses a %s", (_case, amount, date, code, message) => {
    const error = captureExcelError(() => guarantee(amount, date));
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
  });
});

describe("WINWIN.GUARANTEE_RATE", () => {
  it.each([
    [serial(2020, 3, 15), 0.3],
    [serial(2020, 3, 16), 0.4],
    [serial(2021, 12, 31), 0.4],
    [serial(2022, 1, 1), 0.3],
    ["2006-09-01", 0.3],
  ])("gives GUARANTEE_RATE(%p) = %p", (date, rate) => {
    expect(guaranteeRate(date)).toBe(rate);
  });

  it("says the scheme starts on 1 September 2006", () => {
    const error = captureExcelError(() => guaranteeRate("2006-08-31"));
    expect(error).toEqual({ code: "#N/A", message: expect.stringContaining("1 september 2006") });
  });
});

describe("WINWIN.VALID_TERM", () => {
  it.each([
    [8, serial(2020, 10, 6), true],
    [5, serial(2020, 10, 6), false],
    [5, serial(2020, 10, 7), true],
    [10, serial(2020, 10, 7), true],
    [11, serial(2020, 10, 7), false],
    [7.5, serial(2021, 1, 1), false],
    [-5, serial(2021, 1, 1), false],
    ["5", serial(2020, 10, 7), true],
    ["7,5", serial(2021, 1, 1), false],
  ])("gives VALID_TERM(%p, %p) = %p", (term, date, expected) => {
    expect(validTerm(term, date)).toBe(expected);
  });

  it.each([
    ["acht", serial(2021, 1, 1), "#VALUE!", /term_years/],
    [null, serial(2021, 1, 1), "#VALUE!", /term_years/],
    [8, "volgende week", "#VALUE!", /conclusion_date/],
    [8, serial(2001, 1, 1), "#N/A", /2006/],
  ])("refuses VALID_TERM(%p, %p) with %s", (term, date, code, message) => {
    const error = captureExcelError(() => validTerm(term, date));
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
  });
});

describe("WINWIN.MONTH_SUMMARY", () => {
  const matrix = buildPressReleaseMatrix();

  it("reproduces the press release's January 2021 table", () => {
    expect(monthSummary(matrix as any[][], serial(2021, 1, 1), null)).toEqual([
      [5, 2874015.15, 448, 6415.21],
      [6, 345000, 14, 24642.86],
      [7, 265000, 7, 37857.14],
      [8, 2398821, 76, 31563.43],
      [9, 70000, 2, 35000],
      [10, 3643420, 97, 37561.03],
      ["Totaal", 9596256.15, 644, 14901.02],
    ]);
  });

  it.each(PRESS_RELEASE_2021_MONTH_TOTALS.map(([month, principal, loans]) => [month, principal, loans]))(
    "gives %s the press release's subtotal",
    (month, principal, loans) => {
      const rows = monthSummary(matrix as any[][], month, null);
      expect(rows[rows.length - 1].slice(0, 3)).toEqual(["Totaal", principal, loans]);
    },
  );

  it.each([
    ["a date in the month", serial(2021, 3, 17)],
    ["text 2021-03", "2021-03"],
    ["text maart 2021", "maart 2021"],
    ["a Belgian date", "17/03/2021"],
  ])("finds the month from %s", (_case, month) => {
    expect(monthSummary(matrix as any[][], month, null).at(-1)).toEqual(["Totaal", 17966190, 1003, 17912.45]);
  });

  it("gives one row for a given term", () => {
    expect(monthSummary(matrix as any[][], serial(2021, 2, 1), 10)).toEqual([[10, 5618790, 175, 32107.37]]);
    // An empty term cell arrives as 0 on the desktop: all terms, as when omitted.
    expect(monthSummary(matrix as any[][], serial(2021, 1, 1), 0)).toEqual(
      monthSummary(matrix as any[][], serial(2021, 1, 1), null),
    );
    expect(monthSummary(matrix as any[][], serial(2021, 2, 1), "10")).toEqual([[10, 5618790, 175, 32107.37]]);
  });

  it("finds columns by their header, in any order, as Registraties[#All] hands them over", () => {
    const withHeader = [
      ["Aantal leningen", "Hoofdsom (EUR)", "Provincie", "Looptijd (jaar)", "Maand"],
      ...matrix.map(([month, term, principal, loans]) => [loans, principal, "Antwerpen", term, month]),
    ];
    expect(monthSummary(withHeader, "2021-01", null).at(-1)).toEqual(["Totaal", 9596256.15, 644, 14901.02]);
  });

  it("reads English headers", () => {
    const withHeader = [["Month", "Term", "Principal", "Loans"], ...matrix];
    expect(monthSummary(withHeader as any[][], "2021-05", 8)).toEqual([[8, 1898000, 108, 17574.07]]);
  });

  it("ignores rows whose month cell is empty, on the web (null) and on the desktop (0)", () => {
    const withBlanks = [...matrix, [null, null, null, null], [0, 0, 0, 0], ["", "", "", ""]];
    expect(monthSummary(withBlanks as any[][], "2021-01", null).at(-1)).toEqual(["Totaal", 9596256.15, 644, 14901.02]);
  });

  it.each([
    ["no registrations in the month", matrix, "2021-06", null, "#N/A", /juni 2021/],
    ["no registrations for the term", matrix, "2021-02", 9, "#N/A", /9/],
    ["a month that is not a date", [...matrix, ["juni?", 5, 10, 1]], "2021-01", null, "#VALUE!", /(Regel|Line) 29/],
    [
      "a principal that is text",
      [...matrix, [serial(2021, 6, 1), 5, "veel", 1]],
      "2021-01",
      null,
      "#VALUE!",
      /29.*veel/,
    ],
    ["a range of three columns", [[serial(2021, 1, 1), 5, 100]], "2021-01", null, "#VALUE!", /3/],
    [
      "a header without a principal column",
      [
        ["Maand", "Looptijd", "Aantal"],
        [serial(2021, 1, 1), 5, 1],
      ],
      "2021-01",
      null,
      "#VALUE!",
      /hoofdsom/i,
    ],
    ["a month argument that is not a month", matrix, "voorjaar", null, "#VALUE!", /month/],
    ["a term argument that is text", matrix, "2021-01", "vijf", "#VALUE!", /term/],
    ["a term that is not whole years", matrix, "2021-01", 5.5, "#VALUE!", /term.*5,5.*geheel aantal jaren/],
    ["a negative term", matrix, "2021-01", -5, "#NUM!", /term moet groter zijn dan 0 \(-5\)/],
    [
      "a term above 50 years",
      matrix,
      "2021-01",
      60,
      "#NUM!",
      /term moet een geheel aantal jaren van 1 tot 50 zijn, niet 60/,
    ],
    [
      "a year typed alone, a date in 1905",
      matrix,
      2021,
      null,
      "#N/A",
      /^De win-winlening bestaat pas sinds september 2006; juli 1905 valt daarvoor\. Een jaartal alleen \(2021\)/,
    ],
    [
      "a month number typed alone, a day in January 1900",
      matrix,
      3,
      null,
      "#N/A",
      /^De .* januari 1900 valt daarvoor\. Een maandnummer alleen \(3\) leest Excel als een dag in januari 1900/,
    ],
    ["a month before the scheme's start", matrix, "2006-08", null, "#N/A", /^De .* augustus 2006 valt daarvoor\.$/],
    ["a date in 1990", matrix, serial(1990, 5, 1), null, "#N/A", /^De .* mei 1990 valt daarvoor\.$/],
    ["a month after 2100", matrix, "2101-01", null, "#NUM!", /^januari 2101 valt na december 2100/],
    ["a date after 2100", matrix, serial(2101, 1, 15), null, "#NUM!", /^januari 2101 valt na december 2100/],
  ])("refuses %s", (_case, range, month, term, code, message) => {
    const error = captureExcelError(() => monthSummary(range as any[][], month, term));
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
  });
});

describe("WINWIN.MONTH_SUMMARY on the press release pasted into cells", () => {
  const cells = buildPressReleaseCells();

  it("carries each month down to the rows below it and checks the Totaal rows", () => {
    expect(monthSummary(cells as any[][], "2021-01", null).at(-1)).toEqual(["Totaal", 9596256.15, 644, 14901.02]);
  });

  it.each(PRESS_RELEASE_2021_MONTH_TOTALS.map(([month, principal, loans]) => [month, principal, loans]))(
    "gives %s what the import gives",
    (month, principal, loans) => {
      expect(
        monthSummary(cells as any[][], month, null)
          .at(-1)
          ?.slice(0, 3),
      ).toEqual(["Totaal", principal, loans]);
    },
  );

  it("refuses a subtotal that does not add up, naming its row", () => {
    const wrong = cells.map((row) => (row[0] === "Totaal januari" ? [row[0], "", 9596256.16, 644] : row));
    const error = captureExcelError(() => monthSummary(wrong as any[][], "2021-03", null));
    expect(error?.code).toBe("#VALUE!");
    expect(error?.message).toMatch(/^Regel 8: het subtotaal van januari 2021/);
  });

  it("names the sheet row when Excel says where the range stands", () => {
    const wrong = cells.map((row) => (row[0] === "Totaal januari" ? [row[0], "", 9596256.16, 644] : row));
    const invocation = { parameterAddresses: ["Blad1!$A$11:$D$50", "", ""] } as unknown as CustomFunctions.Invocation;
    const error = captureExcelError(() => monthSummary(wrong as any[][], "2021-03", null, invocation));
    expect(error?.message).toMatch(/^Regel 18: het subtotaal van januari 2021/);
  });

  it("refuses a grand total that does not add up", () => {
    const wrong = cells.map((row) => (row[0] === "2021 Total" ? [row[0], "", 63679942.23, 3394] : row));
    expect(captureExcelError(() => monthSummary(wrong as any[][], "2021-03", null))?.code).toBe("#VALUE!");
  });
});

describe("WINWIN.MONTH_SUMMARY on the press release pasted as it is, one line per cell", () => {
  const column = SAMPLE_REGISTRATION_TEXT.split("\n").map((line) => [line === "" ? null : line]);

  it("gives every month what the table in cells gives", () => {
    const cells = buildPressReleaseCells();
    for (const [month] of PRESS_RELEASE_2021_MONTH_TOTALS)
      expect(monthSummary(column as any[][], month, null)).toEqual(monthSummary(cells as any[][], month, null));
  });

  it("names the sheet row of a line it cannot read", () => {
    const broken = column.map(([line]) => [line === "2021 januari 5 2.874.015,15 € 448" ? `${line} *` : line]);
    const invocation = { parameterAddresses: ["Blad1!$A$3:$A$60", "", ""] } as unknown as CustomFunctions.Invocation;
    const row = column.findIndex(([line]) => line === "2021 januari 5 2.874.015,15 € 448") + 3;
    const error = captureExcelError(() => monthSummary(broken as any[][], "2021-03", null, invocation));
    expect(error?.code).toBe("#VALUE!");
    expect(error?.message).toMatch(new RegExp(`^Regel ${row}: `));
  });
});
