import { formatMonthKey, toMonthKey } from "../domain/dates/monthKey";
import { ImportOutcome, ImportProgress, ImportRequest, SummaryState } from "./excelImportApi";
import { appendImportLog } from "./importLog";
import { readTableBody } from "./readTableBody";
import { openRegistrationTable, RegistrationTableHandle, removeCreated } from "./registrationTable";
import { REGISTRATION_COLUMNS } from "./registrationTableLayout";
import { refreshSummaries } from "./summaries";
import { mergeTableRows, TableBody, toRewritableRow, toTableRow } from "./tableRows";
import { WorkbookError } from "./workbookError";
import { writeTableBody } from "./writeTableBody";

/**
 * Writes validated registrations into the table `Registraties`: the months in the import replace
 * the rows of those months, other months stay. If Excel fails while writing, the table is put back
 * as it was (or taken away again when this import created it); only then is the failure reported.
 */
export async function importRegistrations(
  context: Excel.RequestContext,
  request: ImportRequest,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  if (!areWritable(request.records)) throw new WorkbookError("records_invalid");
  const handle = await openRegistrationTable(context);
  const before = await readTableBody(context, handle.table).catch(async (error: unknown) => {
    // Nothing was written yet; only a table this import made has to go again.
    if (handle.created.table) await removeCreated(context, handle).catch(() => undefined);
    throw error;
  });
  const width = Math.max(REGISTRATION_COLUMNS.length, before.values[0]?.length ?? 0);
  const imported = request.records.map((record) => toTableRow(record, request.sourceLabel, width));
  const merged = mergeTableRows(before, imported);
  try {
    await writeTableBody(context, handle.table, merged.rows, before.values.length, (rowsDone, rowsTotal) =>
      onProgress?.({ rowsDone, rowsTotal }),
    );
  } catch (error) {
    throw await restoreAfterFailure(context, handle, before, error);
  }
  // The table is complete from here on: a failure below must not read as a failed import.
  const logged = await appendImportLog(context, {
    at: new Date(),
    sourceLabel: request.sourceLabel,
    rows: request.records.length,
    loans: request.records.reduce((sum, record) => sum + record.loans, 0),
    principalCents: request.records.reduce((sum, record) => sum + record.principalCents, 0),
    issueCount: request.issueCount,
    inputHash: request.inputHash,
    skippedLines: request.skippedLines,
  }).then(
    () => true,
    () => false,
  );
  const summaries = await refreshSummaries(context).catch((): SummaryState => "failed");
  return {
    rowsWritten: imported.length,
    rowsReplaced: merged.replaced,
    rowsKept: merged.kept,
    monthsReplaced: listMonths(request),
    summaries,
    logged,
  };
}

async function restoreAfterFailure(
  context: Excel.RequestContext,
  handle: RegistrationTableHandle,
  before: TableBody,
  cause: unknown,
): Promise<WorkbookError> {
  try {
    if (handle.created.table) {
      await removeCreated(context, handle);
    } else {
      const body = handle.table.getDataBodyRange();
      body.load("rowCount");
      await context.sync();
      const original = before.values.map((values, r) => toRewritableRow(values, before.formulas[r]));
      await writeTableBody(context, handle.table, original, body.rowCount);
    }
    return new WorkbookError("write_failed_restored", cause);
  } catch {
    return new WorkbookError("write_failed_not_restored", cause);
  }
}

/** The pane validates; this only makes sure nothing unreadable reaches a shared workbook by mistake. */
function areWritable(records: ImportRequest["records"]): boolean {
  return (
    records.length > 0 &&
    records.every(
      (r) =>
        Number.isInteger(r.year) &&
        r.year >= 1900 &&
        r.year <= 9999 &&
        Number.isInteger(r.month) &&
        r.month >= 1 &&
        r.month <= 12 &&
        Number.isFinite(r.termYears) &&
        Number.isInteger(r.principalCents) &&
        Number.isFinite(r.loans),
    )
  );
}

function listMonths(request: ImportRequest): string[] {
  const keys = new Set(request.records.map((record) => toMonthKey(record.year, record.month)));
  return [...keys].sort((a, b) => a - b).map(formatMonthKey);
}
