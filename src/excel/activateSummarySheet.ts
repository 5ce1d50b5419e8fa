import { SUMMARY_SHEET } from "./registrationTableLayout";

/** Shows the sheet Samenvatting; false when the workbook has none (PivotTables unsupported, or removed). */
export async function activateSummarySheet(context: Excel.RequestContext): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  sheet.load("isNullObject");
  await context.sync();
  if (sheet.isNullObject) return false;
  sheet.activate();
  await context.sync();
  return true;
}
