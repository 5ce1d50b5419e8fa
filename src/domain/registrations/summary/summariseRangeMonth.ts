import { DaySerial } from "../../dates/daySerial";
import { MonthKey } from "../../dates/monthKey";
import { MessageParams } from "../../errors/messageCatalogue";
import { fail, Result } from "../../errors/result";
import { RANGE_SETTINGS } from "../import/registrationFormats";
import { RowSink, TableReader } from "../import/tableReader";
import { tokenizeRange } from "../import/tokenizeRange";
import { ImportIssueCode } from "../registrationIssue";
import { FormulaFailure } from "./formulaFailure";
import { summariseMonthTotals } from "./summariseMonthTotals";
import { TermSummary, TermTotals } from "./termTotals";

/**
 * Summary per term of one registration month, read from a range's values by the import's own table
 * reader: the same header, carried-down months, checked subtotals and bounds, so the formula and the
 * import never disagree about a range. Only the rows in the month are summed and no record is kept
 * (ranges run to 100,000s of rows); the first row that fails the formula gives its error.
 * `firstRow` is the sheet row of the range's first row, for messages.
 */
export function summariseRangeMonth(
  matrix: readonly unknown[],
  month: MonthKey,
  termYears?: number,
  firstRow = 1,
): Result<TermSummary> {
  const sink = new MonthSumSink(month, termYears);
  const reader = new TableReader(RANGE_SETTINGS, sink);
  tokenizeRange(matrix, firstRow, reader);
  if (sink.failure.value === undefined) reader.finish();
  const failure = sink.failure.value;
  if (failure !== undefined) return fail("invalid_value", failure.code, failure.params);
  return summariseMonthTotals(sink.totals, month, termYears);
}

/** Sums the rows of one month (and term); keeps the first finding that fails a formula. */
class MonthSumSink implements RowSink {
  readonly totals = new TermTotals();
  readonly failure = new FormulaFailure();

  constructor(
    private readonly month: MonthKey,
    private readonly termYears: number | undefined,
  ) {}

  addRow(
    _line: number,
    month: MonthKey,
    _daySerial: DaySerial,
    termYears: number,
    principalCents: number,
    loans: number,
  ): void {
    if (month === this.month && (this.termYears === undefined || termYears === this.termYears))
      this.totals.add(termYears, principalCents, loans);
  }

  report(line: number, code: ImportIssueCode, params: MessageParams = {}): void {
    this.failure.note(line, code, params);
  }
}
