import { formatIsoDate } from "../dates/daySerial";
import { formatMonthKey, MonthKey } from "../dates/monthKey";
import { formatMessage, MessageCode, MessageParam, MessageParams } from "../errors/messageCatalogue";

/**
 * Something an import found wrong with one line (or row) of its input.
 * `line` is the 1-based line of the input text or row of the range; 0 means the input as a whole.
 * `message` is Dutch (the analysts' language) and `messageEn` English; `code` + `params` let the
 * task pane render either language again through `formatMessage`.
 */
export interface RegistrationIssue {
  readonly line: number;
  readonly code: ImportIssueCode;
  readonly severity: IssueSeverity;
  readonly params: MessageParams;
  readonly message: string;
  readonly messageEn: string;
}

/**
 * "error": the line could not become a record (or the input has no table); the task pane blocks the
 * import until it is fixed, because figures would otherwise be missing.
 * "warning": the figures were read and kept as written, but disagree with a check (a subtotal, a
 * rule, a maximum, a repeated row); the analyst decides. Registered data that breaks a rule is
 * still what PMV registered, so it is reported, never dropped or corrected.
 */
export type IssueSeverity = "error" | "warning";

const SEVERITY_BY_CODE = {
  import_no_table: "error",
  import_no_rows: "error",
  import_header_missing: "error",
  import_column_missing: "error",
  import_row_without_columns: "error",
  import_principal_scaled: "error",
  import_header_order_open: "error",
  import_quote_invalid: "error",
  import_province_figure: "error",
  import_header_unclear: "error",
  import_line_unreadable: "error",
  import_row_extra_cells: "error",
  import_quote_unclosed: "error",
  import_row_outside_year: "error",
  import_month_missing: "error",
  import_month_after_unreadable_line: "error",
  import_month_after_unknown_name: "error",
  import_month_name_unknown: "error",
  import_date_invalid: "error",
  import_year_invalid: "error",
  import_total_without_figures: "error",
  import_date_before_scheme: "error",
  import_cell_empty: "error",
  import_term_not_whole_years: "error",
  import_term_not_positive: "error",
  import_principal_not_number: "error",
  import_principal_not_positive: "error",
  import_loans_not_whole: "error",
  import_figure_is_amount: "error",
  import_loans_not_positive: "error",
  import_term_not_allowed: "warning",
  import_principal_above_lender_maximum: "warning",
  import_average_above_lender_maximum: "warning",
  import_average_below_one_euro: "warning",
  import_duplicate_month_term: "warning",
  import_month_subtotal_mismatch: "warning",
  import_grand_total_mismatch: "warning",
  import_principal_too_large: "error",
  import_principal_not_whole_cents: "error",
  import_loans_too_many: "error",
  import_term_too_long: "error",
  import_date_after_range: "error",
  import_date_in_future: "warning",
  import_figure_ambiguous: "warning",
  import_figure_thousands_unsure: "warning",
  import_month_next_year: "warning",
  import_month_far_ahead: "warning",
} as const satisfies Partial<Record<MessageCode, IssueSeverity>>;

export type ImportIssueCode = keyof typeof SEVERITY_BY_CODE;

export function createRegistrationIssue(line: number, code: ImportIssueCode, params: MessageParams): RegistrationIssue {
  return new ImportIssue(line, code, { line, ...params });
}

/**
 * An issue whose `message` and `messageEn` are written when first read: a broken 10 MB paste has
 * 100,000s of issues, of which the pane shows a few hundred. `toJSON` writes them out with the rest.
 */
class ImportIssue implements RegistrationIssue {
  readonly severity: IssueSeverity;

  constructor(
    readonly line: number,
    readonly code: ImportIssueCode,
    readonly params: MessageParams,
  ) {
    this.severity = SEVERITY_BY_CODE[code];
  }

  get message(): string {
    return formatMessage(this.code, this.params, "nl");
  }

  get messageEn(): string {
    return formatMessage(this.code, this.params, "en");
  }

  toJSON(): object {
    return toPlainIssue(this);
  }
}

/**
 * The issue as plain data, its messages written out: what survives a post to another thread, where
 * the messages, written when first read, would otherwise be left behind.
 */
export function toPlainIssue(issue: RegistrationIssue): RegistrationIssue {
  const { line, code, severity, params, message, messageEn } = issue;
  return { line, code, severity, params, message, messageEn };
}

export function severityOf(code: ImportIssueCode): IssueSeverity {
  return SEVERITY_BY_CODE[code];
}

/** A euro amount in a message, written out per language when the message is. */
export function formatEuroParam(cents: number): { readonly euroCents: number } {
  return { euroCents: cents };
}

/** The day of a per-loan row, or the month of a month row, for messages. */
export function describeWhen(month: MonthKey, daySerial: number): MessageParam {
  return daySerial > 0 ? { date: formatIsoDate(daySerial) } : { month: formatMonthKey(month) };
}

/**
 * Whether a finding makes a formula that reads registrations (WINWIN.MONTH_SUMMARY and those built on
 * `readRegistrationsArgument`) answer with an error: every error, and a total that does not add up,
 * since a formula's one figure cannot carry a warning beside it.
 */
export function failsFormula(code: ImportIssueCode): boolean {
  return (
    SEVERITY_BY_CODE[code] === "error" ||
    code === "import_month_subtotal_mismatch" ||
    code === "import_grand_total_mismatch"
  );
}
