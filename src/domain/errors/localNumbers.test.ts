import { formatDecimal, formatEuroCents, formatPercentOfBasisPoints } from "./localNumbers";

describe("formatEuroCents", () => {
  it.each([
    [7_500_000, "75.000", "75,000"],
    [8_000_050, "80.000,50", "80,000.50"],
    [5, "0,05", "0.05"],
    [99_999, "999,99", "999.99"],
    [123_456_789_012, "1.234.567.890,12", "1,234,567,890.12"],
    [-150, "-1,50", "-1.50"],
  ])("writes %i cents as %s in Dutch and %s in English", (cents, dutch, english) => {
    expect(formatEuroCents(cents, "nl")).toBe(dutch);
    expect(formatEuroCents(cents, "en")).toBe(english);
  });
});

describe("formatPercentOfBasisPoints", () => {
  it.each([
    [175, "1,75 %", "1.75%"],
    [87.5, "0,875 %", "0.875%"],
    [700, "7 %", "7%"],
    [287.5, "2,875 %", "2.875%"],
    [0, "0 %", "0%"],
    [12.3456, "0,1235 %", "0.1235%"],
  ])("writes %d basis points as %s and %s", (basisPoints, dutch, english) => {
    expect(formatPercentOfBasisPoints(basisPoints, "nl")).toBe(dutch);
    expect(formatPercentOfBasisPoints(basisPoints, "en")).toBe(english);
  });
});

describe("formatDecimal", () => {
  it.each([
    [7.5, "7,5", "7.5"],
    [8, "8", "8"],
  ])("writes %d as %s and %s", (value, dutch, english) => {
    expect(formatDecimal(value, "nl")).toBe(dutch);
    expect(formatDecimal(value, "en")).toBe(english);
  });
});
