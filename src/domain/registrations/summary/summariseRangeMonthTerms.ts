import { DaySerial } from "../../dates/daySerial";
import { MonthKey, monthOfMonthKey, yearOfMonthKey } from "../../dates/monthKey";
import { MessageParams } from "../../errors/messageCatalogue";
import { fail, Result, succeed } from "../../errors/result";
import { MAX_TERM_YEARS } from "../cells/figureBounds";
import { RANGE_SETTINGS } from "../import/registrationFormats";
import { RowSink, TableReader } from "../import/tableReader";
import { tokenizeRange } from "../import/tokenizeRange";
import { ImportIssueCode } from "../registrationIssue";
import { Totals } from "../totals";
import { FormulaFailure } from "./formulaFailure";
import { KeyedTotals } from "./keyedTotals";

/** Principal and loans of one registration month and term, summed over every row that has them. */
export interface MonthTermTotal extends Totals {
  readonly year: number;
  readonly month: number; // 1-12
  readonly termYears: number;
}

/**
 * A range's registrations summed per month × term, read by the import's own table reader (header or
 * positional columns, carried-down months, checked subtotals and grand totals, bounds), in ascending
 * month and term. For formulas that need only these totals: no record is kept per row. The failure
 * is the one `parseRegistrationRange` would give a formula: of the issues that fail a formula, the
 * one on the first line (the first reported among those on that line), with `line` in its params.
 * `firstRow` is the sheet row of the range's first row, for messages.
 */
export function summariseRangeMonthTerms(matrix: readonly unknown[], firstRow = 1): Result<readonly MonthTermTotal[]> {
  const sink = new MonthTermSumSink();
  const reader = new TableReader(RANGE_SETTINGS, sink);
  tokenizeRange(matrix, firstRow, reader);
  reader.finish();
  const failure = sink.failure.value;
  if (failure !== undefined) return fail("invalid_value", failure.code, failure.params);
  return succeed(sink.listTotals());
}

/** Terms are whole years from 1 to the bound (the reader checks), so month × term is one number key. */
const TERM_KEYS = MAX_TERM_YEARS + 1;

/** Sums rows per month × term; keeps the failing issue on the first line. */
class MonthTermSumSink implements RowSink {
  private readonly totals = new KeyedTotals<number>();
  readonly failure = new FormulaFailure();

  addRow(
    _line: number,
    month: MonthKey,
    _daySerial: DaySerial,
    termYears: number,
    principalCents: number,
    loans: number,
  ): void {
    this.totals.add(month * TERM_KEYS + termYears, principalCents, loans);
  }

  report(line: number, code: ImportIssueCode, params: MessageParams = {}): void {
    this.failure.note(line, code, params);
  }

  listTotals(): MonthTermTotal[] {
    return this.totals
      .sortedKeys((a, b) => a - b)
      .map((key) => {
        const month = Math.floor(key / TERM_KEYS);
        return {
          year: yearOfMonthKey(month),
          month: monthOfMonthKey(month),
          termYears: key - month * TERM_KEYS,
          ...this.totals.totalsOf(key),
        };
      });
  }
}
