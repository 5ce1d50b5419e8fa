import { formatMessage, MessageCode, MessageParams } from "../domain/errors/messageCatalogue";
import { RegistrationRecord } from "../domain/registrations";
import { COLUMN } from "./registrationTableLayout";

/** Excel's specifications and limits: rows on a sheet, characters in a cell, digits kept of a number. */
export const EXCEL_MAX_SHEET_ROWS = 1_048_576;
export const EXCEL_MAX_TEXT_LENGTH = 32_767;
export const EXCEL_MAX_SIGNIFICANT_DIGITS = 15;

/** A record Excel cannot hold as it is; `line` is the record's line in the input (0: the input as a whole). */
export interface ExcelLimitIssue {
  readonly line: number;
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly message: string;
  readonly messageEn: string;
}

export interface TablePlace {
  /** 1-based sheet row of the table's first data row. */
  readonly firstBodySheetRow: number;
  /** Rows the table keeps after the import has taken away the months it replaces. */
  readonly keptRows: number;
}

/**
 * What Excel would refuse or change if the import wrote it: a table running past the sheet's last
 * row, a text longer than a cell holds, a number with more digits than Excel keeps. Found before
 * the first write, so nothing is written when any is found.
 */
export function findExcelLimitIssues(
  records: readonly RegistrationRecord[],
  sourceLabel: string,
  place: TablePlace,
): ExcelLimitIssue[] {
  const issues: ExcelLimitIssue[] = [];
  if (sourceLabel.length > EXCEL_MAX_TEXT_LENGTH) issues.push(textIssue(0, COLUMN.source, sourceLabel));
  const roomRows = EXCEL_MAX_SHEET_ROWS - (place.firstBodySheetRow - 1) - place.keptRows;
  if (records.length > roomRows) {
    const first = records[Math.max(0, roomRows)];
    issues.push(
      toIssue(first.line, "excel_sheet_rows_exceeded", {
        sheetRow: place.firstBodySheetRow - 1 + place.keptRows + records.length,
        maximumRows: EXCEL_MAX_SHEET_ROWS,
      }),
    );
  }
  for (const record of records) {
    if ((record.province ?? "").length > EXCEL_MAX_TEXT_LENGTH)
      issues.push(textIssue(record.line, COLUMN.province, record.province ?? ""));
    // Whole cents hold the principal's digits exactly; cents / 100 might not.
    if (isTooPrecise(record.termYears)) issues.push(numberIssue(record.line, COLUMN.termYears, record.termYears));
    if (isTooPrecise(record.principalCents))
      issues.push(numberIssue(record.line, COLUMN.principal, record.principalCents / 100));
    if (isTooPrecise(record.loans)) issues.push(numberIssue(record.line, COLUMN.loans, record.loans));
  }
  return issues;
}

/** Most figures are whole numbers below 10^15, which need no counting. */
function isTooPrecise(value: number): boolean {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return false;
  return countSignificantDigits(value) > EXCEL_MAX_SIGNIFICANT_DIGITS;
}

function numberIssue(line: number, column: string, value: number): ExcelLimitIssue {
  return toIssue(line, "excel_number_too_precise", {
    column,
    value: String(value),
    maximumDigits: EXCEL_MAX_SIGNIFICANT_DIGITS,
  });
}

/** Digits from the first non-zero one to the last non-zero one, as JavaScript writes the number exactly. */
export function countSignificantDigits(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const [mantissa] = Math.abs(value).toString().split("e");
  const digits = mantissa.replace(".", "").replace(/^0+/, "");
  // Trailing zeros of a whole number are magnitude, not precision (1000000 is one digit).
  return mantissa.includes(".") ? digits.length : digits.replace(/0+$/, "").length;
}

function textIssue(line: number, column: string, text: string): ExcelLimitIssue {
  return toIssue(line, "excel_text_too_long", {
    column,
    length: text.length,
    maximumLength: EXCEL_MAX_TEXT_LENGTH,
  });
}

function toIssue(line: number, code: MessageCode, params: MessageParams): ExcelLimitIssue {
  const withLine = { line, ...params };
  return {
    line,
    code,
    params: withLine,
    message: formatMessage(code, withLine, "nl"),
    messageEn: formatMessage(code, withLine, "en"),
  };
}
