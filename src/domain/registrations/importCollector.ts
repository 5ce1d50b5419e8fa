import { formatIsoDate } from "../dates/daySerial";
import { formatMonthKey, MonthKey } from "../dates/monthKey";
import { MessageParam, MessageParams } from "../errors/messageCatalogue";
import { KeyedTotals } from "./keyedTotals";
import { describeCell } from "./describeCell";
import { ImportFormat, RegistrationImport } from "./registrationImport";
import { createRegistrationIssue, formatEuroParam, ImportIssueCode, RegistrationIssue } from "./registrationIssue";
import { RegistrationRecord } from "./registrationRecord";
import { RegistrationRuleCheck } from "./registrationRuleCheck";
import { isEmptyCell } from "./readNumberCell";

/**
 * Gathers records and issues while a reader walks its input, and runs every check that is the same
 * for text, delimited files and ranges: figures, rules, repeated month × term rows, and totals.
 * Rows are checked with positional arguments rather than an object per row: per-loan files run to
 * 100,000s of rows and this is their inner loop.
 */
export class ImportCollector {
  private readonly records: RegistrationRecord[] = [];
  private readonly issues: RegistrationIssue[] = [];
  private readonly rules = new RegistrationRuleCheck();
  private readonly monthTotals = new KeyedTotals<MonthKey>();
  private readonly firstLineByMonthTerm: Map<string, number> | undefined;

  /** `perLoan`: each row is one loan (its principal is checked against the per-lender maximum). */
  constructor(private readonly perLoan: boolean) {
    this.firstLineByMonthTerm = perLoan ? undefined : new Map();
  }

  report(line: number, code: ImportIssueCode, params: MessageParams = {}): void {
    this.issues.push(createRegistrationIssue(line, code, params));
  }

  /**
   * One data row. `daySerial` is NaN when the row has only a month. The cells are the figures as
   * written, used only in messages. A row with an error is reported and not recorded; a row that
   * only breaks a rule or a maximum is recorded with a warning.
   */
  addRow(
    line: number,
    month: MonthKey,
    daySerial: number,
    termYears: number,
    termCell: unknown,
    principalCents: number,
    principalCell: unknown,
    loans: number,
    loansCell: unknown,
    province: string | undefined,
  ): void {
    const hasDay = daySerial === daySerial;
    if (hasDay ? this.rules.isBeforeScheme(daySerial) : this.rules.isMonthBeforeScheme(month)) {
      this.report(line, "import_date_before_scheme", {
        date: describeWhen(month, daySerial),
      });
      return;
    }
    // Every figure is checked, so one pass over the input reports all that is wrong with a row.
    const termOk = this.checkTerm(line, termYears, termCell);
    const principalOk = this.checkPrincipal(line, principalCents, principalCell);
    const loansOk = this.checkLoans(line, loans, loansCell);
    if (!termOk || !principalOk || !loansOk) return;
    this.checkRules(line, month, daySerial, termYears, principalCents, loans);
    if (this.firstLineByMonthTerm !== undefined) this.checkRepeated(line, month, termYears, province);
    const year = Math.floor(month / 12);
    const record: RegistrationRecord =
      province === undefined
        ? { year, month: month - year * 12 + 1, termYears, principalCents, loans, line }
        : { year, month: month - year * 12 + 1, termYears, principalCents, loans, province, line };
    this.records.push(record);
    this.monthTotals.add(month, principalCents, loans);
  }

  /**
   * A month's subtotal row against the rows of that month read so far. `statedLoans` is undefined
   * when the input has no count column (per-loan files): only the principal can then be compared.
   */
  checkMonthSubtotal(line: number, month: MonthKey, statedCents: number, statedLoans: number | undefined): void {
    const summed = this.monthTotals.totalsOf(month);
    if (summed.principalCents === statedCents && (statedLoans === undefined || summed.loans === statedLoans)) return;
    this.report(line, "import_month_subtotal_mismatch", {
      month: { month: formatMonthKey(month) },
      ...this.figureParams(statedCents, statedLoans, summed.principalCents, summed.loans),
    });
  }

  /** A grand total row against every row read so far, or every row of its year when it names one. */
  checkGrandTotal(line: number, year: number | undefined, statedCents: number, statedLoans: number | undefined): void {
    const summed = this.monthTotals.sum(year === undefined ? undefined : (month) => Math.floor(month / 12) === year);
    if (summed.principalCents === statedCents && (statedLoans === undefined || summed.loans === statedLoans)) return;
    this.report(
      line,
      "import_grand_total_mismatch",
      this.figureParams(statedCents, statedLoans, summed.principalCents, summed.loans),
    );
  }

  /** Reports a total row's figures when they are not numbers; true when both can be checked. */
  checkTotalFigures(
    line: number,
    statedCents: number,
    principalCell: unknown,
    statedLoans: number,
    loansCell: unknown,
  ): boolean {
    let ok = true;
    if (statedCents !== statedCents) {
      this.report(line, "import_principal_not_number", { value: describeCell(principalCell) });
      ok = false;
    }
    if (!Number.isInteger(statedLoans)) {
      this.report(line, "import_loans_not_whole", { value: describeCell(loansCell) });
      ok = false;
    }
    return ok;
  }

  finish(format: ImportFormat): RegistrationImport {
    // Readers report in line order except a few checks made later; a stable sort keeps ties in order.
    const issues = [...this.issues].sort((a, b) => a.line - b.line);
    const rows = this.records.length > 0 || format.rows !== "none" ? format.rows : "none";
    return { records: this.records, issues, format: { ...format, rows } };
  }

  private checkTerm(line: number, termYears: number, cell: unknown): boolean {
    if (Number.isInteger(termYears) && termYears >= 1) return true;
    if (isEmptyCell(cell)) this.report(line, "import_cell_empty", { column: "looptijd/term" });
    else this.report(line, "import_term_not_whole_years", { value: describeCell(cell) });
    return false;
  }

  private checkPrincipal(line: number, principalCents: number, cell: unknown): boolean {
    if (principalCents > 0) return true;
    if (isEmptyCell(cell)) this.report(line, "import_cell_empty", { column: "hoofdsom/principal" });
    else if (principalCents !== principalCents)
      this.report(line, "import_principal_not_number", { value: describeCell(cell) });
    else this.report(line, "import_principal_not_positive", { value: formatEuroParam(principalCents) });
    return false;
  }

  private checkLoans(line: number, loans: number, cell: unknown): boolean {
    if (Number.isInteger(loans) && loans > 0) return true;
    if (isEmptyCell(cell)) this.report(line, "import_cell_empty", { column: "aantal leningen/loans" });
    else if (!Number.isInteger(loans)) this.report(line, "import_loans_not_whole", { value: describeCell(cell) });
    else this.report(line, "import_loans_not_positive", { value: loans });
    return false;
  }

  private checkRules(
    line: number,
    month: MonthKey,
    daySerial: number,
    termYears: number,
    principalCents: number,
    loans: number,
  ): void {
    const hasDay = daySerial === daySerial;
    const termAllowed = hasDay
      ? this.rules.isTermAllowedOnDay(termYears, daySerial)
      : this.rules.isTermAllowedInMonth(termYears, month);
    if (!termAllowed) {
      this.report(line, "import_term_not_allowed", {
        termYears,
        when: describeWhen(month, daySerial),
        allowed: this.rules.describeAllowedTerms(month, hasDay ? daySerial : undefined),
      });
    }
    const maximumCents = hasDay
      ? this.rules.lenderMaximumCentsOnDay(daySerial)
      : this.rules.lenderMaximumCentsInMonth(month);
    if (this.perLoan && principalCents > maximumCents) {
      this.report(line, "import_principal_above_lender_maximum", {
        principalEuro: formatEuroParam(principalCents),
        maximumEuro: formatEuroParam(maximumCents),
        when: describeWhen(month, daySerial),
      });
    } else if (!this.perLoan && principalCents > maximumCents * loans) {
      this.report(line, "import_average_above_lender_maximum", {
        averageEuro: formatEuroParam(Math.round(principalCents / loans)),
        maximumEuro: formatEuroParam(maximumCents),
        when: describeWhen(month, daySerial),
      });
    }
  }

  /** Month × term (× province, when given) seen before in aggregated input: counted twice, so said. */
  private checkRepeated(line: number, month: MonthKey, termYears: number, province: string | undefined): void {
    const map = this.firstLineByMonthTerm as Map<string, number>;
    const key = province === undefined ? `${month}|${termYears}` : `${month}|${termYears}|${province}`;
    const firstLine = map.get(key);
    if (firstLine === undefined) map.set(key, line);
    else
      this.report(line, "import_duplicate_month_term", {
        month: { month: formatMonthKey(month) },
        termYears,
        firstLine,
      });
  }

  private figureParams(
    statedCents: number,
    statedLoans: number | undefined,
    summedCents: number,
    summedLoans: number,
  ): MessageParams {
    return {
      statedEuro: formatEuroParam(statedCents),
      statedLoans: statedLoans ?? "–",
      summedEuro: formatEuroParam(summedCents),
      summedLoans,
    };
  }
}

/** The day of a per-loan row, or the month of a month row, for messages. */
function describeWhen(month: MonthKey, daySerial: number): MessageParam {
  return daySerial === daySerial ? { date: formatIsoDate(daySerial) } : { month: formatMonthKey(month) };
}
