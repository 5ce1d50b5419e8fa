/*
 * The task pane's wiring: DOM and Excel events become state actions, each new state is rendered.
 * Runs as soon as the page is parsed (the script is deferred), so the pane shows in Dutch even
 * before Office is ready; Office's display language then decides between Dutch and English.
 *
 * The only module that loads Fluent UI: it defines the web components the page uses (each one by
 * itself, so the bundle carries no others) and sets Fluent 2's light theme. functions.js, which the
 * page loads first, never imports it.
 */
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/label.js";
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/radio.js";
import "@fluentui/web-components/radio-group.js";
import "@fluentui/web-components/textarea.js";
import { setTheme } from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";
import { parseRegistrationRange, parseRegistrations, SAMPLE_REGISTRATION_TEXT } from "../domain/registrations";
import { importRegistrations } from "../excel/importRegistrations";
import { readSelection, SelectionValues } from "../excel/readSelectionValues";
import { refreshSummaries } from "../excel/summaries";
import { findMessageLanguage } from "../functions/messageLanguage";
import { hashInput, serialiseValues } from "./inputHash";
import { decodeFileBytes, isAcceptedFileName } from "./inputFile";
import { classifyFailure, PaneFailure } from "./paneMessages";
import {
  buildImportRequest,
  canImport,
  canImportCorrectRowsOnly,
  createPaneState,
  InputSource,
  PaneAction,
  reducePaneState,
  SOURCE_LABELS,
} from "./paneState";
import { findPaneElements, focusReport, renderPane } from "./paneView";
import { activateSummarySheet } from "../excel/activateSummarySheet";
import { readWorkbookContents } from "../excel/readWorkbookContents";
import { findWorkbookElements, renderWorkbookParts, WorkbookView } from "./workbookView";
import type { TextArea } from "@fluentui/web-components";

/** The Fluent components on the page; their definitions above register them asynchronously. */
const FLUENT_TAGS = [
  "fluent-button",
  "fluent-field",
  "fluent-label",
  "fluent-message-bar",
  "fluent-progress-bar",
  "fluent-radio",
  "fluent-radio-group",
  "fluent-textarea",
];

/** Pasting fires one input event, typing many: the preview follows once typing pauses. */
const PASTE_DELAY_MS = 300;

/** A failure the pane words itself (a file it cannot read), rather than one Excel reported. */
class PaneFailureError extends Error {
  constructor(readonly failure: PaneFailure) {
    super(failure.code);
  }
}

function startPane(): void {
  setTheme(webLightTheme);
  const elements = findPaneElements(document);
  describeTextArea(elements.pasteInput, elements.pasteHint);
  let state = createPaneState("nl");
  let readTicket = 0;
  let pasteTimer: ReturnType<typeof setTimeout> | undefined;

  const workbookElements = findWorkbookElements(document);
  let workbook: WorkbookView = { kind: "reading" };

  const dispatch = (action: PaneAction): void => {
    const previous = state;
    state = reducePaneState(state, action);
    renderPane(elements, state, previous);
    renderWorkbookParts(workbookElements, state, workbook);
  };

  /** What the workbook holds, for the card and the preview: read when the pane opens and after every import. */
  const readWorkbook = async (): Promise<void> => {
    try {
      workbook = { kind: "read", contents: await Excel.run((context) => readWorkbookContents(context)) };
    } catch {
      workbook = { kind: "failed" };
    }
    renderWorkbookParts(workbookElements, state, workbook);
  };

  /** Reads one input; only the latest read may show its preview, however fast the earlier ones finish. */
  const loadInput = async (
    source: InputSource,
    produce: () => Promise<string | SelectionValues>,
    announce: boolean,
  ) => {
    const ticket = ++readTicket;
    if (announce) dispatch({ type: "readingStarted" });
    try {
      const input = await produce();
      // A selection's issues name sheet rows, the rows the analyst sees.
      const parsed =
        typeof input === "string" ? parseRegistrations(input) : parseRegistrationRange(input.values, input.firstRow);
      const inputHash = await hashInput(typeof input === "string" ? input : serialiseValues(input.values));
      if (ticket === readTicket) dispatch({ type: "inputRead", source, inputHash, parsed });
    } catch (error) {
      if (ticket !== readTicket) return;
      dispatch({
        type: "taskFailed",
        failure: error instanceof PaneFailureError ? error.failure : classifyFailure(error),
      });
      focusReport(elements, state);
    }
  };

  const cancelPendingPaste = () => {
    if (pasteTimer !== undefined) clearTimeout(pasteTimer);
    pasteTimer = undefined;
  };

  elements.fileButton.addEventListener("click", () => {
    if (!elements.fileButton.disabled) elements.fileInput.click();
  });

  elements.language.addEventListener("change", () => {
    dispatch({ type: "languageChosen", language: elements.language.value === "en" ? "en" : "nl" });
  });

  elements.fileInput.addEventListener("change", () => {
    const file = elements.fileInput.files?.[0];
    if (file === undefined) return;
    // Emptied, so that choosing the same file again after fixing it reads it again.
    elements.fileInput.value = "";
    cancelPendingPaste();
    void loadInput({ kind: "file", label: file.name }, () => readFileText(file), true);
  });

  elements.pasteInput.addEventListener("input", () => {
    cancelPendingPaste();
    pasteTimer = setTimeout(() => {
      pasteTimer = undefined;
      const text = elements.pasteInput.value;
      if (text.trim() === "") {
        readTicket++;
        dispatch({ type: "inputCleared" });
        return;
      }
      void loadInput({ kind: "paste", label: SOURCE_LABELS.paste }, async () => text, false);
    }, PASTE_DELAY_MS);
  });

  elements.selectionButton.addEventListener("click", () => {
    cancelPendingPaste();
    const readSelectedValues = () => Excel.run((context) => readSelection(context));
    void loadInput({ kind: "selection", label: SOURCE_LABELS.selection }, readSelectedValues, true);
  });

  elements.sampleButton.addEventListener("click", () => {
    cancelPendingPaste();
    void loadInput({ kind: "sample", label: SOURCE_LABELS.sample }, async () => SAMPLE_REGISTRATION_TEXT, false);
  });

  /** The import, of every row, or, on the user's explicit choice, of the correct rows only. */
  const runImport = async (correctRowsOnly: boolean): Promise<void> => {
    const allowed = correctRowsOnly ? canImportCorrectRowsOnly(state) : canImport(state);
    if (!allowed || state.input === undefined) return;
    const request = buildImportRequest(state.input, correctRowsOnly);
    dispatch({ type: "importStarted", correctRowsOnly });
    try {
      const outcome = await Excel.run((context) =>
        importRegistrations(context, request, (progress) => dispatch({ type: "importProgressed", progress })),
      );
      dispatch({ type: "importFinished", outcome });
    } catch (error) {
      dispatch({ type: "taskFailed", failure: classifyFailure(error) });
    }
    focusReport(elements, state);
    await readWorkbook();
  };

  elements.importButton.addEventListener("click", () => void runImport(false));
  workbookElements.correctRowsButton.addEventListener("click", () => void runImport(true));

  workbookElements.summaryButton.addEventListener("click", async () => {
    try {
      await Excel.run((context) => activateSummarySheet(context));
    } catch (error) {
      dispatch({ type: "taskFailed", failure: classifyFailure(error) });
    }
  });

  elements.refreshButton.addEventListener("click", async () => {
    if (state.task !== undefined) return;
    dispatch({ type: "refreshStarted" });
    try {
      const summaries = await Excel.run((context) => refreshSummaries(context));
      dispatch({ type: "refreshFinished", summaries });
    } catch (error) {
      dispatch({ type: "taskFailed", failure: classifyFailure(error) });
    }
    focusReport(elements, state);
  });

  renderPane(elements, state);
  renderWorkbookParts(workbookElements, state, workbook);
  if (typeof Office === "undefined") {
    // Opened outside Office, or Office.js did not load: say so before the first click fails.
    workbook = { kind: "failed" };
    dispatch({ type: "taskFailed", failure: { code: "no_office" } });
  } else {
    void Office.onReady(() => {
      dispatch({ type: "languageChosen", language: findMessageLanguage() });
      void readWorkbook();
      // The pane is usable from here on; the browser tests wait for this mark.
      elements.language.ownerDocument.getElementById("app")?.setAttribute("data-office-ready", "true");
    });
  }
}

/**
 * fluent-textarea keeps its native <textarea> in its shadow root, where an aria-describedby naming the
 * hint's id cannot reach; element reflection can (Chromium 135+, Safari 16.4+). The label needs no such
 * help: it is slotted into the textarea's own <label>.
 */
function describeTextArea(textArea: TextArea, hint: HTMLElement): void {
  const control = textArea.controlEl as
    (HTMLTextAreaElement & { ariaDescribedByElements?: Element[] | null }) | undefined;
  if (control !== undefined && "ariaDescribedByElements" in control) control.ariaDescribedByElements = [hint];
}

async function readFileText(file: File): Promise<string> {
  if (!isAcceptedFileName(file.name)) throw new PaneFailureError({ code: "file_type", detail: file.name });
  try {
    return decodeFileBytes(await file.arrayBuffer());
  } catch {
    throw new PaneFailureError({ code: "file_unreadable", detail: file.name });
  }
}

// The pane starts once its components are upgraded: properties set before would miss their setters.
void Promise.all(FLUENT_TAGS.map((tag) => customElements.whenDefined(tag))).then(startPane);
