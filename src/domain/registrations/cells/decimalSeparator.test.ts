import { decideDecimalSeparator, readDecimalEvidence } from "./decimalSeparator";
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
    ["the figures that prove more", ["1,5", "1.000,00", "1.5"], ","],
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
