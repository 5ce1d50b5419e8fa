import { serialOfIsoLiteral } from "../dates/daySerial";
import { computeYearlyCreditCents } from "./yearlyCredit";

const day = serialOfIsoLiteral;
const cents = (euro: number) => Math.round(euro * 100);

describe("computeYearlyCreditCents", () => {
  it.each([
    // [outstanding 1 Jan, outstanding 31 Dec (euro), conclusion date, credit (euro)]
    [10_000, 10_000, "2021-03-01", 250],
    [0, 10_000, "2021-03-01", 125], // the first year: nothing outstanding on 1 January
    [10_000, 0, "2029-03-01", 125], // the last year
    [80_000, 80_000, "2020-10-06", 1_250], // capped at 50,000
    [80_000, 80_000, "2020-10-07", 1_875], // capped at 75,000
    [80_000, 80_000, "2020-10-08", 1_875],
    [80_000, 40_000, "2019-05-01", 1_125], // only the balance above the cap is capped
    [60_000, 0, "2006-09-01", 625],
    [12_345.67, 12_000, "2021-01-15", 304.32], // 2.5 % of 12,172.835 = 304.320875
    [0.2, 0.2, "2021-01-15", 0.01], // half a cent rounds up
    [0, 0, "2021-01-15", 0],
  ])("gives %d and %d euro outstanding on a loan of %s a credit of %d euro", (jan1, dec31, iso, credit) => {
    expect(computeYearlyCreditCents(cents(jan1), cents(dec31), day(iso))).toEqual({ ok: true, value: cents(credit) });
  });

  it.each([
    [-1, 100, "outstanding_jan1"],
    [100, -1, "outstanding_dec31"],
  ])("refuses a negative balance (%d, %d) as a number error naming %s", (jan1, dec31, argument) => {
    const result = computeYearlyCreditCents(jan1, dec31, day("2021-01-15"));
    expect(result.ok ? undefined : [result.error.kind, result.error.code, result.error.params.argument]).toEqual([
      "invalid_number",
      "argument_negative",
      argument,
    ]);
  });

  it("has no answer before the scheme", () => {
    const result = computeYearlyCreditCents(100, 100, day("2006-08-31"));
    expect(result.ok ? undefined : [result.error.kind, result.error.code]).toEqual([
      "not_available",
      "date_before_scheme",
    ]);
  });
});
