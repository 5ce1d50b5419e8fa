import { parseRegistrations, SAMPLE_REGISTRATION_TEXT } from "../domain/registrations";
import type { RegistrationRecord } from "../domain/registrations";
import { listTransferables, packRecords, unpackRecords } from "./packedRecords";

function perLoanRecords(count: number): RegistrationRecord[] {
  const provinces = ["Antwerpen", "Limburg", undefined];
  return Array.from({ length: count }, (_, i) => {
    const province = provinces[i % 3];
    const record = {
      year: 2021,
      month: 1 + (i % 12),
      termYears: 5 + (i % 6),
      principalCents: 100_050 + i,
      loans: 1,
      line: i + 2,
    };
    return province === undefined ? record : { ...record, province };
  });
}

describe("packRecords and unpackRecords", () => {
  it.each<[string, RegistrationRecord[]]>([
    ["the sample's records", [...parseRegistrations(SAMPLE_REGISTRATION_TEXT).records]],
    ["per-loan records with and without a province, over several slices", perLoanRecords(120_001)],
    ["no records", []],
  ])("give back %s as they were", async (_title, records) => {
    expect(await unpackRecords(packRecords(records), async () => undefined)).toEqual(records);
  });

  it("yields between slices, and keeps each distinct province once", async () => {
    let turns = 0;
    const packed = packRecords(perLoanRecords(120_001));
    await unpackRecords(packed, async () => void turns++);
    expect(turns).toBe(2);
    expect(packed.provinces).toEqual(["Antwerpen", "Limburg"]);
    expect(listTransferables(packed)).toHaveLength(7);
  });
});
