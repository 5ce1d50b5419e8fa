import { formatMessage, MessageCode, MessageParams } from "../errors/messageCatalogue";

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
  import_header_missing: "error",
  import_column_missing: "error",
  import_line_unreadable: "error",
  import_quote_unclosed: "error",
  import_row_outside_year: "error",
  import_month_missing: "error",
  import_month_name_unknown: "error",
  import_date_invalid: "error",
  import_date_before_scheme: "error",
  import_cell_empty: "error",
  import_term_not_whole_years: "error",
  import_principal_not_number: "error",
  import_principal_not_positive: "error",
  import_loans_not_whole: "error",
  import_loans_not_positive: "error",
  import_term_not_allowed: "warning",
  import_principal_above_lender_maximum: "warning",
  import_average_above_lender_maximum: "warning",
  import_duplicate_month_term: "warning",
  import_month_subtotal_mismatch: "warning",
  import_grand_total_mismatch: "warning",
} as const satisfies Partial<Record<MessageCode, IssueSeverity>>;

export type ImportIssueCode = keyof typeof SEVERITY_BY_CODE;

export function createRegistrationIssue(line: number, code: ImportIssueCode, params: MessageParams): RegistrationIssue {
  const withLine = { line, ...params };
  return {
    line,
    code,
    severity: SEVERITY_BY_CODE[code],
    params: withLine,
    message: formatMessage(code, withLine, "nl"),
    messageEn: formatMessage(code, withLine, "en"),
  };
}

export function severityOf(code: ImportIssueCode): IssueSeverity {
  return SEVERITY_BY_CODE[code];
}

/** A euro amount in a message, written out per language when the message is. */
export function formatEuroParam(cents: number): { readonly euroCents: number } {
  return { euroCents: cents };
}
