/* The request context: `Excel.RequestContext` over the in-memory workbook, and `Excel.run`. */
import { Batch } from "./batch";
import { PivotProxy } from "./pivots";
import { RangeProxy, readRegion } from "./ranges";
import { SheetProxy } from "./sheets";
import { TableProxy } from "./tables";
import { FakeSheet, FakeWorkbook } from "./workbook";

export interface FakeRequestContext {
  workbook: unknown;
  application: { suspendApiCalculationUntilNextSync(): void };
  sync(): Promise<void>;
  /** Sends what is queued, if anything: what Excel.run does when its function returns. */
  flush(): Promise<void>;
}

export function createRequestContext(workbook: FakeWorkbook): FakeRequestContext {
  const batch = new Batch(workbook);
  const findSheet = (name: string) => workbook.sheets.find((s) => s.name === name) ?? null;
  return {
    application: {
      suspendApiCalculationUntilNextSync: () => {
        batch.suspended = true;
      },
    },
    sync: () => batch.sync(),
    flush: () => (batch.pending ? batch.sync() : Promise.resolve()),
    workbook: {
      functions: createFakeFunctions(batch),
      tables: {
        getItemOrNullObject: (name: string) =>
          new TableProxy(batch, () => workbook.tables.find((t) => t.name === name) ?? null, { getTable: name }),
      },
      worksheets: {
        getItemOrNullObject: (name: string) => new SheetProxy(batch, () => findSheet(name), { getSheet: name }),
        add: (name: string) =>
          new SheetProxy(
            batch,
            () => {
              if (findSheet(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
              const sheet: FakeSheet = { name, cells: new Map(), charts: [] };
              workbook.sheets.push(sheet);
              return sheet;
            },
            { addSheet: name },
          ),
      },
      pivotTables: {
        getItemOrNullObject: (name: string) =>
          new PivotProxy(batch, () => workbook.pivots.find((p) => p.name === name) ?? null, { getPivot: name }),
      },
      getSelectedRange: () =>
        new RangeProxy(
          batch,
          () => ({
            kind: "selection",
            rowIndex: workbook.selectionRowIndex ?? 0,
            data: workbook.selection,
            row: 0,
            column: 0,
            rows: workbook.selection.length,
            columns: workbook.selection[0]?.length ?? 0,
          }),
          { getSelectedRange: [] },
        ),
    },
  };
}

/**
 * Excel's worksheet functions the add-in calls, counted where the range is: COUNTA, and COUNTIFS with
 * one range and a comparison with a number (`">1"`).
 */
function createFakeFunctions(batch: Batch): {
  countA(range: RangeProxy): { load(): void; value: number };
  countIfs(range: RangeProxy, criterion: string): { load(): void; value: number };
} {
  return {
    countIfs: (range: RangeProxy, criterion: string) => {
      const result = { value: Number.NaN, load: () => undefined };
      const [, operator, bound] = /^(>=|<=|<>|>|<|=)?(-?\d+(?:\.\d+)?)$/.exec(criterion) ?? [];
      if (bound === undefined) throw new Error(`Fake COUNTIFS: unsupported criterion ${criterion}`);
      const limit = Number(bound);
      const test: Record<string, (v: number) => boolean> = {
        ">": (v) => v > limit,
        ">=": (v) => v >= limit,
        "<": (v) => v < limit,
        "<=": (v) => v <= limit,
        "<>": (v) => v !== limit,
        "=": (v) => v === limit,
      };
      batch.queue({ countIfs: [criterion] }, () => {
        const cells = readRegion(range.resolved(), "values") as unknown[][];
        const matches = test[operator ?? "="];
        result.value = cells.flat().filter((value) => typeof value === "number" && matches(value)).length;
      });
      return result;
    },
    countA: (range: RangeProxy) => {
      const result = { value: Number.NaN, load: () => undefined };
      batch.queue({ countA: [] }, () => {
        const cells = readRegion(range.resolved(), "values") as unknown[][];
        result.value = cells.flat().filter((value) => value !== "" && value !== null).length;
      });
      return result;
    },
  };
}

/** `Excel.run` over the fake: runs the batch function, then sends what it left queued. */
export async function runWithFakeExcel<T>(
  workbook: FakeWorkbook,
  batch: (context: FakeRequestContext) => Promise<T>,
): Promise<T> {
  const context = createRequestContext(workbook);
  const result = await batch(context);
  await context.flush();
  return result;
}
