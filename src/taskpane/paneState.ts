/**
 * The pane's state and how each event changes it: pure, so every transition is testable without a
 * page or Excel. The view renders a state; the wiring turns DOM and Excel events into actions.
 */
import { Language } from "../domain/errors/messageCatalogue";
import { RegistrationRecord } from "../domain/registrations/registrationRecord";
import { ImportOutcome, ImportProgress, ImportRequest, SummaryState } from "../excel/excelImportApi";
import { PaneFailure } from "./paneMessages";
import { buildPreviewModel, isImportable, ParsedInput, PreviewModel } from "./previewModel";

/** The label each kind of source leaves in the Bron column; a file leaves its name. */
export const SOURCE_LABELS: Readonly<Record<Exclude<SourceKind, "file">, string>> = {
  paste: "Plakken",
  selection: "Selectie",
  sample: "Voorbeeld",
};

/** Where an input came from; the workbook gets a fixed Dutch label for each, the pane words it per language. */
export type SourceKind = "file" | "paste" | "selection" | "sample";

export interface InputSource {
  readonly kind: SourceKind;
  /** Written to the Bron column and the import log: a file name, "Plakken", "Selectie" or "Voorbeeld". */
  readonly label: string;
}

export interface PaneInput {
  readonly source: InputSource;
  readonly inputHash: string;
  readonly records: readonly RegistrationRecord[];
  readonly preview: PreviewModel;
}

export type PaneTask = "reading" | "importing" | "refreshing";

/** The last thing the pane reports below the import button. */
export type PaneReport =
  | { readonly kind: "imported"; readonly outcome: ImportOutcome }
  | { readonly kind: "refreshed"; readonly summaries: SummaryState }
  | { readonly kind: "failed"; readonly failure: PaneFailure };

export interface PaneState {
  readonly language: Language;
  readonly input?: PaneInput;
  readonly task?: PaneTask;
  readonly progress?: ImportProgress;
  readonly report?: PaneReport;
}

export type PaneAction =
  | { readonly type: "languageChosen"; readonly language: Language }
  | { readonly type: "readingStarted" }
  | {
      readonly type: "inputRead";
      readonly source: InputSource;
      readonly inputHash: string;
      readonly parsed: ParsedInput;
    }
  | { readonly type: "inputCleared" }
  | { readonly type: "importStarted" }
  | { readonly type: "importProgressed"; readonly progress: ImportProgress }
  | { readonly type: "importFinished"; readonly outcome: ImportOutcome }
  | { readonly type: "refreshStarted" }
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
      return isWriting(state) ? state : { language: state.language, task: "reading" };
    case "inputRead":
      if (isWriting(state)) return state;
      return {
        language: state.language,
        input: {
          source: action.source,
          inputHash: action.inputHash,
          records: action.parsed.records,
          preview: buildPreviewModel(action.parsed),
        },
      };
    case "inputCleared":
      return isWriting(state) ? state : { language: state.language };
    case "importStarted":
      return canImport(state) ? { ...state, task: "importing", progress: undefined, report: undefined } : state;
    case "importProgressed":
      return state.task === "importing" ? { ...state, progress: action.progress } : state;
    case "importFinished":
      return { ...state, task: undefined, progress: undefined, report: { kind: "imported", outcome: action.outcome } };
    case "refreshStarted":
      return state.task === undefined ? { ...state, task: "refreshing", report: undefined } : state;
    case "refreshFinished":
      return { ...state, task: undefined, report: { kind: "refreshed", summaries: action.summaries } };
    case "taskFailed":
      return { ...state, task: undefined, progress: undefined, report: { kind: "failed", failure: action.failure } };
  }
}

/** While Excel is being written to, the input the write came from must stay what the pane shows. */
function isWriting(state: PaneState): boolean {
  return state.task === "importing" || state.task === "refreshing";
}

export function canImport(state: PaneState): boolean {
  return state.task === undefined && state.input !== undefined && isImportable(state.input.preview);
}

/** What the workbook layer is asked to write for the current input. */
export function buildImportRequest(input: PaneInput): ImportRequest {
  return {
    records: input.records,
    sourceLabel: input.source.label,
    inputHash: input.inputHash,
    issueCount: input.preview.errorCount + input.preview.warningCount,
  };
}
