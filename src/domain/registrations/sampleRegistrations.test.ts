import { parseRegistrations } from "./import/parseRegistrations";
import { SAMPLE_REGISTRATION_TEXT, SAMPLE_REGISTRATIONS } from "./sampleRegistrations";

describe("the sample dataset", () => {
  it("holds the press release's 28 rows of January–May 2021", () => {
    expect(SAMPLE_REGISTRATIONS).toHaveLength(28);
    expect(new Set(SAMPLE_REGISTRATIONS.map((r) => `${r.year}-${r.month}`))).toEqual(
      new Set(["2021-1", "2021-2", "2021-3", "2021-4", "2021-5"]),
    );
  });

  it("matches its own subtotals and grand total, without any issue", () => {
    expect(parseRegistrations(SAMPLE_REGISTRATION_TEXT).issues).toEqual([]);
  });

  it("sums to 3,393 loans for 63,679,942.23 euro", () => {
    expect(SAMPLE_REGISTRATIONS.reduce((sum, r) => sum + r.loans, 0)).toBe(3393);
    expect(SAMPLE_REGISTRATIONS.reduce((sum, r) => sum + r.principalCents, 0)).toBe(6_367_994_223);
  });

  it("starts with January's 5-year row and ends with May's 10-year row", () => {
    expect(SAMPLE_REGISTRATIONS[0]).toMatchObject({
      year: 2021,
      month: 1,
      termYears: 5,
      principalCents: 287_401_515,
      loans: 448,
    });
    expect(SAMPLE_REGISTRATIONS[27]).toMatchObject({
      year: 2021,
      month: 5,
      termYears: 10,
      principalCents: 350_500_000,
      loans: 95,
    });
  });
});
