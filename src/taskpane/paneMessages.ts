/** What the pane tells after an import, a refresh or a failure, in plain words: never a stack trace. */
import { MonthKey, monthOfMonthKey, yearOfMonthKey } from "../domain/dates/monthKey";
import { Language } from "../domain/errors/messageCatalogue";
import type { MonthLeftOut } from "../domain/registrations/correctRowsImport";
import { ImportOutcome, SummaryState } from "../excel/excelImportApi";
import type { UndoOutcome } from "../excel/undoLastImport";
import { RestoreGaps, WORKBOOK_ERROR_CODES, WorkbookError, WorkbookErrorCode } from "../excel/workbookError";
import { formatCount, formatCounted, formatList, formatMonth, formatMonthText } from "./paneFormat";
import { formatPaneText, PaneTextKey } from "./paneTexts";
import type { PdfFailureCode } from "./readPdfText";

export type PaneFailureCode =
  WorkbookErrorCode | PdfFailureCode | "file_type" | "file_unreadable" | "no_office" | "unexpected";

export interface PaneFailure {
  readonly code: PaneFailureCode;
  /** A file name, or Excel's own error code for an unexpected failure. */
  readonly detail?: string;
  /** For excel_limits_exceeded: what Excel cannot hold, line by line, in both languages. */
  readonly issues?: readonly { readonly message: string; readonly messageEn: string }[];
  /** For write_failed_not_restored: what is left for the user to check, when known. */
  readonly gaps?: RestoreGaps;
}

const TEXT_BY_FAILURE: Readonly<Record<PaneFailureCode, PaneTextKey>> = {
  write_failed_restored: "failureWriteRestored",
  write_failed_not_restored: "failureWriteNotRestored",
  sheet_name_taken: "failureSheetNameTaken",
  table_layout_changed: "failureTableLayoutChanged",
  no_registration_table: "failureNoRegistrationTable",
  records_invalid: "failureRecordsInvalid",
  table_changed_meanwhile: "failureTableChangedMeanwhile",
  import_cancelled: "failureImportCancelled",
  excel_limits_exceeded: "failureExcelLimits",
  undo_nothing_kept: "failureUndoNothingKept",
  undo_table_changed: "failureUndoTableChanged",
  file_type: "failureFileType",
  file_unreadable: "failureFileUnreadable",
  no_office: "failureNoOffice",
  pdf_password: "failurePdfPassword",
  pdf_unreadable: "failurePdfUnreadable",
  pdf_no_text: "failurePdfNoText",
  unexpected: "failureUnexpected",
};

const TEXT_BY_SUMMARY_STATE: Readonly<Record<SummaryState, PaneTextKey>> = {
  created: "summariesCreated",
  refreshed: "summariesRefreshed",
  unsupported: "summariesUnsupported",
  failed: "summariesFailed",
};

const WORKBOOK_CODES: ReadonlySet<string> = new Set<string>(WORKBOOK_ERROR_CODES);

/** Office.js error codes are short identifiers (`GeneralException`); anything longer may carry internals. */
const OFFICE_CODE = /^[A-Za-z][A-Za-z0-9]{0,59}$/;

/** A thrown value from the workbook layer or Office.js, as something the pane can word. */
export function classifyFailure(error: unknown): PaneFailure {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== "string") return { code: "unexpected" };
  if (code === "excel_limits_exceeded" && error instanceof WorkbookError) return { code, issues: error.issues };
  if (code === "write_failed_not_restored" && error instanceof WorkbookError && error.gaps)
    return { code, gaps: error.gaps };
  if (WORKBOOK_CODES.has(code)) return { code: code as PaneFailureCode };
  return OFFICE_CODE.test(code) ? { code: "unexpected", detail: code } : { code: "unexpected" };
}

export function describeFailure(failure: PaneFailure, language: Language): string {
  if (failure.code === "unexpected" && failure.detail !== undefined) {
    return formatPaneText("failureUnexpectedWithCode", language, { code: failure.detail });
  }
  const text = formatPaneText(TEXT_BY_FAILURE[failure.code], language, { name: failure.detail ?? "" });
  const issues = (failure.issues ?? []).map((issue) => (language === "nl" ? issue.message : issue.messageEn));
  return [text, ...describeGaps(failure.gaps, language), ...issues].join(" ");
}

/** What taking back an import left for the user to check, in rows. */
function describeGaps(gaps: RestoreGaps | undefined, language: Language): string[] {
  const lines: string[] = [];
  if (gaps?.addedRowsLeft)
    lines.push(formatCounted(gaps.addedRowsLeft, "failureRowsLeftOne", "failureRowsLeftOther", language));
  if (gaps?.rowsPutBackElsewhere)
    lines.push(formatCounted(gaps.rowsPutBackElsewhere, "failureRowsMovedOne", "failureRowsMovedOther", language));
  return lines;
}

/** What an import of the correct rows only left out: how many lines, and which months as a whole. */
export interface SkippedInImport {
  readonly lines: number;
  readonly monthsLeftOut: readonly MonthKey[];
}

/** Skipped lines a month left out names before the rest are counted: a long list helps nobody. */
export const LEFT_OUT_LINES_SHOWN = 5;

/**
 * One sentence per change: rows written, months, the lines skipped and months left out (an import of
 * the correct rows only), rows replaced and kept (when any), and what became of the summaries.
 */
export function describeOutcome(outcome: ImportOutcome, language: Language, skipped?: SkippedInImport): string[] {
  const lines = [formatCounted(outcome.rowsWritten, "resultRowsWrittenOne", "resultRowsWrittenOther", language)];
  if (outcome.monthsReplaced.length > 0) {
    const months = outcome.monthsReplaced.map((month) => formatMonthText(month, language));
    lines.push(formatPaneText("resultMonths", language, { months: formatList(months, language) }));
  }
  if (skipped !== undefined) {
    lines.push(formatCounted(skipped.lines, "resultSkippedOne", "resultSkippedOther", language));
    if (skipped.monthsLeftOut.length > 0) {
      const months = skipped.monthsLeftOut.map((month) => formatMonthOfKey(month, language));
      lines.push(formatPaneText("resultLeftOut", language, { months: formatList(months, language) }));
    }
  }
  // A count of zero says nothing the other lines do not: it is left out.
  if (outcome.rowsReplaced > 0)
    lines.push(formatCounted(outcome.rowsReplaced, "resultReplacedOne", "resultReplacedOther", language));
  if (outcome.rowsKept > 0) lines.push(formatCounted(outcome.rowsKept, "resultKeptOne", "resultKeptOther", language));
  lines.push(describeSummaryState(outcome.summaries, language));
  if (!outcome.logged) lines.push(formatPaneText("resultNotLogged", language));
  return lines;
}

/**
 * Before an import of the correct rows only: the months it leaves out, each with the skipped lines
 * that touch it (`januari 2021 (regel 92) en februari 2021 (regels 92 en 95)`).
 */
export function describeMonthsLeftOut(monthsLeftOut: readonly MonthLeftOut[], language: Language): string {
  const months = monthsLeftOut.map((left) => {
    const shown = left.lines.slice(0, left.lines.length > LEFT_OUT_LINES_SHOWN + 1 ? LEFT_OUT_LINES_SHOWN : undefined);
    const items = shown.map(String);
    if (shown.length < left.lines.length)
      items.push(
        formatPaneText("correctRowsMoreLines", language, {
          count: formatCount(left.lines.length - shown.length, language),
        }),
      );
    const lines = formatPaneText(left.lines.length === 1 ? "correctRowsLineOne" : "correctRowsLineOther", language, {
      lines: formatList(items, language),
    });
    return formatPaneText("correctRowsLeftOutMonth", language, {
      month: formatMonthOfKey(left.month, language),
      lines,
    });
  });
  return formatPaneText("correctRowsLeftOut", language, { months: formatList(months, language) });
}

function formatMonthOfKey(key: MonthKey, language: Language): string {
  return formatMonth(yearOfMonthKey(key), monthOfMonthKey(key), language);
}

/** What an undo did: rows removed and put back (zero counts left out), and what became of the summaries. */
export function describeUndoOutcome(outcome: UndoOutcome, language: Language): string[] {
  const lines = [formatCounted(outcome.rowsRemoved, "undoneRemovedOne", "undoneRemovedOther", language)];
  if (outcome.rowsRestored > 0)
    lines.push(formatCounted(outcome.rowsRestored, "undoneRestoredOne", "undoneRestoredOther", language));
  lines.push(describeSummaryState(outcome.summaries, language));
  if (!outcome.logged) lines.push(formatPaneText("resultNotLogged", language));
  return lines;
}

export function describeSummaryState(state: SummaryState, language: Language): string {
  return formatPaneText(TEXT_BY_SUMMARY_STATE[state], language);
}
