/** What the pane shows before an import, built once from the parser's answer. */
import { MonthKey, toMonthKey } from "../domain/dates/monthKey";
import { formatMessage, Language } from "../domain/errors/messageCatalogue";
import { aggregateRegistrations, IssueLog, LineCounts } from "../domain/registrations";
import { RegistrationIssue } from "../domain/registrations/registrationIssue";
import { RegistrationRecord } from "../domain/registrations/registrationRecord";
import { listRecords, RecordColumns } from "../domain/registrations/recordColumns";

export interface ParsedInput {
  readonly records: readonly RegistrationRecord[];
  /** The same records as columns, when the parser kept them so: read instead of `records`. */
  readonly recordColumns?: RecordColumns;
  readonly issues: readonly RegistrationIssue[];
  /** The parser's own record of the issues: counted and listed without an object per issue. */
  readonly issueLog?: IssueLog;
  readonly lines?: LineCounts;
  /** The month of each rejected row whose own date or month was read (RegistrationImport). */
  readonly rejectedRowMonths?: ReadonlyMap<number, MonthKey>;
}

export interface PreviewModel {
  readonly rowCount: number;
  readonly monthCount: number;
  /** The months the input brings, in order: what an import replaces or adds. */
  readonly months: readonly MonthKey[];
  readonly loans: number;
  readonly principalCents: number;
  readonly firstRows: readonly RegistrationRecord[];
  /** Whether the first rows name a province, so the table needs that column. */
  readonly hasProvince: boolean;
  /** Errors first, then warnings, each in line order; at most `ISSUE_LIMIT`. */
  readonly shownIssues: readonly RegistrationIssue[];
  readonly hiddenIssueCount: number;
  readonly errorCount: number;
  readonly warningCount: number;
  /** How every line of the input was read, when the parser says. */
  readonly lines?: LineCounts;
}

export const FIRST_ROWS_LIMIT = 5;
/** A per-loan file with a broken column can carry 100,000s of issues; a list that long helps nobody and stalls the pane. */
export const ISSUE_LIMIT = 200;

export function buildPreviewModel(parsed: ParsedInput, issues = readIssueLog(parsed)): PreviewModel {
  // From the columns when there are: the parse worker then makes no object per record.
  const columns = parsed.recordColumns;
  const summary = aggregateRegistrations(columns ?? parsed.records);
  const errorCount = issues.countErrors();
  const shownIssues = issues.listErrorsFirst(ISSUE_LIMIT);
  const firstRows =
    columns === undefined ? parsed.records.slice(0, FIRST_ROWS_LIMIT) : listRecords(columns, 0, FIRST_ROWS_LIMIT);
  return {
    rowCount: columns?.count ?? parsed.records.length,
    monthCount: summary.byMonth.length,
    months: summary.byMonth.map((row) => toMonthKey(row.year, row.month)),
    loans: summary.total.loans,
    principalCents: summary.total.principalCents,
    firstRows,
    hasProvince: firstRows.some((record) => record.province !== undefined && record.province !== ""),
    shownIssues,
    hiddenIssueCount: issues.length - shownIssues.length,
    errorCount,
    warningCount: issues.length - errorCount,
    lines: parsed.lines,
  };
}

/** What the pane keeps of a parsed input: its records, its preview and the lines with errors. */
export interface ReadInput {
  readonly records: readonly RegistrationRecord[];
  readonly preview: PreviewModel;
  /** Each input line with an error, once, in order: the lines an import of the correct rows leaves out. */
  readonly errorLines: readonly number[];
  /** Of those, the rows whose own month was read, with that month: all they can touch. */
  readonly rejectedRowMonths: ReadonlyMap<number, MonthKey>;
}

export function describeParsedInput(parsed: ParsedInput): ReadInput {
  return { records: parsed.records, ...describeParsedPreview(parsed) };
}

/** `describeParsedInput` without the records: what the parse worker sends beside their columns. */
export function describeParsedPreview(parsed: ParsedInput): Omit<ReadInput, "records"> {
  const issues = readIssueLog(parsed);
  return {
    preview: buildPreviewModel(parsed, issues),
    errorLines: issues.listErrorLines(),
    rejectedRowMonths: parsed.rejectedRowMonths ?? new Map(),
  };
}

function readIssueLog(parsed: ParsedInput): IssueLog {
  return parsed.issueLog ?? IssueLog.fromIssues(parsed.issues);
}

/** Errors block: a row that could not be read would be missing from the figures without anyone noticing. */
export function isImportable(preview: PreviewModel): boolean {
  return preview.rowCount > 0 && preview.errorCount === 0;
}

export function describeIssue(issue: RegistrationIssue, language: Language): string {
  return formatMessage(issue.code, issue.params, language);
}
