import { buildPressReleaseRecords } from "../../../test/fixtures/pressReleaseRecords";
import type { RegistrationRecord } from "../registrations";
import { CostProjection, projectSchemeCost, ProjectionOptions } from "./costProjection";

function projectionOf(records: readonly RegistrationRecord[], options: ProjectionOptions): CostProjection {
  const result = projectSchemeCost(records, options);
  if (!result.ok) throw new Error(`${result.row}: ${result.error.code}`);
  return result.value;
}

const euroRows = (projection: CostProjection) =>
  projection.years.map((y) => [
    y.year,
    ...[y.jan1Cents, y.dec31Cents, y.creditCents, y.exposureCents].map((c) => c / 100),
  ]);

describe("projectSchemeCost on the press release of June 2021", () => {
  // Rows printed by fixtures/costProjectionReference.py (Python's decimal, half up), not by this code:
  // year, 1 January, 31 December, yearly credits, loss-credit exposure on 31 December (euro).
  it("gives the upper bound with bullet loans: 2021 → 0, 63679942.23, 795999.28, 25471976.89", () => {
    const projection = projectionOf(buildPressReleaseRecords(), { method: "bullet" });
    expect(euroRows(projection)).toEqual([
      [2021, 0, 63679942.23, 795999.28, 25471976.89],
      [2022, 63679942.23, 63679942.23, 1591998.56, 25471976.89],
      [2023, 63679942.23, 63679942.23, 1591998.56, 25471976.89],
      [2024, 63679942.23, 63679942.23, 1591998.56, 25471976.89],
      [2025, 63679942.23, 63679942.23, 1591998.56, 25471976.89],
      [2026, 63679942.23, 41641088.68, 1316512.89, 16656435.47],
      [2027, 41641088.68, 40295867.0, 1024211.95, 16118346.8],
      [2028, 40295867.0, 37068367.0, 967052.93, 14827346.8],
      [2029, 37068367.0, 25312310.0, 779758.46, 10124924.0],
      [2030, 25312310.0, 25102310.0, 630182.75, 10040924.0],
      [2031, 25102310.0, 0, 313778.88, 0],
    ]);
    expect(projection.totalCreditCents / 100).toBe(12195491.38);
  });

  // An exact half cent of interest rounds up here (one cent more from 2021 on than float rounding gives).
  it("gives annuities at the legal rate of 2021 (1.75 %)", () => {
    const projection = projectionOf(buildPressReleaseRecords(), { method: "annuity" });
    expect(euroRows(projection)).toEqual([
      [2021, 0, 57224611.41, 715307.64, 22889844.56],
      [2022, 57224611.41, 48483771.1, 1321354.78, 19393508.44],
      [2023, 48483771.1, 39588733.27, 1100906.3, 15835493.31],
      [2024, 39588733.27, 30536777.59, 876568.89, 12214711.04],
      [2025, 30536777.59, 21325135.87, 648273.92, 8530054.35],
      [2026, 21325135.87, 15392109.88, 458965.57, 6156843.95],
      [2027, 15392109.88, 10737340.44, 326618.13, 4294936.18],
      [2028, 10737340.44, 6434427.16, 214647.1, 2573770.86],
      [2029, 6434427.16, 3377832.45, 122653.25, 1351132.98],
      [2030, 3377832.45, 671000.58, 50610.41, 268400.23],
      [2031, 671000.58, 0, 8387.51, 0],
    ]);
    expect(projection.totalCreditCents / 100).toBe(5844293.5);
  });
});

const record = (
  year: number,
  month: number,
  termYears: number,
  principalEuro: number,
  line = 1,
): RegistrationRecord => ({
  year,
  month,
  termYears,
  principalCents: principalEuro * 100,
  loans: 1,
  line,
});

describe("projectSchemeCost by the rules", () => {
  it.each([
    // [registration month, loss-credit percent]: loans start on the 15th, so March 2020 is still 30 %
    [[2020, 3], 30],
    [[2020, 4], 40],
    [[2021, 12], 40],
    [[2022, 1], 30],
  ])("takes the loss-credit rate of %j: %i %", ([year, month], percent) => {
    const [first] = projectionOf([record(year, month, 5, 10_000)], { method: "bullet" }).years;
    expect(first.exposureCents).toBe(10_000 * percent);
  });

  it("runs from the first registration year, with empty years between, to the last year a loan runs", () => {
    const projection = projectionOf([record(2022, 6, 5, 1_000), record(2019, 2, 8, 1_000)], { method: "bullet" });
    expect(projection.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(projection.years[projection.years.length - 1].dec31Cents).toBe(0);
  });

  it("applies no per-lender cap: aggregated rows have no lenders", () => {
    const [, second] = projectionOf([record(2021, 1, 5, 1_000_000)], { method: "bullet" }).years;
    expect(second.creditCents).toBe(2_500_000); // 2.5 % of 1,000,000
  });

  it("names the line of a row it cannot project", () => {
    const result = projectSchemeCost([record(2021, 1, 5, 1_000), record(2027, 1, 5, 1_000, 7)], { method: "annuity" });
    expect(result.ok ? "ok" : [result.row, result.error.code]).toEqual([7, "legal_rate_unknown"]);
  });

  it.each([
    // [registration month, term]: a bullet loan repays nothing before its end, so no rate is needed
    [[2027, 6], 10],
    [[2030, 1], 5],
  ])("projects bullet loans of %j for %i years without a known legal rate", ([year, month], term) => {
    const years = projectionOf([record(year, month, term, 100_000)], { method: "bullet" }).years;
    // Starting on the 15th, the last monthly payment falls term years later: 0 on 31 December then.
    expect(years.map((y) => [y.year, y.jan1Cents / 100, y.dec31Cents / 100])).toEqual(
      Array.from({ length: term + 1 }, (_, k) => [year + k, k === 0 ? 0 : 100_000, k === term ? 0 : 100_000]),
    );
  });

  it("takes one given rate for every row instead of the legal rate", () => {
    const result = projectSchemeCost([record(2027, 1, 5, 1_000, 7)], { method: "annuity", rate: 0.02 });
    expect(result.ok).toBe(true);
  });
});
