import { formatMonthKey, MonthKey } from "../../dates/monthKey";
import { MessageParams } from "../../errors/messageCatalogue";
import { ImportFormat, LineCounts, RegistrationImport } from "../registrationImport";
import { IssueLog } from "../issueLog";
import { describeWhen, formatEuroParam, ImportIssueCode, RegistrationIssue } from "../registrationIssue";
import { RegistrationRecord } from "../registrationRecord";
import { listRecords, RecordColumnsBuilder } from "../recordColumns";
import { RegistrationRuleCheck } from "./registrationRuleCheck";
import { NO_DAY, RowSink } from "./tableReader";

/** One euro in cents: less than this per loan is no loan. */
const MIN_AVERAGE_CENTS = 100;

/** Every issue (the import), or only those of the reader, which are what fails a formula. */
export type RegistrationChecks = "all" | "errorsOnly";

/**
 * The import's sink: keeps the rows the table reader passes as records, with every issue, and checks
 * what only the import reports, as warnings: the dated rules (allowed terms, per-lender maxima) and
 * month × term rows seen twice. Rows arrive as positional arguments and are kept as columns
 * (`RecordColumns`), not an object per row: per-loan files run to 100,000s of rows and this is their
 * inner loop. The records are made from the columns when first asked for.
 */
export class ImportCollector implements RowSink {
  private readonly columns = new RecordColumnsBuilder();
  private readonly issues: IssueLog;
  private readonly rules = new RegistrationRuleCheck();
  private readonly firstLineByMonthTerm = new Map<string, number>();
  private readonly rejectedRowMonths = new Map<number, MonthKey>();

  /**
   * `source`: the text being read, when it is one; issues quoting its lines then keep no copy of them.
   * `checks`: "errorsOnly" leaves out the warnings only this sink makes (rules, repeated rows), which
   * no formula shows: a formula reading 100,000 rows would spend most of its time writing them.
   */
  constructor(
    source?: string,
    private readonly checks: RegistrationChecks = "all",
  ) {
    this.issues = new IssueLog(source);
  }

  report(line: number, code: ImportIssueCode, params: MessageParams = {}): void {
    this.issues.add(line, code, params);
  }

  placeRejectedRow(line: number, month: MonthKey): void {
    this.rejectedRowMonths.set(line, month);
  }

  addRow(
    line: number,
    month: MonthKey,
    daySerial: number,
    termYears: number,
    principalCents: number,
    loans: number,
    province: string | undefined,
    perLoan: boolean,
  ): void {
    if (this.checks === "all") {
      this.checkRules(line, month, daySerial, termYears, principalCents, loans, perLoan);
      if (!perLoan) this.checkRepeated(line, month, termYears, province);
    }
    this.columns.add(month, termYears, principalCents, loans, line, province);
  }

  finish(format: ImportFormat, lines: LineCounts): RegistrationImport {
    const recordColumns = this.columns.finish();
    const rows = recordColumns.count > 0 || format.rows !== "none" ? format.rows : "none";
    const issueLog = this.issues;
    let issues: RegistrationIssue[] | undefined;
    let records: RegistrationRecord[] | undefined;
    return {
      recordColumns,
      get records() {
        // Columns sent to another thread are empty here: no records are made of nothing.
        if (records === undefined && recordColumns.line.length < recordColumns.count)
          throw new Error("The records' columns were transferred");
        return (records ??= listRecords(recordColumns));
      },
      // Made on first use, in line order: the pane reads `issueLog` and never needs them all.
      get issues() {
        return (issues ??= issueLog.listAll());
      },
      issueLog,
      format: { ...format, rows },
      lines,
      rejectedRowMonths: this.rejectedRowMonths,
    };
  }

  private checkRules(
    line: number,
    month: MonthKey,
    daySerial: number,
    termYears: number,
    principalCents: number,
    loans: number,
    perLoan: boolean,
  ): void {
    const hasDay = daySerial !== NO_DAY;
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
    if (perLoan && principalCents > maximumCents) {
      this.report(line, "import_principal_above_lender_maximum", {
        principalEuro: formatEuroParam(principalCents),
        maximumEuro: formatEuroParam(maximumCents),
        when: describeWhen(month, daySerial),
      });
    } else if (!perLoan && principalCents > maximumCents * loans) {
      this.report(line, "import_average_above_lender_maximum", {
        averageEuro: formatEuroParam(Math.round(principalCents / loans)),
        maximumEuro: formatEuroParam(maximumCents),
        when: describeWhen(month, daySerial),
      });
    } else if (!perLoan && principalCents < MIN_AVERAGE_CENTS * loans) {
      // No loan is for less than a euro: the principal and the count have changed places, as a header
      // in another order or none at all (the columns read by position) lets them.
      this.report(line, "import_average_below_one_euro", { principalEuro: formatEuroParam(principalCents), loans });
    }
  }

  /** Month × term (× province, when given) seen before in aggregated input: counted twice, so said. */
  private checkRepeated(line: number, month: MonthKey, termYears: number, province: string | undefined): void {
    const map = this.firstLineByMonthTerm;
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
}
