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
  const values: unknown[][] = [];
  for (let start = 0; start < selection.rowCount; start += READ_CHUNK_ROWS) {
    const rows = Math.min(READ_CHUNK_ROWS, selection.rowCount - start);
    const part = selection.getCell(start, 0).getResizedRange(rows - 1, selection.columnCount - 1);
    part.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk keeps each under Excel on the web's 5 MB limit
    await context.sync();
    values.push(...part.values);
  }
  return { values, firstRow: selection.rowIndex + 1 };
}

/** The selection's values only. */
export async function readSelectionValues(context: Excel.RequestContext): Promise<unknown[][]> {
  return (await readSelection(context)).values;
}
