/**
 * The pane's state and how each event changes it: pure, so every transition is testable without a
 * page or Excel. The view renders a state; the wiring turns DOM and Excel events into actions.
 */
import { MonthKey } from "../domain/dates/monthKey";
import { Language } from "../domain/errors/messageCatalogue";
import { CorrectRowsImport, selectCorrectRows } from "../domain/registrations/correctRowsImport";
import { RegistrationRecord } from "../domain/registrations/registrationRecord";
import { ImportOutcome, ImportProgress, ImportRequest, SummaryState } from "../excel/excelImportApi";
import type { UndoOutcome } from "../excel/undoLastImport";
import { PaneFailure, SkippedInImport } from "./paneMessages";
import { PANE_TEXTS } from "./paneTexts";
import { isImportable, PreviewModel, ReadInput } from "./previewModel";

/** The label each kind of source leaves in the Bron column, in the pane's own Dutch words; a file leaves its name. */
export const SOURCE_LABELS: Readonly<Record<Exclude<SourceKind, "file">, string>> = {
  paste: PANE_TEXTS.nl.sourcePasted,
  selection: PANE_TEXTS.nl.sourceSelection,
  sample: PANE_TEXTS.nl.sourceSample,
};

/** Where an input came from; the workbook gets a fixed Dutch label for each, the pane words it per language. */
export type SourceKind = "file" | "paste" | "selection" | "sample";

export interface InputSource {
  readonly kind: SourceKind;
  /** Written to the Bron column and the import log: a file name or one of SOURCE_LABELS. */
  readonly label: string;
}

export interface PaneInput {
  readonly source: InputSource;
  readonly inputHash: string;
  readonly records: readonly RegistrationRecord[];
  readonly preview: PreviewModel;
  /** Input lines with errors, which "import the correct rows only" leaves out and logs. */
  readonly errorLines: readonly number[];
  /** Of those, the rows whose own month was read, with that month. */
  readonly rejectedRowMonths: ReadonlyMap<number, MonthKey>;
  /**
   * For an input with errors: what "import the correct rows only" writes, without the months the lines
   * with errors touch (see correctRowsImport), and which months those are.
   */
  readonly correctRows?: CorrectRowsImport;
}

export type PaneTask = "reading" | "importing" | "refreshing" | "undoing";

/** How far reading an input has come: bytes of a file (MB), pages of a PDF, or parsing (no count). */
export interface ReadProgress {
  readonly phase: "file" | "pdf" | "parse";
  readonly done: number;
  readonly total: number;
}

/** The last thing the pane reports below the import button. */
export type PaneReport =
  | { readonly kind: "imported"; readonly outcome: ImportOutcome; readonly skipped?: SkippedInImport }
  | { readonly kind: "cancelled"; readonly task: "reading" | "importing" }
  | { readonly kind: "refreshed"; readonly summaries: SummaryState }
  | { readonly kind: "undone"; readonly outcome: UndoOutcome }
  | { readonly kind: "failed"; readonly failure: PaneFailure };

export interface PaneState {
  readonly language: Language;
  readonly input?: PaneInput;
  readonly task?: PaneTask;
  readonly progress?: ImportProgress;
  readonly readProgress?: ReadProgress;
  readonly report?: PaneReport;
  /** False once it is known that the page runs outside Excel: nothing can be imported then. */
  readonly inExcel?: boolean;
}

export type PaneAction =
  | { readonly type: "languageChosen"; readonly language: Language }
  | { readonly type: "readingStarted" }
  | {
      readonly type: "inputRead";
      readonly source: InputSource;
      readonly inputHash: string;
      readonly read: ReadInput;
    }
  | { readonly type: "readingProgressed"; readonly progress: ReadProgress }
  | { readonly type: "readingCancelled" }
  | { readonly type: "importCancelled" }
  | { readonly type: "hostFound"; readonly inExcel: boolean }
  | { readonly type: "inputCleared" }
  /** A chosen file the pane cannot read (an .xlsx): the input shown before it is gone too. */
  | { readonly type: "inputRejected"; readonly failure: PaneFailure }
  | { readonly type: "importStarted"; readonly correctRowsOnly?: boolean }
  | { readonly type: "importProgressed"; readonly progress: ImportProgress }
  | { readonly type: "importFinished"; readonly outcome: ImportOutcome; readonly correctRowsOnly?: boolean }
  | { readonly type: "refreshStarted" }
  | { readonly type: "undoStarted" }
  | { readonly type: "undoFinished"; readonly outcome: UndoOutcome }
  | { readonly type: "refreshFinished"; readonly summaries: SummaryState }
  | { readonly type: "taskFailed"; readonly failure: PaneFailure };

export function createPaneState(language: Language): PaneState {
  return { language };
}

export function reducePaneState(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "languageChosen":
      return { ...state, language: action.language };
    case "readingStarted":
      return isWriting(state) ? state : { ...keptAcrossInputs(state), task: "reading" };
    case "readingProgressed":
      return state.task === "reading" ? { ...state, readProgress: action.progress } : state;
    case "readingCancelled":
      return state.task === "reading"
        ? { ...keptAcrossInputs(state), report: { kind: "cancelled", task: "reading" } }
        : state;
    case "importCancelled":
      return { ...state, task: undefined, progress: undefined, report: { kind: "cancelled", task: "importing" } };
    case "hostFound":
      return { ...state, inExcel: action.inExcel };
    case "inputRead":
      if (isWriting(state)) return state;
      return {
        ...keptAcrossInputs(state),
        input: {
          source: action.source,
          inputHash: action.inputHash,
          records: action.read.records,
          preview: action.read.preview,
          errorLines: action.read.errorLines,
          rejectedRowMonths: action.read.rejectedRowMonths,
          correctRows: selectCorrectRowsOf(action.read),
        },
      };
    case "inputCleared":
      return isWriting(state) ? state : keptAcrossInputs(state);
    case "inputRejected":
      // While a write runs, its input stays; the refusal is shown without ending the write.
      return isWriting(state)
        ? { ...state, report: { kind: "failed", failure: action.failure } }
        : { ...keptAcrossInputs(state), report: { kind: "failed", failure: action.failure } };
    case "importStarted": {
      const allowed = action.correctRowsOnly === true ? canImportCorrectRowsOnly(state) : canImport(state);
      return allowed ? { ...state, task: "importing", progress: undefined, report: undefined } : state;
    }
    case "importProgressed":
      return state.task === "importing" ? { ...state, progress: action.progress } : state;
    case "importFinished": {
      const skipped = action.correctRowsOnly === true ? describeSkipped(state.input) : undefined;
      const report: PaneReport =
        skipped === undefined
          ? { kind: "imported", outcome: action.outcome }
          : { kind: "imported", outcome: action.outcome, skipped };
      return { ...state, task: undefined, progress: undefined, report };
    }
    case "refreshStarted":
      return state.task === undefined ? { ...state, task: "refreshing", report: undefined } : state;
    case "undoStarted":
      return state.task === undefined && state.inExcel === true
        ? { ...state, task: "undoing", progress: undefined, report: undefined }
        : state;
    case "undoFinished":
      return { ...state, task: undefined, report: { kind: "undone", outcome: action.outcome } };
    case "refreshFinished":
      return { ...state, task: undefined, report: { kind: "refreshed", summaries: action.summaries } };
    case "taskFailed":
      return { ...state, task: undefined, progress: undefined, report: { kind: "failed", failure: action.failure } };
  }
}

/** What a new input leaves as it was: the language and where the page runs. */
function keptAcrossInputs(state: PaneState): PaneState {
  return state.inExcel === undefined
    ? { language: state.language }
    : { language: state.language, inExcel: state.inExcel };
}

/** While Excel is being written to, the input the write came from must stay what the pane shows. */
function isWriting(state: PaneState): boolean {
  return state.task === "importing" || state.task === "refreshing" || state.task === "undoing";
}

export function canImport(state: PaneState): boolean {
  return (
    state.inExcel === true && state.task === undefined && state.input !== undefined && isImportable(state.input.preview)
  );
}

/** An input with errors and also correct rows: the pane offers to import just those rows. */
export function offersCorrectRowsOnly(input: PaneInput | undefined): input is PaneInput {
  return input !== undefined && input.preview.errorCount > 0 && input.preview.rowCount > 0;
}

/**
 * The user may choose, explicitly, to import the correct rows, when some are left once the months the
 * lines with errors touch are left out.
 */
export function canImportCorrectRowsOnly(state: PaneState): boolean {
  return (
    state.inExcel === true &&
    state.task === undefined &&
    offersCorrectRowsOnly(state.input) &&
    (state.input.correctRows?.records.length ?? 0) > 0
  );
}

/** For an input with errors: what "import the correct rows only" writes and leaves out; nothing without errors. */
export function selectCorrectRowsOf(read: ReadInput): CorrectRowsImport | undefined {
  return read.preview.errorCount > 0
    ? selectCorrectRows(read.records, read.errorLines, read.rejectedRowMonths)
    : undefined;
}

/**
 * What the workbook layer is asked to write for the current input; with `correctRowsOnly`, the records
 * of the months no line with errors touches, and which lines it leaves out.
 */
export function buildImportRequest(input: PaneInput, correctRowsOnly = false): ImportRequest {
  const records = correctRowsOnly
    ? (input.correctRows ?? selectCorrectRows(input.records, input.errorLines, input.rejectedRowMonths)).records
    : input.records;
  return {
    records,
    sourceLabel: input.source.label,
    inputHash: input.inputHash,
    issueCount: input.preview.errorCount + input.preview.warningCount,
    skippedLines: correctRowsOnly ? input.errorLines : undefined,
  };
}

function describeSkipped(input: PaneInput | undefined): SkippedInImport | undefined {
  if (input === undefined) return undefined;
  return {
    lines: input.errorLines.length,
    monthsLeftOut: (input.correctRows?.monthsLeftOut ?? []).map((left) => left.month),
  };
}
