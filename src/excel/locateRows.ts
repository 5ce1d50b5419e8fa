import { WritableRow } from "./tableRows";

/**
 * Whether a row read through `range.formulas` is `row` in its first columns: the columns a colleague
 * added since are not compared. Constants read as themselves, so formulas tell a row apart.
 */
export function startsWithRow(formulas: readonly unknown[], row: readonly unknown[]): boolean {
  return row.length <= formulas.length && row.every((cell, column) => cell === formulas[column]);
}

/**
 * Whether a row read through `range.formulas` is the row this import wrote: text without the
 * apostrophe that kept it text, and nothing typed since in a column a colleague added.
 */
export function isWrittenRow(formulas: readonly unknown[], written: WritableRow): boolean {
  const expected = written.map((cell) => (typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell));
  return (
    startsWithRow(formulas, expected) && formulas.slice(expected.length).every((cell) => cell === "" || cell === null)
  );
}

/**
 * Where each of `wanted` stands among `rows`, each at the unused row nearest to where it is expected
 * (`expectedStart + i`) that `matches` it: undefined for a row not found.
 */
export function locateRows<W>(
  rows: readonly (readonly unknown[])[],
  wanted: readonly W[],
  expectedStart: number,
  matches: (row: readonly unknown[], wanted: W) => boolean,
): (number | undefined)[] {
  const used = new Set<number>();
  return wanted.map((want, i) => {
    const found = findNearest(
      rows.length,
      expectedStart + i,
      (index) => !used.has(index) && matches(rows[index], want),
    );
    if (found !== undefined) used.add(found);
    return found;
  });
}

/** The index below `length` nearest to `expected` that `matches`, searching outwards. */
export function findNearest(length: number, expected: number, matches: (index: number) => boolean): number | undefined {
  const from = Math.min(Math.max(expected, 0), length - 1);
  for (let distance = 0; from + distance < length || from - distance >= 0; distance++) {
    if (from + distance < length && matches(from + distance)) return from + distance;
    if (distance > 0 && from - distance >= 0 && matches(from - distance)) return from - distance;
  }
  return undefined;
}
