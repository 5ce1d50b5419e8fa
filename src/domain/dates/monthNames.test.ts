import { formatShortMonthName, findMonthNumber, formatMonthName } from "./monthNames";

describe("formatMonthName", () => {
  it.each<[number, string, string]>([
    [1, "januari", "January"],
    [3, "maart", "March"],
    [4, "april", "April"],
    [5, "mei", "May"],
    [9, "september", "September"],
    [11, "november", "November"],
    [12, "december", "December"],
  ])("names month %i %s in Dutch and %s in English", (month, dutch, english) => {
    expect(formatMonthName(month, "nl")).toBe(dutch);
    expect(formatMonthName(month, "en")).toBe(english);
  });

  it("writes every English month name out in full", () => {
    const english = Array.from({ length: 12 }, (_, index) => formatMonthName(index + 1, "en"));
    expect(english).toEqual(
      Array.from({ length: 12 }, (_, index) =>
        new Date(Date.UTC(2021, index, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" }),
      ),
    );
  });
});

describe("findMonthNumber", () => {
  it.each<[string, number]>([
    ["April", 4],
    ["apr.", 4],
    ["Sept", 9],
    ["nov", 11],
    ["DEC", 12],
    [" maart ", 3],
    ["   september   ", 9],
  ])("reads %j as month %i", (name, month) => {
    expect(findMonthNumber(name)).toBe(month);
  });

  it.each(["", "ma", "3", "2021", "1jan", "janvier"])("reads no month in %j", (name) => {
    expect(findMonthNumber(name)).toBeUndefined();
  });
});

describe("formatShortMonthName", () => {
  it.each([
    [3, "nl", "mrt"],
    [9, "nl", "sep"],
    [9, "en", "Sep"],
    [4, "en", "Apr"],
    [11, "en", "Nov"],
    [12, "en", "Dec"],
  ] as const)("writes month %d in %s as %s", (month, language, expected) => {
    expect(formatShortMonthName(month, language)).toBe(expected);
  });
});
