import { readRowsInChunks } from "./readRowsInChunks";

/** Rows per read of a large selection: a request's answer stays well under Excel on the web's 5 MB. */
const READ_CHUNK_ROWS = 10000;

export interface SelectionValues {
  readonly values: unknown[][];
  /** 1-based sheet row of the selection's first row, so issues can name the rows the user sees. */
  readonly firstRow: number;
}

/** The values of the selected range, as the import reads a range (serial dates, numbers, text). */
export async function readSelection(context: Excel.RequestContext): Promise<SelectionValues> {
  const selection = context.workbook.getSelectedRange();
  selection.load("rowCount,columnCount,rowIndex");
  await context.sync();
  const { values } = await readRowsInChunks(context, selection, ["values"], READ_CHUNK_ROWS);
  return { values, firstRow: selection.rowIndex + 1 };
}
