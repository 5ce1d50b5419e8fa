type RowProperty = "values" | "formulas";

/**
 * Reads properties of a range's rows in requests of `chunkRows` rows, so no answer comes near Excel
 * on the web's 5 MB limit however large the range. The range's size must be loaded already.
 */
export async function readRowsInChunks<P extends RowProperty>(
  context: Excel.RequestContext,
  range: Excel.Range,
  properties: readonly P[],
  chunkRows: number,
): Promise<Record<P, unknown[][]>> {
  const result = Object.fromEntries(properties.map((p) => [p, [] as unknown[][]])) as Record<P, unknown[][]>;
  for (let start = 0; start < range.rowCount; start += chunkRows) {
    const rows = Math.min(chunkRows, range.rowCount - start);
    const part = range.getCell(start, 0).getResizedRange(rows - 1, range.columnCount - 1);
    // eslint-disable-next-line office-addins/no-empty-load -- the names are the caller's, always given
    part.load(properties.join(","));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk keeps each under the limit
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded by name just above
    for (const property of properties) result[property].push(...(part[property] as unknown[][]));
  }
  return result;
}
