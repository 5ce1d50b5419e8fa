import { isPayloadTooLarge, measureJsonBytes, REQUEST_BUDGET_BYTES } from "./requestChunks";

type RowProperty = "values" | "formulas" | "numberFormat";

/** Rows of a range to read: `rowCount` rows from `firstRow`, the first `columnCount` columns. */
export interface RowSpan {
  readonly firstRow: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Rows in the first read, before the size of a row is known: small enough for rows of any width. */
const FIRST_READ_ROWS = 200;

/**
 * Reads properties of a range's rows in requests whose answers stay near REQUEST_BUDGET_BYTES,
 * however wide the rows: each answer's size per row sets the next request's row count, and a
 * request Excel answers as too large is asked again for half the rows. `beforeRequest` runs before
 * each request (a cancelled import stops there). Without a span, the range's loaded size is read whole.
 */
export async function readRowsInChunks<P extends RowProperty>(
  context: Excel.RequestContext,
  range: Excel.Range,
  properties: readonly P[],
  span: RowSpan = { firstRow: 0, rowCount: range.rowCount, columnCount: range.columnCount },
  beforeRequest: () => void = () => undefined,
): Promise<Record<P, unknown[][]>> {
  const result = Object.fromEntries(properties.map((p) => [p, [] as unknown[][]])) as Record<P, unknown[][]>;
  const end = span.firstRow + span.rowCount;
  let chunkRows = FIRST_READ_ROWS;
  let mostRows = Infinity; // once Excel found an answer too large, never ask for as many rows again
  for (let start = span.firstRow; start < end;) {
    const rows = Math.min(chunkRows, end - start);
    beforeRequest();
    const part = range.getCell(start, 0).getResizedRange(rows - 1, span.columnCount - 1);
    // eslint-disable-next-line office-addins/no-empty-load -- the names are the caller's, always given
    part.load(properties.join(","));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk keeps each under the limit
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || rows === 1) throw error;
      chunkRows = Math.ceil(rows / 2);
      mostRows = chunkRows;
      continue;
    }
    let bytes = 0;
    for (const property of properties) {
      // eslint-disable-next-line office-addins/load-object-before-read -- loaded by name just above
      const loaded = part[property] as unknown[][];
      result[property].push(...loaded);
      bytes += measureJsonBytes(loaded);
    }
    start += rows;
    chunkRows = Math.min(mostRows, Math.max(1, Math.floor((REQUEST_BUDGET_BYTES * rows) / Math.max(bytes, 1))));
  }
  return result;
}
