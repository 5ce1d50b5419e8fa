import fc from "fast-check";
import { MAX_ROW_PRINCIPAL_CENTS, toExactCents } from "./figureBounds";
import { parseNumberText } from "./parseNumberText";
import { readEuroCell } from "./readNumberCell";

describe("parseNumberText", () => {
  it.each([
    // Belgian and English forms of the same figure.
    ["2.874.015,15", 2874015.15],
    ["2,874,015.15", 2874015.15],
    ["2874015.15", 2874015.15],
    ["2874015,15", 2874015.15],
    ["2.874.015,15 €", 2874015.15],
    ["€ 2.874.015,15", 2874015.15],
    ["€2,874,015.15", 2874015.15],
    ["2.874.015,15\u00a0€", 2874015.15],
    ["2 874 015,15", 2874015.15],
    ["2\u202f874\u202f015,15", 2874015.15],
    ["1.000 EUR", 1000],
    ["EUR 1.000", 1000],
    ["1000 euro", 1000],
    // One separator followed by three digits groups thousands, whichever separator it is: money
    // has at most two decimals, so 1.234 euro is never meant.
    ["1.234", 1234],
    ["1,234", 1234],
    ["70.000", 70000],
    ["2.874.015", 2874015],
    ["2,874,015", 2874015],
    // Otherwise one separator is decimal.
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["1,50", 1.5],
    ["0.500", 0.5],
    ["0,500", 0.5],
    ["1234.567", 1234.567],
    ["12345,678", 12345.678],
    // Both separators: the last one is decimal.
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["-1.000,00", -1000],
    ["\u22121.000,00", -1000],
    ["+5", 5],
    ["0", 0],
    ["  448  ", 448],
  ])("reads %j as %d", (text, value) => {
    expect(parseNumberText(text)).toBeCloseTo(value, 9);
  });

  it.each([
    ["", "nothing"],
    ["€", "only a currency"],
    ["abc", "letters"],
    ["1.234.56", "a broken thousands group"],
    ["1.23.456", "a short inner group"],
    ["1234.567.890", "a long first group"],
    ["1,234,5", "a short last group"],
    ["1.234,56,7", "two decimal commas"],
    ["1,234.567,8", "a decimal comma after a decimal point"],
    ["12 34", "a broken group of spaces"],
    [".5", "no integer part"],
    ["5.", "a trailing separator"],
    ["1e5", "an exponent"],
    ["5 jaar", "a unit"],
    ["--5", "a double sign"],
  ])("refuses %j (%s)", (text) => {
    expect(parseNumberText(text)).toBeNaN();
  });
});

describe("toExactCents of readEuroCell", () => {
  const cents = (cell: unknown) => toExactCents(readEuroCell(cell), MAX_ROW_PRINCIPAL_CENTS);
  it.each([
    ["2.874.015,15 €", 287401515],
    ["154.020,48", 15402048],
    ["0,01", 1],
    ["313.551,2", 31355120],
    [0.1 + 0.2, 30],
    [2874015.15, 287401515],
    ["10.000.000.000,00", 1_000_000_000_000],
    ["9.999.999.999,99", 999_999_999_999],
    ["5.000.000.000,01", 500_000_000_001],
    [1234567890.12, 123456789012],
  ])("reads %j as %i cents", (cell, expected) => {
    expect(cents(cell)).toBe(expected);
  });

  it.each([
    ["veel", "text that is not an amount"],
    ["1234.567", "a fraction of a cent"],
    ["5.000.000.000,004", "a fraction of a cent in the billions"],
    ["9.999.999.999,995", "half a cent in the billions"],
    ["10.000.000.000,01", "more than ten billion euro"],
    ["12345678901234567890", "twenty digits"],
    ["9".repeat(400), "four hundred digits"],
    [Infinity, "an infinite number"],
  ])("gives NaN for %j (%s)", (cell, _case) => {
    expect(cents(cell)).toBeNaN();
  });
});

describe("parseNumberText's one-pass reading of plain amounts", () => {
  // A leading space is trimmed by the full rule and keeps the one-pass reading out: both must agree.
  const readInFull = (text: string, separator?: "," | ".") => parseNumberText(` ${text}`, separator);

  it.each([
    ["2874015", 2874015],
    ["2.874.015,15", 2874015.15],
    ["2,874,015.15", 2874015.15],
    ["1234,5", 1234.5],
    ["0,07", 0.07],
    ["1.234", 1234],
    ["1.234.56", NaN],
    ["12,34.5", NaN],
  ])("reads %j as the full rule does: %d", (text, value) => {
    for (const separator of [undefined, ",", "."] as const) {
      expect(parseNumberText(text, separator)).toBe(readInFull(text, separator));
      expect(parseNumberText(text, separator)).toBe(value === 1234 && separator === "." ? 1.234 : value);
    }
  });

  it("gives every text of digits and separators the full rule's answer", () => {
    const texts = fc
      .array(fc.constantFrom("0", "1", "2", "5", "9", ".", ","), { minLength: 1, maxLength: 18 })
      .map((characters) => characters.join(""));
    const separators = fc.constantFrom(undefined, ",", ".");
    fc.assert(
      fc.property(texts, separators, (text, separator) => {
        expect(Object.is(parseNumberText(text, separator), readInFull(text, separator))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
