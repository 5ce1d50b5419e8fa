import { serialOfIsoLiteral } from "../dates/daySerial";
import { requireSchemeDate } from "./schemeStart";

describe("requireSchemeDate", () => {
  it.each([
    ["2006-08-31", "not_available/date_before_scheme"],
    ["2006-09-01", "ok"],
    ["2100-12-31", "ok"],
    ["2101-01-01", "invalid_number/date_after_scheme_range"],
    ["9999-01-01", "invalid_number/date_after_scheme_range"],
  ])("takes %s: %s", (iso, expected) => {
    const result = requireSchemeDate(serialOfIsoLiteral(iso));
    expect(result.ok ? "ok" : `${result.error.kind}/${result.error.code}`).toBe(expected);
  });
});
