/*
 * The in-memory workbook the fake Excel works on: plain data a test can set up and read back.
 * See index.ts for what the fake models and how strictly.
 */
import { toCalendarDate } from "../../../src/domain/dates/daySerial";

export type CellValue = string | number | boolean;

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat: string;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  header: string[];
  body: FakeCell[][];
  style?: string;
}

export interface FakePivotData {
  hierarchy: string;
  name?: string;
  summarizeBy?: string;
  /** As the add-in set it, with its base field and item by name. */
  showAs?: { calculation: string; baseField?: string; baseItem?: string };
  numberFormat?: string;
}

export interface FakePivot {
  name: string;
  sheet: FakeSheet;
  source: FakeTable;
  anchor: string;
  rows: string[];
  columns: string[];
  data: FakePivotData[];
  showRowGrandTotals: boolean;
  showColumnGrandTotals: boolean;
  refreshCount: number;
  /** The source table as of the PivotTable's creation or last refresh (Excel's PivotCache). */
  cache?: { header: string[]; rows: CellValue[][] };
  /** Sums per data hierarchy, per "row|column" key, as of the last refresh. */
  totals: Record<string, Record<string, number>>;
}

export interface FakeChart {
  name: string;
  type: string;
  sourcePivot?: string;
  title?: string;
  position?: [string, string];
  /** How often setData gave the chart new data in place. */
  dataUpdates?: number;
}

export interface FakeSheet {
  name: string;
  /** "Visible" when never set; "Hidden" or "VeryHidden" as the add-in set it. */
  visibility?: string;
  cells: Map<string, FakeCell>;
  charts: FakeChart[];
}

export interface RecordedRequest {
  commands: number;
  bytes: number;
  /** Size of what the request loads and Excel sends back. */
  responseBytes: number;
  suspendedCalculation: boolean;
  failed: boolean;
}

/** Something a colleague does in the shared workbook while the add-in waits between two requests. */
export type ColleagueAct = (workbook: FakeWorkbook) => void;

export interface FakeWorkbook {
  sheets: FakeSheet[];
  tables: FakeTable[];
  pivots: FakePivot[];
  selection: CellValue[][];
  /** 0-based sheet row of the selection's first row. */
  selectionRowIndex?: number;
  requests: RecordedRequest[];
  /** 1-based number of the request to fail; undefined: none fails. */
  failAtRequest?: number;
  /** How it fails: before any of its commands ran, or after the first half of them ran. */
  failMode?: "before" | "midway";
  /** The sheet last activated through the API. */
  activeSheet?: string;
  /** Colleagues' acts, by the 1-based number of the request they come just before. */
  colleague?: Map<number, ColleagueAct>;
  /**
   * Excel on the web's payload limit: a request larger than this fails unrun with
   * RequestPayloadSizeLimitExceeded; one whose answer is larger fails with ResponsePayloadSizeLimitExceeded.
   */
  payloadLimitBytes?: number;
}

export function createFakeWorkbook(): FakeWorkbook {
  return { sheets: [], tables: [], pivots: [], selection: [], requests: [] };
}

/** The data rows of a table as plain values, for assertions. */
export function readTableValues(workbook: FakeWorkbook, name: string): CellValue[][] | undefined {
  const table = workbook.tables.find((t) => t.name === name);
  return table?.body.map((row) => row.map((cell) => valueOf(cell, table, row)));
}

export function emptyRow(width: number): FakeCell[] {
  return Array.from({ length: width }, () => ({ value: "", numberFormat: "General" }));
}

/** What Excel does with a value written through `range.values`: as if the user typed it. */
export function interpretWrittenValue(input: unknown): { value: CellValue; formula?: string } {
  // Excel keeps a number to 15 significant digits: 45811.58846064815 reads back as 45811.5884606482.
  if (typeof input === "number") return { value: Number.isFinite(input) ? Number(input.toPrecision(15)) : input };
  if (typeof input === "boolean") return { value: input };
  if (input === null || input === undefined) return { value: "" };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  if (/^[=+\-@]/.test(text)) return { value: "", formula: text.startsWith("=") ? text : `=${text.slice(1)}` };
  return { value: text };
}

/** A row as written through `rows.add` or `range.values`, formatted like `formats`. */
export function toCells(values: readonly unknown[], formats: readonly string[] = []): FakeCell[] {
  return values.map((value, j) => ({ ...interpretWrittenValue(value), numberFormat: formats[j] ?? "General" }));
}

/** The value Excel shows: our calculated columns are evaluated, other formulas are not modelled. */
export function valueOf(cell: FakeCell, table: FakeTable, row: FakeCell[]): CellValue {
  if (cell.formula === undefined) return cell.value;
  const datePart = /^=IF\(ISNUMBER\(\[@([^\]]+)\]\),(YEAR|MONTH)\(\[@\1\]\),""\)$/.exec(cell.formula);
  if (datePart) {
    const source = row[table.header.indexOf(datePart[1])];
    const serial = source === undefined ? "" : valueOf(source, table, row);
    if (typeof serial !== "number") return "";
    const date = toCalendarDate(serial);
    return datePart[2] === "YEAR" ? date.year : date.month;
  }
  const match = /^=IFERROR\(\[@\[(.+?)\]\]\/\[@\[(.+?)\]\],0\)$/.exec(cell.formula);
  if (!match) return 0;
  const numerator = Number(row[table.header.indexOf(match[1])]?.value);
  const denominator = Number(row[table.header.indexOf(match[2])]?.value);
  return denominator ? numerator / denominator : 0;
}
