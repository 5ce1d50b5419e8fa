import { isAloneInRow, isEmptyCell, isEuroText, readDigitsCell, readNumberCell } from "./readNumberCell";

describe("isEmptyCell", () => {
  it.each<[unknown, boolean]>([
    [null, true],
    [undefined, true],
    ["", true],
    ["   ", true],
    ["\u00a0", true],
    ["\t\n", true],
    [" \u202f ", true],
    ["Limburg", false],
    [" Limburg", false],
    ["\u00a0Limburg\u00a0", false],
    ["€", false],
    ["0", false],
    [0, false],
    [false, false],
  ])("tells whether %j holds nothing", (cell, expected) => {
    expect(isEmptyCell(cell)).toBe(expected);
  });
});

describe("isEuroText", () => {
  it.each<[unknown, boolean]>([
    ["5", false],
    ["12", false],
    ["100,00 €", true],
    ["€100", true],
    ["EUR 100", true],
    ["100 euro", true],
    ["100 Euro", true],
    ["5 jaar", false],
    ["europa", false],
    ["", false],
    [100, false],
  ])("tells whether %j is marked as euro", (cell, expected) => {
    expect(isEuroText(cell)).toBe(expected);
  });
});

describe("readNumberCell", () => {
  it.each<[unknown, number]>([
    ["5", 5],
    ["5 jaar", 5],
    ["10 years", 10],
    ["1.234", 1234],
    ["EUR 12,50", 12.5],
    ["12,50 euro", 12.5],
    ["euro", NaN],
    ["", NaN],
    [7, 7],
    [NaN, NaN],
    [true, NaN],
  ])("reads %j as %d", (cell, expected) => {
    expect(readNumberCell(cell)).toBe(expected);
  });
});

describe("readDigitsCell", () => {
  it.each(["5", "12", "007", "0", "123456789"])("reads %j as readNumberCell does", (text) => {
    expect(readDigitsCell(text)).toBe(readNumberCell(text));
  });

  it.each<[string, unknown]>([
    ["an empty text", ""],
    ["ten digits, left to the full reader", "1234567890"],
    ["a separator", "1.000"],
    ["a space", " 5"],
    ["a unit", "5 jaar"],
    ["a sign", "-5"],
    ["a number cell", 5],
    ["an empty cell", null],
  ])("leaves %s to readNumberCell", (_case, cell) => {
    expect(readDigitsCell(cell)).toBe(-1);
  });
});

describe("isAloneInRow", () => {
  it.each<[unknown[], number, boolean, boolean]>([
    [["Bron: PMV", "", null], 0, false, true],
    [["Bron: PMV", " ", undefined], 0, false, true],
    [["Bron: PMV", 0, 0], 0, true, true],
    [["Bron: PMV", 0, 0], 0, false, false],
    [["12/03/2021", "5", "1.000,00"], 0, false, false],
    [["", 2021, ""], 1, false, true],
  ])("tells whether %j holds only the cell in column %d (zeros empty: %s)", (row, column, zeroIsEmpty, expected) => {
    expect(isAloneInRow(row, column, zeroIsEmpty)).toBe(expected);
  });
});
