import { TableBody } from "./tableRows";

/** Rows per read: values and formulas of a row come to a few hundred bytes, so a read stays near 1.5 MB. */
export const READ_CHUNK_ROWS = 4000;

/** The whole body of a table, values and formulas, read in requests that stay under the size limit. */
export async function readTableBody(context: Excel.RequestContext, table: Excel.Table): Promise<TableBody> {
  const body = table.getDataBodyRange();
  body.load("rowCount,columnCount");
  await context.sync();
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let start = 0; start < body.rowCount; start += READ_CHUNK_ROWS) {
    const rows = Math.min(READ_CHUNK_ROWS, body.rowCount - start);
    const part = body.getCell(start, 0).getResizedRange(rows - 1, body.columnCount - 1);
    part.load("values,formulas");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk keeps each under Excel on the web's 5 MB limit
    await context.sync();
    values.push(...part.values);
    formulas.push(...part.formulas);
  }
  return { values, formulas };
}
