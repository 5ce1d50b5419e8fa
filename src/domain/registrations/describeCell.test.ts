import { describeCell } from "./describeCell";

describe("describeCell", () => {
  it.each([
    ["a number", 1234.5, "1234.5"],
    ["an empty cell", null, ""],
    ["text as written", "  vijf jaar ", "  vijf jaar "],
    ["a quoted cell's line breaks as spaces", "Oost-\nVlaanderen\r\n5", "Oost- Vlaanderen 5"],
    ["a long text shortened", "x".repeat(50), `${"x".repeat(37)}...`],
    ["an object without a prototype", Object.create(null), "[object Object]"],
    [
      "an Excel error a cell holds as Excel shows it",
      Object.assign(new Error("Geen waarde"), { code: "#N/A" }),
      "#N/A",
    ],
  ])("writes %s", (_case, value, expected) => {
    expect(describeCell(value)).toBe(expected);
  });
});
