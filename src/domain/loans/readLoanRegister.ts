import { DaySerial } from "../dates/daySerial";
import { parseDateValue } from "../dates/parseDateValue";
import { formatMessage, Language } from "../errors/messageCatalogue";
import { DomainError, fail, Result, succeed } from "../errors/result";
import { parseNumberText } from "../registrations";
import {
  mapRegisterHeader,
  REGISTER_FIELD_LABEL,
  RegisterColumns,
  RegisterField,
  REQUIRED_REGISTER_FIELDS,
} from "./loanRegisterColumns";
import {
  DEFAULT_PAYMENTS_PER_YEAR,
  DEFAULT_REPAYMENT_METHOD,
  parseRepaymentMethod,
  RepaymentMethod,
  requirePaymentsPerYear,
} from "./repaymentMethod";
import { toAmountCents } from "./amountCents";
import { parseRateText } from "./rateFraction";

/** One deed of a loan register, as read from its row. */
export interface RegisterLoan {
  /** The sheet row when Excel says where the range stands, else the row within it (header = row 1). */
  readonly row: number;
  /** The lender as written first, and the key that groups the same lender written otherwise. */
  readonly lender: string;
  readonly lenderKey: string;
  readonly borrower: string;
  readonly borrowerKey: string;
  readonly conclusionSerial: DaySerial;
  readonly startSerial: DaySerial;
  readonly amountCents: number;
  readonly termYears: number;
  readonly rate: number;
  readonly paymentsPerYear: number;
  readonly method: RepaymentMethod;
  /** The register's own column headers by the argument names in the rules' errors ("amount" → "Bedrag"). */
  readonly columnNames?: Readonly<Record<string, string>>;
}

/** A row of the register: a loan, nothing at all, or what is wrong with it. */
export type RegisterEntry =
  | { readonly kind: "loan"; readonly loan: RegisterLoan }
  | { readonly kind: "empty"; readonly row: number }
  | { readonly kind: "invalid"; readonly row: number; readonly error: DomainError };

/**
 * Reads a loan register from a range's values: a header row naming the columns (Dutch or English,
 * any order), then one deed per row. A bad row becomes an entry with its error, so each formula
 * decides whether one bad row spoils the answer; a missing column or header fails the whole range.
 */
export function readLoanRegister(matrix: readonly (readonly unknown[])[], firstRow = 1): Result<RegisterEntry[]> {
  const header = matrix.length > 0 ? mapRegisterHeader(matrix[0]) : {};
  if (REQUIRED_REGISTER_FIELDS.every((field) => header[field] === undefined)) {
    return fail("invalid_value", "register_no_header");
  }
  const missing = REQUIRED_REGISTER_FIELDS.find((field) => header[field] === undefined);
  if (missing !== undefined)
    return fail("invalid_value", "register_column_missing", { column: REGISTER_FIELD_LABEL[missing] });
  if (matrix.length < 2) return fail("invalid_value", "register_no_loans");
  const columnNames = nameColumnsByArgument(header, matrix[0]);
  const entries: RegisterEntry[] = new Array(matrix.length - 1);
  for (let r = 1; r < matrix.length; r++) {
    entries[r - 1] = readRegisterRow(matrix[r], firstRow + r, header, matrix[0], columnNames);
  }
  return succeed(entries);
}

/**
 * "Rij 5: …" / "Row 5: …": the message of a bad row, naming the row within the range; rows read by
 * the registration reader are named as its own messages name them, "Regel 5: …" / "Line 5: …".
 */
export function describeRegisterRowError(
  row: number,
  error: DomainError,
  language: Language,
  rowWord?: "line",
): string {
  const problem = formatMessage(error.code, error.params, language);
  return formatMessage(
    rowWord === "line" ? "registration_line_problem" : "register_row_problem",
    { row, problem },
    language,
  );
}

/** The arguments the rules name in their errors, as this register's header names their columns. */
function nameColumnsByArgument(columns: RegisterColumns, header: readonly unknown[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [argument, field] of ARGUMENT_FIELDS) {
    const index = columns[field];
    if (index !== undefined) names[argument] = String(header[index]).trim();
  }
  return names;
}

const ARGUMENT_FIELDS: readonly (readonly [string, RegisterField])[] = [
  ["amount", "amount"],
  ["term_years", "termYears"],
  ["rate", "rate"],
  ["payments_per_year", "paymentsPerYear"],
  ["conclusion_date", "conclusionDate"],
  ["start_date", "startDate"],
];

function readRegisterRow(
  cells: readonly unknown[],
  row: number,
  columns: RegisterColumns,
  header: readonly unknown[],
  columnNames: Readonly<Record<string, string>>,
): RegisterEntry {
  if (cells.every(isBlank)) return { kind: "empty", row };
  const cellOf = (field: RegisterField) => {
    const index = columns[field];
    return index === undefined ? undefined : cells[index];
  };
  const nameOf = (field: RegisterField) => String(header[columns[field] ?? 0]).trim();
  const lender = readName(cellOf("lender"), nameOf("lender"));
  const borrower = readName(cellOf("borrower"), nameOf("borrower"));
  const conclusion = readDateCell(cellOf("conclusionDate"), nameOf("conclusionDate"));
  const start = isBlank(cellOf("startDate")) ? conclusion : readDateCell(cellOf("startDate"), nameOf("startDate"));
  const euro = readNumberCell(cellOf("amount"), nameOf("amount"), parseNumberText);
  const amount = euro.ok ? toAmountCents(euro.value, nameOf("amount")) : euro;
  const term = readNumberCell(cellOf("termYears"), nameOf("termYears"), parseTermText);
  const rate = readRateCell(cellOf("rate"), nameOf("rate"));
  const perYear = isBlank(cellOf("paymentsPerYear"))
    ? succeed(DEFAULT_PAYMENTS_PER_YEAR)
    : readNumberCell(cellOf("paymentsPerYear"), nameOf("paymentsPerYear"), parseNumberText);
  const frequency = perYear.ok ? requirePaymentsPerYear(perYear.value, nameOf("paymentsPerYear")) : perYear;
  const methodCell = cellOf("method");
  const method = isBlank(methodCell) ? succeed(DEFAULT_REPAYMENT_METHOD) : parseRepaymentMethod(String(methodCell));
  const parts = [lender, borrower, conclusion, start, amount, term, rate, frequency, method] as const;
  for (const part of parts) if (!part.ok) return { kind: "invalid", row, error: part.error };
  const value = <T>(result: Result<T>): T => (result as { value: T }).value;
  return {
    kind: "loan",
    loan: {
      row,
      lender: value(lender),
      lenderKey: foldName(value(lender)),
      borrower: value(borrower),
      borrowerKey: foldName(value(borrower)),
      conclusionSerial: value(conclusion),
      startSerial: value(start),
      amountCents: value(amount),
      termYears: value(term),
      rate: value(rate),
      paymentsPerYear: value(frequency),
      method: value(method),
      columnNames,
    },
  };
}

/** Empty as Excel hands it over: null (web), "" or 0 (an empty cell on the desktop), or blanks. */
function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === 0 || (typeof cell === "string" && cell.trim() === "");
}

/** Names group case- and space-insensitively: "Jan Peeters" and "jan  peeters " are one lender. */
function foldName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, " ");
}

function readName(cell: unknown, column: string): Result<string> {
  if (isBlank(cell)) return fail("invalid_value", "argument_missing", { argument: column });
  return succeed(String(cell).trim().replace(/\s+/g, " "));
}

function readDateCell(cell: unknown, column: string): Result<DaySerial> {
  if (isBlank(cell)) return fail("invalid_value", "argument_missing", { argument: column });
  const serial = parseDateValue(cell);
  return serial === undefined
    ? fail("invalid_value", "argument_not_date", { argument: column, value: String(cell) })
    : succeed(serial);
}

/** A figure: a number cell, or text as `parse` reads it. */
function readNumberCell(cell: unknown, column: string, parse: (text: string) => number): Result<number> {
  if (isBlank(cell)) return fail("invalid_value", "argument_missing", { argument: column });
  const value = typeof cell === "number" ? cell : typeof cell === "string" ? parse(cell) : NaN;
  return Number.isFinite(value)
    ? succeed(value)
    : fail("invalid_value", "argument_not_number", { argument: column, value: String(cell) });
}

/** A term as text, with or without its unit: "5", "5 jaar", "5 years". */
function parseTermText(text: string): number {
  return parseNumberText(text.replace(/\s*(jaar|jaren|j|years?|y)\.?\s*$/i, ""));
}

/** A rate cell: a fraction (0.0175, or 1.75% formatted), or text such as "1,75 %" or "0,0175". */
function readRateCell(cell: unknown, column: string): Result<number> {
  // 0 % is a rate, not an empty cell, when the rate column holds a number.
  if (cell === 0) return succeed(0);
  return readNumberCell(cell, column, parseRateText);
}
