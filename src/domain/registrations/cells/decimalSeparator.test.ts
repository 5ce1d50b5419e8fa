import { decideDecimalSeparator, listDecimalSampleCells, readDecimalEvidence } from "./decimalSeparator";
import { findFirstHeader } from "./registrationColumns";
import { parseNumberText } from "./parseNumberText";

describe("readDecimalEvidence", () => {
  it.each([
    ["1.000,50", ","],
    ["2.874.015,15 €", ","],
    ["1,5", ","],
    ["-12,05", ","],
    ["1.000.000", ","],
    ["1,000.50", "."],
    ["1000.5", "."],
    ["EUR 2,874,015.15", "."],
    ["1,000,000", "."],
    ["2,500", undefined],
    ["2.500", undefined],
    ["2500", undefined],
    ["15.03.2021", undefined],
    ["2021-03", undefined],
    ["maart", undefined],
  ])("reads what %s proves: %s", (text, separator) => {
    expect(readDecimalEvidence(text)).toBe(separator);
  });
});

describe("decideDecimalSeparator", () => {
  it.each<[string, string[], string | undefined]>([
    ["a Belgian figure", ["2021-01", "5", "1.000,50", "4", "2,500"], ","],
    ["an English figure", ["2021-01", "5", "1,000.50", "4", "2,500"], "."],
    ["no unambiguous figure", ["2021-01", "5", "2,500", "4"], undefined],
    ["as many of each", ["1,5", "1.5"], undefined],
    ["figures that prove each, however many of one", ["1,5", "1.000,00", "1.5"], undefined],
    ["one stray figure among thousands", [...Array<string>(3000).fill("2.500"), "2500.55", "1.000,00"], undefined],
  ])("decides from %s", (_case, figures, separator) => {
    expect(decideDecimalSeparator(figures)).toBe(separator);
  });
});

describe("parseNumberText with the file's decimal separator", () => {
  it.each<[string, "," | "." | undefined, number]>([
    ["2,500", ",", 2.5],
    ["2,500", ".", 2500],
    ["2,500", undefined, 2500],
    ["2.500", ".", 2.5],
    ["2.500", ",", 2500],
    ["1.000,50", ".", 1000.5],
    ["1.234.567", ".", 1234567],
  ])("reads %s with %s as %d", (text, separator, value) => {
    expect(parseNumberText(text, separator)).toBe(value);
  });
});

describe("listDecimalSampleCells", () => {
  it.each<[string, unknown[][], string[]]>([
    [
      "the amount column's cells below a header",
      [
        ["Datum", "Looptijd", "Bedrag", "Rentevoet"],
        ["05/01/2021", "5", "10.000", "1.75"],
        ["06/01/2021", "5", "12.500,50", "1.5"],
      ],
      ["10.000", "12.500,50"],
    ],
    [
      "every text cell without a header",
      [
        ["Bron: PMV", "1.75"],
        [5, "2,5"],
      ],
      ["Bron: PMV", "1.75", "2,5"],
    ],
    [
      "a title's cells above the header, then the amounts",
      [
        ["Registraties 2021", ""],
        ["Maand", "Hoofdsom", "Aantal leningen"],
        ["januari", "2.874.015,15", "448"],
      ],
      ["Registraties 2021", "2.874.015,15"],
    ],
  ])("lists %s", (_case, rows, cells) => {
    expect(listDecimalSampleCells(rows, findFirstHeader(rows, rows.length))).toEqual(cells);
  });
});
