/**
 * Records as columns of numbers, for the way from the parse worker to the page: typed arrays cross
 * between threads without being copied (transferred), where a million record objects would be
 * serialised, copied and rebuilt one by one on the page's main thread. The page turns the columns
 * back into records in slices, yielding between them, so it keeps answering meanwhile.
 */
import type { RegistrationRecord } from "../domain/registrations";
import { readRecordAt, RecordColumns } from "../domain/registrations/recordColumns";

export { packRecords } from "../domain/registrations/recordColumns";

/** The import's own columns (`RecordColumns`), as they travel. */
export type PackedRecords = RecordColumns;

/** Records turned back per slice before the page gets a turn again: a few milliseconds' work. */
const SLICE_SIZE = 50_000;

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
    for (let i = start; i < end; i++) records[i] = readRecordAt(packed, i);
  }
  return records;
}

function waitForNextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
