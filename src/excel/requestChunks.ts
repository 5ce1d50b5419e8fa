/**
 * Excel on the web refuses a request or an answer over 5 MB. Rows are grouped so that each group's
 * JSON stays under a budget well below that, whatever the length of the texts in them; a request
 * Excel still finds too large is sent again in halves.
 */
export const REQUEST_BUDGET_BYTES = 1_500_000;

/** The error codes Excel gives a request, or its answer, over the payload limit. */
const PAYLOAD_TOO_LARGE_CODES: ReadonlySet<string> = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && PAYLOAD_TOO_LARGE_CODES.has(code);
}

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

/** A chunk Excel found too large, as two halves to send one after the other (a single row cannot be split). */
export function halveChunk<T>(chunk: RowChunk<T>): RowChunk<T>[] {
  if (chunk.rows.length < 2) return [];
  const half = Math.ceil(chunk.rows.length / 2);
  return [
    { start: chunk.start, rows: chunk.rows.slice(0, half) },
    { start: chunk.start + half, rows: chunk.rows.slice(half) },
  ];
}

/**
 * Sends chunks one request each (`send` queues a chunk's work and syncs). A chunk Excel refuses as
 * too large, unread, goes again in halves, after `onRefused`; any other failure is the caller's.
 */
export async function sendChunks<T>(
  chunks: readonly RowChunk<T>[],
  send: (chunk: RowChunk<T>) => Promise<void>,
  onRefused: () => void = () => undefined,
): Promise<void> {
  const queue = [...chunks];
  for (let chunk = queue.shift(); chunk !== undefined; chunk = queue.shift()) {
    try {
      await send(chunk);
    } catch (error) {
      const halves = isPayloadTooLarge(error) ? halveChunk(chunk) : [];
      if (halves.length === 0) throw error;
      onRefused();
      queue.unshift(...halves);
    }
  }
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
