/**
 * Records as columns of numbers, for the way from the parse worker to the page: typed arrays cross
 * between threads without being copied (transferred), where a million record objects would be
 * serialised, copied and rebuilt one by one on the page's main thread. The page turns the columns
 * back into records in slices, yielding between them, so it keeps answering meanwhile.
 */
import type { RegistrationRecord } from "../domain/registrations";

export interface PackedRecords {
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

/** Records turned back per slice before the page gets a turn again: a few milliseconds' work. */
const SLICE_SIZE = 50_000;

export function packRecords(records: readonly RegistrationRecord[]): PackedRecords {
  const count = records.length;
  const packed = {
    count,
    year: new Uint16Array(count),
    month: new Uint8Array(count),
    termYears: new Float64Array(count),
    principalCents: new Float64Array(count),
    loans: new Float64Array(count),
    line: new Float64Array(count),
    provinceIndex: new Int32Array(count),
    provinces: [] as string[],
  };
  const indexOfProvince = new Map<string, number>();
  records.forEach((record, i) => {
    packed.year[i] = record.year;
    packed.month[i] = record.month;
    packed.termYears[i] = record.termYears;
    packed.principalCents[i] = record.principalCents;
    packed.loans[i] = record.loans;
    packed.line[i] = record.line;
    packed.provinceIndex[i] = record.province === undefined ? -1 : findProvinceIndex(record.province);
  });
  return packed;

  function findProvinceIndex(province: string): number {
    let index = indexOfProvince.get(province);
    if (index === undefined) {
      index = packed.provinces.push(province) - 1;
      indexOfProvince.set(province, index);
    }
    return index;
  }
}

/** The buffers to transfer with a message that carries `packed`. */
export function listTransferables(packed: PackedRecords): ArrayBuffer[] {
  const columns = [packed.year, packed.month, packed.termYears, packed.principalCents, packed.loans, packed.line];
  return [...columns, packed.provinceIndex].map((column) => column.buffer as ArrayBuffer);
}

/** The records again, in their order, a slice at a time with `yieldTurn` awaited between slices. */
export async function unpackRecords(
  packed: PackedRecords,
  yieldTurn: () => Promise<void> = waitForNextTask,
): Promise<RegistrationRecord[]> {
  const records: RegistrationRecord[] = new Array(packed.count);
  for (let start = 0; start < packed.count; start += SLICE_SIZE) {
    if (start > 0) await yieldTurn();
    const end = Math.min(packed.count, start + SLICE_SIZE);
    for (let i = start; i < end; i++) records[i] = unpackRecord(packed, i);
  }
  return records;
}

function unpackRecord(packed: PackedRecords, i: number): RegistrationRecord {
  const province = packed.provinceIndex[i];
  const record = {
    year: packed.year[i],
    month: packed.month[i],
    termYears: packed.termYears[i],
    principalCents: packed.principalCents[i],
    loans: packed.loans[i],
    line: packed.line[i],
  };
  return province < 0 ? record : { ...record, province: packed.provinces[province] };
}

function waitForNextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
