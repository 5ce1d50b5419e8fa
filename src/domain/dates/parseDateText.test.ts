import { toDaySerial } from "./daySerial";
import { decideDateOrder, parseDateText } from "./parseDateText";

describe("parseDateText", () => {
  it.each([
    ["2021-03-15", [2021, 3, 15]],
    ["15/03/2021", [2021, 3, 15]],
    ["15 maart 2021", [2021, 3, 15]],
    ["15 March 2021", [2021, 3, 15]],
    ["  1 januari 2101 ", [2101, 1, 1]],
    ["5 mrt. 2021", [2021, 3, 5]],
    ["29 februari 2024", [2024, 2, 29]],
    ["29 februari 2023", undefined],
    ["15 lente 2021", undefined],
    ["maart 2021", undefined], // a month, not a day
    ["Persbericht 3 juni 2021", undefined],
  ])("reads %p as %j", (text, expected) => {
    const [year, month, day] = expected ?? [];
    expect(parseDateText(text)).toBe(expected === undefined ? undefined : toDaySerial(year, month, day));
  });
});

describe("decideDateOrder", () => {
  it.each([
    [["1/15/2021", "2/1/2021", "1/20/2021"], "monthFirst"],
    [["15/1/2021", "2/1/2021"], "dayFirst"],
    [["2/1/2021", "3/4/2021"], "open"],
    [["15/1/2021", "1/15/2021", "1/16/2021"], "dayFirst"],
    [["2021-01-15", "Limburg", "12,50"], "dayFirst"],
    // One typo among a Belgian file's first days of the month flips nothing.
    [[...Array.from({ length: 12 }, (_, m) => `01/${m + 1}/2021`), "01/13/2021"], "dayFirst"],
    // A table of months, each dated on its 1st: month first is the only reading that makes them months.
    [["1/1/2021", "2/1/2021", "3/1/2021"], "monthFirst"],
    [["01/01/2021", "01/02/2021", "01/03/2021"], "dayFirst"],
    [["1/1/2021", "1/1/2022"], "open"],
    [["2/1/2021"], "open"],
    [["2/1/2021", "3/1/2021", "3/2/2021"], "open"],
  ])("reads %j as %s", (texts, order) => {
    expect(decideDateOrder(texts)).toBe(order);
  });

  it("reads 2/1/2021 as 1 February when the file puts the month first", () => {
    expect(parseDateText("2/1/2021", "monthFirst")).toBe(toDaySerial(2021, 2, 1));
    expect(parseDateText("2/1/2021")).toBe(toDaySerial(2021, 1, 2));
  });
});
