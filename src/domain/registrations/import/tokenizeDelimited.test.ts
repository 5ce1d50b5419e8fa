import { detectDelimiter } from "./detectDelimiter";
import { parseRegistrations } from "./parseRegistrations";
import { RegistrationImport } from "../registrationImport";

function issuesOf(result: RegistrationImport): string[] {
  return result.issues.map((issue) => `${issue.line} ${issue.code}`);
}

describe("detectDelimiter", () => {
  it.each([
    ["a Belgian file with decimal commas", "Maand;Looptijd;Hoofdsom;Aantal\njanuari 2021;5;1.000,50;2\n", ";"],
    ["an English file with quoted amounts", 'Month,Term,Principal,Loans\n2021-01,5,"1,000.50",2\n', ","],
    ["a tab-separated export", "Datum\tLooptijd\tHoofdsom\n15/03/2021\t5\t1000\n", "\t"],
    ["a header below a title line", "Registraties 2021\n\nDatum;Looptijd;Hoofdsom\n15/03/2021;5;1000\n", ";"],
    ["a header alone", "Datum,Looptijd,Hoofdsom", ","],
  ])("finds the delimiter of %s", (_case, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it.each([
    [
      "a copied report table",
      "Registratiedatum Lening periode Hoofdsom Aantal leningen\n2021 januari 5 2.874.015,15 € 448\n",
    ],
    [
      "a copied report whose words are separated by tabs",
      "Registratiedatum\tLening periode\tHoofdsom\tAantal leningen\n2021\tjanuari\t5\t2.874.015,15\t€\t448\n6\t345.000,00\t€\t14\n",
    ],
    ["prose with commas", "Dit is tekst, met komma's, en zonder kopregel.\nNog meer, tekst.\n"],
  ])("finds none in %s", (_case, text) => {
    expect(detectDelimiter(text)).toBeUndefined();
  });
});

describe("parseRegistrations on delimited files", () => {
  it("reads one loan per row when there is no count column", () => {
    const result = parseRegistrations("Datum;Looptijd;Hoofdsom;Provincie\n15/03/2021;5;25.000,00; Antwerpen \n");
    expect(result.records).toEqual([
      { year: 2021, month: 3, termYears: 5, principalCents: 2_500_000, loans: 1, province: "Antwerpen", line: 2 },
    ]);
    expect(result.format).toEqual({ source: "delimited", delimiter: ";", rows: "perLoan" });
  });

  it("gives rows after a quoted line break their own line numbers", () => {
    const text =
      'Datum;Looptijd;Hoofdsom;Provincie\n15/03/2021;5;1000;"Oost-\nVlaanderen"\n16/03/2021;5;1000;Limburg\n';
    expect(parseRegistrations(text).records.map((r) => r.line)).toEqual([2, 4]);
  });

  it("keeps rows and line numbers right across papaparse's chunks, quoted line breaks and all", () => {
    // About 1.2 MB: several chunks, with quoted cells spanning lines wherever a chunk happens to end.
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      i % 7 === 0
        ? `15/03/2021;5;${i + 1},00;"West-\nVlaanderen ${i}"`
        : `16/03/2021;6;${i + 1},00;Limburg ${"x".repeat(i % 50)}`,
    );
    const result = parseRegistrations(`Datum;Looptijd;Hoofdsom;Provincie\n${rows.join("\n")}\n`);
    expect(result.issues).toEqual([]);
    expect(result.records).toHaveLength(20_000);
    let line = 2;
    result.records.forEach((record, i) => {
      expect(record).toMatchObject({ line, principalCents: (i + 1) * 100 });
      line += i % 7 === 0 ? 2 : 1;
    });
    expect(result.records[14_000].province).toBe("West-\nVlaanderen 14000");
  });

  it.each([
    ["with", "\n"],
    ["without", ""],
  ])("reports a quote that is never closed to the file's last line, %s a line end after it", (_case, end) => {
    const text = `Datum;Looptijd;Hoofdsom;Provincie\n15/03/2021;5;1000;"Oost-Vlaanderen\n16/03/2021;5;1000;Limburg${end}`;
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual(["2 import_quote_unclosed"]);
    expect(result.issues[0].params).toMatchObject({ lastLine: 3 });
  });

  describe("a quote left open early in a large file (more than a megabyte held back)", () => {
    const rowCount = 40_000;
    const lines = Array.from({ length: rowCount }, (_, i) => `15/03/2021;5;${i + 1},00;Limburg`);

    it.each([
      ["never closed", 3, undefined],
      ["closed 35,000 lines further on", 3, 35_003],
    ])("reads the rows around a quote %s as the whole file would be read", (_case, openAt, closeAt) => {
      const broken = [...lines];
      broken[openAt] = broken[openAt].replace("Limburg", '"Limburg');
      if (closeAt !== undefined) broken[closeAt] = broken[closeAt].replace("Limburg", 'Limburg"');
      const text = `Datum;Looptijd;Hoofdsom;Provincie\n${broken.join("\n")}\n`;
      const result = parseRegistrations(text);
      const lastLine = rowCount + 1;
      const openLine = openAt + 2;
      if (closeAt === undefined) {
        expect(issuesOf(result)).toEqual([`${openLine} import_quote_unclosed`]);
        expect(result.issues[0].params).toMatchObject({ lastLine });
        expect(result.records.map((record) => record.line)).toEqual([2, 3, 4]);
      } else {
        // One quoted province over 35,000 lines: a row, then every row after it, each on its own line.
        const records = result.records;
        expect(records).toHaveLength(3 + 1 + (rowCount - closeAt - 1));
        expect(records[3]).toMatchObject({ line: openLine, principalCents: (openAt + 1) * 100 });
        expect(records[4]).toMatchObject({ line: closeAt + 3, principalCents: (closeAt + 2) * 100 });
        expect(records[records.length - 1].line).toBe(lastLine);
      }
      expect(result.lines.read).toBe(result.lines.records + result.lines.headers + result.lines.rejected);
    });
  });

  it.each([
    ["a small file", 10],
    ["a file of several chunks", 12_000],
  ])("rejects only the row of a broken quote, never the good row above it, in %s", (_case, rowCount) => {
    const rows = Array.from({ length: rowCount }, (_, i) => `15/03/2021;5;${i + 1},00;Limburg`);
    rows[2] = '15/03/2021;5;1000;"Noord" Antwerpen';
    const result = parseRegistrations(`Datum;Looptijd;Hoofdsom;Provincie\n${rows.join("\n")}\n`);
    expect(issuesOf(result)).toEqual(["4 import_quote_unclosed"]);
    expect(result.issues[0].params).toMatchObject({ lastLine: rowCount + 1 });
    expect(result.records.map((record) => record.line)).toEqual([2, 3]);
  });

  it("reports each of many rows with a broken quote once, on its own line", () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `15/03/2021;5;${i + 1},00;"Noord" Antwerpen"`);
    const result = parseRegistrations(`Datum;Looptijd;Hoofdsom;Provincie\n${rows.join("\n")}\n`);
    expect(result.records).toEqual([]);
    expect(result.issues.map((issue) => issue.line)).toEqual(rows.map((_, i) => i + 2));
    expect(result.issues.every((issue) => issue.code === "import_quote_invalid")).toBe(true);
    expect(result.lines).toMatchObject({ rejected: 2_000, records: 0, headers: 1 });
  });

  it("does not carry a loan's date down to a row without one", () => {
    const text = "Datum;Looptijd;Hoofdsom\n15/03/2021;5;1000\n;6;1000\n";
    expect(issuesOf(parseRegistrations(text))).toEqual(["3 import_month_missing"]);
  });

  it("carries an aggregated row's month down, until a subtotal ends it", () => {
    const text = "Maand;Looptijd;Hoofdsom;Aantal\nmaart 2021;5;1000;1\n;6;1000;1\nTotaal maart;;2000;2\n;7;1000;1\n";
    const result = parseRegistrations(text);
    expect(result.records.map((r) => [r.month, r.termYears])).toEqual([
      [3, 5],
      [3, 6],
    ]);
    expect(issuesOf(result)).toEqual(["5 import_month_missing"]);
  });

  it("takes a bare month name's year from the rows above, and says when there is none", () => {
    const text = "Maand;Looptijd;Hoofdsom;Aantal\nmaart;5;1000;1\nmaart 2021;5;1000;1\napril;5;1000;1\n";
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual(["2 import_row_outside_year"]);
    expect(result.records.map((r) => [r.year, r.month])).toEqual([
      [2021, 3],
      [2021, 4],
    ]);
  });

  it("checks a per-loan file's total row on its principal, the only figure it states", () => {
    const text =
      "Datum;Looptijd;Hoofdsom\n15/03/2021;5;1000\n16/03/2021;5;500\nTotaal;;1500\nTotaal maart 2021;;1400\n";
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual(["5 import_month_subtotal_mismatch"]);
    expect(result.issues[0].params).toMatchObject({
      statedEuro: { euroCents: 140000 },
      statedLoans: "–",
      summedEuro: { euroCents: 150000 },
      summedLoans: 2,
    });
  });

  it("skips the header again where two exports were pasted one after the other", () => {
    const text = "Datum;Looptijd;Hoofdsom\n15/03/2021;5;1000\nDatum;Looptijd;Hoofdsom\n16/03/2021;5;1000\n";
    const result = parseRegistrations(text);
    expect(result.records).toHaveLength(2);
    expect(result.issues).toEqual([]);
  });

  it.each([
    ["an empty term", "15/03/2021;;1000", "import_cell_empty"],
    ["an empty principal", "15/03/2021;5;", "import_cell_empty"],
    ["an unknown month name", "janvier 2021;5;1000", "import_month_name_unknown"],
    ["a date that is not one", "31/02/2021;5;1000", "import_date_invalid"],
    [
      "a principal above 75,000 euro on 7 October 2020",
      "07/10/2020;5;75.000,01",
      "import_principal_above_lender_maximum",
    ],
    [
      "a principal above 50,000 euro on 6 October 2020",
      "06/10/2020;8;50.000,01",
      "import_principal_above_lender_maximum",
    ],
    ["a 5-year term on 6 October 2020", "06/10/2020;5;1000", "import_term_not_allowed"],
    ["a 10-year term on 7 October 2020", "07/10/2020;10;1000", undefined],
    ["an 8-year term on 7 October 2020", "07/10/2020;8;1000", undefined],
    ["a registration date before the scheme", "31/08/2006;8;1000", "import_date_before_scheme"],
    ["a serial date before the scheme", "2021;8;1000", "import_date_before_scheme"],
  ])("reports %s", (_case, row, code) => {
    const result = parseRegistrations(`Datum;Looptijd;Hoofdsom\n${row}\n`);
    expect(result.issues.map((issue) => issue.code)).toEqual(code === undefined ? [] : [code]);
  });

  it("reports a header without a term column once, on the header's line", () => {
    const result = parseRegistrations("Titel\nDatum;Hoofdsom;Provincie\n15/03/2021;1000;Limburg\n");
    expect(issuesOf(result)).toEqual(["2 import_column_missing", "3 import_row_without_columns"]);
    expect(result.issues[0].message).toBe("Regel 2: de kopregel heeft geen kolom 'looptijd'.");
    expect(result.issues[0].messageEn).toBe("Line 2: the header row has no 'term' column.");
    expect(result.records).toEqual([]);
  });

  it("keeps a province as it is written, formula-like text and all", () => {
    const result = parseRegistrations("Datum;Looptijd;Hoofdsom;Provincie\n15/03/2021;5;1000;=1+1\n");
    expect(result.records[0].province).toBe("=1+1");
  });
});

describe("notes and empty tables in delimited files", () => {
  it.each([
    ["a source note after the rows", "Maand;Looptijd;Hoofdsom;Aantal leningen\n2021-01;5;1.000,50;4\nBron: PMV\n"],
    [
      "a note with its cells left empty",
      "Maand;Looptijd;Hoofdsom;Aantal leningen\n2021-01;5;1.000,50;4\nBron: PMV;;;\n",
    ],
    [
      "a title above the header",
      "Registraties win-winlening\nMaand;Looptijd;Hoofdsom;Aantal leningen\n2021-01;5;1.000,50;4\n",
    ],
  ])("reads %s as a text line", (_case, text) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.lines).toEqual({ read: 3, records: 1, headers: 1, totals: 0, text: 1, rejected: 0 });
  });

  it.each([
    ["a month name alone", "Maand;Looptijd;Hoofdsom;Aantal leningen\n2021-01;5;1.000,50;4\nfebruari\n;5;100,00;1\n"],
    ["a figure in a note", "Maand;Looptijd;Hoofdsom;Aantal leningen\n2021-01;5;1.000,50;4\nStand: 3 leningen\n"],
  ])("still reports %s", (_case, text) => {
    expect(parseRegistrations(text).issues.some((issue) => issue.line === 3 && issue.severity === "error")).toBe(true);
  });

  it.each([
    ["a CSV", "Maand;Looptijd;Hoofdsom;Aantal leningen\n"],
    ["a CSV with a note", "Maand;Looptijd;Hoofdsom;Aantal leningen\nBron: PMV\n"],
    ["copied text", "Registratiedatum Lening periode Hoofdsom Aantal leningen\n"],
  ])("reports a header without rows in %s", (_case, text) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual(["0 import_no_rows"]);
    expect(result.issues[0].severity).toBe("error");
  });
});

describe("the decimal separator of a delimited file", () => {
  it.each([
    [
      "a comma, as its other figures show",
      "Maand;Looptijd;Hoofdsom;Aantal leningen\n2021-01;5;1.000,50;4\n2021-01;6;2,500;1\n",
      250,
    ],
    [
      "a point, as its other figures show",
      'Maand,Looptijd,Hoofdsom,Aantal leningen\n2021-01,5,"1,000.50",4\n2021-01,6,2.500,1\n',
      250,
    ],
    [
      "a comma, also in a tab-separated file",
      "Maand\tLooptijd\tHoofdsom\tAantal leningen\n2021-01\t5\t12,5\t4\n2021-01\t6\t2,500\t1\n",
      250,
    ],
  ])("reads an ambiguous figure with %s", (_case, text, cents) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual([]);
    expect(result.records[1].principalCents).toBe(cents);
  });

  it("warns about an ambiguous figure, naming its line and both readings, when no figure tells", () => {
    const result = parseRegistrations("Maand;Looptijd;Hoofdsom;Aantal leningen\n2021-01;5;1000;4\n2021-01;6;2,500;1\n");
    expect(issuesOf(result)).toEqual(["3 import_figure_ambiguous"]);
    expect(result.issues[0].severity).toBe("warning");
    expect(result.issues[0].message).toContain("Regel 3");
    expect(result.issues[0].message).toContain("'2,500' kan 2.500 of 2,50 euro zijn");
    expect(result.records[1].principalCents).toBe(250_000);
  });

  it.each<[string, string, number[], string[]]>([
    [
      "its amounts show it, whatever a rate beside them shows",
      "Datum;Looptijd;Bedrag;Rentevoet\n05/01/2021;5;10.000;1.75\n06/01/2021;5;12.500,50;1.5\n07/01/2021;5;20.000;1.5\n",
      [1_000_000, 1_250_050, 2_000_000],
      [],
    ],
    [
      "its amounts do not show it, whatever a rate beside them shows",
      "Datum;Looptijd;Bedrag;Rentevoet\n05/01/2021;5;10.000;1.75\n07/01/2021;5;20.000;1.5\n",
      [1_000_000, 2_000_000],
      ["2 import_figure_ambiguous", "3 import_figure_ambiguous"],
    ],
    [
      "its amounts show both, one of them a stray",
      "Datum;Looptijd;Bedrag\n15/03/2021;5;2.500\n15/03/2021;5;2500.55\n15/03/2021;5;1.000,00\n16/03/2021;5;3.500\n",
      [250_000, 250_055, 100_000, 350_000],
      ["2 import_figure_ambiguous", "5 import_figure_ambiguous"],
    ],
  ])("reads amounts by the separator when %s", (_case, text, cents, issues) => {
    const result = parseRegistrations(text);
    expect(result.records.map((r) => r.principalCents)).toEqual(cents);
    expect(issuesOf(result)).toEqual(issues);
  });
});

describe("the day and month order of a delimited file's dates", () => {
  it("keeps a file of loans dated in the first days of January day first", () => {
    const text =
      "Registratiedatum;Looptijd;Hoofdsom;Provincie\n2/1/2021;5;1000,00;Antwerpen\n5/1/2021;5;2000,00;Limburg\n9/1/2021;8;3000,00;Limburg\n";
    const result = parseRegistrations(text);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(["2021-1", "2021-1", "2021-1"]);
  });

  it("keeps daily totals (a date column and a count) in the first days of January day first", () => {
    const text =
      "Registratiedatum;Looptijd;Hoofdsom;Aantal leningen\n4/1/2021;5;1000,00;1\n5/1/2021;5;2000,00;2\n6/1/2021;8;3000,00;3\n";
    const result = parseRegistrations(text);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(["2021-1", "2021-1", "2021-1"]);
  });

  it("reads a range of the four columns by position, its months dated on the 1st, month first", () => {
    const result = parseRegistrations([
      ["1/1/2021", 5, 100, 1],
      ["2/1/2021", 6, 100, 1],
      ["3/1/2021", 8, 100, 1],
    ]);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(["2021-1", "2021-2", "2021-3"]);
  });

  it("reads an American table of months with a time of day month first", () => {
    const text =
      "Maand;Looptijd;Hoofdsom;Aantal leningen\n1/1/2021 0:00;5;1000.00;1\n2/1/2021 0:00;5;1000.00;1\n3/1/2021 0:00;5;1000.00;1\n";
    const result = parseRegistrations(text);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(["2021-1", "2021-2", "2021-3"]);
    expect(issuesOf(result)).toEqual([]);
  });

  it("reads a table of months dated on their 1st month first, when no date shows the order", () => {
    const text =
      "Maand,Looptijd,Hoofdsom,Aantal leningen\n1/1/2021,5,2874015.15,448\n2/1/2021,5,4914035,220\n3/1/2021,5,5926190,466\n";
    const result = parseRegistrations(text);
    expect(result.records.map((r) => `${r.year}-${r.month} ${r.loans}`)).toEqual([
      "2021-1 448",
      "2021-2 220",
      "2021-3 466",
    ]);
    expect(issuesOf(result)).toEqual([]);
  });
});

describe("dates and months as other tools export them", () => {
  it.each<[string, string, string[]]>([
    [
      "dates with a time of day",
      "Registratiedatum;Looptijd;Hoofdsom\n2021-03-15T00:00:00;5;1.000,00\n16/03/2021 14:30;6;2.000,00\n",
      ["2021-3", "2021-3"],
    ],
    [
      "short years",
      "Registratiedatum;Looptijd;Hoofdsom\n15/03/21;5;1.000,00\n1-4-21;6;2.000,00\n",
      ["2021-3", "2021-4"],
    ],
    [
      "months as Excel's month formats write them",
      "Maand;Looptijd;Hoofdsom;Aantal leningen\njan-21;5;1.000,00;1\nFeb-21;5;2.000,00;2\nmrt/21;5;3.000,00;3\n",
      ["2021-1", "2021-2", "2021-3"],
    ],
  ])("reads %s", (_case, text, months) => {
    const result = parseRegistrations(text);
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(months);
  });
});

describe("parseRegistrations on delimited rows longer than their header", () => {
  it.each([
    ["an unquoted amount with thousands commas", "Month,Term,Principal,Loans\n2021-01,5,2,874,015.15,448\n", 6],
    ["one cell too many", "Maand;Looptijd;Hoofdsom;Aantal\njanuari 2021;5;1000;50;4\n", 5],
    ["a filled cell after an empty one", "Maand;Looptijd;Hoofdsom;Aantal\njanuari 2021;5;1000;4;;x\n", 6],
  ])("rejects %s, naming the cells and the header's columns", (_case, text, cells) => {
    const result = parseRegistrations(text);
    expect(result.records).toEqual([]);
    expect(issuesOf(result)).toEqual(["2 import_row_extra_cells"]);
    expect(result.issues[0].params).toMatchObject({ cells, columns: 4 });
    expect(result.lines).toMatchObject({ read: 2, headers: 1, rejected: 1 });
  });

  it.each([
    ["empty cells after the last column", "Maand;Looptijd;Hoofdsom;Aantal\njanuari 2021;5;1000;4;;\n"],
    ["a trailing delimiter on every line", "Maand;Looptijd;Hoofdsom;Aantal;\njanuari 2021;5;1000;4;\n"],
    ["a quoted amount with thousands commas", 'Month,Term,Principal,Loans\n2021-01,5,"2,874,015.15",448\n'],
  ])("reads %s", (_case, text) => {
    const result = parseRegistrations(text);
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(result.records).toHaveLength(1);
  });
});
