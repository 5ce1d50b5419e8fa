import { formatIsoDate, isValidCalendarDate, serialOfIsoLiteral, toCalendarDate, toDaySerial } from "./daySerial";

describe("toDaySerial", () => {
  it.each([
    // Serials as Excel shows them for these days.
    [1900, 3, 1, 61],
    [2006, 9, 1, 38961],
    [2020, 3, 16, 43906],
    [2020, 10, 7, 44111],
    [2021, 1, 15, 44211],
    [2024, 2, 29, 45351],
    [9999, 12, 31, 2958465],
  ])("gives %i-%i-%i the serial %i", (year, month, day, serial) => {
    expect(toDaySerial(year, month, day)).toBe(serial);
    expect(toCalendarDate(serial)).toEqual({ year, month, day });
  });

  it("round-trips every day from 2000 to 2040", () => {
    for (let serial = toDaySerial(2000, 1, 1); serial < toDaySerial(2040, 1, 1); serial++) {
      const { year, month, day } = toCalendarDate(serial);
      expect(toDaySerial(year, month, day)).toBe(serial);
    }
  });
});

describe("isValidCalendarDate", () => {
  it.each([
    [2021, 2, 29, false],
    [2020, 2, 29, true],
    [2100, 2, 29, false],
    [2000, 2, 29, true],
    [2021, 4, 31, false],
    [2021, 13, 1, false],
    [2021, 0, 1, false],
    [2021, 1, 0, false],
    [2021, 1.5, 1, false],
  ])("says %i-%i-%i is %s", (year, month, day, valid) => {
    expect(isValidCalendarDate(year, month, day)).toBe(valid);
  });
});

describe("serialOfIsoLiteral", () => {
  it("reads a literal and formats it back", () => {
    expect(formatIsoDate(serialOfIsoLiteral("2020-10-07"))).toBe("2020-10-07");
  });

  it.each(["2020-02-30", "2020-1-07", "7/10/2020"])("rejects %s", (text) => {
    expect(() => serialOfIsoLiteral(text)).toThrow();
  });
});

describe("Excel's first serials, around the 29 February 1900 it counts", () => {
  it.each([
    [1, "1900-01-01"],
    [31, "1900-01-31"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [2021, "1905-07-13"],
    [44197, "2021-01-01"],
  ])("reads serial %i as %s, the day Excel shows", (serial, iso) => {
    expect(formatIsoDate(serial)).toBe(iso);
    const [year, month, day] = iso.split("-").map(Number);
    expect(toDaySerial(year, month, day)).toBe(serial);
  });

  it("shows serial 60 as the 29 February 1900 Excel shows", () => {
    expect(toCalendarDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
  });
});
