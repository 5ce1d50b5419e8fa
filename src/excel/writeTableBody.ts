import { REGISTRATION_FORMATS } from "./registrationTableLayout";
import { measureJsonBytes, splitIntoChunks } from "./requestChunks";
import { WritableRow } from "./tableRows";

export type ChunkWritten = (rowsDone: number, rowsTotal: number) => void;

/**
 * Makes the table body exactly `rows`: overwrites the rows it has, adds the rows it lacks, deletes
 * the rows left over. One request per chunk, with calculation suspended while Excel takes it.
 */
export async function writeTableBody(
  context: Excel.RequestContext,
  table: Excel.Table,
  rows: readonly WritableRow[],
  currentRowCount: number,
  onChunk?: ChunkWritten,
): Promise<void> {
  const width = rows[0]?.length ?? REGISTRATION_FORMATS.length;
  const formatBytes = measureJsonBytes(REGISTRATION_FORMATS);
  const body = table.getDataBodyRange();
  for (const chunk of splitIntoChunks(rows, undefined, formatBytes)) {
    context.application.suspendApiCalculationUntilNextSync();
    const inPlace = Math.max(0, Math.min(chunk.rows.length, currentRowCount - chunk.start));
    if (inPlace > 0) {
      body.getCell(chunk.start, 0).getResizedRange(inPlace - 1, width - 1).values = chunk.rows.slice(
        0,
        inPlace,
      ) as WritableRow[];
    }
    if (inPlace < chunk.rows.length) {
      table.rows.add(undefined, chunk.rows.slice(inPlace) as WritableRow[]);
    }
    body.getCell(chunk.start, 0).getResizedRange(chunk.rows.length - 1, REGISTRATION_FORMATS.length - 1).numberFormat =
      chunk.rows.map(() => [...REGISTRATION_FORMATS]);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk keeps each under Excel on the web's 5 MB limit
    await context.sync();
    onChunk?.(chunk.start + chunk.rows.length, rows.length);
  }
  if (rows.length < currentRowCount) {
    body
      .getCell(rows.length, 0)
      .getResizedRange(currentRowCount - rows.length - 1, width - 1)
      .delete("Up");
    await context.sync();
  }
}
