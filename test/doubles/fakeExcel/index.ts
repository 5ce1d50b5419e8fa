/*
 * An in-memory Excel workbook behind an Office.js-shaped request context, for the tests, the
 * benchmark and the task pane's browser double. It keeps Office.js's batching semantics: calls
 * queue commands; `context.sync()` runs them in order as one request; loaded properties can be read
 * only after that sync. Every request is recorded (commands, bytes, answer bytes); a test can make
 * the n-th request fail, before or halfway through its commands, as Excel does when a connection
 * drops or a limit is hit; it can set Excel on the web's payload limit; and it can let a colleague
 * act in the workbook just before any request, as co-authoring does.
 *
 * Only the part of the API the add-in uses is modelled, and strictly: writing outside a table's rows,
 * reading an unloaded property or using a deleted object throws.
 *
 * One file per concern: batch.ts (requests and proxies), ranges.ts, tables.ts (rows added, deleted,
 * sorted; a colleague's edits), pivots.ts (PivotTables and charts), sheets.ts, context.ts.
 */
export type {
  CellValue,
  ColleagueAct,
  FakeCell,
  FakeChart,
  FakePivot,
  FakePivotData,
  FakeSheet,
  FakeTable,
  FakeWorkbook,
  RecordedRequest,
} from "./workbook";
export { createFakeWorkbook, interpretWrittenValue, readTableValues } from "./workbook";
export { createRequestContext, runWithFakeExcel } from "./context";
export type { FakeRequestContext } from "./context";
export { deleteRow, editCell, insertRows, sortRows } from "./tables";
