/**
 * Excel on the web refuses a request over 5 MB. Rows are grouped so that each group's JSON stays
 * under a budget well below that, whatever the length of the texts in them.
 */
export const REQUEST_BUDGET_BYTES = 1_500_000;

export interface RowChunk<T> {
  readonly start: number;
  readonly rows: readonly T[];
}

export function splitIntoChunks<T>(
  rows: readonly T[],
  budgetBytes = REQUEST_BUDGET_BYTES,
  overheadPerRowBytes = 0,
): RowChunk<T>[] {
  const chunks: RowChunk<T>[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const rowBytes = measureJsonBytes(rows[i]) + overheadPerRowBytes;
    if (i > start && bytes + rowBytes > budgetBytes) {
      chunks.push({ start, rows: rows.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (start < rows.length) chunks.push({ start, rows: rows.slice(start) });
  return chunks;
}

/** UTF-8 size of a row's JSON: what it adds to a request. */
export function measureJsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
  }
  return bytes;
}
