import { DaySerial, formatIsoDate, toDaySerial } from "../../dates/daySerial";
import { formatMonthKey, MonthKey, toMonthKey } from "../../dates/monthKey";
import { findMonthNumber } from "../../dates/monthNames";
import { Language, MessageParams } from "../../errors/messageCatalogue";
import { describeCell, describeCellValue } from "../describeCell";
import {
  FIRST_REGISTRATION_MONTH,
  LAST_REGISTRATION_MONTH,
  LAST_REGISTRATION_SERIAL,
  MAX_ROW_LOANS,
  MAX_ROW_PRINCIPAL_CENTS,
  MAX_TERM_YEARS,
  monthIndexOfSerial,
  toExactCents,
  toPlainCents,
} from "../cells/figureBounds";
import { DecimalSeparator } from "../cells/decimalSeparator";
import {
  isAloneInRow,
  isEmptyCell,
  isEuroText,
  isPrintableAscii,
  readDigitsCell,
  readEuroCell,
  readNumberCell,
  readOtherReading,
} from "../cells/readNumberCell";
import { TotalLabel } from "../cells/readTotalLabel";
import { ColumnMap, findHeaderField, mapHeaderRow, namesScaledAmount } from "../cells/registrationColumns";
import { readYearText, readYearTitle, SCHEME_FIRST_YEAR, SCHEME_LAST_YEAR } from "../cells/readSchemeYear";
import { TimeCellReader } from "../cells/timeCellReader";
import { LoneText, readLoneText } from "./readLoneText";
import { MonthTermGrid, TERM_PLACES_SHIFT } from "../monthTermGrid";
import { ImportFormat, LineCounts } from "../registrationImport";
import { describeWhen, ImportIssueCode } from "../registrationIssue";
import { SCHEME_START_SERIAL } from "../../rules/schemeStart";
import { MAX_DATE_SERIAL } from "../../dates/parseDateValue";
import { DateOrder } from "../../dates/parseDateText";

/** Where the reader's checked rows and findings go: the import's records, or a formula's sums. */
export interface RowSink {
  /**
   * A row whose figures passed every check the reader makes; `daySerial` is `NO_DAY` (0) for a month
   * row. A sink without it needs only the totals per month × term the reader keeps (`grid`).
   */
  addRow?(
    line: number,
    month: MonthKey,
    daySerial: DaySerial,
    termYears: number,
    principalCents: number,
    loans: number,
    province: string | undefined,
    perLoan: boolean,
  ): void;
  report(line: number, code: ImportIssueCode, params?: MessageParams): void;
  /** A rejected row whose own date or month cell was read: the month it belongs to, whatever its figures. */
  placeRejectedRow?(line: number, month: MonthKey): void;
}

/**
 * The day of a row that has only a month. Zero rather than NaN: no registration falls on serial 0,
 * and a NaN handed to the sink per row would be a number allocated per row.
 */
export const NO_DAY = 0;

/** What a copied line that is no row holds, as far as passing it over as text is concerned. */
export interface TextFigures {
  /** Figures as a row holds them (or a month and a figure) in a short line: a row that lost its shape. */
  readonly shaped: boolean;
  /** A month name beside a figure: after a table, part of it. */
  readonly monthWithFigure: boolean;
  /** Words with a digit in them, counted up to two: none, one, more. */
  readonly figureWords: number;
  /** A month name among the words, with or without figures. */
  readonly monthWord: boolean;
  /** A date written out among words (`Brussel, 3 juni 2021`): a heading, never a row. */
  readonly dated: boolean;
  /** A month name standing on its own, not in a written date: where a table's month may begin. */
  readonly monthLabel: boolean;
}

/** A note (`Bron: PMV`) has no figures and no month: nothing of a row to lose. */
export const NOTE_FIGURES: TextFigures = {
  shaped: false,
  monthWithFigure: false,
  figureWords: 0,
  monthWord: false,
  dated: false,
  monthLabel: false,
};

/** How one source lays out its table; everything else the reader does the same for every source. */
export interface TableSettings {
  readonly format: Omit<ImportFormat, "rows">;
  /**
   * Without a header: "immediate" reads rows by position from the first (copied text, whose title
   * lines never reach the reader as cells), "afterSearch" after looking through the first rows for
   * one (ranges, as WINWIN.MONTH_SUMMARY reads them), "never" (delimited files need their header).
   */
  readonly positional: "immediate" | "afterSearch" | "never";
  /** A copied report writes the year once above its months: a row before it is outside any year. */
  readonly yearWrittenOnce: boolean;
  /** Today, for dates that lie ahead (a warning); the sheet's rows are checked against the day they are read. */
  readonly todaySerial?: DaySerial;
}

interface Columns {
  readonly time: number;
  /** A year column beside a month column of names or numbers (`Jaar`, `Maand`): the months' year. */
  readonly year?: number;
  readonly termYears: number;
  readonly principal: number;
  readonly loans: number | undefined;
  readonly province: number | undefined;
  /** Cells up to the header's last named column; read by position, there is none. */
  readonly width?: number;
}

/** A header that lacks columns; `scaledPrincipal`: its amounts are in thousands or millions (`Hoofdsom (duizend euro)`). */
type Missing = {
  readonly missing: readonly ColumnName[];
  readonly line: number;
  readonly width: number;
  readonly scaledPrincipal?: string;
};
type ColumnName = { readonly words: Readonly<Record<Language, string>> };

/** Which month the rows being read belong to, carried down from the row that named it. */
const enum MonthState {
  None, // no month named yet, or the last one was closed by its subtotal
  Known,
  Unknown, // named, but not a month name
  OutsideYear, // named before any year was
  AfterBrokenLine, // a line that names a month could not be read: it may have begun one
}

const POSITIONAL: Columns = { time: 0, termYears: 1, principal: 2, loans: 3, province: undefined };
/**
 * Plain number rows read in one call at most. The compiler makes its best code for a function
 * called often: a run of 100,000 rows in one call would run in code made in the middle of its loop,
 * which knows nothing of the types the loop's variables hold and checks them on every row.
 */
const NUMBER_RUN_ROWS = 2048;
/*
 * Bounds the number loop compares with, as constants of this module: an imported constant is read
 * back per row in the compiled loop, as a property of the module it comes from.
 */
const MAX_TERM_YEARS_HERE = MAX_TERM_YEARS;
const PLAIN_CENTS_LIMIT_HERE = MAX_ROW_PRINCIPAL_CENTS + 0.5;
const MAX_ROW_LOANS_HERE = MAX_ROW_LOANS;
const TERM_PLACES_SHIFT_HERE = TERM_PLACES_SHIFT;
const FIRST_REGISTRATION_MONTH_HERE = FIRST_REGISTRATION_MONTH;
/** The columns' names in messages, each in the message's own language. */
const TIME_COLUMN = { words: { nl: "datum of maand", en: "date or month" } } as const;
const TERM_COLUMN = { words: { nl: "looptijd", en: "term" } } as const;
const PRINCIPAL_COLUMN = { words: { nl: "hoofdsom", en: "principal" } } as const;
const LOANS_COLUMN = { words: { nl: "aantal leningen", en: "number of loans" } } as const;
/** A month name this many months or fewer before the month above it is in that month's year. */
const HALF_YEAR_MONTHS = 6;
/** Rows before the header (a title, a note) that are looked through for it. */
const HEADER_SEARCH_ROWS = 20;
/** Totals may sum far more than one row may hold, but must stay exact in cents. */
const MAX_TOTAL_CENTS = Number.MAX_SAFE_INTEGER;

/**
 * The one reader of registration tables, fed row by row by a tokenizer (copied text, a delimited
 * file, an Excel range). It owns what every source shares: the header (Dutch or English, columns in
 * any order, repeated further down), the month carried down from the row that names it, subtotal and
 * grand-total rows checked against the rows above them, the bounds of every figure, and the
 * accounting of every line: each non-blank line ends up as exactly one of record, header, total,
 * text (title, prose, page line outside the table), or rejected with an error issue on its line.
 */
export class TableReader {
  /*
   * Every field is given its value here, in one order, even `undefined`: a field first set later, in
   * an order the input decides, gives readers of different inputs different shapes, and the compiled
   * number loop, made for one shape, is thrown away for the other.
   */
  private columns: Columns | Missing | undefined = undefined;
  private readonly pending: { row: unknown; line: number }[] = [];
  private searched = 0;
  private firstWidth = 0;
  private readonly times = new TimeCellReader();
  private year: number | undefined = undefined;
  private monthState = MonthState.None;
  private month: MonthKey = 0;
  private unknownMonthName = "";
  /** The unreadable line that named a month (`MonthState.AfterBrokenLine`). */
  private brokenMonthLine = 0;
  private readonly todaySerial: DaySerial;
  private readonly todayMonth: MonthKey;
  /** Copied text: lines seen since the last table line, prose unless another table line follows. */
  private readonly textSinceTable: { line: number; text: string; figures: TextFigures }[] = [];
  private inTable = false;
  private pageBreakInText = false;
  private sawTable = false;
  private readonly counts = { records: 0, headers: 0, totals: 0, text: 0, rejected: 0 };
  private lastRejected = 0;
  /** The decimal separator the input's own figures show; `decimalUnknown` when they show none. */
  private decimal: DecimalSeparator | undefined = undefined;
  private decimalUnknown = false;
  /** Whether the rows read so far had a count column: what the import's rows are. */
  private rowKind: "perLoan" | "aggregated" | undefined = undefined;

  /**
   * `grid`: what the rows read so far sum to, per month (totals are checked against it) and per month
   * × term for the months a formula asks it to keep.
   */
  constructor(
    private readonly settings: TableSettings,
    private readonly sink: RowSink,
    readonly grid = new MonthTermGrid(),
  ) {
    if (settings.positional === "immediate") this.useColumns(POSITIONAL);
    this.todaySerial = settings.todaySerial ?? todayAsSerial();
    const today = new Date();
    this.todayMonth = toMonthKey(today.getFullYear(), today.getMonth() + 1);
  }

  /** How the tokenizer found the input's numeric dates to put day and month (`decideDateOrder`). */
  useDateOrder(order: DateOrder): void {
    this.times.useDateOrder(order);
  }

  /** What the tokenizer found the input's figures to write decimals with (decimalSeparator.ts). */
  useDecimalSeparator(separator: DecimalSeparator | undefined): void {
    this.decimal = separator;
    this.decimalUnknown = separator === undefined;
  }

  /** A line a tokenizer found wrong as a whole (a header it cannot read): an error, and rejected. */
  rejectLine(line: number, code: ImportIssueCode, params: MessageParams): void {
    this.reject(line, code, params);
  }

  /** An issue found below this reader (an unclosed quote), reported with the rest. */
  report(line: number, code: ImportIssueCode, params: MessageParams = {}): void {
    this.sink.report(line, code, params);
  }

  /** One row of cells (a range's row, a delimited record, a copied line read as a row or a header). */
  pushCells(row: unknown, line: number): void {
    if (Array.isArray(row) && isBlankRow(row)) return;
    const columns = this.columns;
    // A year alone above the header (`2021`) is the table's title: the table has not begun, and a
    // title or note below it is text as it would be without it.
    if (columns !== undefined || !Array.isArray(row) || readYearTitle(row, this.isRange()) === undefined)
      this.enterTable();
    if (columns !== undefined && "time" in columns) {
      if (Array.isArray(row)) this.readRow(row, line, columns);
      else this.reject(line, "import_line_unreadable", { text: describeCell(row) });
      return;
    }
    if (columns === undefined) this.searchHeader(row, line);
    else if (!this.isHeader(row, line)) this.rejectWithoutColumns(row, line);
  }

  /**
   * A copied line that is no row. Outside a table it is text, unless it holds figures as a row
   * would (or, after a table, a month beside a figure); inside, it is an error once the table goes
   * on, unless a page break makes it the page's running header or footer.
   */
  pushText(text: string, line: number, figures: TextFigures): void {
    // A shaped line waits with the lines before it, so that issues come in line order: sorting
    // 100,000s of them afterwards would cost more than reading them.
    if (figures.shaped && this.textSinceTable.length === 0) this.rejectTextLine(line, text, figures);
    else if (this.inTable || figures.shaped) this.textSinceTable.push({ line, text, figures });
    else if (this.sawTable && figures.monthWithFigure) this.rejectText(line, text);
    else this.counts.text++;
  }

  /**
   * Whether a line naming a year or a month alone heads the rows below it: a month only above the
   * table's first row, where no row of its own can stand above it; a year there too, or later when it
   * is another year than the rows read so far, later or earlier (a report may list the newest year
   * first), while a page's `2021` amid a 2021 table heads nothing.
   */
  acceptsHeading(year: number | undefined, monthNumber: number | undefined): boolean {
    if (this.isBeforeTable()) return true;
    return monthNumber === undefined && year !== undefined && this.year !== undefined && year !== this.year;
  }

  /**
   * A copied line that only names a year or a month (`2021`, `maart 2021`), between months: the rows
   * below it are of that year or month, as rows under a month written on their first row are. Part of
   * the table; a line of text when it is read, rejected when its month is outside the scheme's years.
   */
  pushHeading(line: number, year: number | undefined, monthNumber: number | undefined): void {
    this.enterTable();
    if (monthNumber === undefined) {
      this.useYear(year as number);
      this.counts.text++;
      return;
    }
    if (year !== undefined) {
      // The year written on the line is the month's, whatever month came before it.
      const month = toMonthKey(year, monthNumber);
      if (!this.checkMonth(line, month)) return;
      this.knowMonth(month);
      this.counts.text++;
    } else if (this.year === undefined) {
      this.monthState = MonthState.OutsideYear;
      this.reject(line, "import_row_outside_year");
    } else if (this.readMonthName(line, this.year, monthNumber) !== undefined) this.counts.text++;
  }

  /** Whether no row, total or month of a table has been read yet. */
  isBeforeTable(): boolean {
    return this.counts.records === 0 && this.counts.totals === 0 && this.monthState !== MonthState.Known;
  }

  /**
   * A year line above the table that heads no row right below it (a title or prose follows): text,
   * and the year of the month names further down, as a year row above a file's header is.
   */
  pushYearTitle(year: number): void {
    this.useYear(year);
    this.counts.text++;
  }

  /** A year named on its own line: the year of the month names below it. */
  private useYear(year: number): void {
    this.year = year;
    this.monthState = MonthState.None;
    // Any month named below it follows on from the year's start, never the year before it.
    this.month = toMonthKey(year, 1) - 1;
  }

  /**
   * A page marker or number (`counted`), or a page break a PDF copy leaves as a form feed. Never
   * data; and the unshaped text lines around it until the table goes on are the page's running
   * header and footer, so text too, not lines lost from the table.
   */
  pushPage(counted = true): void {
    if (counted) this.counts.text++;
    if (this.inTable) this.pageBreakInText = true;
  }

  finish(): { rows: ImportFormat["rows"]; lines: LineCounts } {
    this.closeTable();
    if (this.columns === undefined) this.decide(this.positionalOrMissing(), 0);
    const columns = this.columns as Columns | Missing;
    let rows: ImportFormat["rows"];
    if ("missing" in columns) {
      // The columns a header lacks were said on its line; rows read under an earlier header stand.
      // Nothing but blank rows (an emptied selection) is no table at all, rather than one without a header.
      if (columns.missing.length === 0 && this.rowKind === undefined) {
        if (this.searched === 0) this.sink.report(0, "import_no_table");
        else this.sink.report(0, "import_header_missing", { columns: columns.width });
      }
      rows = this.rowKind ?? "none";
    } else if (this.settings.positional === "immediate" && !this.sawTable) {
      if (this.counts.rejected === 0) this.sink.report(0, "import_no_table");
      rows = "none";
    } else {
      rows = columns.loans === undefined ? "perLoan" : "aggregated";
      // A file or copied table with its header and nothing under it: say so rather than import nothing.
      const { records, headers, totals, rejected } = this.counts;
      if (this.settings.format.source !== "range" && headers > 0 && records + totals + rejected === 0)
        this.sink.report(0, "import_no_rows");
    }
    const { records, headers, totals, text, rejected } = this.counts;
    return { rows, lines: { read: records + headers + totals + text + rejected, ...this.counts } };
  }

  private enterTable(): void {
    this.sawTable = true;
    this.inTable = true;
    if (this.textSinceTable.length === 0) {
      this.pageBreakInText = false;
      return;
    }
    // Lines between two table lines are inside the table: none of them may be passed over, except
    // a page's running header and footer, which hold no figures a row would.
    let wordLines = 0;
    for (const { figures } of this.textSinceTable) if (isWordsOnly(figures)) wordLines++;
    for (const { line, text, figures } of this.textSinceTable) {
      if (!figures.shaped && isPageHeading(figures, this.pageBreakInText, wordLines)) this.counts.text++;
      else {
        this.rejectTextLine(line, text, figures);
        // A file's or a range's note amid the rows may be a month label the reader could not read
        // (`Febuari`): the rows below it are not surely of the month above.
        if (figures === NOTE_FIGURES && mayBeMonthLabel(text)) this.forgetMonthAfter(line);
      }
    }
    this.textSinceTable.length = 0;
    this.pageBreakInText = false;
  }

  /** After a grand total or at the end: the lines since the last table line are prose, or part of it. */
  private closeTable(): void {
    this.inTable = false;
    this.pageBreakInText = false;
    for (const { line, text, figures } of this.textSinceTable) {
      if (figures.shaped || figures.monthWithFigure) this.rejectText(line, text);
      else this.counts.text++;
    }
    this.textSinceTable.length = 0;
  }

  private rejectText(line: number, text: string): void {
    this.reject(line, "import_line_unreadable", { text: { quote: text } });
  }

  /**
   * A table line that could not be read. If it names a month, that month may have begun on it: the
   * rows under it belong to no month anyone can be sure of, never to the month above.
   */
  private rejectTextLine(line: number, text: string, figures: TextFigures): void {
    this.rejectText(line, text);
    if (figures.monthLabel) this.forgetMonthAfter(line);
  }

  private forgetMonthAfter(brokenLine: number): void {
    this.monthState = MonthState.AfterBrokenLine;
    this.brokenMonthLine = brokenLine;
  }

  private searchHeader(row: unknown, line: number): void {
    this.pending.push({ row, line });
    if (!Array.isArray(row)) return;
    if (this.searched === 0) this.firstWidth = row.length;
    this.searched++;
    const header = readHeader(row, line, this.isRange());
    if (header !== undefined) this.decide(header, this.pending.length);
    else if (this.searched >= HEADER_SEARCH_ROWS) this.decide(this.positionalOrMissing(), 0);
  }

  /** Settles the columns; pending rows from `firstData` on are data, those before it a title. */
  private decide(columns: Columns | Missing, firstData: number): void {
    this.useColumns(columns);
    if (firstData > 0) this.countHeader(columns);
    for (let i = 0; i < this.pending.length; i++) {
      const { row, line } = this.pending[i];
      if (i === firstData - 1) continue; // the header itself
      if (i < firstData) this.readTitleRow(row, line);
      else if ("missing" in columns) this.rejectWithoutColumns(row, line);
      else this.pushCells(row, line);
    }
    this.pending.length = 0;
  }

  /** A row above the header: a title or a note, unless it holds figures as a row would. */
  private readTitleRow(row: unknown, line: number): void {
    if (Array.isArray(row) && countFigureCells(row, this.isRange()) >= 2)
      this.reject(line, "import_line_unreadable", { text: describeCell(row.join(" ")) });
    else {
      // `2021` above the header: the year of the month names below, as in copied text.
      const year = Array.isArray(row) ? readYearTitle(row, this.isRange()) : undefined;
      if (year !== undefined) this.useYear(year);
      this.counts.text++;
    }
  }

  private positionalOrMissing(): Columns | Missing {
    return this.settings.positional !== "never" && this.firstWidth >= 4
      ? POSITIONAL
      : { missing: [], line: 0, width: this.firstWidth };
  }

  /** A header row further down (a page break, files pasted one after the other): new columns, no data. */
  private isHeader(row: unknown, line: number): boolean {
    if (!Array.isArray(row)) return false;
    const header = readHeader(row, line, this.isRange());
    if (header === undefined) return false;
    this.useColumns(header);
    this.countHeader(header);
    return true;
  }

  /** A header's line: rejected when it lacks a column (said on it), as every line with an error is. */
  private countHeader(columns: Columns | Missing): void {
    if ("missing" in columns && columns.line > 0) this.rejected(columns.line);
    else this.counts.headers++;
  }

  /**
   * The columns rows are read by from now on. A header that lacks a column is said to lack it on its
   * own line, and the rows under it are refused one by one until a header names every column: read
   * by the columns of a table above it, their figures would land in the wrong places.
   */
  private useColumns(columns: Columns | Missing): void {
    this.columns = columns;
    if ("missing" in columns) {
      if (columns.scaledPrincipal !== undefined)
        this.sink.report(columns.line, "import_principal_scaled", { text: columns.scaledPrincipal });
      else for (const column of columns.missing) this.sink.report(columns.line, "import_column_missing", { column });
    } else this.rowKind = columns.loans === undefined ? "perLoan" : "aggregated";
  }

  /** A row no header above it gives the columns of. */
  private rejectWithoutColumns(row: unknown, line: number): void {
    if (Array.isArray(row) && isBlankRow(row)) return;
    this.reject(line, "import_row_without_columns");
  }

  /**
   * Rows of cells, as `pushCells` reads them one by one. Rows of plain numbers that pass every check
   * (a date serial in the scheme's years, a whole term, an exact amount, a whole count) are most rows
   * of any range and are read here in one loop; anything else, or anything wrong, goes through
   * `pushCells`, which reads and reports it. `firstLine` is the line (sheet row) of `rows[0]`.
   * Until a total row asks for them, the loop leaves its rows' sums per month for later, when they
   * are read again from `rows`: a range's values, which nothing changes while it is read.
   */
  pushRows(rows: readonly unknown[], firstLine: number): void {
    let r = 0;
    while (r < rows.length) {
      const from = r;
      r = this.readNumberRun(rows, r, Math.min(rows.length, r + NUMBER_RUN_ROWS), firstLine);
      // A run ends at its last row, at a row it cannot read, or where a month ends: read on from there.
      if (r > from) continue;
      this.pushRangeRow(rows[r], r + firstLine);
      r++;
    }
  }

  /** A row `pushRows` did not read as plain numbers: a note (`Bron: PMV`) or a page line is text, as in a file. */
  private pushRangeRow(row: unknown, line: number): void {
    const lone = Array.isArray(row) ? readLoneText(row, this.isRange()) : undefined;
    if (lone === undefined) this.pushCells(row, line);
    else this.pushLoneText(lone, line);
  }

  /** A file's or a range's row of text alone: a page line, or a note, read as in copied text. */
  pushLoneText(lone: LoneText, line: number): void {
    if (lone.kind === "page") this.pushPage();
    else this.pushText(lone.text, line, NOTE_FIGURES);
  }

  /**
   * Reads plain number rows from `start` on while they pass every check; returns the first it left.
   *
   * The loop is written for the compiler's sake as much as the reader's. Every operation in it runs
   * on the first rows of any range it reads well: an operation that has never run yet makes the
   * compiled loop leave for the interpreter there, and such a way out keeps the compiler from
   * peeling the loop's first row and checking, once, what every later row would check again (the
   * array's kind, its length, the arguments' types): a fifth of the loop. So rare cases leave the
   * loop (`break`, then `pushCells` reads the row), rows are kept for an import after the loop
   * (`keepRunRows`), and a run ends where a month ends once its sums are needed.
   */
  private readNumberRun(rows: readonly unknown[], start: number, end: number, firstLine: number): number {
    const columns = this.columns;
    if (columns === undefined || !("time" in columns) || this.textSinceTable.length > 0) return start;
    // Every number the loop uses as `| 0`: known to be a small integer, the compiler keeps it as one
    // instead of checking, per row, what kind of number it holds.
    const timeColumn = columns.time | 0;
    const termColumn = columns.termYears | 0;
    const principalColumn = columns.principal | 0;
    const perLoan = columns.loans === undefined;
    const loansColumn = (columns.loans ?? columns.principal) | 0;
    // A loan dated in the current month may be after today: the day is decided by pushCells.
    // Unsigned, as the index it is compared with: a comparison of two unsigned numbers is one instruction.
    const lastFastIndex = (this.todayMonth - FIRST_REGISTRATION_MONTH_HERE - (perLoan ? 1 : 0)) >>> 0;
    const termSums = this.grid.termSums;
    // Once a total row has asked for the sums per month, a run holds one month's rows: its sums are
    // the month's. Until then a run may mix months, and its sums per month are left for later.
    const oneMonth = this.grid.monthSumsInUse !== undefined;
    // A row of another month than the row above ends a run that holds one month, unless it is the
    // run's first; when runs may mix months, nothing does (`end`: no row of the run is after it).
    const newMonthEndsAfter = (oneMonth ? start : end) | 0;
    const termsFrom = this.grid.termsFrom | 0;
    const termMonths = this.grid.termMonths >>> 0;
    const carriedIndex = this.monthState === MonthState.Known ? (this.month - FIRST_REGISTRATION_MONTH_HERE) | 0 : -1;
    const stop = end | 0;
    let lastIndex = carriedIndex;
    let runCents = 0;
    let runLoans = 0;
    let r = start | 0;
    for (; r < stop; r++) {
      const row = rows[r];
      if (!Array.isArray(row)) break;
      const timeCell = row[timeColumn];
      const termYears = row[termColumn];
      const euro = row[principalColumn];
      const loansCell = row[loansColumn];
      const loans = perLoan ? 1 : loansCell;
      if (typeof euro !== "number" || typeof termYears !== "number" || typeof loans !== "number") break;
      // Each cell unboxed once: every check below works on the plain number.
      const euroValue = +euro;
      const termValue = +termYears;
      const loansValue = +loans;
      let index: number;
      // An empty month cell (null on the web, 0 on the desktop) repeats the month above it.
      if (timeCell === null && !perLoan) index = lastIndex;
      else if (typeof timeCell === "number")
        index = timeCell === 0 && !perLoan ? lastIndex : monthIndexOfSerial(+timeCell);
      else break;
      // Anything these checks leave is read again, and decided, by pushCells. Whole cents, terms and
      // counts are tested as floating-point numbers: no conversion to an integer and back per row.
      // toPlainCents, spelled out: its answer tested against 0 would cost a conversion per row.
      const cents = euroValue * 100;
      const principalCents = Math.floor(cents + 0.5);
      // -1, a day outside the scheme, is more than any index as an unsigned number.
      if (index >>> 0 > lastFastIndex) break;
      if (!(Math.abs(cents - principalCents) <= 1e-6 && cents >= 0.5 && cents < PLAIN_CENTS_LIMIT_HERE)) break;
      if (Math.trunc(termValue) !== termValue || termValue < 1 || termValue > MAX_TERM_YEARS_HERE) break;
      if (Math.trunc(loansValue) !== loansValue || loansValue < 1 || loansValue > MAX_ROW_LOANS_HERE) break;
      if (index !== lastIndex && r > newMonthEndsAfter) break;
      lastIndex = index;
      runCents += principalCents;
      runLoans += loansValue;
      // MonthTermGrid.add, spelled out: a call per row would cost as much as the rest of the loop.
      const w = index - termsFrom;
      if (w >>> 0 < termMonths) {
        const slot = ((w << TERM_PLACES_SHIFT_HERE) | termValue) << 1;
        termSums[slot] += principalCents;
        termSums[slot + 1] += loansValue;
      }
    }
    if (r === start) return r;
    if (oneMonth) this.grid.addMonthSums(FIRST_REGISTRATION_MONTH_HERE + lastIndex, runCents, runLoans);
    else deferRunMonthSums(this.grid, rows, start, r, columns, carriedIndex);
    if (this.sink.addRow !== undefined) this.keepRunRows(rows, start, r, firstLine, carriedIndex);
    this.closeNumberRun(start, r, lastIndex);
    return r;
  }

  /** After a run of plain number rows: they are records, and their last month is carried on. */
  private closeNumberRun(start: number, end: number, lastIndex: number): void {
    const lastMonth = FIRST_REGISTRATION_MONTH_HERE + lastIndex;
    if (lastMonth !== this.month || this.monthState !== MonthState.Known) this.knowMonth(lastMonth);
    this.counts.records += end - start;
    this.sawTable = true;
    this.inTable = true;
  }

  /** Hands the rows of a run `readNumberRun` accepted to the sink, read again the way it read them. */
  private keepRunRows(
    rows: readonly unknown[],
    start: number,
    end: number,
    firstLine: number,
    carriedIndex: number,
  ): void {
    const columns = this.columns as Columns;
    const perLoan = columns.loans === undefined;
    let index = carriedIndex;
    for (let r = start; r < end; r++) {
      const row = rows[r] as readonly unknown[];
      const timeCell = row[columns.time] as number | null;
      if (timeCell !== null && timeCell !== 0) index = monthIndexOfSerial(timeCell);
      const serial = perLoan ? Math.floor(timeCell as number) : NO_DAY;
      const termYears = row[columns.termYears] as number;
      const principalCents = toPlainCents(row[columns.principal] as number);
      const loans = perLoan ? 1 : (row[columns.loans as number] as number);
      const province = columns.province === undefined ? undefined : readProvince(row[columns.province]);
      this.sink.addRow!(
        r + firstLine,
        FIRST_REGISTRATION_MONTH_HERE + index,
        serial,
        termYears,
        principalCents,
        loans,
        province,
        perLoan,
      );
    }
  }

  private readRow(row: readonly unknown[], line: number, columns: Columns): void {
    this.readRowCells(row, line, columns);
    // A month word that did not land in the month cell (`februari 1.000,00 € 4`, its term missing)
    // may open a month the rejected row never got to name: what follows is not the month above.
    if (this.lastRejected === line && hasMonthWordOutside(row, columns.time)) this.forgetMonthAfter(line);
  }

  private readRowCells(row: readonly unknown[], line: number, columns: Columns): void {
    if (isRepeatedHeader(row, columns, this.isRange())) {
      this.counts.headers++;
      return;
    }
    // A delimited row longer than its header split a cell (`2,874,015.15` in a comma file): its
    // figures would be read from the wrong cells. A range's extra columns are the user's own.
    if (columns.width !== undefined && row.length > columns.width && this.settings.format.source === "delimited") {
      const cells = countCellsUpToLastFilled(row);
      if (cells > columns.width) {
        this.reject(line, "import_row_extra_cells", { cells, columns: columns.width });
        return;
      }
    }
    // The same split with the province column empty fills it with the amount's last piece
    // (`12,500.00` read as 12 euro in the province `500.00`): no province is a figure.
    if (columns.province !== undefined && this.settings.format.source === "delimited") {
      const province = row[columns.province];
      if (isFigureCell(province, this.decimal)) {
        this.reject(line, "import_province_figure", { text: describeCell(province) });
        return;
      }
    }
    const perLoan = columns.loans === undefined;
    const timeCell = row[columns.time];
    let month: MonthKey;
    let daySerial = NO_DAY;
    let ownMonth = true;
    const yearMonth = columns.year === undefined ? undefined : this.readYearColumn(row, line, timeCell, columns.year);
    if (yearMonth === REJECTED) return;
    if (yearMonth !== undefined) month = yearMonth;
    else if (typeof timeCell === "number" && timeCell >= 1) {
      // The common case, a date serial, read without a detour through the cell reader.
      const index = monthIndexOfSerial(timeCell);
      if (index < 0 && isYearNumber(timeCell) && isAloneInRow(row, columns.time, this.isRange())) {
        this.readYearRow(line, timeCell);
        return;
      }
      if (index < 0) {
        this.rejectDay(line, timeCell);
        return;
      }
      month = FIRST_REGISTRATION_MONTH + index;
      if (perLoan) daySerial = Math.floor(timeCell);
      this.knowMonth(month);
    } else {
      const read = this.readTime(row, line, timeCell, columns, perLoan);
      if (read === undefined) return;
      month = read.month;
      daySerial = read.daySerial;
      ownMonth = !read.carried;
    }
    if (!this.readFigures(row, line, columns, month, daySerial, perLoan) && ownMonth)
      this.sink.placeRejectedRow?.(line, month);
  }

  /**
   * The month of a row whose month cell names a month alone (`maart`, `3`) and whose year stands in
   * the year column, or in the rows above when that cell is empty; undefined for a month cell that
   * says more (a date, `maart 2021`) or nothing, which is read as without a year column.
   */
  private readYearColumn(
    row: readonly unknown[],
    line: number,
    timeCell: unknown,
    yearColumn: number,
  ): MonthKey | typeof REJECTED | undefined {
    const monthNumber = this.readMonthAlone(timeCell);
    if (monthNumber === undefined) return undefined;
    const yearCell = row[yearColumn];
    let year: number | undefined;
    if (isEmptyCell(yearCell) || (yearCell === 0 && this.isRange())) year = this.year;
    else {
      year = readYearText(String(yearCell).trim());
      if (year === undefined) {
        const value = describeCellValue(yearCell);
        this.reject(line, "import_year_invalid", { value, first: SCHEME_FIRST_YEAR, last: SCHEME_LAST_YEAR });
        return REJECTED;
      }
    }
    if (year === undefined) {
      this.monthState = MonthState.OutsideYear;
      this.reject(line, "import_row_outside_year");
      return REJECTED;
    }
    const month = toMonthKey(year, monthNumber);
    if (!this.checkMonth(line, month)) return REJECTED;
    this.knowMonth(month);
    return month;
  }

  /** The number of a month a cell names alone (`maart`, `Mrt.`, `march`, 3, `03`), as the month cell reader reads it. */
  private readMonthAlone(cell: unknown): number | undefined {
    const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim() : "";
    if (MONTH_NUMBER.test(text)) return Number(text);
    const time = this.times.read(cell);
    return time.kind === "monthName" ? time.monthNumber : undefined;
  }

  /**
   * A row that holds only a year in its month cell (`2021` above a year's rows): it heads the rows
   * below as a copied year line does, or repeats the year they are in.
   */
  private readYearRow(line: number, year: number): undefined {
    if (this.acceptsHeading(year, undefined)) this.pushHeading(line, year, undefined);
    else this.counts.text++;
    return undefined;
  }

  /** The month (and, for a per-loan row, the day) of a row whose time cell is not a plain serial. */
  private readTime(
    row: readonly unknown[],
    line: number,
    cell: unknown,
    columns: Columns,
    perLoan: boolean,
  ): { month: MonthKey; daySerial: DaySerial; carried?: boolean } | undefined {
    const time = this.times.read(cell);
    switch (time.kind) {
      case "day":
        if (!this.checkDay(line, time.daySerial)) return undefined;
        this.knowMonth(time.month);
        // The cell's own reading, kept by the cell reader: a per-loan row allocates nothing here.
        return perLoan ? time : { month: time.month, daySerial: NO_DAY };
      case "month":
        if (!this.checkMonth(line, time.month)) return undefined;
        this.knowMonth(time.month);
        return { month: time.month, daySerial: NO_DAY };
      case "monthName":
        if (this.year === undefined) {
          this.monthState = MonthState.OutsideYear;
          this.reject(line, "import_row_outside_year");
          return undefined;
        }
        return this.readMonthName(line, this.year, time.monthNumber);
      case "year":
        if (isAloneInRow(row, columns.time, this.isRange())) return this.readYearRow(line, time.year);
        // In a cell of its own, 2021 is a date serial (13 July 1905), as Excel would read it.
        if (!this.settings.yearWrittenOnce) return this.rejectDayWithout(line, time.year);
        // A year opens a new block; without a month name its rows cannot be placed.
        this.year = time.year;
        this.monthState = MonthState.None;
        this.reject(line, "import_month_missing");
        return undefined;
      case "empty":
        return perLoan ? this.rejectWithout(line, "import_month_missing") : this.carriedMonth(line);
      case "total":
        this.readTotal(row, line, time.label, columns);
        return undefined;
      case "unknownMonthName":
        if (this.isHeader(row, line)) return undefined;
        if (time.year !== undefined) this.year = time.year;
        this.monthState = MonthState.Unknown;
        this.unknownMonthName = time.text;
        this.brokenMonthLine = line;
        this.reject(line, "import_month_name_unknown", { value: time.text });
        return undefined;
      default:
        if (this.isHeader(row, line)) return undefined;
        this.monthState = MonthState.None;
        this.reject(line, "import_date_invalid", { value: time.text });
        return undefined;
    }
  }

  /**
   * A month name under the year written above it. A report writes the year once, copied as text, as
   * a file or into cells alike: a month more than half a year before the one above it (December, then
   * January) is in the next year, and said so; one fewer months before it is in the same year, as in a
   * table listing its newest month first (March, then February).
   */
  private readMonthName(
    line: number,
    year: number,
    monthNumber: number,
  ): { month: MonthKey; daySerial: DaySerial } | undefined {
    let month = toMonthKey(year, monthNumber);
    const nextYear = this.month - month > HALF_YEAR_MONTHS;
    if (nextYear) month = toMonthKey(year + 1, monthNumber);
    if (!this.checkMonth(line, month)) return undefined;
    if (nextYear) this.sink.report(line, "import_month_next_year", { month: { month: formatMonthKey(month) } });
    // `december` under `januari 2025`: read in 2025, though a table listing its newest month first
    // means 2024. Either may be meant; said so. Under a year line (`2025`, which leaves the month
    // before its January above) every month of the year is meant.
    else if (month - this.month > HALF_YEAR_MONTHS && this.month !== toMonthKey(year, 1) - 1)
      this.sink.report(line, "import_month_far_ahead", { month: { month: formatMonthKey(month) } });
    this.knowMonth(month);
    return { month, daySerial: NO_DAY };
  }

  private knowMonth(month: MonthKey): void {
    this.month = month;
    this.monthState = MonthState.Known;
    // `| 0` keeps the year a small integer: a float stored per row would allocate per row.
    this.year = (month / 12) | 0;
  }

  /** The month an empty month cell repeats, or undefined after saying why there is none. */
  private carriedMonth(line: number): { month: MonthKey; daySerial: DaySerial; carried: true } | undefined {
    switch (this.monthState) {
      case MonthState.Known:
        return { month: this.month, daySerial: NO_DAY, carried: true };
      case MonthState.Unknown:
        return this.rejectWithout(line, "import_month_after_unknown_name", {
          value: this.unknownMonthName,
          brokenLine: this.brokenMonthLine,
        });
      case MonthState.OutsideYear:
        return this.rejectWithout(line, "import_row_outside_year");
      case MonthState.AfterBrokenLine:
        return this.rejectWithout(line, "import_month_after_unreadable_line", { brokenLine: this.brokenMonthLine });
      default:
        return this.rejectWithout(
          line,
          this.settings.yearWrittenOnce && this.year === undefined ? "import_row_outside_year" : "import_month_missing",
        );
    }
  }

  private checkDay(line: number, serial: DaySerial): boolean {
    if (serial >= SCHEME_START_SERIAL && serial <= LAST_REGISTRATION_SERIAL) return true;
    this.rejectDay(line, serial);
    return false;
  }

  private rejectDay(line: number, value: number): void {
    const serial = Math.floor(value);
    this.monthState = MonthState.None;
    if (!(serial <= LAST_REGISTRATION_SERIAL))
      this.reject(line, "import_date_after_range", {
        // A day Excel can hold is shown as the date it is, not as its serial.
        value: serial <= MAX_DATE_SERIAL ? { date: formatIsoDate(serial) } : describeCell(value),
      });
    else this.reject(line, "import_date_before_scheme", { date: { date: formatIsoDate(serial) } });
  }

  private rejectDayWithout(line: number, value: number): undefined {
    this.rejectDay(line, value);
    return undefined;
  }

  private checkMonth(line: number, month: MonthKey): boolean {
    if (month >= FIRST_REGISTRATION_MONTH && month <= LAST_REGISTRATION_MONTH) return true;
    this.monthState = MonthState.None;
    // The year and month were read, only out of range: the months named below it follow on from them
    // (`2006 augustus`, then `september`: September 2006), not from a month above it.
    this.month = month;
    this.year = (month / 12) | 0;
    if (month > LAST_REGISTRATION_MONTH) this.reject(line, "import_date_after_range", { value: formatMonthKey(month) });
    else this.reject(line, "import_date_before_scheme", { date: { month: formatMonthKey(month) } });
    return false;
  }

  /**
   * Term, principal and count of a placed row: every figure is checked, so one pass over the input
   * reports all that is wrong with a row, and only a row without errors reaches the sink. False when
   * the row is rejected.
   */
  private readFigures(
    row: readonly unknown[],
    line: number,
    columns: Columns,
    month: MonthKey,
    daySerial: DaySerial,
    perLoan: boolean,
  ): boolean {
    const termCell = row[columns.termYears];
    const principalCell = row[columns.principal];
    const termYears = readCountCell(termCell, this.decimal);
    const euro = readEuroCell(principalCell, this.decimal);
    const principalCents = toExactCents(euro, MAX_ROW_PRINCIPAL_CENTS);
    const loansCell = perLoan ? 1 : row[columns.loans as number];
    const loans = typeof loansCell === "number" ? loansCell : readCountCell(loansCell, this.decimal);
    const termOk = Number.isInteger(termYears) && termYears >= 1 && termYears <= MAX_TERM_YEARS;
    const principalOk = principalCents > 0;
    const loansOk = Number.isInteger(loans) && loans > 0 && loans <= MAX_ROW_LOANS;
    if (!termOk || !principalOk || !loansOk) {
      if (!termOk) this.reportTerm(line, termYears, termCell);
      if (!principalOk) this.reportPrincipal(line, euro, principalCents, principalCell);
      if (!loansOk) this.reportLoans(line, loans, loansCell);
      this.rejected(line);
      return false;
    }
    if (daySerial !== NO_DAY ? daySerial > this.todaySerial : month > this.todayMonth)
      this.sink.report(line, "import_date_in_future", { when: describeWhen(month, daySerial) });
    if (this.decimalUnknown) this.warnAmbiguous(line, principalCell, principalCents);
    this.grid.add(month, termYears, principalCents, loans);
    this.counts.records++;
    if (this.sink.addRow === undefined) return true;
    const province = columns.province === undefined ? undefined : readProvince(row[columns.province]);
    this.sink.addRow(line, month, daySerial, termYears, principalCents, loans, province, perLoan);
    return true;
  }

  /** `2,500` in an input whose figures never show their decimal separator: read as 2500, and said so. */
  private warnAmbiguous(line: number, cell: unknown, principalCents: number): void {
    const other = readOtherReading(cell);
    const otherCents = toExactCents(other, MAX_ROW_PRINCIPAL_CENTS);
    if (otherCents === otherCents)
      this.sink.report(line, "import_figure_ambiguous", {
        value: describeCellValue(cell),
        readEuro: { euroCents: principalCents },
        otherEuro: { euroCents: otherCents },
      });
    // `100,005`: as a decimal comma no amount to the cent, yet that may be what was meant.
    else if (Number.isFinite(other))
      this.sink.report(line, "import_figure_thousands_unsure", {
        value: describeCellValue(cell),
        readEuro: { euroCents: principalCents },
      });
  }

  private reportTerm(line: number, termYears: number, cell: unknown): void {
    if (isEmptyCell(cell)) this.sink.report(line, "import_cell_empty", { column: TERM_COLUMN });
    else if (isEuroText(cell))
      this.sink.report(line, "import_figure_is_amount", { value: describeCellValue(cell), column: TERM_COLUMN });
    else if (termYears > MAX_TERM_YEARS)
      this.sink.report(line, "import_term_too_long", { value: describeCellValue(cell), maximum: MAX_TERM_YEARS });
    else if (Number.isInteger(termYears)) this.sink.report(line, "import_term_not_positive", { value: termYears });
    else this.sink.report(line, "import_term_not_whole_years", { value: describeCellValue(cell) });
  }

  private reportPrincipal(line: number, euro: number, cents: number, cell: unknown): void {
    if (isEmptyCell(cell)) this.sink.report(line, "import_cell_empty", { column: PRINCIPAL_COLUMN });
    else if (euro !== euro) this.sink.report(line, "import_principal_not_number", { value: describeCellValue(cell) });
    else if (!(Math.abs(euro) * 100 <= MAX_ROW_PRINCIPAL_CENTS))
      this.sink.report(line, "import_principal_too_large", {
        value: describeCellValue(cell),
        maximumEuro: { euroCents: MAX_ROW_PRINCIPAL_CENTS },
      });
    else if (cents !== cents)
      this.sink.report(line, "import_principal_not_whole_cents", { value: describeCellValue(cell) });
    else this.sink.report(line, "import_principal_not_positive", { value: { euroCents: cents } });
  }

  private reportLoans(line: number, loans: number, cell: unknown): void {
    if (isEmptyCell(cell)) this.sink.report(line, "import_cell_empty", { column: LOANS_COLUMN });
    else if (isEuroText(cell))
      this.sink.report(line, "import_figure_is_amount", { value: describeCellValue(cell), column: LOANS_COLUMN });
    else if (loans > MAX_ROW_LOANS)
      this.sink.report(line, "import_loans_too_many", { value: describeCellValue(cell), maximum: MAX_ROW_LOANS });
    else if (!Number.isInteger(loans))
      this.sink.report(line, "import_loans_not_whole", { value: describeCellValue(cell) });
    else this.sink.report(line, "import_loans_not_positive", { value: loans });
  }

  /** A subtotal or grand-total row, checked against the rows read so far. */
  private readTotal(row: readonly unknown[], line: number, label: TotalLabel, columns: Columns): void {
    this.monthState = MonthState.None;
    const principalCell = row[columns.principal];
    // A per-loan file has no count column: its total row can only state the principal. Nor does a
    // total whose count cell is empty (0 is how Excel on the desktop hands over an empty cell); one
    // whose principal cell is empty states its count alone.
    const loansCell = columns.loans === undefined ? undefined : row[columns.loans];
    const countStated = loansCell !== undefined && !this.isEmptyTotalCell(loansCell);
    // A label beside empty cells checks nothing; zeros are stated figures (a template's months to come),
    // checked as any other.
    if (isEmptyCell(principalCell) && (loansCell === undefined || isEmptyCell(loansCell))) {
      this.monthState = MonthState.None;
      this.reject(line, "import_total_without_figures", { text: describeCell(row[columns.time]) });
      return;
    }
    const statedLoans = countStated ? readCountCell(loansCell, this.decimal) : undefined;
    const principalStated = !this.isEmptyTotalCell(principalCell) || statedLoans === undefined;
    const statedCents = principalStated
      ? toExactCents(readEuroCell(principalCell, this.decimal), MAX_TOTAL_CENTS)
      : undefined;
    let figuresOk = true;
    if (statedCents !== statedCents) {
      // `100.001`: a figure, only not to the cent.
      const euro = readEuroCell(principalCell, this.decimal);
      const code =
        Math.abs(euro) * 100 <= MAX_TOTAL_CENTS ? "import_principal_not_whole_cents" : "import_principal_not_number";
      this.sink.report(line, code, { value: describeCellValue(principalCell) });
      figuresOk = false;
    }
    if (statedLoans !== undefined && !(Number.isSafeInteger(statedLoans) && statedLoans >= 0)) {
      if (isEuroText(loansCell))
        this.sink.report(line, "import_figure_is_amount", {
          value: describeCellValue(loansCell),
          column: LOANS_COLUMN,
        });
      else this.sink.report(line, "import_loans_not_whole", { value: describeCellValue(loansCell) });
      figuresOk = false;
    }
    if (label.kind === "grand") {
      if (figuresOk)
        this.checkTotal(line, "import_grand_total_mismatch", label.year, undefined, statedCents, statedLoans);
      // A grand total closes the table: what follows is prose, or another table.
      this.closeTable();
    } else if (label.month === undefined) {
      this.sink.report(line, "import_month_name_unknown", { value: label.monthName });
      figuresOk = false;
    } else if ((label.year ?? this.year) === undefined) {
      this.sink.report(line, "import_row_outside_year");
      figuresOk = false;
    } else if (figuresOk) {
      const month = toMonthKey(label.year ?? (this.year as number), label.month);
      this.checkTotal(line, "import_month_subtotal_mismatch", undefined, month, statedCents, statedLoans);
    }
    if (figuresOk) this.counts.totals++;
    else this.rejected(line);
  }

  private checkTotal(
    line: number,
    code: "import_month_subtotal_mismatch" | "import_grand_total_mismatch",
    year: number | undefined,
    month: MonthKey | undefined,
    statedCents: number | undefined,
    statedLoans: number | undefined,
  ): void {
    const [first, last] =
      month !== undefined
        ? [month, month]
        : year !== undefined
          ? [toMonthKey(year, 1), toMonthKey(year, 12)]
          : [FIRST_REGISTRATION_MONTH, LAST_REGISTRATION_MONTH];
    const { principalCents: summedCents, loans: summedLoans } = this.grid.sumMonths(first, last);
    const centsAgree = statedCents === undefined || summedCents === statedCents;
    if (centsAgree && (statedLoans === undefined || summedLoans === statedLoans)) return;
    this.sink.report(line, code, {
      ...(month === undefined ? {} : { month: { month: formatMonthKey(month) } }),
      statedEuro: statedCents === undefined ? "–" : { euroCents: statedCents },
      statedLoans: statedLoans ?? "–",
      summedEuro: { euroCents: summedCents },
      summedLoans,
    });
  }

  /** A total row's figure cell left empty: 0 too in a range, as Excel on the desktop hands one over. */
  private isEmptyTotalCell(cell: unknown): boolean {
    return isEmptyCell(cell) || (cell === 0 && this.isRange());
  }

  private isRange(): boolean {
    return this.settings.format.source === "range";
  }

  private reject(line: number, code: ImportIssueCode, params: MessageParams = {}): void {
    this.sink.report(line, code, params);
    this.rejected(line);
  }

  private rejectWithout(line: number, code: ImportIssueCode, params: MessageParams = {}): undefined {
    this.reject(line, code, params);
    return undefined;
  }

  /** Counts a line as rejected once, however many issues it has. */
  private rejected(line: number): void {
    if (line === this.lastRejected && line !== 0) return;
    this.lastRejected = line;
    this.counts.rejected++;
  }
}

/**
 * Leaves the sums per month of a run for later. A function of its own: a closure made in the
 * reader's loop would keep the loop's variables in the heap, read and written there on every row.
 */
function deferRunMonthSums(
  grid: MonthTermGrid,
  rows: readonly unknown[],
  start: number,
  end: number,
  columns: Columns,
  carriedIndex: number,
): void {
  grid.addLater((monthSums) => addRunMonthSums(rows, start, end, columns, carriedIndex, monthSums));
}

/**
 * Adds the sums per month of rows `readNumberRun` accepted, read again the way it read them: a date
 * serial gives the month, an empty cell repeats the month above (`carriedIndex` before the first).
 * A month's rows usually follow each other, so they are summed here before they are added.
 */
function addRunMonthSums(
  rows: readonly unknown[],
  start: number,
  end: number,
  columns: Columns,
  carriedIndex: number,
  monthSums: Float64Array,
): void {
  const timeColumn = columns.time | 0;
  const principalColumn = columns.principal | 0;
  const perLoan = columns.loans === undefined;
  const loansColumn = (columns.loans ?? 0) | 0;
  let index = carriedIndex;
  let cents = 0;
  let loans = 0;
  for (let r = start; r < end; r++) {
    const row = rows[r] as readonly unknown[];
    const timeCell = row[timeColumn];
    const rowIndex = typeof timeCell === "number" && timeCell !== 0 ? monthIndexOfSerial(timeCell) : index;
    if (rowIndex !== index) {
      if (index >= 0) addMonthSums(monthSums, index, cents, loans);
      index = rowIndex;
      cents = 0;
      loans = 0;
    }
    cents += toPlainCents(row[principalColumn] as number);
    loans += perLoan ? 1 : (row[loansColumn] as number);
  }
  if (index >= 0) addMonthSums(monthSums, index, cents, loans);
}

/** Whether a cell holds a figure; a province's name (`Limburg`) is told at its first character. */
function isFigureCell(cell: unknown, decimal: DecimalSeparator | undefined): boolean {
  if (typeof cell === "number") return true;
  if (typeof cell !== "string" || cell === "") return false;
  const first = cell.charCodeAt(0);
  // A letter first, as every province's name has, is no figure: no parse per row for it.
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return false;
  return Number.isFinite(readNumberCell(cell, decimal));
}

/** A year as a row's heading may name it: the scheme's years and those around them. */
function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1990 && value <= 2100;
}

function addMonthSums(monthSums: Float64Array, index: number, cents: number, loans: number): void {
  monthSums[index << 1] += cents;
  monthSums[(index << 1) + 1] += loans;
}

/** A count or a term: NaN for a figure marked as euro, which is an amount whatever its digits. */
function readCountCell(cell: unknown, decimal: DecimalSeparator | undefined): number {
  const digits = readDigitsCell(cell);
  if (digits >= 0) return digits;
  return isEuroText(cell) ? NaN : readNumberCell(cell, decimal);
}

/** The columns a header row names, what it lacks, or undefined when the row is no header. */
function readHeader(row: readonly unknown[], line: number, zeroIsEmpty: boolean): Columns | Missing | undefined {
  const map = mapHeaderRow(row);
  // Column names among figures as a row holds them (`Hoofdsom 2020 Aantal 12`) are a row gone wrong;
  // figures after the last name (`…, Aantal leningen, 2020, 2021`) are the user's own columns.
  if (map === undefined || countFigureCells(row.slice(0, lastNamedColumn(map)), zeroIsEmpty) >= 1) return undefined;
  const time = map.date ?? map.month ?? map.conclusionDate;
  // Amounts rounded to thousands or millions are no registrations to the cent: never read as euro.
  if (map.principal !== undefined && namesScaledAmount(row[map.principal]))
    return { missing: [PRINCIPAL_COLUMN], line, width: row.length, scaledPrincipal: describeCell(row[map.principal]) };
  if (time === undefined || map.termYears === undefined || map.principal === undefined) {
    const missing = [
      ...(time === undefined ? [TIME_COLUMN] : []),
      ...(map.termYears === undefined ? [TERM_COLUMN] : []),
      ...(map.principal === undefined ? [PRINCIPAL_COLUMN] : []),
    ];
    return { missing, line, width: row.length };
  }
  return {
    time,
    year: map.year,
    termYears: map.termYears,
    principal: map.principal,
    loans: map.loans,
    province: map.province,
    width: countCellsUpToLastFilled(row),
  };
}

/**
 * The header repeated on a new page without its month column's name (`Looptijd Hoofdsom Aantal`),
 * each name above its own column: a header, as the same line is in copied text.
 */
function isRepeatedHeader(row: readonly unknown[], columns: Columns, zeroIsEmpty: boolean): boolean {
  const timeCell = row[columns.time];
  return (
    (isEmptyCell(timeCell) || (zeroIsEmpty && timeCell === 0)) &&
    findHeaderField(row[columns.principal]) === "principal" &&
    findHeaderField(row[columns.termYears]) === "termYears"
  );
}

/** A note with a word that may be a month's name misspelled (`Febuari`), not a currency (`€`, `EUR`). */
function mayBeMonthLabel(text: string): boolean {
  return LETTERS.test(text) && !CURRENCY_ONLY.test(text);
}

const LETTERS = /\p{L}{3}/u;
const CURRENCY_ONLY = /^(€|eur|euro)(\s+(€|eur|euro))*$/i;

/** A row the reader refused, said on its line. */
const REJECTED = -1;

/** A month's number, 1 to 12, as a month cell beside a year column may hold it. */
const MONTH_NUMBER = /^(0?[1-9]|1[0-2])$/;

function lastNamedColumn(map: ColumnMap): number {
  let last = 0;
  for (const index of Object.values(map)) if (index !== undefined && index > last) last = index;
  return last;
}

function hasMonthWordOutside(row: readonly unknown[], timeColumn: number): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (c !== timeColumn && typeof cell === "string" && findMonthNumber(cell.trim()) !== undefined) return true;
  }
  return false;
}

/** The cells of a row up to its last one that is not empty. */
function countCellsUpToLastFilled(row: readonly unknown[]): number {
  let cells = row.length;
  while (cells > 0 && isEmptyCell(row[cells - 1])) cells--;
  return cells;
}

/** Nothing but empty cells, or the zeros Excel desktop hands over for them: no row, so no line to account for. */
function isBlankRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (row[c] !== 0 && !isEmptyCell(row[c])) return false;
  return true;
}

function isWordsOnly(figures: TextFigures): boolean {
  return figures.figureWords === 0 && !figures.monthWord;
}

/**
 * Whether a line between two table lines is a page's running header or footer: a dated heading, or
 * words only beside a page break or as a heading of two lines or more. A month name alone is never
 * one (the rows below would be read in the month above it), nor a line with a row's figures.
 */
function isPageHeading(figures: TextFigures, pageBreak: boolean, wordLines: number): boolean {
  if (figures.dated) return true;
  if (isWordsOnly(figures)) return pageBreak || wordLines >= 2;
  return pageBreak && figures.figureWords === 1 && !figures.monthWithFigure;
}

/** Cells holding a figure; `zeroIsEmpty` for a range from the desktop, whose empty cells arrive as 0. */
function countFigureCells(row: readonly unknown[], zeroIsEmpty: boolean): number {
  let figures = 0;
  for (const cell of row) if (!(zeroIsEmpty && cell === 0) && readNumberCell(cell) === readNumberCell(cell)) figures++;
  return figures;
}

/** Province as written, trimmed; the Excel layer makes formula-like text harmless, not this one. */
function readProvince(cell: unknown): string | undefined {
  if (isEmptyCell(cell)) return undefined;
  if (typeof cell !== "string") return describeCell(cell);
  // Most names need no trimming: no new string per row for them.
  return isPrintableAscii(cell.charCodeAt(0)) && isPrintableAscii(cell.charCodeAt(cell.length - 1))
    ? cell
    : cell.trim();
}

function todayAsSerial(): DaySerial {
  const today = new Date();
  return toDaySerial(today.getFullYear(), today.getMonth() + 1, today.getDate());
}
