import { MonthKey } from "../dates/monthKey";
import { RegistrationRecord } from "./registrationRecord";

/**
 * Records as columns of numbers, one typed array per field. An import keeps its rows this way: a
 * per-loan file's 100,000s of records would otherwise be as many objects, each copied twice by the
 * garbage collector while the file is read. The columns also cross from the parse worker to the
 * page without a copy (transferred), and the records are made from them when first asked for.
 */
export interface RecordColumns {
  readonly count: number;
  readonly year: Uint16Array;
  readonly month: Uint8Array;
  readonly termYears: Float64Array;
  readonly principalCents: Float64Array;
  readonly loans: Float64Array;
  readonly line: Float64Array;
  /** Index into `provinces`, or -1 for a record without a province. */
  readonly provinceIndex: Int32Array;
  readonly provinces: readonly string[];
}

/** Room for this many records at first; it doubles when full. */
const FIRST_CAPACITY = 1024;

/** Provinces looked for one by one before the map is asked: Belgium has 10, and Brussels. */
const SCANNED_PROVINCES = 12;

/** Collects records into columns, growing them as it goes. */
export class RecordColumnsBuilder {
  private count = 0;
  private year = new Uint16Array(FIRST_CAPACITY);
  private month = new Uint8Array(FIRST_CAPACITY);
  private termYears = new Float64Array(FIRST_CAPACITY);
  private principalCents = new Float64Array(FIRST_CAPACITY);
  private loans = new Float64Array(FIRST_CAPACITY);
  private line = new Float64Array(FIRST_CAPACITY);
  private provinceIndex = new Int32Array(FIRST_CAPACITY);
  private readonly provinces: string[] = [];
  private readonly indexOfProvince = new Map<string, number>();

  add(
    month: MonthKey,
    termYears: number,
    principalCents: number,
    loans: number,
    line: number,
    province: string | undefined,
  ): void {
    const i = this.count;
    if (i === this.line.length) this.grow();
    const year = Math.floor(month / 12);
    this.year[i] = year;
    this.month[i] = month - year * 12 + 1;
    this.termYears[i] = termYears;
    this.principalCents[i] = principalCents;
    this.loans[i] = loans;
    this.line[i] = line;
    this.provinceIndex[i] = province === undefined ? -1 : this.findProvinceIndex(province);
    this.count = i + 1;
  }

  addRecord(record: RegistrationRecord): void {
    const month = record.year * 12 + record.month - 1;
    this.add(month, record.termYears, record.principalCents, record.loans, record.line, record.province);
  }

  /**
   * The columns, cut to the records added: views of the builder's arrays, not copies (a million
   * records' columns are 40 MB). The builder is done with them: it must not be added to after this.
   */
  finish(): RecordColumns {
    const n = this.count;
    return {
      count: n,
      year: this.year.subarray(0, n),
      month: this.month.subarray(0, n),
      termYears: this.termYears.subarray(0, n),
      principalCents: this.principalCents.subarray(0, n),
      loans: this.loans.subarray(0, n),
      line: this.line.subarray(0, n),
      provinceIndex: this.provinceIndex.subarray(0, n),
      provinces: [...this.provinces],
    };
  }

  private grow(): void {
    const capacity = this.line.length * 2;
    this.year = copyInto(new Uint16Array(capacity), this.year);
    this.month = copyInto(new Uint8Array(capacity), this.month);
    this.termYears = copyInto(new Float64Array(capacity), this.termYears);
    this.principalCents = copyInto(new Float64Array(capacity), this.principalCents);
    this.loans = copyInto(new Float64Array(capacity), this.loans);
    this.line = copyInto(new Float64Array(capacity), this.line);
    this.provinceIndex = copyInto(new Int32Array(capacity), this.provinceIndex);
  }

  private findProvinceIndex(province: string): number {
    // A table names a handful of provinces: compared in turn, each row's text is not hashed.
    const provinces = this.provinces;
    const scanned = Math.min(provinces.length, SCANNED_PROVINCES);
    const length = province.length;
    for (let i = 0; i < scanned; i++) {
      const known = provinces[i];
      if (known.length === length && known === province) return i;
    }
    let index = this.indexOfProvince.get(province);
    if (index === undefined) {
      index = provinces.push(province) - 1;
      this.indexOfProvince.set(province, index);
    }
    return index;
  }
}

function copyInto<T extends { set(from: ArrayLike<number>): void }>(to: T, from: ArrayLike<number>): T {
  to.set(from);
  return to;
}

/** Records as columns. */
export function packRecords(records: readonly RegistrationRecord[]): RecordColumns {
  const builder = new RecordColumnsBuilder();
  for (const record of records) builder.addRecord(record);
  return builder.finish();
}

/** Records `from` … `to` (exclusive) as objects, in their order. */
export function listRecords(columns: RecordColumns, from = 0, to = columns.count): RegistrationRecord[] {
  const end = Math.min(to, columns.count);
  const records: RegistrationRecord[] = new Array(Math.max(0, end - from));
  for (let i = from; i < end; i++) records[i - from] = readRecordAt(columns, i);
  return records;
}

export function readRecordAt(columns: RecordColumns, i: number): RegistrationRecord {
  const province = columns.provinceIndex[i];
  const year = columns.year[i];
  const month = columns.month[i];
  const termYears = columns.termYears[i];
  const principalCents = columns.principalCents[i];
  const loans = columns.loans[i];
  const line = columns.line[i];
  return province < 0
    ? { year, month, termYears, principalCents, loans, line }
    : { year, month, termYears, principalCents, loans, province: columns.provinces[province], line };
}
