import { toDaySerial } from "./daySerial";
import { decideDateOrder, parseDateText, parseMonthText } from "./parseDateText";
import { toMonthKey } from "./monthKey";

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
    ["2021/03/15", [2021, 3, 15]],
    ["2021-03/15", undefined],
    ["15/3/21", [2021, 3, 15]],
    ["15-03-21", [2021, 3, 15]],
    ["01/01/99", undefined], // no year of the scheme
    ["5-10-05", undefined],
    ["15.03.21", undefined], // as a figure, not a date
    ["15/03-21", undefined],
    ["15-mrt-2021", [2021, 3, 15]],
    ["15-Mar-2021", [2021, 3, 15]],
    ["2021-03-15T00:00:00", [2021, 3, 15]],
    ["2021-03-31T22:00:00.000Z", undefined], // 1 April in Belgium: another zone's time is no local day
    ["2021-03-15 00:00:00", [2021, 3, 15]],
    ["15/03/2021 14:30", [2021, 3, 15]],
    ["15/03/2021 25", undefined],
    ["14:30", undefined],
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
  ])("reads %j as %s", (texts, order) => {
    expect(decideDateOrder(texts)).toBe(order);
  });

  it.each<[string[], boolean, string]>([
    // A table of months, each dated on its 1st: month first is the only reading that makes them months.
    [["1/1/2021", "2/1/2021", "3/1/2021"], true, "monthFirst"],
    [["1/1/2021 0:00", "2/1/2021 0:00", "3/1/2021 0:00"], true, "monthFirst"],
    [["1.1.2021", "2.1.2021", "3.1.2021"], true, "open"],
    [["01/01/2021", "01/02/2021", "01/03/2021"], true, "dayFirst"],
    [["1/1/2021", "1/1/2022"], true, "open"],
    [["2/1/2021"], true, "open"],
    [["2/1/2021", "3/1/2021", "3/2/2021"], true, "open"],
    // Loans dated 2, 5 and 9 January, in a file of loans: no table of months.
    [["2/1/2021", "5/1/2021", "9/1/2021"], false, "open"],
    [["3/15/2021 14:30", "4/20/2021 9:00"], false, "monthFirst"],
  ])("reads %j (month rows: %s) as %s", (texts, monthRows, order) => {
    expect(decideDateOrder(texts, monthRows)).toBe(order);
  });

  it("reads 2/1/2021 as 1 February when the file puts the month first", () => {
    expect(parseDateText("2/1/2021", "monthFirst")).toBe(toDaySerial(2021, 2, 1));
    expect(parseDateText("2/1/2021")).toBe(toDaySerial(2021, 1, 2));
  });
});

describe("parseMonthText", () => {
  it.each<[string, [number, number] | undefined]>([
    ["2021-03", [2021, 3]],
    ["03/2021", [2021, 3]],
    ["maart 2021", [2021, 3]],
    ["2021 maart", [2021, 3]],
    ["jan-21", [2021, 1]],
    ["Jan-21", [2021, 1]],
    ["mrt/21", [2021, 3]],
    ["Mar 21", undefined], // 21 March, as English writes a day
    ["juni 30", undefined],
    ["jan-99", undefined],
    ["lente-21", undefined],
    ["jan-2021", [2021, 1]],
    ["2021/maart", [2021, 3]],
    ["15/03/2021", [2021, 3]],
  ])("reads %p as %j", (text, expected) => {
    expect(parseMonthText(text)).toBe(expected === undefined ? undefined : toMonthKey(expected[0], expected[1]));
  });
});
