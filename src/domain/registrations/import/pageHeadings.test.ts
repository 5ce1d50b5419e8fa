import { RegistrationImport } from "../registrationImport";
import { parseRegistrations } from "./parseRegistrations";

/*
 * Press releases put a dated line above the table ("Brussel, 3 juni 2021") and, when the table breaks
 * across pages, repeat a heading and a page number on every page. Those are text, wherever they stand;
 * the month carried down the table goes on across them. A line that holds a row's figures stays an error.
 */

const lines = (...text: string[]): string => text.join("\n");
const HEADER = "Registratiedatum Lening periode Hoofdsom Aantal leningen";

function issuesOf(result: RegistrationImport): string[] {
  return result.issues.map((issue) => `${issue.line} ${issue.code}`);
}

describe("a dated line before the table", () => {
  it.each([
    ["Persbericht Vlaamse Regering - 3 juni 2021"],
    ["Brussel, 3 juni 2021"],
    ["Persbericht van 3 juni 2021"],
    ["Persbericht 3 juni 2021"],
    ["3 juni 2021"],
    ["Brussel, donderdag 3 juni 2021."],
  ])("reads %s as text", (dated) => {
    const result = parseRegistrations(lines(dated, HEADER, "2021 januari 5 1.000,00 € 4"));
    expect(issuesOf(result)).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.lines).toEqual({ read: 3, records: 1, headers: 1, totals: 0, text: 1, rejected: 0 });
  });
});

describe("page headings inside a table broken across pages", () => {
  const before = [HEADER, "2021 januari 5 1.000,00 € 4", "8 2.000,00 € 2"];
  const after = ["10 500,00 € 1", "Totaal januari 3.500,00 € 7", "februari 5 100,00 € 1", "Totaal februari 100,00 € 1"];
  it.each([
    ["a dated heading, page number and repeated header", ["Persbericht 3 juni 2021", "3", HEADER], 2],
    ["a page footer and a dated heading", ["Pagina 1 van 2", "Persbericht Vlaamse Regering - 3 juni 2021"], 2],
    ["a dated line alone", ["Persbericht van 3 juni 2021"], 1],
    ["a place and date", ["Brussel, 3 juni 2021"], 1],
    ["a two-line heading of words only", ["Vlaams minister van Economie Hilde Crevits", "Persbericht"], 2],
  ])("reads the rows after %s in the carried month", (_case, heading, textLines) => {
    const result = parseRegistrations(lines(...before, ...(heading as string[]), ...after));
    expect(issuesOf(result)).toEqual([]);
    expect(result.records.map((record) => `${record.month} ${record.termYears}`)).toEqual([
      "1 5",
      "1 8",
      "1 10",
      "2 5",
    ]);
    expect(result.lines.text).toBe(textLines);
  });

  it("reads the rows after a page break that falls between two months", () => {
    const result = parseRegistrations(
      lines(...before, ...after.slice(0, 2), "Pagina 1 van 2", "Persbericht 3 juni 2021", ...after.slice(2)),
    );
    expect(issuesOf(result)).toEqual([]);
    expect(result.records).toHaveLength(4);
  });

  it.each([
    ["a dated line with a count", "Stand op 15 juni 2021: 3 leningen"],
    ["figures alone in the row's shape", "6 500,00 € 1 (1)"],
  ])("still reports %s between rows", (_case, line) => {
    const result = parseRegistrations(lines(...before, "Pagina 1 van 2", line, ...after));
    expect(issuesOf(result)).toEqual(["5 import_line_unreadable"]);
  });

  it.each([
    ["a month with figures", "maart 5 1.000,00 € 2 *"],
    ["a month word alone", "februari"],
  ])("reports %s between rows, and no month for the rows it may have begun", (_case, line) => {
    const result = parseRegistrations(lines(...before, "Pagina 1 van 2", line, ...after));
    expect(issuesOf(result)).toEqual([
      "5 import_line_unreadable",
      "6 import_month_after_unreadable_line",
      "7 import_month_subtotal_mismatch",
    ]);
    expect(result.issues[1].message).toBe(
      "Regel 6: de maand van deze rij is niet zeker: regel 5 erboven noemt een maand, maar is geen leesbare tabelregel. Herstel die regel.",
    );
    // The next month named on a row of its own is read again.
    expect(result.records.map((record) => `${record.month} ${record.termYears}`)).toEqual(["1 5", "1 8", "2 5"]);
  });

  it("still reports a dated line with a count after the table", () => {
    const result = parseRegistrations(lines(...before, ...after, "Stand op 15 juni 2021: 3 leningen"));
    expect(issuesOf(result)).toEqual(["8 import_line_unreadable"]);
  });
});
