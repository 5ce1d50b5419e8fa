import { toDaySerial } from "../domain/dates/daySerial";
import { headerRowAddress, LOG_COLUMNS, LOG_FORMATS, LOG_SHEET, LOG_TABLE } from "./registrationTableLayout";
import { toWriteSafeText } from "./writeSafeText";

export interface ImportLogEntry {
  readonly at: Date;
  readonly sourceLabel: string;
  readonly rows: number;
  readonly loans: number;
  readonly principalCents: number;
  readonly issueCount: number;
  readonly inputHash: string;
}

/**
 * Writes one row in the table `Importlog` (created with its sheet when missing).
 * Time is written as an Excel serial in local time, as a user reads the clock.
 */
export async function appendImportLog(context: Excel.RequestContext, entry: ImportLogEntry): Promise<void> {
  const existing = context.workbook.tables.getItemOrNullObject(LOG_TABLE);
  const sheet = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
  existing.load("isNullObject");
  sheet.load("isNullObject");
  await context.sync();
  const row = [
    toLocalSerial(entry.at),
    toWriteSafeText(entry.sourceLabel),
    entry.rows,
    entry.loans,
    entry.principalCents / 100,
    entry.issueCount,
    toWriteSafeText(entry.inputHash),
  ];
  if (existing.isNullObject) {
    const target = sheet.isNullObject ? context.workbook.worksheets.add(LOG_SHEET) : sheet;
    const table = target.tables.add(headerRowAddress(LOG_COLUMNS.length), true);
    table.name = LOG_TABLE;
    table.getHeaderRowRange().values = [[...LOG_COLUMNS]];
    const first = table.getDataBodyRange();
    first.values = [row];
    first.numberFormat = [[...LOG_FORMATS]];
  } else {
    existing.rows.add(undefined, [row]);
    existing.getDataBodyRange().getLastRow().numberFormat = [[...LOG_FORMATS]];
  }
  await context.sync();
}

function toLocalSerial(at: Date): number {
  const day = toDaySerial(at.getFullYear(), at.getMonth() + 1, at.getDate());
  const seconds = at.getHours() * 3600 + at.getMinutes() * 60 + at.getSeconds();
  return day + seconds / 86400;
}
