/** Whether the running Excel offers an ExcelApi requirement set (PivotTables need 1.8). */
export function isExcelApiSupported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}
