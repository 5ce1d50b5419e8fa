import { buildPressReleaseMatrix } from "../../../../test/fixtures/excelRange";
import { toDaySerial } from "../../dates/daySerial";
import { failsFormula } from "../registrationIssue";
import { parseRegistrationRange } from "./parseRegistrationRange";
import { isRangeOfLines } from "./tokenizeRange";
import { parseRegistrations } from "./parseRegistrations";
import { RegistrationImport } from "../registrationImport";
import { SAMPLE_REGISTRATION_TEXT } from "../sampleRegistrations";

function issuesOf(result: RegistrationImport): string[] {
  return result.issues.map((issue) => `${issue.line} ${issue.code}`);
}

describe("parseRegistrationRange", () => {
  it("reads the press release's rows by position when the selection has no header", () => {
    const result = parseRegistrationRange(buildPressReleaseMatrix());
    expect(result.records).toHaveLength(28);
    expect(result.records.reduce((sum, r) => sum + r.loans, 0)).toBe(3393);
    expect(result.records.reduce((sum, r) => sum + r.principalCents, 0)).toBe(6_367_994_223);
    expect(result.issues).toEqual([]);
  });

  it("is what parseRegistrations does with a 2-D array", () => {
    const matrix = buildPressReleaseMatrix();
    expect(parseRegistrations(matrix)).toEqual(parseRegistrationRange(matrix));
  });

  it("numbers rows from the sheet row the range starts on", () => {
    const result = parseRegistrationRange(
      [
        ["Datum", "Looptijd", "Hoofdsom"],
        [toDaySerial(2021, 3, 15), 5, 1000],
      ],
      7,
    );
    expect(result.records[0].line).toBe(8);
  });

  it("reads numbers, serials, text figures and a header below a title, in any column order", () => {
    const values = [
      ["Registraties maart", "", "", ""],
      ["Provincie", "Hoofdsom (EUR)", "Looptijd (jaar)", "Registratiedatum"],
      ["Limburg", 25000.5, 5, toDaySerial(2021, 3, 15) + 0.5],
      ["", "12.500,00 €", "10", "16/03/2021"],
      ["", "", "", ""],
      [null, null, null, null],
    ];
    const result = parseRegistrationRange(values);
    expect(result.records).toEqual([
      { year: 2021, month: 3, termYears: 5, principalCents: 2_500_050, loans: 1, province: "Limburg", line: 3 },
      { year: 2021, month: 3, termYears: 10, principalCents: 1_250_000, loans: 1, line: 4 },
    ]);
    expect(result.format).toEqual({ source: "range", rows: "perLoan" });
  });

  it.each([
    ["a boolean principal", [toDaySerial(2021, 3, 1), 5, true, 1], "import_principal_not_number"],
    ["a word that is no month", ["voorjaar", 5, 1000, 1], "import_month_name_unknown"],
    ["a text date that is none", ["2021/13/45", 5, 1000, 1], "import_date_invalid"],
    ["a negative serial", [-5, 5, 1000, 1], "import_date_invalid"],
    ["a term of 7.5", [toDaySerial(2021, 3, 1), 7.5, 1000, 1], "import_term_not_whole_years"],
    ["a count of 2.5", [toDaySerial(2021, 3, 1), 5, 1000, 2.5], "import_loans_not_whole"],
    ["a desktop-empty month (0) on the first row", [0, 5, 1000, 1], "import_month_missing"],
  ])("reports %s", (_case, row, code) => {
    expect(parseRegistrationRange([row]).issues.map((issue) => issue.code)).toEqual([code]);
  });

  it("reports a range too narrow to read by position", () => {
    expect(issuesOf(parseRegistrationRange([[toDaySerial(2021, 3, 1), 5, 1000]]))).toEqual([
      "0 import_header_missing",
      "1 import_row_without_columns",
    ]);
  });

  it.each<[string, unknown[][]]>([
    ["an empty selection", []],
    [
      "blank rows",
      [
        ["", "", ""],
        [null, null, null],
      ],
    ],
    ["a desktop's blank rows", [[0, 0, 0, 0, 0, 0, 0, 0, 0]]],
  ])("reads %s as no table, with that said", (_case, rows) => {
    expect(issuesOf(parseRegistrationRange(rows))).toEqual(["0 import_no_table"]);
  });
});

describe("parseRegistrationRange on total rows that state no count", () => {
  const january = toDaySerial(2021, 1, 1);
  it.each([
    ["null (Excel on the web)", null],
    ["0 (Excel on the desktop)", 0],
    ["an empty text", ""],
  ])("checks the principal only when the count cell is %s", (_case, empty) => {
    const result = parseRegistrationRange([
      [january, 5, 1000, 4],
      [null, 6, 500.5, 1],
      ["Totaal januari", null, 1500.5, empty],
      ["Totaal", null, 1500.5, empty],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.lines).toMatchObject({ records: 2, totals: 2, rejected: 0 });
  });

  it("still warns when the principal of such a total does not add up", () => {
    const result = parseRegistrationRange([
      [january, 5, 1000, 4],
      ["Totaal januari", null, 999, null],
    ]);
    expect(issuesOf(result)).toEqual(["2 import_month_subtotal_mismatch"]);
  });

  it.each([
    ["null (Excel on the web)", null],
    ["0 (Excel on the desktop)", 0],
  ])("checks the count only when the principal cell is %s", (_case, empty) => {
    const rows = [
      [january, 5, 1000, 4],
      [null, 6, 500.5, 1],
      ["Totaal januari", null, empty, 5],
      ["Totaal", empty, empty, 5],
    ];
    expect(parseRegistrationRange(rows).issues).toEqual([]);
    const wrong = parseRegistrationRange([...rows.slice(0, 2), ["Totaal", empty, empty, 6]]);
    expect(issuesOf(wrong)).toEqual(["3 import_grand_total_mismatch"]);
    expect(wrong.issues[0].message).toContain("(– euro, 6 leningen)");
  });

  it("checks the subtotals Excel's own Subtotal command writes, the total word last", () => {
    const rows = [
      ["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"],
      ["januari 2021", 5, 1000, 4],
      ["januari 2021", 6, 500, 1],
      ["januari 2021 Totaal", null, 1500, 5],
      ["februari 2021", 5, 200, 1],
      ["februari 2021 Totaal", null, 250, 1],
      ["Eindtotaal", null, 1700, 6],
    ];
    const result = parseRegistrationRange(rows);
    expect(issuesOf(result)).toEqual(["6 import_month_subtotal_mismatch"]);
    expect(result.lines).toMatchObject({ records: 3, totals: 3 });
  });

  it("refuses a total not exact to the cent as such", () => {
    const result = parseRegistrationRange([
      [january, 5, 100, 1],
      ["Totaal januari", null, 100.001, 1],
    ]);
    expect(issuesOf(result)).toEqual(["2 import_principal_not_whole_cents"]);
  });

  it("refuses a total row that states neither figure", () => {
    const result = parseRegistrationRange([
      [january, 5, 1000, 4],
      ["Totaal januari", null, null, null],
    ]);
    expect(issuesOf(result)).toEqual(["2 import_total_without_figures"]);
  });
});

describe("parseRegistrationRange on a report pasted into one column", () => {
  const pasted = (text: string) => text.split("\n").map((line) => [line === "" ? null : line, null, null]);

  it("reads the press release's lines as copied text, numbered by sheet row", () => {
    const fromText = parseRegistrations(SAMPLE_REGISTRATION_TEXT);
    const fromCells = parseRegistrationRange(pasted(SAMPLE_REGISTRATION_TEXT), 5);
    expect(fromCells.issues).toEqual([]);
    expect(fromCells.lines).toEqual(fromText.lines);
    expect(fromCells.records).toEqual(fromText.records.map((record) => ({ ...record, line: record.line + 4 })));
    expect(fromCells.format).toEqual({ source: "range", rows: "aggregated" });
  });

  it("names the sheet row of a line it cannot read", () => {
    const text = SAMPLE_REGISTRATION_TEXT.replace("2021 januari 5", "2021 januari 5x");
    const result = parseRegistrationRange(pasted(text), 3);
    const line = SAMPLE_REGISTRATION_TEXT.split("\n").findIndex((l) => l.startsWith("2021 januari 5")) + 3;
    expect(result.issues.filter((issue) => issue.severity === "error").map((issue) => issue.line)).toContain(line);
  });

  it.each([
    ["the press release's lines", pasted(SAMPLE_REGISTRATION_TEXT), true],
    ["lines with zeros beside them (empty cells on the desktop)", [["2021 januari 5 1.000,00 € 4", 0]], true],
    ["numbers in one column", [[1000], [2000]], false],
    ["words without figures", [["Registraties"], ["Bron: PMV"]], false],
    [
      "a title above a table of cells",
      [
        ["Registraties 2021 januari 5", null],
        [toDaySerial(2021, 1, 1), 5],
      ],
      false,
    ],
  ])("tells %s apart: lines %s", (_case, values, lines) => {
    expect(isRangeOfLines(values)).toBe(lines);
  });
});

describe("parseRegistrationRange on amounts typed as text", () => {
  const january = toDaySerial(2021, 1, 1);
  it.each([
    ["with Belgian amounts beside them", "1.000,50", 250],
    ["with English amounts beside them", "1,000.50", 250_000],
  ])("reads '2,500' by the separator the range's text shows, %s", (_case, other, cents) => {
    const result = parseRegistrationRange([
      [january, 5, "2,500", 1],
      [january, 6, other, 1],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records[0].principalCents).toBe(cents);
  });

  it("warns that '2,500' may be either when nothing in the range shows the separator", () => {
    const result = parseRegistrationRange([
      [january, 5, "2,500", 1],
      [january, 6, 1000.5, 1],
    ]);
    expect(issuesOf(result)).toEqual(["1 import_figure_ambiguous"]);
  });
});

describe("parseRegistrationRange for a formula (errors only)", () => {
  const january2019 = toDaySerial(2019, 1, 1);
  const january2021 = toDaySerial(2021, 1, 1);
  it.each([
    ["the press release", buildPressReleaseMatrix()],
    [
      "rows breaking the rules of their day, repeated",
      [
        [january2019, 5, 1000, 1],
        [january2019, 5, 1000, 1],
        [january2021, 5, 400_000, 1],
      ],
    ],
    [
      "an error and a subtotal that does not add up",
      [
        [january2021, 5, 1000, 1],
        [null, 6, "x", 1],
        ["Totaal januari", null, 999, 1],
      ],
    ],
  ])("reads %s into the same records, leaving out only the warnings no formula fails on", (_case, values) => {
    const all = parseRegistrationRange(values);
    const errorsOnly = parseRegistrationRange(values, 1, "errorsOnly");
    expect(errorsOnly.records).toEqual(all.records);
    expect(errorsOnly.lines).toEqual(all.lines);
    const failing = (result: RegistrationImport) =>
      issuesOf(result).filter((_, i) => failsFormula(result.issues[i].code));
    expect(issuesOf(errorsOnly)).toEqual(failing(all));
  });
});

describe("parseRegistrationRange on lines in one column, among other values", () => {
  it.each([
    ["empty cells of the desktop (0) as blank lines", 0, { read: 3, records: 2, headers: 1, text: 0, rejected: 0 }],
    ["a value that is no line as a line it cannot read", true, { read: 4, records: 2, headers: 1, rejected: 1 }],
  ])("accounts for %s", (_case, other, lines) => {
    const result = parseRegistrationRange([
      ["Registratiedatum Lening periode Hoofdsom Aantal leningen"],
      ["2021 januari 5 1.000,00 € 4"],
      [other],
      ["6 500,00 € 1"],
    ]);
    expect(result.lines).toMatchObject(lines);
    expect(result.records).toHaveLength(2);
  });
});

describe("parseRegistrationRange on notes and titles around the table", () => {
  const HEADER = ["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"];
  it.each([
    [
      "a note below the table, empty cells as on the web",
      [HEADER, [44197, 5, 100, 1], [null, null, null, null], ["Bron: PMV", null, null, null]],
    ],
    [
      "a note below the table, empty cells as on the desktop",
      [HEADER, [44197, 5, 100, 1], [0, 0, 0, 0], ["Bron: PMV", 0, 0, 0]],
    ],
    [
      "a title above the header, empty cells as on the desktop",
      [["Win-winleningen", 0, 0, 0], HEADER, [44197, 5, 100, 1]],
    ],
  ])("reads %s as text", (_case, matrix) => {
    const result = parseRegistrationRange(matrix);
    expect(result.issues).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.lines).toMatchObject({ text: 1, records: 1, rejected: 0 });
  });

  it("leaves the rows under a note amid the table without the month above it (it may be a month misspelled)", () => {
    const result = parseRegistrationRange([
      HEADER,
      [44197, 5, 100, 1],
      ["Febuari", null, null, null],
      [null, 6, 200, 1],
    ]);
    expect(issuesOf(result)).toEqual(["3 import_line_unreadable", "4 import_month_after_unreadable_line"]);
  });

  it("rejects a note between the table's rows, as a file does", () => {
    const result = parseRegistrationRange([
      HEADER,
      [44197, 5, 100, 1],
      ["Bron: PMV", null, null, null],
      [44198, 6, 200, 1],
    ]);
    expect(issuesOf(result)).toEqual(["3 import_line_unreadable"]);
  });
});
