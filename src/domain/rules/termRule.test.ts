import { serialOfIsoLiteral } from "../dates/daySerial";
import { isTermAllowed } from "./termRule";

describe("isTermAllowed", () => {
  it.each([
    [8, "2006-09-01", true],
    [5, "2006-09-01", false],
    [8, "2020-10-06", true],
    [10, "2020-10-06", false],
    [5, "2020-10-06", false],
    [8, "2020-10-07", true],
    [5, "2020-10-07", true],
    [10, "2020-10-07", true],
    [4, "2020-10-07", false],
    [11, "2020-10-08", false],
    [7.5, "2021-03-01", false],
    [8.0000001, "2019-03-01", false],
    [-8, "2019-03-01", false],
    [0, "2021-03-01", false],
  ])("says a %d-year term for a loan of %s is allowed: %s", (termYears, iso, allowed) => {
    expect(isTermAllowed(termYears, serialOfIsoLiteral(iso))).toEqual({ ok: true, value: allowed });
  });

  it("has no answer before the scheme", () => {
    expect(isTermAllowed(8, serialOfIsoLiteral("2006-08-31")).ok).toBe(false);
  });
});
