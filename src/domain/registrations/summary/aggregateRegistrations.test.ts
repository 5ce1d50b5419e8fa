import { buildPressReleaseMatrix } from "../../../../test/fixtures/excelRange";
import { toMonthKey } from "../../dates/monthKey";
import { aggregateRegistrations, shareBasisPoints, summariseRegistrationMonth } from "./aggregateRegistrations";
import { RegistrationRecord } from "../registrationRecord";
import { SAMPLE_REGISTRATIONS } from "../sampleRegistrations";
import { summariseRangeMonth } from "./summariseRangeMonth";

function record(
  year: number,
  month: number,
  termYears: number,
  principalCents: number,
  loans: number,
  province?: string,
): RegistrationRecord {
  return province === undefined
    ? { year, month, termYears, principalCents, loans, line: 1 }
    : { year, month, termYears, principalCents, loans, province, line: 1 };
}

describe("aggregateRegistrations", () => {
  const records = [
    record(2021, 2, 5, 300_00, 3, "Limburg"),
    record(2021, 1, 10, 100_00, 1, "Antwerpen"),
    record(2021, 1, 5, 200_00, 2, "Antwerpen"),
    record(2021, 1, 5, 400_00, 4),
  ];
  const summary = aggregateRegistrations(records);

  it("sums per month and term, in month then term order", () => {
    expect(summary.byMonthTerm.map((r) => [r.month, r.termYears, r.principalCents, r.loans, r.averageCents])).toEqual([
      [1, 5, 600_00, 6, 100_00],
      [1, 10, 100_00, 1, 100_00],
      [2, 5, 300_00, 3, 100_00],
    ]);
  });

  it("sums per month, per term and in total", () => {
    expect(summary.byMonth.map((r) => [r.year, r.month, r.principalCents, r.loans])).toEqual([
      [2021, 1, 700_00, 7],
      [2021, 2, 300_00, 3],
    ]);
    expect(summary.byTerm.map((r) => [r.termYears, r.principalCents, r.loans])).toEqual([
      [5, 900_00, 9],
      [10, 100_00, 1],
    ]);
    expect(summary.total).toMatchObject({
      principalCents: 1000_00,
      loans: 10,
      averageCents: 100_00,
      loanShareBasisPoints: 10_000,
    });
  });

  it("sums per province, rows without one last", () => {
    expect(summary.byProvince.map((r) => [r.province, r.principalCents, r.loans])).toEqual([
      ["Antwerpen", 300_00, 3],
      ["Limburg", 300_00, 3],
      [null, 400_00, 4],
    ]);
  });

  it("gives shares of the total in basis points", () => {
    expect(summary.byMonth.map((r) => [r.loanShareBasisPoints, r.principalShareBasisPoints])).toEqual([
      [7000, 7000],
      [3000, 3000],
    ]);
  });

  it("summarises nothing as zeros", () => {
    expect(aggregateRegistrations([])).toEqual({
      byMonthTerm: [],
      byMonth: [],
      byTerm: [],
      byProvince: [],
      total: { principalCents: 0, loans: 0, averageCents: 0, loanShareBasisPoints: 0, principalShareBasisPoints: 0 },
    });
  });

  it("says about half of the press release's loans run 5 years and more than 8 in 10 chose another term than 8", () => {
    const byTerm = aggregateRegistrations(SAMPLE_REGISTRATIONS).byTerm;
    const fiveYears = byTerm.find((r) => r.termYears === 5);
    const eightYears = byTerm.find((r) => r.termYears === 8);
    expect(fiveYears?.loanShareBasisPoints).toBe(5343); // 1,813 / 3,393
    expect(10_000 - (eightYears?.loanShareBasisPoints ?? 0)).toBeGreaterThan(8000); // 584 / 3,393 chose 8
  });

  it("gives the press release's average loan of almost 19,000 euro", () => {
    expect(aggregateRegistrations(SAMPLE_REGISTRATIONS).total.averageCents).toBe(1_876_803); // 6,367,994,223 cents / 3,393 = 1,876,803.48
  });
});

describe("shareBasisPoints", () => {
  it.each([
    [1, 3, 3333],
    [2, 3, 6667],
    [0, 5, 0],
    [5, 0, 0],
  ])("gives %i of %i as %i basis points", (part, whole, basisPoints) => {
    expect(shareBasisPoints(part, whole)).toBe(basisPoints);
  });
});

describe("summariseRegistrationMonth", () => {
  it.each([1, 2, 3, 4, 5])(
    "gives month %i of 2021 exactly what WINWIN.MONTH_SUMMARY gives on the same range",
    (month) => {
      const key = toMonthKey(2021, month);
      expect(summariseRegistrationMonth(SAMPLE_REGISTRATIONS, key)).toEqual(
        summariseRangeMonth(buildPressReleaseMatrix(), key),
      );
    },
  );

  it("answers for one term, as the formula does", () => {
    const key = toMonthKey(2021, 2);
    expect(summariseRegistrationMonth(SAMPLE_REGISTRATIONS, key, 10)).toEqual(
      summariseRangeMonth(buildPressReleaseMatrix(), key, 10),
    );
  });

  it.each([
    [undefined, "no_registrations"],
    [9, "no_registrations_for_term"],
  ])("fails as the formula does with term %s where there is nothing", (term, code) => {
    const key = toMonthKey(2021, term === undefined ? 6 : 2);
    const result = summariseRegistrationMonth(SAMPLE_REGISTRATIONS, key, term);
    expect(result).toEqual(summariseRangeMonth(buildPressReleaseMatrix(), key, term));
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });
});
