/**
 * Importing only the correct rows of an input with errors, without losing a row silently. An import
 * replaces every month it brings, so a month that a skipped line may belong to is left out whole: its
 * rows in the workbook stay, and none of its new rows are written.
 *
 * A skipped row whose own date or month was read (its figures failed) touches that month only. The
 * reader cannot always tell the month of another skipped line (the month word may be on that very
 * line), so it touches the months it can belong to: in an input whose records come month by month,
 * the month of the nearest record above it and of the nearest record below it, by line number (either
 * may be absent; a record on the skipped line itself counts as both), and nothing when it has no record
 * on either side; in an input whose months come in any order (a per-loan file sorted by amount), where
 * its neighbours say nothing of it, every month the input brings.
 */
import { MonthKey, toMonthKey } from "../dates/monthKey";
import { RegistrationRecord } from "./registrationRecord";

/** A month left out of a correct-rows import, with the skipped lines that touch it. */
export interface MonthLeftOut {
  readonly month: MonthKey;
  /** In line order, once each. */
  readonly lines: readonly number[];
}

/** What an import of the correct rows only writes, and which months it leaves as the workbook holds them. */
export interface CorrectRowsImport {
  /** The records of the months no skipped line touches, in their input order. */
  readonly records: readonly RegistrationRecord[];
  /** In month order. */
  readonly monthsLeftOut: readonly MonthLeftOut[];
}

/** The records nearest to one gap between skipped lines: the first and the last by line, with their months. */
interface GapEnds {
  firstLine: number;
  firstMonths: MonthKey[];
  lastLine: number;
  lastMonths: MonthKey[];
}

/**
 * The months the skipped lines touch, each with the lines that touch it. Records may come in any order;
 * the work is one pass over the records (a binary search among the skipped lines each) and one over the
 * skipped lines, so a per-loan file of a million rows costs no sort.
 */
export function findMonthsTouchedBySkippedLines(
  records: readonly RegistrationRecord[],
  skippedLines: readonly number[],
  ownMonths: ReadonlyMap<number, MonthKey> = NO_OWN_MONTHS,
): MonthLeftOut[] {
  const lines = [...new Set(skippedLines)].sort((a, b) => a - b);
  if (lines.length === 0) return [];
  const inMonthOrder = isInMonthOrder(records);
  const allMonths = inMonthOrder ? [] : [...new Set(records.map((r) => toMonthKey(r.year, r.month)))];
  // Gap g holds the records between lines[g - 1] and lines[g]: gap 0 before the first, gap k after the last.
  const gaps: (GapEnds | undefined)[] = new Array(lines.length + 1);
  const onLine: (MonthKey[] | undefined)[] = new Array(lines.length);
  for (const record of records) {
    const month = toMonthKey(record.year, record.month);
    const g = countBelow(lines, record.line);
    if (g < lines.length && lines[g] === record.line) {
      onLine[g] = addMonth(onLine[g] ?? [], month);
      continue;
    }
    const gap = gaps[g];
    if (gap === undefined) {
      gaps[g] = { firstLine: record.line, firstMonths: [month], lastLine: record.line, lastMonths: [month] };
      continue;
    }
    if (record.line < gap.firstLine) [gap.firstLine, gap.firstMonths] = [record.line, [month]];
    else if (record.line === gap.firstLine) addMonth(gap.firstMonths, month);
    if (record.line > gap.lastLine) [gap.lastLine, gap.lastMonths] = [record.line, [month]];
    else if (record.line === gap.lastLine) addMonth(gap.lastMonths, month);
  }

  // The nearest gap with records at or after each gap, for "the nearest record below".
  const nextFilled: (GapEnds | undefined)[] = new Array(lines.length + 1);
  for (let g = lines.length; g >= 0; g--) nextFilled[g] = gaps[g] ?? nextFilled[g + 1];

  const touched = new Map<MonthKey, number[]>();
  const touch = (month: MonthKey, line: number) => {
    const list = touched.get(month);
    if (list === undefined) touched.set(month, [line]);
    else if (list[list.length - 1] !== line) list.push(line);
  };
  let lastFilled: GapEnds | undefined;
  for (let i = 0; i < lines.length; i++) {
    lastFilled = gaps[i] ?? lastFilled;
    const line = lines[i];
    const own = ownMonths.get(line);
    if (own !== undefined) touch(own, line);
    else if (!inMonthOrder) for (const month of allMonths) touch(month, line);
    else {
      for (const month of lastFilled?.lastMonths ?? []) touch(month, line);
      for (const month of onLine[i] ?? []) touch(month, line);
      for (const month of nextFilled[i + 1]?.firstMonths ?? []) touch(month, line);
    }
  }
  return [...touched].map(([month, monthLines]) => ({ month, lines: monthLines })).sort((a, b) => a.month - b.month);
}

/**
 * The records an import of the correct rows only writes: none of a month a skipped line touches.
 * `ownMonths`: the month of each skipped row whose own date or month was read (`rejectedRowMonths`).
 */
export function selectCorrectRows(
  records: readonly RegistrationRecord[],
  skippedLines: readonly number[],
  ownMonths?: ReadonlyMap<number, MonthKey>,
): CorrectRowsImport {
  const monthsLeftOut = findMonthsTouchedBySkippedLines(records, skippedLines, ownMonths);
  if (monthsLeftOut.length === 0) return { records, monthsLeftOut };
  const leftOut = new Set(monthsLeftOut.map((left) => left.month));
  return {
    records: records.filter((record) => !leftOut.has(toMonthKey(record.year, record.month))),
    monthsLeftOut,
  };
}

const NO_OWN_MONTHS: ReadonlyMap<number, MonthKey> = new Map();

/** Whether the records' months never go back, taken by line: a table month by month, a file sorted by date. */
function isInMonthOrder(records: readonly RegistrationRecord[]): boolean {
  // The reader gives records in line order; any other order is sorted first.
  const byLine = records.every((r, i) => i === 0 || records[i - 1].line <= r.line)
    ? records
    : [...records].sort((a, b) => a.line - b.line);
  let lastMonth = -Infinity;
  for (const record of byLine) {
    const month = toMonthKey(record.year, record.month);
    if (month < lastMonth) return false;
    lastMonth = month;
  }
  return true;
}

/** How many of the ascending `lines` are below `line`. */
function countBelow(lines: readonly number[], line: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lines[middle] < line) low = middle + 1;
    else high = middle;
  }
  return low;
}

function addMonth(months: MonthKey[], month: MonthKey): MonthKey[] {
  if (!months.includes(month)) months.push(month);
  return months;
}
