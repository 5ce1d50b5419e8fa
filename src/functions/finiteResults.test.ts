import { readFileSync } from "fs";
import { join } from "path";
import { captureExcelError } from "../../test/fixtures/excelErrors";
import { createCustomFunctionsRuntime } from "../../test/doubles/customFunctionsRuntime";
import * as functions from "./functions";
import { guardAssociations, guardFunction, requireFiniteResult } from "./finiteResults";

/*
 * No formula returns NaN or Infinity. The guard sits where Excel learns of each function (the
 * association the build appends), so it is tested there, and then on every function there is with
 * the most extreme arguments Excel can hand over.
 */

const EXCEL_ERROR_CODES = ["#VALUE!", "#N/A", "#NUM!", "#DIV/0!"];

function expectFiniteOrExcelError(call: () => unknown): void {
  let value: unknown;
  const error = captureExcelError(() => (value = call()));
  if (error !== undefined) {
    expect(EXCEL_ERROR_CODES).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(0);
    return;
  }
  for (const cell of [value].flat(2)) if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
}

describe("requireFiniteResult", () => {
  it.each([[NaN], [Infinity], [-Infinity], [[[1, NaN]]], [[[Infinity]]]])(
    "turns %p into #NUM! with a message",
    (value) => {
      const error = captureExcelError(() => requireFiniteResult(value));
      expect(error?.code).toBe("#NUM!");
      expect(error?.message).toMatch(/eindig getal|finite number/);
    },
  );

  it.each([[0], [1.5], ["OK"], [true], [[[1, "Totaal", 2]]]])("lets %p through", (value) => {
    expect(requireFiniteResult(value)).toBe(value);
  });
});

describe("guardAssociations", () => {
  it("registers every function guarded, so a function added later is guarded too", () => {
    const registered = new Map<string, unknown>();
    const runtime = createCustomFunctionsRuntime((id, implementation) => registered.set(id, implementation));
    guardAssociations(runtime);
    guardAssociations(runtime);
    runtime.associate("LATER", (a: number, b: number) => a / b);
    const later = registered.get("LATER") as (a: number, b: number) => number;
    expect(later(1, 4)).toBe(0.25);
    expect(captureExcelError(() => later(1, 0))?.code).toBe("#NUM!");
    expect(captureExcelError(() => later(0, 0))?.code).toBe("#NUM!");
  });

  it("is in place once the functions are loaded", () => {
    const runtime = (globalThis as unknown as { CustomFunctions: object }).CustomFunctions;
    expect((runtime as Record<symbol, unknown>)[Symbol.for("winwin.finiteResults")]).toBe(true);
  });
});

const EXTREMES: readonly unknown[] = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2958465,
  2958465.99999,
  1,
  0,
  null,
  "9".repeat(400),
  "1e308",
  "2021-01-15",
  "annuity",
  12,
  0.0175,
  1e-300,
];

describe("every WINWIN function, guarded as Excel calls it", () => {
  const exported = Object.entries(functions as unknown as Record<string, unknown>).filter(
    (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function",
  );

  it("checks every custom function the file declares", () => {
    const declared = readFileSync(join(__dirname, "functions.ts"), "utf8").match(/@customfunction /g) ?? [];
    expect(exported).toHaveLength(declared.length);
  });

  it.each(exported)("%s answers a finite number or an Excel error for extreme arguments", (_name, implementation) => {
    const guarded = guardFunction(implementation);
    const arity = Math.max(implementation.length, 1) + 2;
    for (let i = 0; i < EXTREMES.length; i++) {
      for (let j = 0; j < EXTREMES.length; j += 3) {
        const args = Array.from({ length: arity }, (_, k) =>
          k === 0 ? EXTREMES[i] : EXTREMES[(j + k) % EXTREMES.length],
        );
        expectFiniteOrExcelError(() => guarded(...args));
        expectFiniteOrExcelError(() => guarded([[2958465, 5, 1e308, 1e308]], ...args.slice(1)));
      }
    }
  });
});
