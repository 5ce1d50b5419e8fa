import { MessageParams } from "../../errors/messageCatalogue";
import { fail, Result, succeed } from "../../errors/result";
import { chooseRangeReading } from "../import/registrationFormats";
import { RowSink, TableReader } from "../import/tableReader";
import { MonthTermGrid, TermMonths } from "../monthTermGrid";
import { ImportIssueCode } from "../registrationIssue";
import { FormulaFailure } from "./formulaFailure";

/**
 * A range's registrations as the table reader's totals per month × term, or the failure a formula
 * answers with: of the issues that fail a formula, the one on the first line (the first reported
 * among those on that line), with `line` in its params, as `parseRegistrationRange` would give it.
 * For the formulas that need only totals: no record is kept per row, and totals per term only for
 * `termMonths`, the months the formula's answer is made of. `firstRow` is the sheet row of the
 * range's first row, for messages.
 */
export function readRangeTotals(
  matrix: readonly unknown[],
  termMonths: TermMonths,
  firstRow = 1,
): Result<MonthTermGrid> {
  const sink = new FailureSink();
  const reading = chooseRangeReading(matrix);
  const reader = new TableReader(reading.settings, sink, new MonthTermGrid(termMonths));
  reading.tokenize(matrix, firstRow, reader);
  // A table whose rows are all blank (left so by undoing its first import) holds no registrations.
  if (reader.finish().lines.read === 0) return succeed(reader.grid);
  const failure = sink.failure.value;
  if (failure !== undefined) return fail("invalid_value", failure.code, failure.params);
  return succeed(reader.grid);
}

/** Keeps the finding that fails a formula; rows are summed by the reader itself. */
class FailureSink implements RowSink {
  readonly failure = new FormulaFailure();

  report(line: number, code: ImportIssueCode, params: MessageParams = {}): void {
    this.failure.note(line, code, params);
  }
}
