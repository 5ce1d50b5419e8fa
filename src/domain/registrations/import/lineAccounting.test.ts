import { toDaySerial } from "../../dates/daySerial";
import { RegistrationImport } from "../registrationImport";
import { SAMPLE_REGISTRATION_TEXT } from "../sampleRegistrations";
import { parseRegistrationRange } from "./parseRegistrationRange";
import { parseRegistrations } from "./parseRegistrations";

/*
 * Every non-blank line of an input is exactly one of: a record, a header, a checked total, text
 * outside the table (or a page line), or rejected with an error on its line. These are the inputs
 * that once lost rows without a word, and the figures that once became records.
 */

function issuesOf(result: RegistrationImport): string[] {
  return result.issues.map((issue) => `${issue.line} ${issue.code}`);
}

function errorLines(result: RegistrationImport): number[] {
  return result.issues.filter((issue) => issue.severity === "error").map((issue) => issue.line);
}

const lines = (...text: string[]): string => text.join("\n");
const HEADER = "Registratiedatum Lening periode Hoofdsom Aantal leningen";
const HEADER_CELLS = ["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"];

describe("rows that do not read as rows are never passed over", () => {
  it("reports a row after the table's last line that carries an extra word", () => {
    const result = parseRegistrations(
      lines("2021 januari 5 1.000,00 € 4", "8 2.000,00 € 2", "Totaal januari 3.000,00 € 6", "februari 5 500,00 € 1 *"),
    );
    expect(result.records).toHaveLength(2);
    expect(issuesOf(result)).toEqual(["4 import_line_unreadable"]);
    expect(result.issues[0].severity).toBe("error");
  });

  it("reports every row under a header when each carries a footnote mark", () => {
    const result = parseRegistrations(lines(HEADER, "2021 januari 5 1.000,00 € 4 (1)", "8 2.000,00 € 2 *"));
    expect(result.records).toEqual([]);
    expect(errorLines(result)).toEqual([2, 3]);
  });

  it.each([
    ["a month and figures", "maart 5 1.000,00"],
    ["figures only", "5 1.000,00 € 2 3 4"],
    ["a month word with a figure", "Totaal april: zie bijlage 3"],
  ])("reports %s after the table as an error, never as prose", (_case, line) => {
    const result = parseRegistrations(lines("2021 januari 5 1.000,00 € 4", "2021 Total 1.000,00 € 4", line));
    expect(errorLines(result)).toEqual([3]);
  });

  it("leaves sentences after the table alone, figures and all", () => {
    const result = parseRegistrations(
      lines("2021 januari 5 1.000,00 € 4", "", "In 2021 werden 3.393 leningen geregistreerd bij PMV.", "Bron: PMV"),
    );
    expect(result.issues).toEqual([]);
    expect(result.lines).toEqual({ read: 3, records: 1, headers: 0, totals: 0, text: 2, rejected: 0 });
  });

  it("reads a table broken across pages with a page footer, page number and repeated header as non-data", () => {
    const result = parseRegistrations(
      lines(HEADER, "2021 januari 5 1.000,00 € 4", "Pagina 1 van 2", "2", "\f", HEADER, "6 500,00 € 1"),
    );
    expect(result.issues).toEqual([]);
    expect(result.records.map((record) => record.line)).toEqual([2, 7]);
    expect(result.lines).toEqual({ read: 6, records: 2, headers: 2, totals: 0, text: 2, rejected: 0 });
  });
});

describe("rows no complete header gives the columns of", () => {
  const HEADER_ROW = "Maand;Looptijd;Hoofdsom;Aantal leningen";
  it.each([
    [
      "rows above a header further down than the header is looked for",
      [...Array.from({ length: 21 }, () => "januari 2021;5;101,00;1"), HEADER_ROW, "februari 2021;5;100,00;1"].join(
        "\n",
      ),
      Array.from({ length: 21 }, (_, i) => `${i + 1} import_row_without_columns`),
      1,
    ],
    [
      "rows under a header that lacks the term, before one that has it",
      [
        "Maand;Hoofdsom;Aantal leningen",
        "januari 2021;100,00;1",
        "januari 2021;200,00;2",
        HEADER_ROW,
        "februari 2021;5;100,00;1",
      ].join("\n"),
      ["1 import_column_missing", "2 import_row_without_columns", "3 import_row_without_columns"],
      1,
    ],
    [
      "rows under a later header that lacks the principal, never read by the columns above it",
      [HEADER_ROW, "januari 2021;5;1000;4", "Maand;Looptijd;Aantal leningen;Waarde", "februari 2021;5;2;3000"].join(
        "\n",
      ),
      ["3 import_column_missing", "4 import_row_without_columns"],
      1,
    ],
  ])("reports %s, each on its line", (_title, text, issues, records) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual(issues);
    expect(result.records).toHaveLength(records);
    const { read, records: recordLines, headers, totals, text: textLines, rejected } = result.lines;
    expect(read).toBe(text.split("\n").length);
    expect(recordLines + headers + totals + textLines + rejected).toBe(read);
  });

  it("reports a range's rows above a header found too far down", () => {
    const rows = [
      ...Array.from({ length: 20 }, () => [toDaySerial(2021, 1, 5), 5, 1000]),
      ["Maand", "Looptijd", "Hoofdsom"],
      [toDaySerial(2021, 2, 5), 5, 1000],
    ];
    const result = parseRegistrationRange(rows);
    expect(errorLines(result)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(result.records).toHaveLength(1);
  });
});

describe("a quote that breaks a delimited file's cells", () => {
  it.each([
    [
      "a quote inside a cell that runs it on over the rows below",
      'Registratiedatum;Looptijd;Hoofdsom;Provincie\n15/01/2021;5;1000;"Noord" Antwerpen\n16/01/2021;5;2000;Limburg\n17/01/2021;5;3000;"Limburg"',
      ["2 import_quote_invalid"],
      "tot regel 4",
    ],
    [
      "a quote opened and never closed",
      'Registratiedatum;Looptijd;Hoofdsom;Provincie\n15/01/2021;5;1000;Limburg\n16/01/2021;5;2000;"Limburg\n17/01/2021;5;3000;Limburg',
      ["3 import_quote_unclosed"],
      "niet gesloten",
    ],
  ])("refuses the row of %s, never reads its cells as figures", (_title, text, issues, words) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual(issues);
    expect(result.issues[0].message).toContain(words);
    expect(result.records.map((record) => record.province ?? "")).toEqual(issues[0].startsWith("3") ? ["Limburg"] : []);
  });
});

describe("an amount a comma split in a file with a province column", () => {
  it.each([
    [
      "the province column empty",
      "Registration date,Term,Principal,Province\n2021-01-15,5,12,500.00",
      "2 import_province_figure",
    ],
    [
      "a province and the split amount",
      "Registration date,Term,Principal,Province\n2021-01-15,5,12,500.00,Limburg",
      "2 import_row_extra_cells",
    ],
  ])("refuses the row with %s", (_title, text, issue) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual([issue]);
    expect(result.records).toEqual([]);
  });

  it("reads a province written as a name", () => {
    const result = parseRegistrations('Registration date,Term,Principal,Province\n2021-01-15,5,"12,500.00",Limburg');
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => [r.principalCents, r.province])).toEqual([[1_250_000, "Limburg"]]);
  });
});

describe("headers that leave a figure's meaning open", () => {
  it.each([
    [
      "amounts in thousands",
      "Maand;Looptijd;Hoofdsom (duizend euro);Aantal leningen\njanuari 2021;5;2.874,02;448",
      "1 import_principal_scaled",
    ],
    [
      "amounts in millions",
      "Maand;Looptijd;Bedrag (mln EUR);Aantal\njanuari 2021;5;2,87;448",
      "1 import_principal_scaled",
    ],
    ["amounts in k€", "Maand;Looptijd;Hoofdsom k€;Aantal\njanuari 2021;5;2.874,02;448", "1 import_principal_scaled"],
  ])("refuses a file whose header counts %s, and its rows", (_title, text, issue) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual([issue, "2 import_row_without_columns"]);
    expect(result.records).toEqual([]);
  });

  it("reads amounts in euro whatever the header's unit says of them", () => {
    const result = parseRegistrations("Maand;Looptijd;Hoofdsom (EUR);Aantal\njanuari 2021;5;2.874.015,15;448");
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => r.principalCents)).toEqual([287_401_515]);
  });

  it.each([
    ["Afsluitdatum;Registratiedatum;Looptijd;Hoofdsom\n28/12/2020;15/01/2021;5;10000"],
    ["Registratiedatum;Afsluitdatum;Looptijd;Hoofdsom\n15/01/2021;28/12/2020;5;10000"],
  ])("counts a loan by its registration date beside its conclusion date (%j)", (text) => {
    const result = parseRegistrations(text);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(["2021-1"]);
  });

  it("counts a loan by its conclusion date when no other date stands beside it", () => {
    const result = parseRegistrations("Afsluitdatum;Looptijd;Hoofdsom\n28/12/2020;5;10000");
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(["2020-12"]);
  });

  it.each([
    ["Maand Aantal Hoofdsom\n2021 januari 5 448 2874015"],
    ["Maand Hoofdsom Looptijd\n2021 april 12.500,00 € 5 2"],
  ])("reports a copied header that names two figures in another order and not the third (%j)", (text) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result)[0]).toBe("1 import_header_order_open");
    expect(result.issues[0].message).toContain("niet te zeggen");
  });

  it("reads rows under a copied header that names two figures in the rows' order", () => {
    const result = parseRegistrations("Maand Hoofdsom Aantal\n2021 januari 5 2874015 448");
    expect(result.records.map((r) => [r.termYears, r.principalCents, r.loans])).toEqual([[5, 287_401_500, 448]]);
  });
});

describe("a year alone in a row's month cell", () => {
  it.each([
    [
      "as text in a range",
      [HEADER_CELLS, ["2021", null, null, null], ["januari", 5, 1000, 2], [null, 8, 500, 1]],
      ["2021-1 3", "2021-1 4"],
    ],
    ["as a number in a range", [HEADER_CELLS, [2021, null, null, null], ["februari", 5, 1000, 2]], ["2021-2 3"]],
    [
      "with the desktop's zeros beside it",
      [HEADER_CELLS, [2021, 0, 0, 0], ["maart", 5, 1000, 2], [0, 6, 500, 1]],
      ["2021-3 3", "2021-3 4"],
    ],
    [
      "between two years' rows",
      [
        HEADER_CELLS,
        [2020, null, null, null],
        ["december", 5, 1000, 2],
        [2021, null, null, null],
        ["januari", 5, 700, 1],
      ],
      ["2020-12 3", "2021-1 5"],
    ],
  ])("heads the rows below it %s", (_title, rows, records) => {
    const result = parseRegistrationRange(rows);
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => `${r.year}-${r.month} ${r.line}`)).toEqual(records);
  });

  it("heads the rows below it in a file", () => {
    const result = parseRegistrations("Maand;Looptijd;Hoofdsom;Aantal leningen\n2021;;;\njanuari;5;1000;2");
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => `${r.year}-${r.month} ${r.line}`)).toEqual(["2021-1 3"]);
  });

  it("is a date serial, and refused, in a row with figures", () => {
    const result = parseRegistrationRange([HEADER_CELLS, [2021, 5, 1000, 2]]);
    expect(issuesOf(result)).toEqual(["2 import_date_before_scheme"]);
  });
});

describe("the order of day and month in a file's dates", () => {
  it.each([
    [
      "month first when a date can only be read so",
      "Registration date,Term,Principal\n2/1/2021,5,10000.00\n1/15/2021,5,5000.00\n1/20/2021,5,5000.00",
      ["2021-2", "2021-1", "2021-1"],
      [],
    ],
    [
      "day first when a date can only be read so",
      "Registratiedatum;Looptijd;Hoofdsom\n2/1/2021;5;10000\n15/1/2021;5;5000",
      ["2021-1", "2021-1"],
      [],
    ],
    [
      "day first when no date shows it, as Belgian analysts write",
      "Registration date,Term,Principal\n2/1/2021,5,10000.00",
      ["2021-1"],
      [],
    ],
    [
      "day first when the dates show both, the others refused",
      "Registratiedatum;Looptijd;Hoofdsom\n15/1/2021;5;10000\n1/15/2021;5;5000",
      ["2021-1"],
      ["3 import_date_invalid"],
    ],
  ])("reads %s", (_title, text, months, issues) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual(issues);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(months);
  });

  it("keeps a Belgian file day first whatever one typo says", () => {
    const rows = Array.from({ length: 12 }, (_, m) => `01/${String(m + 1).padStart(2, "0")}/2021;5;1.000,00;2`);
    const result = parseRegistrations(
      ["Datum;Looptijd;Hoofdsom;Aantal leningen", ...rows, "01/13/2021;5;1.000,00;2"].join("\n"),
    );
    expect(issuesOf(result)).toEqual(["14 import_date_invalid"]);
    expect(result.records.map((r) => r.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("reads an American export month first when its first rows never show it", () => {
    const early = Array.from({ length: 3_000 }, (_, i) => `1/${2 + (i % 10)}/2021,5,1000.00`);
    const late = Array.from({ length: 100 }, (_, i) => `1/${15 + (i % 10)}/2021,5,1000.00`);
    const result = parseRegistrations(["Registration date,Term,Principal", ...early, ...late].join("\n"));
    expect(issuesOf(result)).toEqual([]);
    expect(new Set(result.records.map((r) => r.month))).toEqual(new Set([1]));
  });
});

describe("a table broken across the pages of a PDF", () => {
  it("reads a page's running footer and header around a page break as text", () => {
    const result = parseRegistrations(
      lines(
        HEADER,
        "2021 januari 5 1.000,00 € 4",
        "Vlaamse Regering — persbericht",
        "Pagina 1 van 2",
        "\f",
        "Registraties win-winlening",
        HEADER,
        "6 500,00 € 1",
      ),
    );
    expect(result.issues).toEqual([]);
    expect(result.lines).toEqual({ read: 7, records: 2, headers: 2, totals: 0, text: 3, rejected: 0 });
  });

  it.each([
    ["a row that lost its shape", "8 2.000,00 € 2 zie noot"],
    ["a dated line with a count", "Stand op 15 juni 2021 (voorlopig): 3 leningen"],
  ])("still reports %s beside a page break", (_case, line) => {
    const result = parseRegistrations(lines(HEADER, "2021 januari 5 1.000,00 € 4", "\f", line, "6 500,00 € 1"));
    expect(errorLines(result)).toEqual([4]);
  });

  it("reports words between rows where no page breaks", () => {
    const result = parseRegistrations(lines(HEADER, "2021 januari 5 1.000,00 € 4", "Registraties", "6 500,00 € 1"));
    expect(errorLines(result)).toEqual([3]);
  });

  it("reports a month and a figure after the table even in a longer line", () => {
    const result = parseRegistrations(
      lines("2021 januari 5 1.000,00 € 4", "2021 Total 1.000,00 € 4", "Voor februari volgen nog 12 registraties later"),
    );
    expect(errorLines(result)).toEqual([3]);
  });
});

describe("figures no row can hold", () => {
  it.each([
    ["a 400-digit principal", `2021 januari 5 ${"9".repeat(400)} 4`, "import_principal_too_large"],
    ["a 20-digit principal", "2021 januari 5 12345678901234567890 4", "import_principal_too_large"],
    ["a principal above ten billion euro", "2021 januari 5 10.000.000.000,01 4", "import_principal_too_large"],
    ["a principal with a fraction of a cent", "2021 januari 5 1.000,005 4", "import_principal_not_whole_cents"],
    ["10^20 loans", "2021 januari 5 1.000,00 100000000000000000000", "import_loans_too_many"],
    ["more than ten million loans", "2021 januari 5 1.000,00 10000001", "import_loans_too_many"],
    ["a term of 51 years", "2021 januari 51 1.000,00 4", "import_term_too_long"],
    ["the year 9999", "9999 januari 5 1.000,00 4", "import_date_after_range"],
    ["the year 2101", "2101 januari 5 1.000,00 4", "import_date_after_range"],
  ])("rejects %s with an error on its line", (_case, line, code) => {
    const result = parseRegistrations(line);
    expect(result.records).toEqual([]);
    expect(issuesOf(result)).toEqual([`1 ${code}`]);
    expect(result.issues[0].severity).toBe("error");
    expect(result.issues[0].message).not.toMatch(/Infinity|NaN/);
    expect(result.lines.rejected).toBe(1);
  });

  it.each([
    ["a serial in the year 9999", [toDaySerial(9999, 12, 31), 5, 1000, 1], "import_date_after_range"],
    ["a date text in the year 9999", ["31/12/9999", 5, 1000, 1], "import_date_after_range"],
    ["an infinite principal", [toDaySerial(2021, 3, 1), 5, Infinity, 1], "import_principal_too_large"],
    ["a principal of 1e300", [toDaySerial(2021, 3, 1), 5, 1e300, 1], "import_principal_too_large"],
    ["1e20 loans", [toDaySerial(2021, 3, 1), 5, 1000, 1e20], "import_loans_too_many"],
    ["an infinite count", [toDaySerial(2021, 3, 1), 5, 1000, Infinity], "import_loans_too_many"],
    ["a term of 1e10 years", [toDaySerial(2021, 3, 1), 1e10, 1000, 1], "import_term_too_long"],
  ])("rejects %s in a range", (_case, row, code) => {
    expect(issuesOf(parseRegistrationRange([row]))).toEqual([`1 ${code}`]);
  });

  it("accepts the edges: ten billion euro, ten million loans, 50 years, 31 December 2100 with a warning", () => {
    const result = parseRegistrationRange([[toDaySerial(2100, 12, 31), 50, 10_000_000_000, 10_000_000]]);
    expect(result.records).toHaveLength(1);
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(result.issues.map((issue) => issue.code)).toContain("import_date_in_future");
  });

  it("warns about a date after today and still reads it", () => {
    const result = parseRegistrations(lines("Datum;Looptijd;Hoofdsom", "15/03/2099;5;1000"));
    expect(result.records).toHaveLength(1);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([["import_date_in_future", "warning"]]);
  });
});

describe("the line accounting of an import", () => {
  it("counts the press release's lines: 28 rows, 5 subtotals, a grand total and a header", () => {
    const result = parseRegistrations(SAMPLE_REGISTRATION_TEXT);
    expect(result.lines).toEqual({ read: 35, records: 28, headers: 1, totals: 6, text: 0, rejected: 0 });
  });

  it("counts a range's title, header and rows", () => {
    const result = parseRegistrationRange([
      ["Registraties maart", "", "", ""],
      ["Datum", "Looptijd", "Hoofdsom", "Aantal"],
      [toDaySerial(2021, 3, 1), 5, 1000, 1],
      [toDaySerial(2021, 3, 2), 5, "veel", 1],
      [null, null, null, null],
      ["Totaal maart", null, 1000, 1],
    ]);
    expect(result.lines).toEqual({ read: 5, records: 1, headers: 1, totals: 1, text: 1, rejected: 1 });
  });

  it("counts lines with several issues once", () => {
    const result = parseRegistrations("2021 januari 0 -5 x1");
    expect(result.issues).toHaveLength(3);
    expect(result.lines).toEqual({ read: 1, records: 0, headers: 0, totals: 0, text: 0, rejected: 1 });
  });
});

describe("what a message quotes", () => {
  it.each([
    ["a date text after 2100 as a date", "Datum;Looptijd;Hoofdsom\n31/12/9999;5;1000", "'31/12/9999'"],
    [
      "a date serial after 2100 as a date",
      [
        ["Datum", "Looptijd", "Hoofdsom"],
        [toDaySerial(9999, 12, 31), 5, 1000],
      ],
      "'31/12/9999'",
    ],
    [
      "a rejected line with its euro sign",
      lines("2021 januari 5 1.000,00 € 4", "8 2.000,00 € 2 *"),
      "'8 2.000,00 € 2 *'",
    ],
  ])("shows %s", (_case, input, quoted) => {
    const result = parseRegistrations(input as string);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].message).toContain(quoted);
  });

  it.each([
    ["an amount not to the cent", [toDaySerial(2021, 1, 5), 5, 100.005, 1], "'100,005'", "'100.005'"],
    ["a term not in whole years", [toDaySerial(2021, 1, 5), 5.5, 1000, 1], "'5,5'", "'5.5'"],
    ["a count not whole", [toDaySerial(2021, 1, 5), 5, 1000, 2.5], "'2,5'", "'2.5'"],
  ])("writes a range's number cell in %s as each language writes decimals", (_case, row, dutch, english) => {
    const result = parseRegistrationRange([["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"], row]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].message).toContain(dutch);
    expect(result.issues[0].messageEn).toContain(english);
  });
});

describe("rows run together, and rows under a month that could not be read", () => {
  it.each([
    ["0", "import_term_not_positive", "Regel 3: de looptijd moet minstens 1 jaar zijn, niet 0."],
    ["-5", "import_term_not_positive", "Regel 3: de looptijd moet minstens 1 jaar zijn, niet -5."],
    ["5,5", "import_term_not_whole_years", "Regel 3: de looptijd '5,5' is geen geheel aantal jaren."],
  ])("says what is wrong with a term of %s", (term, code, message) => {
    const result = parseRegistrations(lines(HEADER, "2021 januari 5 1.000,00 € 4", `${term} 500,00 € 1`));
    expect(result.issues.map((issue) => [issue.code, issue.message])).toEqual([[code, message]]);
  });

  it.each([
    [
      "after the table's last row",
      [HEADER, "2021 januari 5 1.000,00 € 4", "6 2.000,00 € 2 7 3.000,00 € 1 8 4.000,00 € 5"],
    ],
    [
      "longer than any sentence the reader lets pass",
      [
        HEADER,
        "2021 januari 5 1.000,00 € 4",
        "6 2.000,00 € 2 7 3.000,00 € 1 8 4.000,00 € 5 9 1.000,00 € 1 10 1,00 € 1",
      ],
    ],
  ])("reports rows run together %s", (_case, text) => {
    const result = parseRegistrations(lines(...text));
    expect(result.records).toHaveLength(1);
    expect(issuesOf(result)).toEqual(["3 import_line_unreadable"]);
    expect(result.lines).toMatchObject({ read: 3, records: 1, headers: 1, text: 0, rejected: 1 });
  });

  it.each([
    ["a footnote mark", "februari 5 1.000,00 € 4 *", "import_line_unreadable"],
    ["dashes for figures", "februari 5 - -", "import_line_unreadable"],
  ])("reads no month for the rows under a month's first row with %s", (_case, broken, code) => {
    const result = parseRegistrations(lines(HEADER, "2021 januari 5 1.000,00 € 4", broken, "6 500,00 € 1"));
    expect(result.records.map((record) => record.line)).toEqual([2]);
    expect(issuesOf(result)).toEqual([`3 ${code}`, "4 import_month_after_unreadable_line"]);
  });

  it("reads no month for a range row under a row whose month word stands in another cell", () => {
    const serial = toDaySerial(2021, 1, 1);
    const result = parseRegistrationRange([
      [serial, 5, 1000, 4],
      [null, "februari", 1000, 4],
      [null, 6, 500, 1],
    ]);
    expect(result.records.map((record) => record.line)).toEqual([1]);
    expect(issuesOf(result)).toEqual(["2 import_term_not_whole_years", "3 import_month_after_unreadable_line"]);
  });

  it.each([
    ["its count", "2021 februari 5 1.000,00 €", "import_cell_empty"],
    ["its term", "februari 1.000,00 € 4", "import_cell_empty"],
  ])(
    "reads the month of a month's first row that lacks %s, and the rows under it in that month",
    (_case, row, code) => {
      const result = parseRegistrations(lines(HEADER, "2021 januari 5 1.000,00 € 4", row, "6 500,00 € 1"));
      expect(issuesOf(result)).toEqual([`3 ${code}`]);
      expect(result.records.map((record) => `${record.line} ${record.month}`)).toEqual(["2 1", "4 2"]);
    },
  );

  it("keeps the month of a row whose month was read, whatever else is wrong with it", () => {
    const result = parseRegistrations(
      lines(HEADER, "2021 januari 5 1.000,00 € 4", "februari 5 abc € 4", "6 500,00 € 1"),
    );
    expect(result.records.map((record) => `${record.line} ${record.month}`)).toEqual(["2 1", "4 2"]);
  });
});

describe("a line of column names the reader does not all know", () => {
  it.each([
    ["a word too many", "Maand Aantal Hoofdsom Looptijd jaren", "jaren"],
    ["English names in another order", "Registration date Number of loans Principal Loan term", "loan"],
  ])("is an error with %s, above rows it would misread", (_case, header, words) => {
    const result = parseRegistrations(lines(header, "2021 januari 4 1.000,00 5"));
    expect(errorLines(result)).toEqual([1]);
    expect(result.issues[0].code).toBe("import_header_unclear");
    expect(result.issues[0].params).toMatchObject({ words });
    expect(result.lines).toMatchObject({ read: 2, records: 1, headers: 0, text: 0, rejected: 1 });
  });

  it.each([
    ["names its figures in the order rows are read", ["Registration date Loan term Principal Number of loans"]],
    ["is a title above a header", ["Aantal leningen per maand en looptijd", HEADER]],
    ["is a title with text between it and the rows", ["Hoofdsom en aantal leningen per looptijd", "", "Bron: PMV"]],
  ])("is text when it %s", (_case, above) => {
    const result = parseRegistrations(lines(...above, "2021 januari 5 1.000,00 € 4"));
    expect(result.issues).toEqual([]);
    expect(result.records.map((record) => `${record.termYears} ${record.loans}`)).toEqual(["5 4"]);
  });
});

describe("a year written above the table's header", () => {
  it.each<[string, string | unknown[][]]>([
    ["in copied text", lines("2021", HEADER, "januari 8 1.000,00 € 1", "februari 8 500,00 € 2")],
    ["as `Jaar 2021` in copied text", lines("Jaar 2021", HEADER, "januari 8 1.000,00 € 1", "februari 8 500,00 € 2")],
    ["in a file", "2021\nMaand;Looptijd;Hoofdsom;Aantal\njanuari;8;1.000,00;1\nfebruari;8;500,00;2"],
    [
      "as `Year 2021:` in a file",
      "Year 2021:\nMaand;Looptijd;Hoofdsom;Aantal\njanuari;8;1.000,00;1\nfebruari;8;500,00;2",
    ],
    [
      "as a number in a range",
      [[2021, null, null, null], HEADER_CELLS, ["januari", 8, 1000, 1], ["februari", 8, 500, 2]],
    ],
    [
      "with the desktop's zeros beside it",
      [[2021, 0, 0, 0], HEADER_CELLS, ["januari", 8, 1000, 1], ["februari", 8, 500, 2]],
    ],
  ])("is the year of the month names below it %s", (_title, input) => {
    const result = parseRegistrations(input);
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => `${r.year}-${r.month} ${r.line}`)).toEqual(["2021-1 3", "2021-2 4"]);
    expect(result.lines).toMatchObject({ read: 4, records: 2, headers: 1, text: 1, rejected: 0 });
  });

  it("is a title, and no year, when it is outside the scheme's years", () => {
    const result = parseRegistrations(lines("1999", HEADER, "januari 8 1.000,00 € 1"));
    expect(issuesOf(result)).toEqual(["3 import_row_outside_year"]);
  });
});

describe("a page's number or marker amid a table", () => {
  it.each<[string, string | unknown[][]]>([
    ["`2 van 3` in copied text", lines(HEADER, "2021 januari 5 1.000,00 € 4", "2 van 3", "8 2.000,00 € 2")],
    ["`- 2 of 3 -` in copied text", lines(HEADER, "2021 januari 5 1.000,00 € 4", "- 2 of 3 -", "8 2.000,00 € 2")],
    ["in a file", "Maand;Looptijd;Hoofdsom;Aantal\njanuari 2021;5;1.000,00;4\nPagina 2 van 3\n;8;2.000,00;2"],
    ["as `- 2 -` in a file", "Maand;Looptijd;Hoofdsom;Aantal\njanuari 2021;5;1.000,00;4\n- 2 -\n;8;2.000,00;2"],
    [
      "in a range",
      [HEADER_CELLS, [toDaySerial(2021, 1, 1), 5, 1000, 4], ["Pagina 2 van 3", null, null, null], [null, 8, 2000, 2]],
    ],
  ])("is a page line, and the month goes on below it: %s", (_title, input) => {
    const result = parseRegistrations(input);
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => `${r.year}-${r.month} ${r.line}`)).toEqual(["2021-1 2", "2021-1 4"]);
    expect(result.lines).toMatchObject({ read: 4, records: 2, headers: 1, text: 1, rejected: 0 });
  });

  it("is a page line above the table too, never a row outside any year", () => {
    const result = parseRegistrations(lines("Persbericht", "1 van 3", HEADER, "2021 januari 5 1.000,00 € 4"));
    expect(issuesOf(result)).toEqual([]);
    expect(result.lines).toMatchObject({ read: 4, records: 1, headers: 1, text: 2 });
  });

  it("is a number typed in a range's month cell, never a page", () => {
    const result = parseRegistrationRange([HEADER_CELLS, [toDaySerial(2021, 1, 1), 5, 1000, 4], [2, null, null, null]]);
    expect(errorLines(result)).toEqual([3]);
  });
});

describe("lines that hold no word but a currency or spaces", () => {
  it.each(["€", "EUR", "euro", "€ €"])("counts `%s` on a line of its own", (currency) => {
    const result = parseRegistrations(lines(currency, HEADER, "2021 januari 5 1.000,00 € 4", "8 2.000,00 € 2"));
    expect(result.lines).toMatchObject({ read: 4, records: 2, headers: 1, text: 1, rejected: 0 });
  });

  it("reports a currency line amid the rows, as any line the table does not read", () => {
    const result = parseRegistrations(lines(HEADER, "2021 januari 5 1.000,00 € 4", "€", "8 2.000,00 € 2"));
    expect(errorLines(result)).toEqual([3]);
    expect(result.lines.read).toBe(4);
  });

  it("reads a row padded with thousands of spaces or tabs as the row it is", () => {
    const result = parseRegistrations(
      lines(HEADER, "2021 januari 5 1.000,00 € 4" + " ".repeat(3000), "\t".repeat(3000) + "8 2.000,00 € 2"),
    );
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => r.principalCents)).toEqual([100_000, 200_000]);
  });
});

describe("lines that look like a table's but are not its rows", () => {
  it.each<[string, string]>([
    ["after the grand total", lines(HEADER, "2021 januari 5 1.000,00 € 4", "2021 Totaal 1.000,00 € 4", "Totaal juni")],
    ["amid the rows", lines(HEADER, "2021 januari 5 1.000,00 € 4", "Totaal juni", "februari 8 2.000,00 € 2")],
  ])("reports a month's total label without its figures %s", (_title, text) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result).filter((issue) => issue.endsWith("import_line_unreadable"))).toHaveLength(1);
    expect(result.lines.rejected).toBe(1);
  });

  it("reads prose naming a month after the table as prose", () => {
    const result = parseRegistrations(
      lines(HEADER, "2021 januari 5 1.000,00 € 4", "2021 Totaal 1.000,00 € 4", "In juni verwachten we meer leningen."),
    );
    expect(issuesOf(result)).toEqual([]);
    expect(result.lines).toMatchObject({ read: 4, text: 1, rejected: 0 });
  });

  it("reports column names beside a row's figures on their line, and reads on under the header above", () => {
    const result = parseRegistrations(lines(HEADER, "Hoofdsom 2020 Aantal 12", "2021 januari 5 1.000,00 € 4"));
    expect(errorLines(result)).toEqual([2]);
    expect(result.records).toHaveLength(1);
    expect(result.lines).toMatchObject({ read: 3, records: 1, headers: 1, rejected: 1 });
  });

  it.each<[string, string | unknown[][]]>([
    ["in a file", "Maand;Hoofdsom;Aantal\njanuari 2021;1000;1"],
    [
      "in a range",
      [
        ["Maand", "Hoofdsom", "Aantal"],
        [toDaySerial(2021, 1, 1), 1000, 1],
      ],
    ],
  ])("counts a header that lacks a column as a rejected line, as every line with an error, %s", (_title, input) => {
    const result = parseRegistrations(input);
    expect(errorLines(result)).toEqual([1, 2]);
    expect(result.lines).toMatchObject({ read: 2, headers: 0, rejected: 2 });
  });
});

describe("a row's month as copied text writes it", () => {
  it.each(["jan-21", "Jan-21", "jan-2021", "mrt.-2021", "15-jan-2021", "15 januari 2021", "2021-01", "01/2021"])(
    "reads `%s` as the month of the rows below it, as a file and a range do",
    (label) => {
      const month = /mrt/.test(label) ? 3 : 1;
      const text = lines("Maand Looptijd Hoofdsom Aantal leningen", `${label} 5 1.000,00 € 1`, "6 2.000,00 € 2");
      const file = `Maand;Looptijd;Hoofdsom;Aantal leningen\n${label};5;1.000,00;1\n;6;2.000,00;2`;
      for (const input of [text, file]) {
        const result = parseRegistrations(input);
        expect(issuesOf(result)).toEqual([]);
        expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual([`2021-${month}`, `2021-${month}`]);
      }
    },
  );
});

describe("a year column beside a month column", () => {
  it.each<[string, string | unknown[][]]>([
    [
      "in a range, the month as a name or a number, the year carried down",
      [
        ["Jaar", "Maand", "Looptijd", "Hoofdsom", "Aantal leningen"],
        [2021, "januari", 5, 1000, 1],
        [null, "december", 6, 500, 2],
        [2022, 3, 5, 700, 1],
        [0, "04", 5, 100, 1],
      ],
    ],
    ["in a file", "Year;Month;Term;Principal;Loans\n2021;January;5;1000;1\n;Dec.;6;500;2\n2022;3;5;700;1\n;04;5;100;1"],
  ])("gives the year of each row's month %s", (_title, input) => {
    const result = parseRegistrations(input);
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(["2021-1", "2021-12", "2022-3", "2022-4"]);
  });

  it.each([["20x1"], [1999], [2021.5]])("refuses a year cell `%s` on its line", (year) => {
    const result = parseRegistrationRange([
      ["Jaar", "Maand", "Looptijd", "Hoofdsom", "Aantal"],
      [year, "januari", 5, 1000, 1],
    ]);
    expect(issuesOf(result)).toEqual(["2 import_year_invalid"]);
  });

  it("leaves a month cell that names its own year or date as it is", () => {
    const result = parseRegistrationRange([
      ["Jaar", "Maand", "Looptijd", "Hoofdsom", "Aantal"],
      [2021, "maart 2020", 5, 1000, 1],
      [null, toDaySerial(2020, 4, 1), 5, 1000, 1],
    ]);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(["2020-3", "2020-4"]);
  });

  it("reports a month name before any year", () => {
    const result = parseRegistrationRange([
      ["Jaar", "Maand", "Looptijd", "Hoofdsom", "Aantal"],
      [null, "maart", 5, 1000, 1],
    ]);
    expect(issuesOf(result)).toEqual(["2 import_row_outside_year"]);
  });
});

describe("a principal and a count in each other's columns", () => {
  it.each<[string, unknown[][]]>([
    ["read by position", [[toDaySerial(2021, 1, 1), 5, 448, 2_874_015]]],
    [
      "under a header in that order",
      [
        ["Maand", "Looptijd", "Aantal", "Hoofdsom"],
        [toDaySerial(2021, 1, 1), 5, 2_874_015, 448],
      ],
    ],
  ])("is a warning on its line, less than a euro a loan, %s", (_title, rows) => {
    const result = parseRegistrationRange(rows);
    expect(issuesOf(result)).toEqual([`${rows.length} import_average_below_one_euro`]);
    expect(result.issues[0].message).toMatch(/448 euro voor 2874015 leningen is minder dan 1 euro per lening/);
  });

  it("leaves a euro a loan alone", () => {
    expect(issuesOf(parseRegistrationRange([[toDaySerial(2021, 1, 1), 5, 448, 448]]))).toEqual([]);
  });
});

describe("a header repeated without its month column's name", () => {
  it.each<[string, string | unknown[][]]>([
    [
      "in a range, with the web's empty cell or the desktop's zero",
      [
        HEADER_CELLS,
        [toDaySerial(2021, 1, 1), 5, 1000, 4],
        [null, "Looptijd", "Hoofdsom", "Aantal leningen"],
        [null, 8, 2000, 2],
        [0, "Lening periode", "Hoofdsom", "Aantal"],
        [0, 6, 500, 1],
      ],
    ],
    [
      "in a file",
      "Maand;Looptijd;Hoofdsom;Aantal\njanuari 2021;5;1000;4\n;Looptijd;Hoofdsom;Aantal\n;8;2000;2\n;Looptijd;Hoofdsom;Aantal\n;6;500;1",
    ],
  ])("is a header, and the month goes on below it, %s", (_title, input) => {
    const result = parseRegistrations(input);
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => `${r.year}-${r.month} ${r.line}`)).toEqual(["2021-1 2", "2021-1 4", "2021-1 6"]);
    expect(result.lines).toMatchObject({ read: 6, records: 3, headers: 3 });
  });

  it("is an error when its names stand above other columns than the header's", () => {
    const result = parseRegistrationRange([
      HEADER_CELLS,
      [toDaySerial(2021, 1, 1), 5, 1000, 4],
      [null, "Hoofdsom", "Looptijd", "Aantal leningen"],
    ]);
    expect([...new Set(errorLines(result))]).toEqual([3]);
    expect(result.lines).toMatchObject({ headers: 1, rejected: 1 });
  });
});

describe("a year title, a page line and a title line above the header", () => {
  it.each<[string, string | unknown[][]]>([
    ["a page line between, in copied text", lines("Jaar 2021", "Pagina 1 van 3", HEADER, "januari 8 1.000,00 € 1")],
    ["a title between, in copied text", lines("Jaar 2021", "Registraties", HEADER, "januari 8 1.000,00 € 1")],
    ["a title between, in a file", "Jaar 2021;;;\nRegistraties;;;\nMaand;Looptijd;Hoofdsom;Aantal\njanuari;8;1000;1"],
    [
      "a title between, in a range",
      [["Jaar 2021", null, null, null], ["Registraties", null, null, null], HEADER_CELLS, ["januari", 8, 1000, 1]],
    ],
  ])("keeps the year for the month names below: %s", (_title, input) => {
    const result = parseRegistrations(input);
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => `${r.year}-${r.month} ${r.line}`)).toEqual(["2021-1 4"]);
    expect(result.lines).toMatchObject({ read: 4, records: 1, headers: 1, text: 2 });
  });
});

describe("another year's line amid the rows", () => {
  it.each<[string, string | unknown[][]]>([
    ["in a file", "Maand;Looptijd;Hoofdsom;Aantal\njan-21;10;1000;2\n2022;;;\n;9;2000;3"],
    ["in a range", [HEADER_CELLS, ["jan-21", 10, 1000, 2], [2022, null, null, null], [null, 9, 2000, 3]]],
  ])("leaves a row that carries its month without one, never in the year above: %s", (_title, input) => {
    const result = parseRegistrations(input);
    expect(issuesOf(result)).toEqual(["4 import_month_missing"]);
    expect(result.records.map((r) => r.line)).toEqual([2]);
  });
});

describe("notes amid and after the rows of a file or a range", () => {
  it.each<[string, string | unknown[][]]>([
    ["in a file", "Maand;Looptijd;Hoofdsom;Aantal\njan-21;10;1000;2\n€;;;\n;9;2000;3"],
    ["in a range", [HEADER_CELLS, ["jan-21", 10, 1000, 2], ["EUR", null, null, null], [null, 9, 2000, 3]]],
  ])("reports a currency alone amid the rows and keeps the month below it, which it cannot name: %s", (_t, input) => {
    const result = parseRegistrations(input);
    expect(issuesOf(result)).toEqual(["3 import_line_unreadable"]);
    expect(result.records.map((r) => `${r.year}-${r.month} ${r.line}`)).toEqual(["2021-1 2", "2021-1 4"]);
  });

  it.each<[string, string | unknown[][]]>([
    ["in copied text", lines(HEADER, "2021 januari 10 1.000,00 € 2", "De cijfers voor juni volgen later.")],
    ["in a file", "Maand;Looptijd;Hoofdsom;Aantal\njanuari 2021;10;1000;2\nDe cijfers voor juni volgen later.;;;"],
    [
      "in a range",
      [HEADER_CELLS, ["januari 2021", 10, 1000, 2], ["De cijfers voor juni volgen later.", null, null, null]],
    ],
  ])("reads prose naming a month after the last row as prose: %s", (_title, input) => {
    const result = parseRegistrations(input);
    expect(issuesOf(result)).toEqual([]);
    expect(result.lines).toMatchObject({ read: 3, records: 1, text: 1 });
  });

  it("reports the same prose amid the rows, and the rows below it have no sure month", () => {
    const result = parseRegistrationRange([
      HEADER_CELLS,
      ["januari 2021", 10, 1000, 2],
      ["De cijfers voor juni volgen later.", null, null, null],
      [null, 9, 2000, 3],
    ]);
    expect(issuesOf(result)).toEqual(["3 import_line_unreadable", "4 import_month_after_unreadable_line"]);
  });
});

describe("a total row without figures", () => {
  it.each<[string, string | unknown[][]]>([
    ["with the web's empty cells", [HEADER_CELLS, ["januari 2021", 10, 1000, 2], ["Totaal januari", null, null, null]]],
    ["in a file", "Maand;Looptijd;Hoofdsom;Aantal\njanuari 2021;10;1000;2\nTotaal januari;;;"],
  ])("is an error, never a total checked against nothing: %s", (_title, input) => {
    const result = parseRegistrations(input);
    expect(issuesOf(result)).toEqual(["3 import_total_without_figures"]);
    expect(result.lines).toMatchObject({ totals: 0, rejected: 1 });
  });
});

describe("what a lone cell or line is not", () => {
  it.each(["03/2021", "3/21", "2021/03"])(
    "reads `%s` alone in a file's month cell as a month cell, never a page that keeps the month above",
    (label) => {
      const result = parseRegistrations(
        `Maand;Looptijd;Hoofdsom;Aantal\n01/2021;5;1000;1\n;6;2000;2\n${label};;;\n;7;3000;3`,
      );
      const lineFive = result.records.filter((r) => r.line === 5).map((r) => `${r.year}-${r.month}`);
      if (lineFive.length === 0) expect(errorLines(result)).toContain(5);
      else expect(lineFive).toEqual(["2021-3"]);
      expect(errorLines(result)).toContain(4);
    },
  );

  it.each<[string, unknown[][]]>([
    [
      "stated zeros of a month to come",
      [HEADER_CELLS, [toDaySerial(2021, 1, 1), 5, 1000, 2], ["Totaal april", null, 0, 0]],
    ],
    ["the desktop's zeros", [HEADER_CELLS, [toDaySerial(2021, 1, 1), 5, 1000, 2], ["Totaal april", 0, 0, 0]]],
  ])("checks a total of %s as figures", (_title, rows) => {
    const result = parseRegistrationRange(rows);
    expect(issuesOf(result)).toEqual([]);
    expect(result.lines).toMatchObject({ totals: 1, rejected: 0 });
  });

  it("keeps a header whose row holds figures after its last named column", () => {
    const result = parseRegistrationRange([
      [...HEADER_CELLS, 2020, 2021],
      [toDaySerial(2021, 1, 1), 5, 1000, 2, null, null],
    ]);
    expect(issuesOf(result)).toEqual([]);
    expect(result.lines).toMatchObject({ headers: 1, records: 1 });
  });

  it("reads another year's line above a row that carries its month as a page's number in copied text", () => {
    const result = parseRegistrations(
      lines(HEADER, "2021 januari 5 1.000,00 € 4", "2022", "8 2.000,00 € 2", "februari 5 500,00 € 1"),
    );
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(["2021-1", "2021-1", "2021-2"]);
  });
});
