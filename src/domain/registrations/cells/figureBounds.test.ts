import fc from "fast-check";
import { toDaySerial } from "../../dates/daySerial";
import { monthKeyOfSerial } from "../../dates/monthKey";
import {
  FIRST_REGISTRATION_MONTH,
  LAST_REGISTRATION_SERIAL,
  MAX_ROW_PRINCIPAL_CENTS,
  monthIndexOfSerial,
  toExactCents,
  toPlainCents,
} from "./figureBounds";
import { SCHEME_START_SERIAL } from "../../rules/schemeStart";

describe("monthIndexOfSerial", () => {
  it("gives the calendar's month for every day of the scheme, at any time of day", () => {
    const wrong: number[] = [];
    for (let serial = SCHEME_START_SERIAL; serial <= LAST_REGISTRATION_SERIAL; serial++) {
      const expected = monthKeyOfSerial(serial) - FIRST_REGISTRATION_MONTH;
      if (monthIndexOfSerial(serial) !== expected || monthIndexOfSerial(serial + 0.999) !== expected)
        wrong.push(serial);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ["the day before the scheme", -1, SCHEME_START_SERIAL - 1],
    ["a moment before the scheme", -1, SCHEME_START_SERIAL - 0.001],
    ["the scheme's first day", 0, SCHEME_START_SERIAL],
    ["29 February 2020", 13 * 12 + 5, toDaySerial(2020, 2, 29)],
    ["1 March 2020", 13 * 12 + 6, toDaySerial(2020, 3, 1)],
    ["31 December 2100", 94 * 12 + 3, LAST_REGISTRATION_SERIAL],
    ["the day after", -1, LAST_REGISTRATION_SERIAL + 1],
    ["NaN", -1, NaN],
    ["Infinity", -1, Infinity],
  ])("gives %s the index %s", (_title, expected, serial) => {
    expect(monthIndexOfSerial(serial)).toBe(expected);
  });
});

describe("toPlainCents", () => {
  it.each([
    [1234.56, 123456],
    [0.01, 1],
    [0.1 + 0.2, 30],
    [21_474_836.48, 2_147_483_648],
    [10_000_000_000, 1_000_000_000_000],
    [10_000_000_000.01, 0], // beyond a row's bounds: toExactCents says so
    [0.004, 0],
    [1.005, 0],
    [0, 0],
    [-5, 0],
    [NaN, 0],
    [Infinity, 0],
  ])("reads %s euro as %s cents", (euro, expected) => {
    expect(toPlainCents(euro)).toBe(expected);
  });

  it("accepts only what toExactCents accepts, with the same cents", () => {
    const euro = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -1_000, max: 3_000_000_000 }).map((cents) => cents / 100),
      fc.integer({ min: 1, max: 3_000_000_000 }).map((cents) => (cents + 0.5) / 100),
      fc.double({ min: 9e9, max: 1.1e10, noNaN: true }),
    );
    fc.assert(
      fc.property(euro, (amount) => {
        const small = toPlainCents(amount);
        return small === 0 || small === toExactCents(amount, MAX_ROW_PRINCIPAL_CENTS);
      }),
      { numRuns: 20_000 },
    );
  });
});
