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
import { importRegistrations, readImportTarget } from "../excel/importRegistrations";
import { monthsOf } from "../excel/importTarget";
import type { TableReading } from "../excel/readReplacedRows";
import { readSelection, SelectionValues } from "../excel/readSelectionValues";
import { refreshSummaries } from "../excel/summaries";
import { chooseLanguage } from "../domain/errors/language";
import { hashInput, serialiseValues } from "./inputHash";
import { isAcceptedFileName, isPdfFileName } from "./inputFile";
import { readRememberedLanguage, rememberLanguage } from "./languageMemory";
import { loadPdfJs } from "./loadPdfJs";
import { parseInWorker, ParseHandle } from "./parseInWorker";
import type { ParseRequest } from "./parseJob";
import { PdfReadError, readPdfText } from "./readPdfText";
import { classifyFailure, PaneFailure } from "./paneMessages";
import {
  buildImportRequest,
  canImport,
  canImportCorrectRowsOnly,
  createPaneState,
  InputSource,
  PaneAction,
  ReadProgress,
  reducePaneState,
  selectCorrectRowsOf,
  SOURCE_LABELS,
} from "./paneState";
import { findPaneElements, focusReport, REREAD_TABLE_ACTION, renderPane } from "./paneView";
import { describeParsedInput, ReadInput } from "./previewModel";
import { describeMonthsRead, MonthsRead } from "./replacePlan";
import { activateSummarySheet } from "../excel/activateSummarySheet";
import { readWorkbookContents } from "../excel/readWorkbookContents";
import { undoLastImport } from "../excel/undoLastImport";
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
/** Pasted text longer than this shows progress while it is read; shorter text updates the preview in place. */
const PASTE_ANNOUNCED_CHARS = 100_000;
const BYTES_PER_MB = 1024 * 1024;

/** What a read produces: values of a selection (read here), or a request for the parse worker. */
type InputToRead =
  | { readonly kind: "values"; readonly selection: SelectionValues }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "worker"; readonly request: ParseRequest };

/** A read in progress: the worker's handle once there is one, and whether the user cancelled. */
interface ActiveRead {
  readonly ticket: number;
  readonly abort: AbortController;
  /** For the message when the worker cannot read the file. */
  readonly fileName?: string;
  worker?: ParseHandle;
}

/** A failure the pane words itself (a file it cannot read), rather than one Excel reported. */
class PaneFailureError extends Error {
  constructor(readonly failure: PaneFailure) {
    super(failure.code);
  }
}

/** The table as read with an input: for the import (its rows to replace), and for the preview's plan. */
interface TableAtInput {
  /** Undefined in a workbook without the table. */
  readonly reading?: TableReading;
  readonly monthsRead: MonthsRead;
}

/**
 * What an import of the parsed records would replace, read now: of an input with errors, the correct
 * rows, the one import then on offer. Nothing is read for data that cannot be imported, and the import
 * reads the table itself when this read fails.
 */
async function readTableAtPreview(parsed: ReadInput): Promise<TableAtInput | undefined> {
  const records = parsed.preview.errorCount > 0 ? (selectCorrectRowsOf(parsed)?.records ?? []) : parsed.records;
  if (records.length === 0) return undefined;
  try {
    const reading = await Excel.run((context) => readImportTarget(context, records));
    return { reading, monthsRead: describeMonthsRead([...monthsOf(records)], reading) };
  } catch {
    return undefined;
  }
}

function startPane(): void {
  setTheme(webLightTheme);
  const elements = findPaneElements(document);
  describeTextArea(elements.pasteInput, elements.pasteHint);
  let state = createPaneState(readRememberedLanguage() ?? "nl");
  let readTicket = 0;
  let activeRead: ActiveRead | undefined;
  let importAbort: AbortController | undefined;
  let pasteTimer: ReturnType<typeof setTimeout> | undefined;
  // The rows the previewed data will replace, as read with the preview: the import checks they are unchanged.
  let tableReading: TableReading | undefined;
  // How the last import was asked for: reading the table again repeats that import.
  let lastImportCorrectRowsOnly = false;

  const workbookElements = findWorkbookElements(document);
  let workbook: WorkbookView = { kind: "reading" };

  const dispatch = (action: PaneAction): void => {
    const previous = state;
    state = reducePaneState(state, action);
    renderPane(elements, state, previous);
    renderWorkbookParts(workbookElements, state, workbook);
  };

  /**
   * What the workbook holds, for the card and the preview: read when the pane opens and after every import
   * or undo; newer than what was read with the input, which it replaces.
   */
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
    produce: (read: ActiveRead) => Promise<InputToRead>,
    announce: boolean,
  ) => {
    activeRead?.worker?.cancel();
    const read: ActiveRead = { ticket: ++readTicket, abort: new AbortController(), fileName: source.label };
    activeRead = read;
    if (announce) dispatch({ type: "readingStarted" });
    try {
      const parsed = await parseInput(await produce(read), read);
      const table = await readTableAtPreview(parsed);
      if (read.ticket === readTicket) {
        tableReading = table?.reading;
        // The plan goes by this reading of the input's months, newer than the card's; the card's next read replaces it.
        if (workbook.kind === "read") workbook = { ...workbook, monthsRead: table?.monthsRead };
        dispatch({ type: "inputRead", source, inputHash: parsed.inputHash, read: parsed });
      }
    } catch (error) {
      if (read.ticket !== readTicket || read.abort.signal.aborted) return;
      dispatch({
        type: "taskFailed",
        failure: error instanceof PaneFailureError ? error.failure : classifyFailure(error),
      });
      focusReport(elements, state);
    } finally {
      if (activeRead === read) activeRead = undefined;
    }
  };

  const reportReading = (read: ActiveRead, progress: ReadProgress) => {
    if (read.ticket === readTicket) dispatch({ type: "readingProgressed", progress });
  };

  /** Files and pasted text are parsed by the worker; a selection's values and the sample here. */
  const parseInput = async (input: InputToRead, read: ActiveRead): Promise<ReadInput & { inputHash: string }> => {
    if (input.kind === "values") {
      // A selection's issues name sheet rows, the rows the analyst sees.
      const parsed = parseRegistrationRange(input.selection.values, input.selection.firstRow);
      return { ...describeParsedInput(parsed), inputHash: await hashInput(serialiseValues(input.selection.values)) };
    }
    if (input.kind === "text")
      return { ...describeParsedInput(parseRegistrations(input.text)), inputHash: await hashInput(input.text) };
    read.abort.signal.throwIfAborted();
    read.worker = parseInWorker(input.request, (phase, done, total) =>
      reportReading(read, phase === "file" ? toMegabytes(done, total) : { phase, done, total }),
    );
    try {
      return await read.worker.result;
    } catch (error) {
      if (error instanceof Error && error.message === "unreadable")
        throw new PaneFailureError({ code: "file_unreadable", detail: read.fileName });
      throw error;
    }
  };

  const readFile = (file: File) => {
    cancelPendingPaste();
    if (!isAcceptedFileName(file.name)) {
      dispatch({ type: "inputRejected", failure: { code: "file_type", detail: file.name } });
      focusReport(elements, state);
      return;
    }
    void loadInput(
      { kind: "file", label: file.name },
      async (read): Promise<InputToRead> => {
        if (!isPdfFileName(file.name)) return { kind: "worker", request: { kind: "file", file } };
        return { kind: "worker", request: { kind: "text", text: await readPdfFile(file, read) } };
      },
      true,
    );
  };

  /** pdf.js on the page (it parses in a worker of its own); the rebuilt text then goes to the parse worker. */
  const readPdfFile = async (file: File, read: ActiveRead): Promise<string> => {
    try {
      const [pdfjs, bytes] = await Promise.all([loadPdfJs(), file.arrayBuffer()]);
      return await readPdfText(pdfjs, new Uint8Array(bytes), (done, total) => {
        read.abort.signal.throwIfAborted();
        reportReading(read, { phase: "pdf", done, total });
      });
    } catch (error) {
      if (read.abort.signal.aborted) throw error;
      const code = error instanceof PdfReadError ? error.code : "file_unreadable";
      throw new PaneFailureError({ code, detail: file.name });
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
    const language = elements.language.value === "en" ? "en" : "nl";
    rememberLanguage(language);
    dispatch({ type: "languageChosen", language });
  });

  elements.fileInput.addEventListener("change", () => {
    const file = elements.fileInput.files?.[0];
    if (file === undefined) return;
    // Emptied, so that choosing the same file again after fixing it reads it again.
    elements.fileInput.value = "";
    readFile(file);
  });

  watchFileDrops(document, elements.dropZone, () => !elements.fileButton.disabled, readFile);

  elements.cancelReadButton.addEventListener("click", () => {
    if (activeRead === undefined) return;
    activeRead.abort.abort();
    activeRead.worker?.cancel();
    readTicket++;
    activeRead = undefined;
    dispatch({ type: "readingCancelled" });
    focusReport(elements, state);
  });

  elements.cancelImportButton.addEventListener("click", () => importAbort?.abort());

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
      void loadInput(
        { kind: "paste", label: SOURCE_LABELS.paste },
        async () => ({ kind: "worker", request: { kind: "text", text } }),
        text.length > PASTE_ANNOUNCED_CHARS,
      );
    }, PASTE_DELAY_MS);
  });

  elements.selectionButton.addEventListener("click", () => {
    cancelPendingPaste();
    const readSelectedValues = async (): Promise<InputToRead> => ({
      kind: "values",
      selection: await Excel.run((context) => readSelection(context)),
    });
    void loadInput({ kind: "selection", label: SOURCE_LABELS.selection }, readSelectedValues, true);
  });

  elements.sampleButton.addEventListener("click", () => {
    cancelPendingPaste();
    void loadInput(
      { kind: "sample", label: SOURCE_LABELS.sample },
      async () => ({ kind: "text", text: SAMPLE_REGISTRATION_TEXT }),
      false,
    );
  });

  /** The import, of every row, or, on the user's explicit choice, of the correct rows only. */
  const runImport = async (correctRowsOnly: boolean): Promise<void> => {
    const allowed = correctRowsOnly ? canImportCorrectRowsOnly(state) : canImport(state);
    if (!allowed || state.input === undefined) return;
    const request = buildImportRequest(state.input, correctRowsOnly);
    lastImportCorrectRowsOnly = correctRowsOnly;
    dispatch({ type: "importStarted", correctRowsOnly });
    // Read once: after this import, the table is no longer what the preview read.
    const reading = tableReading;
    tableReading = undefined;
    const abort = new AbortController();
    importAbort = abort;
    try {
      const outcome = await Excel.run((context) =>
        importRegistrations(context, request, {
          onProgress: (progress) => dispatch({ type: "importProgressed", progress }),
          reading,
          signal: abort.signal,
        }),
      );
      dispatch({ type: "importFinished", outcome, correctRowsOnly });
    } catch (error) {
      const failure = classifyFailure(error);
      // A table that could not be put back is reported as such, cancelled or not.
      const cancelled = abort.signal.aborted && failure.code !== "write_failed_not_restored";
      dispatch(cancelled ? { type: "importCancelled" } : { type: "taskFailed", failure });
    } finally {
      importAbort = undefined;
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

  workbookElements.undoButton.addEventListener("click", async () => {
    if (state.task !== undefined) return;
    dispatch({ type: "undoStarted" });
    if (state.task !== "undoing") return;
    // After an undo the preview's reading of the table is stale.
    tableReading = undefined;
    try {
      const outcome = await Excel.run((context) => undoLastImport(context));
      dispatch({ type: "undoFinished", outcome });
    } catch (error) {
      dispatch({ type: "taskFailed", failure: classifyFailure(error) });
    }
    focusReport(elements, state);
    await readWorkbook();
  });

  elements.failureBody.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-action]") : null;
    // The import reads the table itself when no preview reading is left.
    if (target?.getAttribute("data-action") === REREAD_TABLE_ACTION) void runImport(lastImportCorrectRowsOnly);
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
    dispatch({ type: "hostFound", inExcel: false });
  } else {
    void Office.onReady((info) => {
      const inExcel = info?.host === Office.HostType.Excel;
      dispatch({ type: "hostFound", inExcel });
      dispatch({
        type: "languageChosen",
        language: readRememberedLanguage() ?? chooseLanguage(Office.context?.displayLanguage),
      });
      if (inExcel) void readWorkbook();
      else {
        workbook = { kind: "failed" };
        renderWorkbookParts(workbookElements, state, workbook);
      }
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

function toMegabytes(doneBytes: number, totalBytes: number): ReadProgress {
  const total = Math.max(1, Math.ceil(totalBytes / BYTES_PER_MB));
  return { phase: "file", done: Math.min(total, Math.round(doneBytes / BYTES_PER_MB)), total };
}

/**
 * Files dragged onto the pane: the drop zone shows while one is over it, and the first file dropped is
 * read as if chosen with the button. Drops of anything else (text, links) are left to the browser.
 */
function watchFileDrops(doc: Document, zone: HTMLElement, canDrop: () => boolean, onFile: (file: File) => void): void {
  let depth = 0;
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") === true;
  doc.addEventListener("dragenter", (event) => {
    if (!carriesFiles(event) || !canDrop()) return;
    depth++;
    zone.hidden = false;
  });
  doc.addEventListener("dragleave", (event) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.hidden = true;
  });
  doc.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = canDrop() ? "copy" : "none";
  });
  doc.addEventListener("drop", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    zone.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file !== undefined && canDrop()) onFile(file);
  });
}

// The pane starts once its components are upgraded: properties set before would miss their setters.
void Promise.all(FLUENT_TAGS.map((tag) => customElements.whenDefined(tag))).then(startPane);
