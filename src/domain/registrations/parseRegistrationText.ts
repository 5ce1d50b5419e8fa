import { MonthKey, toMonthKey } from "../dates/monthKey";
import { findMonthNumber } from "../dates/monthNames";
import { classifyTableLine, TableLine } from "./classifyTableLine";
import { ImportCollector } from "./importCollector";
import { parseCentsText, parseNumberText } from "./parseNumberText";
import { RegistrationField } from "./registrationColumns";
import { RegistrationImport } from "./registrationImport";

type RowLine = Extract<TableLine, { kind: "row" }>;
type TotalLine = Extract<TableLine, { kind: "total" }>;

/** Which month the rows being read belong to, carried down from the row that named it. */
type MonthState =
  | { readonly kind: "none" } // no month named yet, or the last one was closed by its subtotal
  | { readonly kind: "known"; readonly month: MonthKey }
  | { readonly kind: "unknown"; readonly name: string } // named, but not a month name
  | { readonly kind: "outsideYear" }; // named before any year was

const DEFAULT_ORDER: readonly RegistrationField[] = ["termYears", "principal", "loans"];
const SPLITS_LINES = /\r\n|\r|\n/;

/**
 * Reads a registration table copied from a press release or report: the year written once, a month
 * name on the first row of each month and carried down, a subtotal per month and a grand total.
 *
 * The table runs from its first header, row or total to its last one (a grand total closes it, so
 * a second table further on starts afresh). Inside it every line is a record, a header, a page
 * marker, a total, or an issue; outside it lines are prose and skipped, unless they hold only
 * figures (a row that lost its shape), which are reported. Line numbers are the input's lines.
 */
export function parseRegistrationText(text: string): RegistrationImport {
  const lines = text.split(SPLITS_LINES).map(classifyTableLine);
  const collector = new ImportCollector(false);
  const lastTableLine = findLastIndex(lines, isTableLine);
  if (lastTableLine < 0) {
    lines.forEach((line, index) => reportIfFigures(line, index + 1, collector));
    if (!lines.some((line) => line.kind === "other" && line.looksLikeFigures)) collector.report(0, "import_no_table");
    return collector.finish({ source: "text", rows: "none" });
  }
  const reader = new TextTableReader(collector);
  lines.forEach((line, index) => reader.read(line, index + 1, index <= lastTableLine));
  return collector.finish({ source: "text", rows: "aggregated" });
}

class TextTableReader {
  private inTable = false;
  private year: number | undefined;
  private month: MonthState = { kind: "none" };
  private order: readonly RegistrationField[] = DEFAULT_ORDER;

  constructor(private readonly collector: ImportCollector) {}

  read(line: TableLine, lineNumber: number, beforeTableEnd: boolean): void {
    switch (line.kind) {
      case "blank":
      case "page":
        return;
      case "header":
        this.inTable = true;
        this.order = orderOfValues(line.fields);
        return;
      case "row":
        this.inTable = true;
        this.readRow(line, lineNumber);
        return;
      case "total":
        this.inTable = true;
        this.readTotal(line, lineNumber);
        return;
      default:
        if (this.inTable && beforeTableEnd)
          this.collector.report(lineNumber, "import_line_unreadable", { text: shorten(line.text) });
        else reportIfFigures(line, lineNumber, this.collector);
    }
  }

  private readRow(row: RowLine, line: number): void {
    if (row.year !== undefined) this.year = row.year;
    if (row.monthKey !== undefined) {
      this.year = Math.floor(row.monthKey / 12);
      this.month = { kind: "known", month: row.monthKey };
    } else if (row.monthWord !== undefined) {
      this.month = this.nameMonth(row.monthWord);
    } else if (row.year !== undefined) {
      // A year opens a new block; without a month name its rows cannot be placed.
      this.month = { kind: "none" };
    }
    const month = this.placeRow(line);
    if (month === undefined) return;
    const valueOf = (field: RegistrationField): string => row.values[this.order.indexOf(field)];
    const [term, principal, loans] = [valueOf("termYears"), valueOf("principal"), valueOf("loans")];
    this.collector.addRow(
      line,
      month,
      NaN,
      parseNumberText(term),
      term,
      parseCentsText(principal),
      principal,
      parseNumberText(loans),
      loans,
      undefined,
    );
  }

  private nameMonth(word: string): MonthState {
    const monthNumber = findMonthNumber(word);
    if (monthNumber === undefined) return { kind: "unknown", name: word };
    if (this.year === undefined) return { kind: "outsideYear" };
    return { kind: "known", month: toMonthKey(this.year, monthNumber) };
  }

  /** The month of a row, or undefined after reporting why it has none. */
  private placeRow(line: number): MonthKey | undefined {
    switch (this.month.kind) {
      case "known":
        return this.month.month;
      case "unknown":
        this.collector.report(line, "import_month_name_unknown", { value: this.month.name });
        return undefined;
      case "outsideYear":
        this.collector.report(line, "import_row_outside_year");
        return undefined;
      default:
        this.collector.report(line, this.year === undefined ? "import_row_outside_year" : "import_month_missing");
        return undefined;
    }
  }

  private readTotal(total: TotalLine, line: number): void {
    const { label } = total;
    const statedCents = parseCentsText(total.principal);
    const statedLoans = parseNumberText(total.loans);
    const figuresOk = this.collector.checkTotalFigures(line, statedCents, total.principal, statedLoans, total.loans);
    if (label.kind === "grand") {
      if (figuresOk) this.collector.checkGrandTotal(line, label.year, statedCents, statedLoans);
      // A grand total closes the table: what follows is prose, or another table.
      this.inTable = false;
      this.month = { kind: "none" };
      return;
    }
    this.month = { kind: "none" };
    if (label.month === undefined) {
      this.collector.report(line, "import_month_name_unknown", { value: label.monthName });
      return;
    }
    const year = label.year ?? this.year;
    if (year === undefined) {
      this.collector.report(line, "import_row_outside_year");
      return;
    }
    if (figuresOk) this.collector.checkMonthSubtotal(line, toMonthKey(year, label.month), statedCents, statedLoans);
  }
}

function isTableLine(line: TableLine): boolean {
  return line.kind === "header" || line.kind === "row" || line.kind === "total";
}

function reportIfFigures(line: TableLine, lineNumber: number, collector: ImportCollector): void {
  if (line.kind === "other" && line.looksLikeFigures)
    collector.report(lineNumber, "import_line_unreadable", { text: shorten(line.text) });
}

/** The order of term, principal and count in the rows, as the header names them (default otherwise). */
function orderOfValues(fields: readonly RegistrationField[]): readonly RegistrationField[] {
  const order = [...new Set(fields.filter((field) => DEFAULT_ORDER.includes(field)))];
  return order.length === 3 ? order : DEFAULT_ORDER;
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i;
  return -1;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
