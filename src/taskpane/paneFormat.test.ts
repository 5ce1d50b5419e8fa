import { formatCount, formatCounted, formatEuro, formatList, formatMonth, formatMonthText } from "./paneFormat";

/** Intl writes a non-breaking space (or a narrow one) where a reader sees a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatEuro", () => {
  it.each([
    [6367994223, "nl", "63.679.942,23 €"],
    [6367994223, "en", "€63,679,942.23"],
    [1895, "nl", "18,95 €"],
    [5, "en", "€0.05"],
    [0, "nl", "0,00 €"],
  ] as const)("writes %d cents in %s as %s", (cents, language, expected) => {
    expect(plain(formatEuro(cents, language))).toBe(expected);
  });
});

describe("formatCount", () => {
  it.each([
    [3393, "nl", "3.393"],
    [3393, "en", "3,393"],
    [28, "nl", "28"],
  ] as const)("writes %d in %s as %s", (value, language, expected) => {
    expect(formatCount(value, language)).toBe(expected);
  });
});

describe("formatMonth", () => {
  it.each([
    [2021, 1, "nl", "long", "januari 2021"],
    [2021, 5, "en", "long", "May 2021"],
    [2021, 3, "nl", "short", "mrt 2021"],
    [2021, 12, "en", "short", "Dec 2021"],
    [2021, 9, "en", "short", "Sep 2021"],
    [2021, 9, "nl", "short", "sep 2021"],
    [2021, 4, "en", "short", "Apr 2021"],
    [2021, 5, "nl", "short", "mei 2021"],
  ] as const)("writes %d-%d in %s (%s) as %s", (year, month, language, width, expected) => {
    expect(formatMonth(year, month, language, width)).toBe(expected);
  });
});

describe("formatMonthText", () => {
  it.each([
    ["2021-02", "nl", "februari 2021"],
    ["2021-02", "en", "February 2021"],
    ["Q1 2021", "nl", "Q1 2021"],
  ] as const)("writes %s in %s as %s", (key, language, expected) => {
    expect(formatMonthText(key, language)).toBe(expected);
  });
});

describe("formatCounted", () => {
  it.each([
    [1, "nl", "1 rij importeren"],
    [28, "nl", "28 rijen importeren"],
    [1, "en", "Import 1 row"],
    [28000, "en", "Import 28,000 rows"],
    [28000, "nl", "28.000 rijen importeren"],
  ] as const)("words %d in %s as %s", (count, language, expected) => {
    expect(formatCounted(count, "importButtonOne", "importButtonOther", language)).toBe(expected);
  });
});

describe("formatList", () => {
  it.each([
    [[], "nl", ""],
    [["a"], "en", "a"],
    [["a", "b"], "nl", "a en b"],
    [["a", "b", "c"], "en", "a, b and c"],
  ] as const)("joins %j in %s as %s", (items, language, expected) => {
    expect(formatList(items, language)).toBe(expected);
  });
});
