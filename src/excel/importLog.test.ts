import { countSignificantDigits } from "./excelLimits";
import { isSameLogTime, toLocalSerial } from "./importLog";

describe("toLocalSerial", () => {
  it.each([
    ["14:07:23", new Date(2025, 5, 3, 14, 7, 23)],
    ["09:00:01", new Date(2025, 5, 3, 9, 0, 1)],
    ["23:59:59", new Date(2100, 11, 31, 23, 59, 59)],
    ["00:00:00", new Date(2021, 0, 1, 0, 0, 0)],
  ])("writes %s with at most 15 significant digits, as Excel keeps it", (_, at) => {
    const serial = toLocalSerial(at);
    expect(countSignificantDigits(serial)).toBeLessThanOrEqual(15);
    expect(Number(serial.toPrecision(15))).toBe(serial);
  });

  it("tells every second of a day apart, and a time from itself however Excel rounds it", () => {
    let previous = toLocalSerial(new Date(2025, 5, 3, 0, 0, 0));
    for (let second = 1; second < 86_400; second++) {
      const serial = toLocalSerial(new Date(2025, 5, 3, 0, 0, second));
      expect(isSameLogTime(serial, previous)).toBe(false);
      expect(isSameLogTime(serial, Number(serial.toPrecision(12)))).toBe(true);
      previous = serial;
    }
  });
});
