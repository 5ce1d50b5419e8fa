import { RegistrationImport } from "../registrationImport";
import { parseRegistrations, readRegistrationTable } from "./parseRegistrations";
import { TEXT_SETTINGS } from "./registrationFormats";
import { tokenizeText } from "./tokenizeText";

/** Copied text through the text tokenizer, whatever the delimiter detection would make of it. */
function parseRegistrationText(text: string): RegistrationImport {
  return readRegistrationTable(TEXT_SETTINGS, (reader) => tokenizeText(text, reader));
}

/** Issues as `line code` strings, the shortest way to say which checks fired where. */
function issuesOf(result: RegistrationImport): string[] {
  return result.issues.map((issue) => `${issue.line} ${issue.code}`);
}

function lines(...text: string[]): string {
  return text.join("\n");
}

const HEADER = "Registratiedatum Lening periode Hoofdsom Aantal leningen";

describe("parseRegistrationText", () => {
  it("carries the year and the month down to the rows below them", () => {
    const result = parseRegistrationText(
      lines(HEADER, "2021 januari 5 1.000,00 € 2", "  6 500,00 € 1", "  februari 5 300,00 € 1"),
    );
    expect(result.records.map((r) => [r.year, r.month, r.termYears, r.principalCents, r.loans, r.line])).toEqual([
      [2021, 1, 5, 100000, 2, 2],
      [2021, 1, 6, 50000, 1, 3],
      [2021, 2, 5, 30000, 1, 4],
    ]);
    expect(result.issues).toEqual([]);
  });

  it("switches year when a row names a new one", () => {
    const result = parseRegistrationText(lines("2021 december 5 1.000,00 € 1", "2022 januari 5 2.000,00 € 1"));
    expect(result.records.map((r) => [r.year, r.month])).toEqual([
      [2021, 12],
      [2022, 1],
    ]);
  });

  it("reads months written as 2021-03 or 03/2021", () => {
    const result = parseRegistrationText(lines("2021-03 5 1.000,00 € 1", "04/2021 5 1.000,00 € 1"));
    expect(result.records.map((r) => [r.year, r.month])).toEqual([
      [2021, 3],
      [2021, 4],
    ]);
  });

  it("reads the figures in the order the header gives them", () => {
    const result = parseRegistrationText(
      lines("Maand Aantal leningen Hoofdsom Looptijd", "2021 januari 7 1.000,00 € 5"),
    );
    expect(result.records[0]).toMatchObject({ termYears: 5, principalCents: 100000, loans: 7 });
  });

  it("skips prose before and after the table, digits and all", () => {
    const result = parseRegistrationText(
      lines(
        "In 2021 werden 3.393 leningen afgesloten.",
        HEADER,
        "2021 januari 5 1.000,00 € 2",
        "",
        "Antwerpen had er de meeste, 1.200 of zo.",
      ),
    );
    expect(result.records).toHaveLength(1);
    expect(result.issues).toEqual([]);
  });

  it.each([
    [
      "a word inside the table",
      lines(HEADER, "2021 januari 5 1.000,00 € 2", "zie voetnoot", "  6 500,00 € 1"),
      ["3 import_line_unreadable"],
    ],
    [
      "a row that lost a figure, inside",
      lines("2021 januari 5 1.000,00 € 2", "  6 500,00 €", "  7 500,00 € 1"),
      ["2 import_line_unreadable"],
    ],
    [
      "a row that lost a figure, as the last line",
      lines("2021 januari 5 1.000,00 € 2", "  6 500,00 €"),
      ["2 import_line_unreadable"],
    ],
    [
      "a month name that is none",
      lines("2021 janvier 5 1.000,00 € 2", "  6 500,00 € 1"),
      ["1 import_month_name_unknown", "2 import_month_after_unknown_name"],
    ],
    [
      "a month before any year",
      lines(HEADER, "januari 5 1.000,00 € 2", "  6 500,00 € 1"),
      ["2 import_row_outside_year", "3 import_row_outside_year"],
    ],
    ["a row before any month or year", lines(HEADER, "  5 1.000,00 € 2"), ["2 import_row_outside_year"]],
    ["a year without a month", lines("2021 5 1.000,00 € 2"), ["1 import_month_missing"]],
    [
      "a row after its month's subtotal",
      lines("2021 januari 5 1.000,00 € 2", "Totaal januari 1.000,00 € 2", "  6 500,00 € 1"),
      ["3 import_month_missing"],
    ],
    ["a term of 7.5 years", lines("2021 januari 7,5 1.000,00 € 2"), ["1 import_term_not_whole_years"]],
    ["a term that is not a number", lines("2021 januari vijf 1.000,00 € 2"), ["1 import_term_not_whole_years"]],
    ["a principal of zero", lines("2021 januari 5 0,00 € 2"), ["1 import_principal_not_positive"]],
    ["a negative principal", lines("2021 januari 5 -1.000,00 € 2"), ["1 import_principal_not_positive"]],
    ["a principal that is not a number", lines("2021 januari 5 1.0O0,00 € 2"), ["1 import_principal_not_number"]],
    ["a count of zero", lines("2021 januari 5 1.000,00 € 0"), ["1 import_loans_not_positive"]],
    ["a count that is not whole", lines("2021 januari 5 1.000,00 € 1,5"), ["1 import_loans_not_whole"]],
    [
      "every bad figure of a row at once",
      lines("2021 januari 0 -5 x1"),
      ["1 import_term_not_positive", "1 import_principal_not_positive", "1 import_loans_not_whole"],
    ],
    [
      "a month and term twice",
      lines("2021 januari 5 1.000,00 € 2", "  5 1.000,00 € 2"),
      ["2 import_duplicate_month_term"],
    ],
    ["a month before the scheme", lines("2006 augustus 8 1.000,00 € 1"), ["1 import_date_before_scheme"]],
    ["the first month of the scheme", lines("2006 september 8 1.000,00 € 1"), []],
    ["a 5-year term in September 2020", lines("2020 september 5 1.000,00 € 1"), ["1 import_term_not_allowed"]],
    ["an 8-year term in September 2020", lines("2020 september 8 1.000,00 € 1"), []],
    ["a 5-year term in October 2020, when the rule changed", lines("2020 oktober 5 1.000,00 € 1"), []],
    ["an 8-year term in October 2020", lines("2020 oktober 8 1.000,00 € 1"), []],
    ["an 8-year term in November 2020", lines("2020 november 8 1.000,00 € 1"), []],
    ["an 11-year term in 2021", lines("2021 januari 11 1.000,00 € 1"), ["1 import_term_not_allowed"]],
    [
      "an average above 75,000 euro in 2021",
      lines("2021 januari 5 150.000,02 € 2"),
      ["1 import_average_above_lender_maximum"],
    ],
    ["an average of exactly 75,000 euro in 2021", lines("2021 januari 5 150.000,00 € 2"), []],
    [
      "an average above 50,000 euro in September 2020",
      lines("2020 september 8 50.000,01 € 1"),
      ["1 import_average_above_lender_maximum"],
    ],
    ["an average of 75,000 euro in October 2020", lines("2020 oktober 5 75.000,00 € 1"), []],
  ])("reports %s", (_case, text, expected) => {
    expect(issuesOf(parseRegistrationText(text))).toEqual(expected);
  });

  it.each([
    ["a matching subtotal", "Totaal januari 1.500,00 € 3", []],
    ["a subtotal with another principal", "Totaal januari 1.500,01 € 3", ["3 import_month_subtotal_mismatch"]],
    ["a subtotal with another count", "Totaal januari 1.500,00 € 4", ["3 import_month_subtotal_mismatch"]],
    ["a subtotal of an unknown month", "Totaal janvier 1.500,00 € 3", ["3 import_month_name_unknown"]],
    ["a subtotal with a figure that is not one", "Totaal januari veel € 3", ["3 import_principal_not_number"]],
    ["a matching grand total for the year", "2021 Total 1.500,00 € 3", []],
    ["a matching grand total", "Totaal 1.500,00 € 3", []],
    ["a grand total that differs", "2021 Total 1.400,00 € 3", ["3 import_grand_total_mismatch"]],
    ["a grand total of another year", "2020 Total 1.500,00 € 3", ["3 import_grand_total_mismatch"]],
    ["a subtotal that states no count", "Totaal januari 1.500,00 €", []],
    ["a subtotal that states no count, € first", "Totaal januari € 1.500,00", []],
    [
      "a subtotal that states no count and another principal",
      "Totaal januari 1.500,01 €",
      ["3 import_month_subtotal_mismatch"],
    ],
    ["a grand total that states no count", "2021 Total 1.500,00 €", []],
  ])("checks %s", (_case, totalLine, expected) => {
    const text = lines("2021 januari 5 1.000,00 € 2", "  6 500,00 € 1", totalLine);
    expect(issuesOf(parseRegistrationText(text))).toEqual(expected);
  });

  it("gives a subtotal mismatch both figures, stated and summed", () => {
    const [issue] = parseRegistrationText(lines("2021 januari 5 1.000,00 € 2", "Totaal januari 1.500,00 € 3")).issues;
    expect(issue).toMatchObject({
      line: 2,
      severity: "warning",
      params: {
        month: { month: "2021-01" },
        statedEuro: { euroCents: 150000 },
        statedLoans: 3,
        summedEuro: { euroCents: 100000 },
        summedLoans: 2,
      },
    });
    expect(issue.message).toBe(
      "Regel 2: het subtotaal van januari 2021 (1.500 euro, 3 leningen) verschilt van de som van de rijen (1.000 euro, 2 leningen).",
    );
    expect(issue.messageEn).toBe(
      "Line 2: the subtotal of January 2021 (1,500 euro, 3 loans) differs from the sum of its rows (1,000 euro, 2 loans).",
    );
  });

  it("ends the table at a grand total, and starts a second one afresh", () => {
    const text = lines(
      "2020 november 5 1.000,00 € 1",
      "2020 Total 1.000,00 € 1",
      "Dit jaar gaat het nog sneller.",
      "2021 januari 5 2.000,00 € 1",
      "2021 Total 2.000,00 € 1",
    );
    const result = parseRegistrationText(text);
    expect(result.records.map((r) => r.line)).toEqual([1, 4]);
    expect(result.issues).toEqual([]);
  });

  it("skips page markers and a repeated header inside the table", () => {
    const text = lines(HEADER, "2021 januari 5 1.000,00 € 2", "\f", "Pagina 2 van 3", HEADER, "  6 500,00 € 1");
    const result = parseRegistrationText(text);
    expect(result.records.map((r) => r.line)).toEqual([2, 6]);
    expect(result.issues).toEqual([]);
  });

  it("reports text without a table as one issue for the whole input", () => {
    const result = parseRegistrationText("Geen tabel hier.\nAlleen tekst.");
    expect(issuesOf(result)).toEqual(["0 import_no_table"]);
    expect(result.issues[0].severity).toBe("error");
    expect(result.format).toEqual({ source: "text", rows: "none" });
  });

  it("reports figures that never form a table instead of saying there is none", () => {
    expect(issuesOf(parseRegistrationText("hoofdsom\n5 1.000,00"))).toEqual(["2 import_line_unreadable"]);
  });
});

describe("the decimal separator of copied text", () => {
  it("reads an ambiguous figure with the comma the other figures show", () => {
    const result = parseRegistrations("2021 januari 5 1.000,50 € 4\n6 2,500 € 1");
    expect(result.issues).toEqual([]);
    expect(result.records[1].principalCents).toBe(250);
  });

  it("warns about an ambiguous figure when no other figure tells", () => {
    const result = parseRegistrations("2021 januari 5 1000 € 4\n6 2,500 € 1");
    expect(result.issues.map((issue) => `${issue.line} ${issue.code} ${issue.severity}`)).toEqual([
      "2 import_figure_ambiguous warning",
    ]);
  });

  it("warns about a figure read with a thousands separator that a decimal comma would make no amount to the cent", () => {
    const result = parseRegistrations("2021 januari 5 1000 € 4\n6 70,005 € 1");
    expect(result.records[1].principalCents).toBe(7_000_500);
    expect(result.issues.map((issue) => `${issue.line} ${issue.code} ${issue.severity}`)).toEqual([
      "2 import_figure_thousands_unsure warning",
    ]);
  });
});

describe("months that carry on past December in copied text", () => {
  it.each([
    ["January after December", "2021 december 5 1.000,00 € 4\njanuari 5 1.000,00 € 4", [2021, 12, 2022, 1], ["2"]],
    [
      "after December's subtotal",
      "2021 december 5 1.000,00 € 4\nTotaal december 1.000,00 € 4\nfebruari 6 10,00 € 1",
      [2021, 12, 2022, 2],
      ["3"],
    ],
    ["a year written", "2021 december 5 1.000,00 € 4\n2022 januari 5 1.000,00 € 4", [2021, 12, 2022, 1], []],
    ["months in order", "2021 januari 5 1.000,00 € 4\nmaart 5 1.000,00 € 4", [2021, 1, 2021, 3], []],
  ])("reads %s", (_case, text, [y1, m1, y2, m2], warned) => {
    const result = parseRegistrations(text);
    expect(result.records.map((r) => [r.year, r.month])).toEqual([
      [y1, m1],
      [y2, m2],
    ]);
    expect(result.issues.map((issue) => `${issue.line}`)).toEqual(warned);
    for (const issue of result.issues) {
      expect(issue.code).toBe("import_month_next_year");
      expect(issue.severity).toBe("warning");
    }
  });
});

describe("parseRegistrations on a figure marked as euro where a count or a term belongs", () => {
  const HEADER_CSV = "Maand;Looptijd;Hoofdsom;Aantal leningen";
  it.each([
    [
      "copied text, € after the amount",
      lines("2021 januari 5 1 100,00 €", "6 2 200,00 €"),
      ["1 import_figure_is_amount", "2 import_figure_is_amount"],
    ],
    ["copied text, € before the amount", "2021 januari 5 1 € 100,00", ["1 import_figure_is_amount"]],
    ["copied text, EUR after the amount", "2021 januari 5 1 100,00 EUR", ["1 import_figure_is_amount"]],
    ["a subtotal", lines("2021 januari 5 100,00 € 1", "Totaal januari 1 100,00 €"), ["2 import_figure_is_amount"]],
    ["a delimited file", lines(HEADER_CSV, "januari 2021;5;1;100,00 €"), ["2 import_figure_is_amount"]],
    ["a term", lines(HEADER_CSV, "januari 2021;5 €;100,00;1"), ["2 import_figure_is_amount"]],
  ])("rejects the line in %s", (_case, input, expected) => {
    const result = parseRegistrations(input);
    expect(result.records.filter((record) => record.loans !== 1)).toEqual([]);
    expect(issuesOf(result)).toEqual(expected);
  });

  it("rejects it in a range, naming the cell", () => {
    const result = parseRegistrations([[44197, 5, 1, "100,00 €"]]);
    expect(result.records).toEqual([]);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "Regel 1: aantal leningen '100,00 €' is een bedrag in euro; staan de cijfers van deze regel in een andere volgorde?",
    ]);
  });

  it.each([
    ["€ after the amount", "2021 januari 5 1.000,00 € 2", [100000, 2]],
    ["€ before the amount", "2021 januari 5 € 1.000,00 2", [100000, 2]],
    ["€ between two figures that do not tell which it marks", "2021 januari 5 345 € 14", [34500, 14]],
    ["€ before a count written with a thousands separator", "2021 januari 5 345000 € 1.234", [34500000, 1234]],
    ["€ after a garbled figure", "2021 januari 5 1.000,00 € 2\nTotaal januari veel € 2", undefined],
  ])("reads the amount as the principal with %s", (_case, input, expected) => {
    const result = parseRegistrations(input);
    if (expected === undefined) {
      expect(issuesOf(result)).toEqual(["2 import_principal_not_number"]);
      return;
    }
    expect(result.records.map((r) => [r.principalCents, r.loans])).toEqual([expected]);
    expect(result.issues).toEqual([]);
  });
});

describe("parseRegistrations on a title above a copied table", () => {
  const TABLE = lines("2021 januari 5 1.000,00 € 2", "6 500,00 € 1");
  it.each([
    ["a year", "Registraties 2021"],
    ["a numbering and months", "Tabel 1: registraties januari - mei 2021"],
    ["a date alone", "15/06/2021"],
    ["a label and a year", "Jaar 2021"],
  ])("reads a title with %s as text", (_case, title) => {
    const result = parseRegistrations(lines(title, TABLE));
    expect(result.records).toHaveLength(2);
    expect(result.issues).toEqual([]);
    expect(result.lines).toMatchObject({ text: 1, records: 2, rejected: 0 });
  });

  it.each([
    ["a row with a trailing mark", "2021 januari 5 1.000,00 € 2 *"],
    ["a month and an amount", "januari 1.000,00 €"],
    ["figures with four digits", "5 2500 1500 x"],
  ])("still rejects %s above the table", (_case, line) => {
    const result = parseRegistrations(lines(line, TABLE));
    expect(issuesOf(result)[0]).toBe("1 import_line_unreadable");
  });
});

describe("parseRegistrations on a month outside the scheme's years", () => {
  it.each([
    [
      "before the scheme: the month after it follows on from it",
      lines("2006 augustus 8 100,00 € 1", "september 8 100,00 € 1"),
      [[2006, 9, 2]],
      ["1 import_date_before_scheme"],
    ],
    [
      "after 2100: the month after it is no month of the year above it",
      lines("2021 december 8 100,00 € 1", "2101 januari 8 100,00 € 1", "februari 8 100,00 € 1"),
      [[2021, 12, 1]],
      ["2 import_date_after_range", "3 import_date_after_range"],
    ],
  ])("reads a rejected %s", (_case, input, records, issues) => {
    const result = parseRegistrations(input);
    expect(result.records.map((r) => [r.year, r.month, r.line])).toEqual(records);
    expect(issuesOf(result)).toEqual(issues);
  });
});

describe("parseRegistrations on a year or a month on a line of its own", () => {
  it.each([
    [
      "a year above the months",
      lines("2021", "januari 5 100,00 € 1", "februari 5 200,00 € 1"),
      ["2021-1 2", "2021-2 3"],
    ],
    ["Jaar and a year", lines("Jaar 2021", "januari 5 100,00 € 1"), ["2021-1 2"]],
    [
      "a year and a month above the rows",
      lines("2021 januari", "5 100,00 € 1", "6 200,00 € 2"),
      ["2021-1 2", "2021-1 3"],
    ],
  ])("reads the rows under %s in it", (_case, input, expected) => {
    const result = parseRegistrations(input);
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => `${r.year}-${r.month} ${r.line}`)).toEqual(expected);
  });

  it.each([
    [
      "a month with its year after a subtotal, which may be a page's date: an error, and no month below it",
      lines("december 2021", "5 100,00 € 1", "Totaal december 100,00 € 1", "november 2021", "5 200,00 € 1"),
      ["2021-12 2"],
      ["4 import_line_unreadable", "5 import_month_after_unreadable_line"],
    ],
    [
      "a page's year amid the table, the year the rows are in: a page number",
      lines("2021 december 5 100,00 € 1", "Totaal december 100,00 € 1", "\f", "2021", "januari 5 200,00 € 1"),
      ["2021-12 1", "2022-1 5"],
      ["5 import_month_next_year"],
    ],
    [
      "a later year after a subtotal",
      lines("2021 december 5 100,00 € 1", "Totaal december 100,00 € 1", "2022", "januari 5 200,00 € 1"),
      ["2021-12 1", "2022-1 4"],
      [],
    ],
    [
      "an earlier year amid the table, as a report that lists the newest year first has it",
      lines("2021 januari 5 1.000,00 € 4", "2020", "december 5 4.000,00 € 4"),
      ["2021-1 1", "2020-12 3"],
      [],
    ],
    [
      "an earlier year after a subtotal",
      lines(
        "2021 januari 5 100,00 € 1",
        "Totaal januari 100,00 € 1",
        "2020",
        "december 5 200,00 € 1",
        "Totaal december 200,00 € 1",
      ),
      ["2021-1 1", "2020-12 4"],
      [],
    ],
    [
      "a page's dated heading after a subtotal, above a row that names its month",
      lines("2021 januari 5 1.000,00 € 2", "Totaal januari 1.000,00 € 2", "\fjuni 2021", "februari 5 100,00 € 1"),
      ["2021-1 1", "2021-2 4"],
      ["3 import_line_unreadable"],
    ],
    ["a month title above a row that names its month", lines("Maart", "2021 maart 5 100,00 € 1"), ["2021-3 2"], []],
    [
      "a year above a line of text",
      lines("2021", "Registraties per maand", "2021 maart 5 100,00 € 1"),
      ["2021-3 3"],
      [],
    ],
    ["a year above a month alone above rows", lines("2021", "januari", "5 100,00 € 1"), ["2021-1 3"], []],
    [
      "a month and a year with no rows under it, after the table",
      lines("2021 januari 5 100,00 € 1", "Totaal januari 100,00 € 1", "maart 2021"),
      ["2021-1 1"],
      ["3 import_line_unreadable"],
    ],
  ])("reads %s", (_case, input, records, issues) => {
    const result = parseRegistrations(input);
    expect(result.records.map((r) => `${r.year}-${r.month} ${r.line}`)).toEqual(records);
    expect(issuesOf(result)).toEqual(issues);
  });

  it("reports a month alone amid a month's rows, and leaves the rows below it without a month", () => {
    const result = parseRegistrations(lines("2021 januari 5 100,00 € 1", "februari", "6 200,00 € 2"));
    expect(issuesOf(result)).toEqual(["2 import_line_unreadable", "3 import_month_after_unreadable_line"]);
  });
});
