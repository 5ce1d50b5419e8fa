import { readRowsInChunks } from "./readRowsInChunks";
import { TableBody } from "./tableRows";

/** Rows per read: values and formulas of a row come to a few hundred bytes, so a read stays near 1.5 MB. */
export const READ_CHUNK_ROWS = 4000;

/** The whole body of a table, values and formulas, read in requests that stay under the size limit. */
export async function readTableBody(context: Excel.RequestContext, table: Excel.Table): Promise<TableBody> {
  const body = table.getDataBodyRange();
  body.load("rowCount,columnCount");
  await context.sync();
  return readRowsInChunks(context, body, ["values", "formulas"], READ_CHUNK_ROWS);
}
