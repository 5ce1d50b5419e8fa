import { fail } from "../domain/errors/result";
import { unwrap } from "./excelErrors";

/*
 * No WINWIN formula returns NaN or Infinity: Excel would show a number-like #NUM! without a word, or
 * worse, a figure that is none. Every function is guarded once, where Excel learns of it: the build
 * appends `CustomFunctions.associate(id, fn)` for each function, and the association below wraps `fn`
 * first, so a function added later is guarded by construction.
 */

/** `value` itself when every number in it (a scalar, or a spilled matrix) is finite; else #NUM! with a message. */
export function requireFiniteResult<T>(value: T): T {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) unwrap(fail("invalid_number", "result_not_finite"));
  } else if (Array.isArray(value)) {
    for (const row of value) {
      if (Array.isArray(row)) for (const cell of row) requireFiniteResult(cell);
      else requireFiniteResult(row);
    }
  }
  return value;
}

/** The function with its results checked by `requireFiniteResult`; errors it throws pass unchanged. */
export function guardFunction<A extends unknown[], R>(implementation: (...args: A) => R): (...args: A) => R {
  return (...args: A) => requireFiniteResult(implementation(...args));
}

interface AssociatingRuntime {
  associate(id: string, implementation: unknown): void;
}

const GUARDED = Symbol.for("winwin.finiteResults");

/** Makes `runtime.associate` register guarded functions; doing it twice guards once. */
export function guardAssociations(runtime: AssociatingRuntime | undefined): void {
  if (runtime === undefined || (runtime as unknown as Record<symbol, boolean>)[GUARDED]) return;
  const associate = runtime.associate.bind(runtime);
  runtime.associate = (id: string, implementation: unknown) =>
    associate(
      id,
      typeof implementation === "function"
        ? guardFunction(implementation as (...args: unknown[]) => unknown)
        : implementation,
    );
  (runtime as unknown as Record<symbol, boolean>)[GUARDED] = true;
}

guardAssociations(typeof CustomFunctions === "undefined" ? undefined : (CustomFunctions as AssociatingRuntime));
