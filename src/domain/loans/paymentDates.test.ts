import { formatIsoDate, serialOfIsoLiteral } from "../dates/daySerial";
import { listPaymentDates } from "./paymentDates";

const datesFrom = (startIso: string, count: number, monthsPerPeriod: number) =>
  listPaymentDates(serialOfIsoLiteral(startIso), count, monthsPerPeriod).map(formatIsoDate);

describe("listPaymentDates", () => {
  it.each([
    // [start, months per period, the first payment dates]
    ["2021-01-31", 1, ["2021-02-28", "2021-03-31", "2021-04-30", "2021-05-31"]], // a month-end stays at month-end
    ["2024-01-31", 1, ["2024-02-29", "2024-03-31", "2024-04-30"]], // leap year
    ["2021-01-30", 1, ["2021-02-28", "2021-03-30", "2021-04-30", "2021-05-30"]], // clamped in February only
    ["2021-01-29", 1, ["2021-02-28", "2021-03-29"]],
    ["2021-04-30", 1, ["2021-05-31", "2021-06-30", "2021-07-31"]], // 30 April is a month-end
    ["2021-02-28", 1, ["2021-03-31", "2021-04-30"]], // so is 28 February 2021
    ["2024-02-28", 1, ["2024-03-28", "2024-04-28"]], // but not 28 February 2024
    ["2021-03-15", 1, ["2021-04-15", "2021-05-15"]],
    ["2021-11-15", 1, ["2021-12-15", "2022-01-15", "2022-02-15"]], // across the year end
    ["2021-01-31", 3, ["2021-04-30", "2021-07-31", "2021-10-31", "2022-01-31"]],
    ["2020-11-30", 3, ["2021-02-28", "2021-05-31", "2021-08-31"]],
    ["2021-01-31", 6, ["2021-07-31", "2022-01-31", "2022-07-31"]],
    ["2021-08-31", 6, ["2022-02-28", "2022-08-31", "2023-02-28"]],
    ["2021-01-31", 12, ["2022-01-31", "2023-01-31"]],
    ["2024-02-29", 12, ["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]],
    ["2023-03-29", 12, ["2024-03-29"]],
  ])("steps from %s by %i months", (startIso, monthsPerPeriod, expected) => {
    expect(datesFrom(startIso, expected.length, monthsPerPeriod)).toEqual(expected);
  });

  it("gives 120 dates, one a month, for a 10-year monthly loan", () => {
    const dates = datesFrom("2021-01-31", 120, 1);
    expect(dates).toHaveLength(120);
    expect(dates[119]).toBe("2031-01-31");
    expect(new Set(dates.map((iso) => iso.slice(0, 7))).size).toBe(120);
  });
});
