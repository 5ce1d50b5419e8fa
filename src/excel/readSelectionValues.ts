import { readRowsInChunks } from "./readRowsInChunks";

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
  const { values } = await readRowsInChunks(context, selection, ["values"]);
  return { values, firstRow: selection.rowIndex + 1 };
}
