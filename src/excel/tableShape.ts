import { BASE_FORMATS, HELPER_COLUMNS, REGISTRATION_COLUMNS, TEXT_FORMAT } from "./registrationTableLayout";

type Cell = string | number | boolean;

/**
 * Where the add-in's columns stand in a table `Registraties`: the base columns first (an import
 * refuses a table without them), then whatever a colleague appended, and the helper columns Jaar
 * and Maandnummer wherever they were appended, or nowhere in a table made by an earlier version.
 */
export interface TableShape {
  /** All columns of the table, a colleague's included. */
  readonly width: number;
  /** Index of each helper column (HELPER_COLUMNS' order); undefined: the table lacks it. */
  readonly helperIndices: readonly (number | undefined)[];
}

/** The shape a table's header names tell. */
export function toTableShape(header: readonly unknown[]): TableShape {
  return {
    width: header.length,
    helperIndices: HELPER_COLUMNS.map((helper) => {
      const index = header.indexOf(helper.name);
      return index < 0 ? undefined : index;
    }),
  };
}

/** A table this version makes. */
export const NEW_TABLE_SHAPE: TableShape = toTableShape(REGISTRATION_COLUMNS);

/** The shape with the columns a colleague appended since it was read; the helper columns stay where they were. */
export function withColumnsAppended(shape: TableShape, width: number): TableShape {
  return width > shape.width ? { ...shape, width } : shape;
}

export function lacksHelperColumns(shape: TableShape): boolean {
  return shape.helperIndices.some((index) => index === undefined);
}

/** The shape once the missing helper columns are appended, in HELPER_COLUMNS' order. */
export function withHelperColumns(shape: TableShape): TableShape {
  let width = shape.width;
  const helperIndices = shape.helperIndices.map((index) => index ?? width++);
  return { width, helperIndices };
}

/**
 * A row as wide as the table: the cells it lacks get the helper formula where a helper column
 * stands, and stay empty in a colleague's column. For new rows (the base columns) and for rows put
 * back by an undo that were kept before the table got its helper columns.
 */
export function widenRow<C extends Cell>(row: readonly C[], shape: TableShape): (C | string)[] {
  return widen<C | string>(row, shape, (helper) => helper.formula, "");
}

/** Formats for a row widened by widenRow: the helper's format, General in a colleague's column. */
export function widenFormats(formats: readonly unknown[], shape: TableShape): unknown[] {
  return widen<unknown>(formats, shape, (helper) => helper.format, TEXT_FORMAT);
}

function widen<T>(
  cells: readonly T[],
  shape: TableShape,
  helperCell: (helper: (typeof HELPER_COLUMNS)[number]) => T,
  blank: T,
): T[] {
  const wide = [...cells];
  for (let column = cells.length; column < shape.width; column++) {
    const helper = shape.helperIndices.indexOf(column);
    wide.push(helper < 0 ? blank : helperCell(HELPER_COLUMNS[helper]));
  }
  return wide;
}

/** Neighbouring columns that get one number format write per request. */
export interface FormatRun {
  readonly start: number;
  readonly formats: readonly string[];
}

/**
 * The columns the add-in formats in the rows it adds, as runs of neighbours: the base columns and
 * the helper columns. A colleague's column keeps the formatting Excel gives a new table row.
 */
export function listFormatRuns(shape: TableShape): FormatRun[] {
  const formats = new Map<number, string>(BASE_FORMATS.map((format, column) => [column, format]));
  shape.helperIndices.forEach((index, helper) => {
    if (index !== undefined) formats.set(index, HELPER_COLUMNS[helper].format);
  });
  const runs: { start: number; formats: string[] }[] = [];
  for (const column of [...formats.keys()].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.formats.length === column) last.formats.push(formats.get(column) as string);
    else runs.push({ start: column, formats: [formats.get(column) as string] });
  }
  return runs;
}
