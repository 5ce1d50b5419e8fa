import { parseRegistrations } from "./import/parseRegistrations";
import { listRecords, packRecords, readRecordAt, RecordColumnsBuilder } from "./recordColumns";
import { RegistrationRecord } from "./registrationRecord";

function makeRecords(count: number, provinces: readonly (string | undefined)[]): RegistrationRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const province = provinces[i % provinces.length];
    const record = {
      year: 2007 + (i % 19),
      month: 1 + (i % 12),
      termYears: 5 + (i % 6),
      principalCents: 100_000 + i * 7,
      loans: 1 + (i % 3),
      line: i + 2,
    };
    return province === undefined ? record : { ...record, province };
  });
}

const MANY_PROVINCES = Array.from({ length: 30 }, (_, i) => `Provincie ${i}`);

describe("RecordColumnsBuilder", () => {
  it.each<[string, RegistrationRecord[]]>([
    ["no records", []],
    ["one record without a province", makeRecords(1, [undefined])],
    ["records past the first capacity, growing twice", makeRecords(4_097, ["Antwerpen", undefined, "Limburg"])],
    ["more provinces than are compared one by one", makeRecords(200, MANY_PROVINCES)],
    ["an empty province name", makeRecords(3, ["", "Antwerpen"])],
  ])("gives back %s as they were added", (_title, records) => {
    const columns = packRecords(records);
    expect(columns.count).toBe(records.length);
    expect(listRecords(columns)).toEqual(records);
  });

  it("keeps each distinct province once, in the order first seen", () => {
    const columns = packRecords(makeRecords(100, [...MANY_PROVINCES, ...MANY_PROVINCES]));
    expect(columns.provinces).toEqual(MANY_PROVINCES);
  });

  it("cuts every column to the records added", () => {
    const builder = new RecordColumnsBuilder();
    builder.add(2021 * 12, 5, 1_000_000, 1, 2, undefined);
    const columns = builder.finish();
    for (const column of [columns.year, columns.month, columns.termYears, columns.line, columns.provinceIndex])
      expect(column).toHaveLength(1);
    expect(readRecordAt(columns, 0)).toEqual({
      year: 2021,
      month: 1,
      termYears: 5,
      principalCents: 1_000_000,
      loans: 1,
      line: 2,
    });
  });
});

describe("listRecords", () => {
  const columns = packRecords(makeRecords(10, ["Antwerpen"]));

  it.each([
    [0, 3, [2, 3, 4]],
    [8, 20, [10, 11]],
    [10, 12, []],
  ])("lists records %i to %i by their lines", (from, to, lines) => {
    expect(listRecords(columns, from, to).map((record) => record.line)).toEqual(lines);
  });
});

describe("an import's records", () => {
  it("are the records its columns hold, made once", () => {
    const read = parseRegistrations(
      "Registratiedatum;Looptijd;Hoofdsom;Provincie\n15/03/2021;5;10.000,00;Antwerpen\n16/03/2021;8;2.500,50;\n",
    );
    expect(read.recordColumns.count).toBe(2);
    expect(read.records).toEqual(listRecords(read.recordColumns));
    expect(read.records).toBe(read.records);
    expect(read.records.map((record) => record.province)).toEqual(["Antwerpen", undefined]);
  });

  it("are refused, not made of nothing, once their columns went to another thread", () => {
    const read = parseRegistrations("Registratiedatum;Looptijd;Hoofdsom\n15/03/2021;5;10.000,00\n");
    const buffer = read.recordColumns.line.buffer;
    structuredClone(buffer, { transfer: [buffer] });
    expect(() => read.records).toThrow(/transferred/);
  });
});
