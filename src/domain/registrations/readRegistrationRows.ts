import { MonthKey, toMonthKey } from "../dates/monthKey";
import { MessageParams } from "../errors/messageCatalogue";
import { describeCell } from "./describeCell";
import { ImportCollector } from "./importCollector";
import { isEmptyCell, readCentsCell, readNumberCell } from "./readNumberCell";
import { mapHeaderRow } from "./registrationColumns";
import { ImportFormat, RegistrationImport } from "./registrationImport";
import { ImportIssueCode } from "./registrationIssue";
import { TotalLabel } from "./readTotalLabel";
import { TimeCellReader } from "./timeCellReader";

/** Rows of cells, from a delimited file or an Excel range, and where each row stood in its input. */
export interface RowSource {
  readonly rows: readonly unknown[];
  /** 1-based line (file) or row (range) of a row index. */
  readonly lineOf: (rowIndex: number) => number;
  readonly format: Omit<ImportFormat, "rows">;
  /** Read month, term, principal, loans by position when no header is found (as WINWIN.MONTH_SUMMARY does). */
  readonly allowPositional: boolean;
  /** Issues the layer below found (an unclosed quote), reported with the rest. */
  readonly earlierIssues?: readonly {
    readonly line: number;
    readonly code: ImportIssueCode;
    readonly params: MessageParams;
  }[];
}

interface Columns {
  readonly time: number;
  readonly termYears: number;
  readonly principal: number;
  readonly loans: number | undefined;
  readonly province: number | undefined;
}

/** Rows before the header (a title, a note) that are looked through for it. */
const HEADER_SEARCH_ROWS = 20;

/**
 * Reads registration rows with a header in Dutch or English, columns in any order. With a number of
 * loans column the rows are aggregated (month × term); without, each row is one loan (`loans: 1`).
 * In aggregated rows an empty month cell repeats the month above, as pivot tables and the press
 * release lay them out; a total row (`Totaal januari`) ends that month. A loan's own date is never
 * carried down. Rows above the header are a title or notes, and skipped.
 */
export function readRegistrationRows(source: RowSource): RegistrationImport {
  const reader = new RegistrationRowReader(source.format, source.allowPositional);
  for (const issue of source.earlierIssues ?? []) reader.report(issue.line, issue.code, issue.params);
  for (let r = 0; r < source.rows.length; r++) reader.push(source.rows[r], source.lineOf(r));
  return reader.finish();
}

type Missing = { readonly missing: readonly string[]; readonly line: number; readonly width: number };

/**
 * The same reading, one row at a time, so a delimited file can be read while papaparse parses it
 * and no row has to be kept once read: 1,000,000-row files then fit in little memory. Rows are
 * held back only until the header is found (or known to be absent).
 */
export class RegistrationRowReader {
  private columns: Columns | Missing | undefined;
  private readonly pending: { row: unknown; line: number }[] = [];
  private searched = 0;
  private firstWidth = 0;
  private collector: ImportCollector | undefined;
  private readonly earlier: { line: number; code: ImportIssueCode; params: MessageParams }[] = [];
  private readonly times = new TimeCellReader();
  private carriedMonth: MonthKey | undefined;
  private lastYear: number | undefined;

  constructor(
    private readonly format: Omit<ImportFormat, "rows">,
    private readonly allowPositional: boolean,
  ) {}

  /** An issue found below this reader (an unclosed quote), reported with the rest. */
  report(line: number, code: ImportIssueCode, params: MessageParams = {}): void {
    if (this.collector === undefined) this.earlier.push({ line, code, params });
    else this.collector.report(line, code, params);
  }

  push(row: unknown, line: number): void {
    if (this.columns === undefined) {
      this.pending.push({ row, line });
      this.searchHeader(row, line);
      return;
    }
    if (this.collector !== undefined && "time" in this.columns) this.readRow(row, line, this.columns, this.collector);
  }

  finish(): RegistrationImport {
    // Fewer non-blank rows than the header search looks through, and none a header.
    if (this.columns === undefined) this.decide(this.positionalOrMissing(), 0);
    const columns = this.columns as Columns | Missing;
    const collector = this.collector ?? this.startCollector(true);
    if ("missing" in columns) {
      if (columns.missing.length === 0) collector.report(0, "import_header_missing", { columns: columns.width });
      for (const column of columns.missing) collector.report(columns.line, "import_column_missing", { column });
      return collector.finish({ ...this.format, rows: "none" });
    }
    return collector.finish({ ...this.format, rows: columns.loans === undefined ? "perLoan" : "aggregated" });
  }

  private searchHeader(row: unknown, line: number): void {
    if (!Array.isArray(row) || isBlankRow(row)) return;
    if (this.searched === 0) this.firstWidth = row.length;
    this.searched++;
    const header = readHeader(row, line);
    if (header !== undefined) this.decide(header, this.pending.length);
    else if (this.searched >= HEADER_SEARCH_ROWS) this.decide(this.positionalOrMissing(), 0);
  }

  /** Settles the columns; the pending rows from `firstData` on are data, those before it skipped. */
  private decide(columns: Columns | Missing, firstData: number): void {
    this.columns = columns;
    const collector = this.startCollector("missing" in columns || columns.loans === undefined);
    if ("missing" in columns) return;
    for (let i = firstData; i < this.pending.length; i++)
      this.readRow(this.pending[i].row, this.pending[i].line, columns, collector);
    this.pending.length = 0;
  }

  private startCollector(perLoan: boolean): ImportCollector {
    const collector = new ImportCollector(perLoan);
    for (const issue of this.earlier) collector.report(issue.line, issue.code, issue.params);
    this.collector = collector;
    return collector;
  }

  private positionalOrMissing(): Columns | Missing {
    return this.allowPositional && this.firstWidth >= 4 ? POSITIONAL : { missing: [], line: 0, width: this.firstWidth };
  }

  private readRow(row: unknown, line: number, columns: Columns, collector: ImportCollector): void {
    if (!Array.isArray(row)) {
      if (!isEmptyCell(row)) collector.report(line, "import_line_unreadable", { text: describeCell(row) });
      return;
    }
    if (isBlankRow(row)) return;
    const perLoan = columns.loans === undefined;
    const time = this.times.read(row[columns.time]);
    let month: MonthKey;
    let daySerial = NaN;
    switch (time.kind) {
      case "day":
        month = time.month;
        // A date in an aggregated row only names its month; the rules then read the month.
        if (perLoan) daySerial = time.daySerial;
        break;
      case "month":
        month = time.month;
        break;
      case "monthName":
        if (this.lastYear === undefined) {
          collector.report(line, "import_row_outside_year");
          return;
        }
        month = toMonthKey(this.lastYear, time.monthNumber);
        break;
      case "empty":
        if (perLoan || this.carriedMonth === undefined) {
          collector.report(line, "import_month_missing");
          return;
        }
        month = this.carriedMonth;
        break;
      case "total":
        readTotalRow(row, line, time.label, columns, collector, this.lastYear);
        this.carriedMonth = undefined;
        return;
      case "unknownMonthName":
        if (!isRepeatedHeader(row)) collector.report(line, "import_month_name_unknown", { value: time.text });
        this.carriedMonth = undefined;
        return;
      default:
        if (!isRepeatedHeader(row)) collector.report(line, "import_date_invalid", { value: time.text });
        this.carriedMonth = undefined;
        return;
    }
    this.carriedMonth = month;
    this.lastYear = Math.floor(month / 12);
    const termCell = row[columns.termYears];
    const principalCell = row[columns.principal];
    const loansCell = columns.loans === undefined ? 1 : row[columns.loans];
    collector.addRow(
      line,
      month,
      daySerial,
      readNumberCell(termCell),
      termCell,
      readCentsCell(principalCell),
      principalCell,
      readNumberCell(loansCell),
      loansCell,
      columns.province === undefined ? undefined : readProvince(row[columns.province]),
    );
  }
}

const POSITIONAL: Columns = { time: 0, termYears: 1, principal: 2, loans: 3, province: undefined };

function readTotalRow(
  row: readonly unknown[],
  line: number,
  label: TotalLabel,
  columns: Columns,
  collector: ImportCollector,
  lastYear: number | undefined,
): void {
  const principalCell = row[columns.principal];
  const statedCents = readCentsCell(principalCell);
  // A per-loan file has no count column: its total row can only state the principal.
  const loansCell = columns.loans === undefined ? undefined : row[columns.loans];
  const statedLoans = columns.loans === undefined ? undefined : readNumberCell(loansCell);
  if (!collector.checkTotalFigures(line, statedCents, principalCell, statedLoans ?? 0, loansCell)) return;
  if (label.kind === "grand") {
    collector.checkGrandTotal(line, label.year, statedCents, statedLoans);
    return;
  }
  if (label.month === undefined) {
    collector.report(line, "import_month_name_unknown", { value: label.monthName });
    return;
  }
  const year = label.year ?? lastYear;
  if (year === undefined) {
    collector.report(line, "import_row_outside_year");
    return;
  }
  collector.checkMonthSubtotal(line, toMonthKey(year, label.month), statedCents, statedLoans);
}

/** The columns a header row names, what it lacks, or undefined when the row is no header. */
function readHeader(row: readonly unknown[], line: number): Columns | Missing | undefined {
  const map = mapHeaderRow(row);
  if (map === undefined) return undefined;
  const time = map.date ?? map.month;
  if (time === undefined || map.termYears === undefined || map.principal === undefined) {
    const missing = [
      ...(time === undefined ? ["datum of maand/date or month"] : []),
      ...(map.termYears === undefined ? ["looptijd/term"] : []),
      ...(map.principal === undefined ? ["hoofdsom/principal"] : []),
    ];
    return { missing, line, width: row.length };
  }
  return { time, termYears: map.termYears, principal: map.principal, loans: map.loans, province: map.province };
}

function isBlankRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isEmptyCell(row[c])) return false;
  return true;
}

/** A header row again further down (files pasted one after the other) is a header, not a bad row. */
function isRepeatedHeader(row: readonly unknown[]): boolean {
  return mapHeaderRow(row) !== undefined;
}

/** Province as written, trimmed; the Excel layer makes formula-like text harmless, not this one. */
function readProvince(cell: unknown): string | undefined {
  if (isEmptyCell(cell)) return undefined;
  return typeof cell === "string" ? cell.trim() : describeCell(cell);
}
