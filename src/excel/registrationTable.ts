import {
  BASE_COLUMNS,
  headerRowAddress,
  REGISTRATION_COLUMNS,
  REGISTRATION_SHEET,
  REGISTRATION_TABLE,
} from "./registrationTableLayout";
import { NEW_TABLE_SHAPE, TableShape, toTableShape } from "./tableShape";
import { WorkbookError } from "./workbookError";

export interface RegistrationTableHandle {
  readonly table: Excel.Table;
  /** What this call created, so a failed import can take it away again. */
  readonly created: { readonly sheet?: Excel.Worksheet; readonly table: boolean };
  /** Where its columns stand as its header read when opened. */
  readonly shape: TableShape;
}

/**
 * The table `Registraties`, created with its sheet on first use. A table whose first columns no longer
 * carry our names, or a sheet of that name that holds something else, is never written over. A table
 * made by an earlier version, without the helper columns, is opened as it is (the import adds them).
 */
export async function openRegistrationTable(context: Excel.RequestContext): Promise<RegistrationTableHandle> {
  const existing = context.workbook.tables.getItemOrNullObject(REGISTRATION_TABLE);
  const sheet = context.workbook.worksheets.getItemOrNullObject(REGISTRATION_SHEET);
  existing.load("isNullObject");
  sheet.load("isNullObject");
  await context.sync();
  if (!existing.isNullObject) {
    const shape = await requireOwnColumns(context, existing);
    return { table: existing, created: { table: false }, shape };
  }
  if (!sheet.isNullObject) await requireEmptySheet(context, sheet);
  const target = sheet.isNullObject ? context.workbook.worksheets.add(REGISTRATION_SHEET) : sheet;
  const table = target.tables.add(headerRowAddress(REGISTRATION_COLUMNS.length), true);
  table.name = REGISTRATION_TABLE;
  table.getHeaderRowRange().values = [[...REGISTRATION_COLUMNS]];
  table.style = "TableStyleMedium2";
  await context.sync().catch(async (error: unknown) => {
    await removeHalfCreated(context, sheet.isNullObject).catch(() => undefined);
    throw error;
  });
  return { table, created: { sheet: sheet.isNullObject ? target : undefined, table: true }, shape: NEW_TABLE_SHAPE };
}

/** A request that failed may still have run its first commands: take away what they made. */
async function removeHalfCreated(context: Excel.RequestContext, sheetWasAdded: boolean): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(REGISTRATION_SHEET);
  const table = context.workbook.tables.getItemOrNullObject(REGISTRATION_TABLE);
  sheet.load("isNullObject");
  table.load("isNullObject");
  await context.sync();
  if (sheetWasAdded && !sheet.isNullObject) sheet.delete();
  else if (!table.isNullObject) table.delete();
  await context.sync();
}

/** Takes away what openRegistrationTable created, after an import that could not finish. */
export async function removeCreated(context: Excel.RequestContext, handle: RegistrationTableHandle): Promise<void> {
  if (handle.created.sheet) handle.created.sheet.delete();
  else if (handle.created.table) handle.table.delete();
  await context.sync();
}

async function requireOwnColumns(context: Excel.RequestContext, table: Excel.Table): Promise<TableShape> {
  const header = table.getHeaderRowRange();
  header.load("values");
  await context.sync();
  const names = header.values[0] ?? [];
  if (BASE_COLUMNS.some((name, index) => names[index] !== name)) {
    throw new WorkbookError("table_layout_changed");
  }
  return toTableShape(names);
}

async function requireEmptySheet(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject");
  await context.sync();
  if (!used.isNullObject) throw new WorkbookError("sheet_name_taken");
}
