import { SourceLines } from "./sourceLines";

const TEXT = "2021 januari 5 1.000,00 € 4\nnoot *\n\nTotaal januari 1.000,00 € 4";

describe("SourceLines", () => {
  it.each([
    [1, "2021 januari 5 1.000,00 € 4"],
    [2, "noot *"],
    [3, ""],
    [4, "Totaal januari 1.000,00 € 4"],
    [5, ""],
    [0, ""],
  ])("reads line %i as written", (line, expected) => {
    expect(new SourceLines(TEXT).readLine(line)).toBe(expected);
  });

  it.each([
    ["the whole line", 2, "noot *", true],
    ["an empty line", 3, "", true],
    ["the last line, without a line end", 4, "Totaal januari 1.000,00 € 4", true],
    ["the start of the line only", 2, "noot", false],
    ["the line and the next", 2, "noot *\n", false],
    ["another line's text", 2, "2021 januari 5 1.000,00 € 4", false],
    ["a line beyond the text", 6, "", false],
  ])("tells whether a quote is %s", (_title, line, quote, expected) => {
    expect(new SourceLines(TEXT).isLine(line as number, quote as string)).toBe(expected);
  });

  it("answers lines asked in order, and false for a line before the last one asked", () => {
    const lines = new SourceLines(TEXT);
    expect([lines.isLine(1, "2021 januari 5 1.000,00 € 4"), lines.isLine(4, "Totaal januari 1.000,00 € 4")]).toEqual([
      true,
      true,
    ]);
    expect(lines.isLine(2, "noot *")).toBe(false);
    expect(lines.readLine(2)).toBe("noot *");
  });
});
