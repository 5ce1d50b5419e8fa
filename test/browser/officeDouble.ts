/*
 * A stand-in for Office.js, bundled for the browser and served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It gives the page what Excel's shared
 * runtime gives it: `Office` (onReady, the display language, requirement sets), `CustomFunctions`
 * (the functions bundle registers through it) and `Excel.run` over the in-memory workbook of
 * test/doubles/fakeExcel/, which records everything the page writes.
 *
 * A test configures it per page by setting `window.__officeDoubleConfig` before the page loads
 * (page.addInitScript), and reads the workbook back with `window.__officeDouble.snapshot()`.
 */
import {
  CellValue,
  createFakeWorkbook,
  editCell,
  FakeWorkbook,
  insertRows,
  readTableValues,
  runWithFakeExcel,
} from "../doubles/fakeExcel";
import { createCustomFunctionsRuntime } from "../doubles/customFunctionsRuntime";
import { ColleagueRow, OfficeDoubleConfig, WorkbookSnapshot } from "./officeDoubleTypes";

interface DoubleWindow {
  __officeDoubleConfig?: OfficeDoubleConfig;
  __fakeWorkbook?: FakeWorkbook;
  __officeDouble?: {
    snapshot(): WorkbookSnapshot;
    associatedIds(): string[];
    addColleagueRows(rows: readonly ColleagueRow[]): void;
  };
  Office?: unknown;
  Excel?: unknown;
  CustomFunctions?: unknown;
}

const host = window as unknown as DoubleWindow;
const config: OfficeDoubleConfig = host.__officeDoubleConfig ?? {};
const workbook = createFakeWorkbook();
workbook.selection = (config.selection ?? []) as CellValue[][];
workbook.selectionRowIndex = config.selectionRowIndex ?? 0;
workbook.failAtRequest = config.failAtRequest;
const colleagueEdit = config.colleagueEdit;
if (colleagueEdit) {
  workbook.colleague = new Map([
    [
      colleagueEdit.request,
      (book: FakeWorkbook) => {
        const table = book.tables.find((t) => t.name === "Registraties");
        if (table) editCell(table, colleagueEdit.row, colleagueEdit.column, colleagueEdit.value);
      },
    ],
  ]);
}
const associated = new Map<string, unknown>();

/** "1.10" is above "1.9": requirement set versions compare part by part, as numbers. */
function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function isSetSupported(name: string, version?: string): boolean {
  if (name !== "ExcelApi") return true;
  return compareVersions(version ?? "1.1", config.excelApi ?? "1.12") <= 0;
}

host.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  context: {
    displayLanguage: config.displayLanguage ?? "nl-BE",
    requirements: { isSetSupported },
  },
  // Like Office.js: the callback runs asynchronously, once, and the promise gives the same info.
  onReady(callback?: (info: { host: string | null; platform: string }) => void) {
    // Office.js opened outside an Office application reports no host.
    const info = { host: config.host === undefined ? "Excel" : config.host, platform: "OfficeOnline" };
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
};

host.CustomFunctions = createCustomFunctionsRuntime((id, implementation) => associated.set(id, implementation));

host.Excel = {
  run: <T>(batch: (context: unknown) => Promise<T>) => runWithFakeExcel(workbook, batch),
};

host.__fakeWorkbook = workbook;
host.__officeDouble = {
  snapshot: () => takeSnapshot(workbook),
  associatedIds: () => [...associated.keys()].sort(),
  addColleagueRows: (rows) => addColleagueRows(workbook, rows),
};

/**
 * A colleague's import into Registraties, from another pane: their rows at the end of the table, each
 * calculated column with the formula of the row above, any other column empty.
 */
function addColleagueRows(book: FakeWorkbook, rows: readonly ColleagueRow[]): void {
  const table = book.tables.find((t) => t.name === "Registraties");
  if (!table) throw new Error("No table Registraties for the colleague's rows.");
  const above = table.body[table.body.length - 1];
  insertRows(
    table,
    -1,
    rows.map((row) => table.header.map((name, column) => row[name] ?? above[column]?.formula ?? "")),
  );
}

/** The workbook as plain data: the fake's objects link to each other and hold Maps, which do not cross to the test. */
function takeSnapshot(book: FakeWorkbook): WorkbookSnapshot {
  return {
    sheets: book.sheets.map((sheet) => ({ name: sheet.name, charts: sheet.charts.map((chart) => chart.name) })),
    tables: book.tables.map((table) => ({
      name: table.name,
      sheet: table.sheet.name,
      header: [...table.header],
      values: readTableValues(book, table.name) ?? [],
      formulas: table.body.map((row) => row.map((cell) => cell.formula ?? null)),
    })),
    pivots: book.pivots.map((pivot) => ({
      name: pivot.name,
      sheet: pivot.sheet.name,
      refreshCount: pivot.refreshCount,
    })),
    requestCount: book.requests.length,
  };
}
