import { TableReading } from "./readReplacedRows";
import { RegistrationTableHandle, removeCreated } from "./registrationTable";
import { TableEditor } from "./tableEdits";
import { WorkbookError } from "./workbookError";

/** Puts the table back as it was before this import; the error says why it stopped and whether that worked. */
export async function takeBack(
  context: Excel.RequestContext,
  handle: RegistrationTableHandle,
  editor: TableEditor,
  cause: unknown,
  reading: TableReading,
): Promise<WorkbookError> {
  let changedMeanwhile = false;
  try {
    if (handle.created.table) {
      await removeCreated(context, handle);
    } else {
      const gaps = await editor.undoAll();
      // Rows of this import left, or rows put back at a place a colleague's change no longer tells: the user must look.
      if (gaps.addedRowsLeft > 0 || gaps.rowsPutBackElsewhere > 0)
        return new WorkbookError("write_failed_not_restored", cause, [], gaps);
      // Rows added or deleted, or a column added, by a colleague since the read: the likely cause.
      // Asked once the table is back: a failure of this question does not undo that.
      changedMeanwhile = !(await hasShape(context, handle.table, reading).catch(() => true));
    }
  } catch {
    return new WorkbookError("write_failed_not_restored", cause);
  }
  if (cause instanceof WorkbookError) return cause;
  return new WorkbookError(changedMeanwhile ? "table_changed_meanwhile" : "write_failed_restored", cause);
}

async function hasShape(context: Excel.RequestContext, table: Excel.Table, reading: TableReading): Promise<boolean> {
  const body = table.getDataBodyRange();
  body.load("rowCount,columnCount");
  await context.sync();
  return body.rowCount === reading.rowCount && body.columnCount === reading.columnCount;
}
