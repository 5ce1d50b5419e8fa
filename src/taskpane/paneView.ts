/**
 * Renders a pane state into the page. Every text from the input (file content, names, messages
 * quoting cells) goes in through `textContent`: nothing read from a file is ever parsed as HTML.
 * The controls are Fluent UI web components; only their types are imported here (taskpane.ts defines
 * them), so this module stays free of the component library.
 */
import type { Button, MessageBar, ProgressBar, RadioGroup, TextArea } from "@fluentui/web-components";
import { Language } from "../domain/errors/messageCatalogue";
import { RegistrationIssue } from "../domain/registrations/registrationIssue";
import { formatCount, formatCounted, formatEuro, formatMonth } from "./paneFormat";
import { renderLineCounts } from "./paneLineCounts";
import { describeFailure, describeOutcome, describeSummaryState, describeUndoOutcome } from "./paneMessages";
import { canImport, InputSource, PaneReport, PaneState, ReadProgress } from "./paneState";
import { formatPaneText, PaneTextKey } from "./paneTexts";
import { describeIssue, PreviewModel } from "./previewModel";

export interface PaneElements {
  readonly language: RadioGroup;
  readonly fileInput: HTMLInputElement;
  readonly fileButton: Button;
  readonly fileName: HTMLElement;
  readonly pasteInput: TextArea;
  readonly pasteHint: HTMLElement;
  readonly selectionButton: Button;
  readonly sampleButton: Button;
  readonly hostNotice: HTMLElement;
  readonly dropZone: HTMLElement;
  readonly previewStatus: HTMLElement;
  readonly readProgressArea: HTMLElement;
  readonly readProgress: ProgressBar;
  readonly readProgressText: HTMLElement;
  readonly cancelReadButton: Button;
  readonly previewBody: HTMLElement;
  readonly previewStats: HTMLElement;
  readonly previewTableArea: HTMLElement;
  readonly previewCaption: HTMLElement;
  readonly previewHead: HTMLElement;
  readonly previewRows: HTMLElement;
  readonly issuesSummary: HTMLElement;
  readonly issuesList: HTMLElement;
  readonly importButton: Button;
  readonly progressArea: HTMLElement;
  readonly progress: ProgressBar;
  readonly progressText: HTMLElement;
  readonly cancelImportButton: Button;
  readonly refreshButton: Button;
  /** Message bars (live regions, always in the page) and the parts of them the pane writes. */
  readonly report: MessageBar;
  readonly reportBody: HTMLElement;
  readonly failure: MessageBar;
  readonly failureBody: HTMLElement;
}

const ELEMENT_IDS: Readonly<Record<keyof PaneElements, string>> = {
  language: "language",
  fileInput: "file-input",
  fileButton: "file-button",
  fileName: "file-name",
  pasteInput: "paste-input",
  pasteHint: "paste-hint",
  selectionButton: "selection-button",
  sampleButton: "sample-button",
  hostNotice: "host-notice",
  dropZone: "drop-zone",
  previewStatus: "preview-status",
  readProgressArea: "read-progress-area",
  readProgress: "read-progress",
  readProgressText: "read-progress-text",
  cancelReadButton: "cancel-read-button",
  previewBody: "preview-body",
  previewStats: "preview-stats",
  previewTableArea: "preview-table-area",
  previewCaption: "preview-caption",
  previewHead: "preview-head",
  previewRows: "preview-rows",
  issuesSummary: "issues-summary",
  issuesList: "issues-list",
  importButton: "import-button",
  progressArea: "progress-area",
  progress: "import-progress",
  progressText: "progress-text",
  cancelImportButton: "cancel-import-button",
  refreshButton: "refresh-button",
  report: "report",
  reportBody: "report-body",
  failure: "failure",
  failureBody: "failure-body",
};

export function findPaneElements(doc: Document): PaneElements {
  return findElementsById(doc, ELEMENT_IDS);
}

/** The page's elements by id, each under its name; a missing one is a broken page, said at once. */
export function findElementsById<T>(doc: Document, ids: Readonly<Record<keyof T, string>>): T {
  const found: Partial<Record<keyof T, HTMLElement>> = {};
  for (const [name, id] of Object.entries(ids) as [keyof T, string][]) {
    const element = doc.getElementById(id);
    if (element === null) throw new Error(`taskpane.html has no element #${id}`);
    found[name] = element;
  }
  return found as T;
}

/**
 * Brings the page in line with `state`. Parts whose inputs did not change since `previous` are left
 * alone: progress arrives many times per import, and the issue list can be long.
 */
export function renderPane(elements: PaneElements, state: PaneState, previous?: PaneState): void {
  const languageChanged = previous === undefined || previous.language !== state.language;
  if (languageChanged) renderStaticTexts(elements, state.language);
  const readingChanged = previous !== undefined && (previous.task === "reading") !== (state.task === "reading");
  if (languageChanged || readingChanged || previous.input !== state.input) {
    renderPreview(elements, state);
  }
  renderControls(elements, state);
  renderProgress(elements, state);
  renderReadProgress(elements, state);
  if (languageChanged || previous.inExcel !== state.inExcel) renderHostNotice(elements, state);
  if (languageChanged || previous.report !== state.report) renderReport(elements, state.report, state.language);
}

/** Moves keyboard focus to what the last task reported, so its outcome is the next thing read. */
export function focusReport(elements: PaneElements, state: PaneState): void {
  const failed = state.report?.kind === "failed";
  const body = failed ? elements.failureBody : elements.reportBody;
  if (body.textContent !== "") (failed ? elements.failure : elements.report).focus();
}

function renderStaticTexts(elements: PaneElements, language: Language): void {
  const doc = elements.language.ownerDocument;
  doc.documentElement.lang = language;
  doc.title = formatPaneText("documentTitle", language);
  doc.querySelectorAll<HTMLElement>("[data-text]").forEach((element) => {
    element.textContent = formatPaneText(element.dataset.text as PaneTextKey, language);
  });
  // The group's value attribute, not its property: the group reads the attribute again when it collects its
  // radios (a frame after it is defined), where a value set through the property would be lost.
  elements.language.setAttribute("value", language);
}

function renderPreview(elements: PaneElements, state: PaneState): void {
  const { language, input } = state;
  if (state.task === "reading" || input === undefined) {
    elements.previewStatus.textContent = formatPaneText(
      state.task === "reading" ? "previewReading" : "previewEmpty",
      language,
    );
    elements.previewBody.hidden = true;
    return;
  }
  elements.previewStatus.textContent = formatPaneText("previewSource", language, {
    source: nameSource(input.source, language),
  });
  elements.previewBody.hidden = false;
  renderLineCounts(elements.previewBody, input.preview.lines, language);
  renderStats(elements.previewStats, input.preview, language);
  renderFirstRows(elements, input.preview, language);
  renderIssues(elements, input.preview, language);
}

function nameSource(source: InputSource, language: Language): string {
  switch (source.kind) {
    case "file":
      return source.label;
    case "paste":
      return formatPaneText("sourcePasted", language);
    case "selection":
      return formatPaneText("sourceSelection", language);
    case "sample":
      return formatPaneText("sourceSample", language);
  }
}

function renderStats(list: HTMLElement, preview: PreviewModel, language: Language): void {
  const stats: [PaneTextKey, string, boolean][] = [
    ["statMonths", formatCount(preview.monthCount, language), false],
    ["statRows", formatCount(preview.rowCount, language), false],
    ["statLoans", formatCount(preview.loans, language), false],
    ["statPrincipal", formatEuro(preview.principalCents, language), true],
  ];
  list.replaceChildren(
    ...stats.map(([key, value, wide]) => {
      const group = createElement(list, "div", "", wide ? "stat-wide" : undefined);
      group.append(createElement(list, "dt", formatPaneText(key, language)), createElement(list, "dd", value));
      return group;
    }),
  );
}

function renderFirstRows(elements: PaneElements, preview: PreviewModel, language: Language): void {
  const doc = elements.previewHead;
  elements.previewCaption.textContent = formatPaneText("firstRowsCaption", language, {
    shown: formatCount(preview.firstRows.length, language),
    total: formatCount(preview.rowCount, language),
  });
  const columns: [PaneTextKey, boolean][] = [
    ["columnMonth", false],
    ["columnTerm", true],
    ["columnPrincipal", true],
    ["columnLoans", true],
  ];
  if (preview.hasProvince) columns.push(["columnProvince", false]);
  const headRow = createElement(doc, "tr", "");
  for (const [key, numeric] of columns) {
    const cell = createElement(doc, "th", formatPaneText(key, language), numeric ? "number" : undefined);
    cell.scope = "col";
    headRow.append(cell);
  }
  elements.previewHead.replaceChildren(headRow);
  elements.previewRows.replaceChildren(
    ...preview.firstRows.map((record) => {
      const row = createElement(doc, "tr", "");
      row.append(
        createElement(doc, "td", formatMonth(record.year, record.month, language, "short")),
        createElement(doc, "td", formatCount(record.termYears, language), "number"),
        createElement(doc, "td", formatEuro(record.principalCents, language), "number"),
        createElement(doc, "td", formatCount(record.loans, language), "number"),
      );
      if (preview.hasProvince) row.append(createElement(doc, "td", record.province ?? ""));
      return row;
    }),
  );
  // A table without rows says nothing; the issues below explain why there are none.
  elements.previewTableArea.hidden = preview.firstRows.length === 0;
}

function renderIssues(elements: PaneElements, preview: PreviewModel, language: Language): void {
  const { issuesSummary, issuesList } = elements;
  if (preview.errorCount + preview.warningCount === 0) {
    issuesSummary.textContent = formatPaneText("issuesNone", language);
    issuesSummary.className = "";
    issuesList.replaceChildren();
    return;
  }
  const counts: string[] = [];
  if (preview.errorCount > 0)
    counts.push(formatCounted(preview.errorCount, "errorCountOne", "errorCountOther", language));
  if (preview.warningCount > 0) {
    counts.push(formatCounted(preview.warningCount, "warningCountOne", "warningCountOther", language));
  }
  const blocking = preview.errorCount > 0 ? ` ${formatPaneText("issuesBlocking", language)}` : "";
  issuesSummary.textContent = `${counts.join(", ")}.${blocking}`;
  issuesSummary.className = blocking === "" ? "" : "blocking";
  const items = preview.shownIssues.map((issue) => renderIssue(issuesList, issue, language));
  if (preview.hiddenIssueCount > 0) {
    const count = formatCount(preview.hiddenIssueCount, language);
    items.push(createElement(issuesList, "li", formatPaneText("issuesTruncated", language, { count }), "issue"));
  }
  issuesList.replaceChildren(...items);
}

function renderIssue(near: HTMLElement, issue: RegistrationIssue, language: Language): HTMLElement {
  const error = issue.severity === "error";
  const item = createElement(near, "li", "", error ? "issue issue-error" : "issue issue-warning");
  item.dataset.line = String(issue.line);
  item.dataset.code = issue.code;
  const severity = createElement(near, "strong", formatPaneText(error ? "severityError" : "severityWarning", language));
  severity.className = "issue-severity";
  item.append(severity, ": ", describeIssue(issue, language));
  return item;
}

function renderControls(elements: PaneElements, state: PaneState): void {
  const writing = state.task === "importing" || state.task === "refreshing" || state.task === "undoing";
  // Read-only rather than disabled: a disabled textarea would drop the focus of someone typing in it.
  elements.pasteInput.readOnly = writing;
  elements.fileInput.disabled = writing;
  elements.fileButton.disabled = writing;
  const source = state.input?.source;
  elements.fileName.textContent = source?.kind === "file" ? source.label : formatPaneText("fileNone", state.language);
  // Reading the selection and refreshing need Excel; outside it only files, pasted text and the sample can be reviewed.
  elements.selectionButton.disabled = writing || state.inExcel === false;
  elements.sampleButton.disabled = writing;
  elements.refreshButton.disabled = state.task !== undefined || state.inExcel === false;
  const rows = state.input?.preview.rowCount ?? 0;
  elements.importButton.textContent =
    rows === 0
      ? formatPaneText("importButtonNone", state.language)
      : formatCounted(rows, "importButtonOne", "importButtonOther", state.language);
  elements.importButton.disabled = !canImport(state);
  elements.importButton.ownerDocument
    .getElementById("app")
    ?.setAttribute("aria-busy", String(state.task !== undefined));
}

function renderProgress(elements: PaneElements, state: PaneState): void {
  const { progressArea, progress, progressText } = elements;
  const writing = state.task === "importing" || state.task === "refreshing" || state.task === "undoing";
  progressArea.hidden = !writing;
  elements.cancelImportButton.hidden = state.task !== "importing";
  if (!writing) return;
  if (state.progress === undefined) {
    // No value: the bar shows that work goes on without claiming how far it is.
    progress.removeAttribute("value");
    progressText.textContent =
      state.task === "refreshing" || state.task === "undoing" ? formatPaneText(state.task, state.language) : "";
    return;
  }
  const { rowsDone, rowsTotal } = state.progress;
  // Attributes rather than properties: the component would reflect its properties only at the next animation
  // frame, while its attributes update the bar and its ARIA value at once.
  progress.setAttribute("max", String(Math.max(rowsTotal, 1)));
  progress.setAttribute("value", String(rowsDone));
  progressText.textContent = formatPaneText("progressRows", state.language, {
    done: formatCount(rowsDone, state.language),
    total: formatCount(rowsTotal, state.language),
  });
}

const READ_PROGRESS_TEXTS: Readonly<Record<ReadProgress["phase"], PaneTextKey>> = {
  file: "readingFile",
  pdf: "readingPdf",
  parse: "readingParse",
};

/** While an input is read: a bar (with a count where there is one), what is being done, and Cancel. */
function renderReadProgress(elements: PaneElements, state: PaneState): void {
  const { readProgressArea, readProgress, readProgressText } = elements;
  readProgressArea.hidden = state.task !== "reading";
  if (state.task !== "reading") return;
  const current = state.readProgress;
  if (current === undefined || current.phase === "parse") readProgress.removeAttribute("value");
  else {
    readProgress.setAttribute("max", String(Math.max(current.total, 1)));
    readProgress.setAttribute("value", String(current.done));
  }
  readProgressText.textContent =
    current === undefined
      ? ""
      : formatPaneText(READ_PROGRESS_TEXTS[current.phase], state.language, {
          done: formatCount(current.done, state.language),
          total: formatCount(current.total, state.language),
        });
}

/** Outside Excel the pane says so for as long as it is open, whatever is chosen meanwhile. */
function renderHostNotice(elements: PaneElements, state: PaneState): void {
  elements.hostNotice.hidden = state.inExcel !== false;
  elements.hostNotice.textContent = state.inExcel === false ? formatPaneText("failureNoOffice", state.language) : "";
}

function renderReport(elements: PaneElements, report: PaneReport | undefined, language: Language): void {
  const { report: reportBar, reportBody, failure, failureBody } = elements;
  reportBody.replaceChildren();
  failureBody.replaceChildren();
  const summaries =
    report?.kind === "imported" || report?.kind === "undone"
      ? report.outcome.summaries
      : report?.kind === "refreshed"
        ? report.summaries
        : undefined;
  reportBar.intent = summaries === "unsupported" || report?.kind === "cancelled" ? "warning" : "success";
  if (report?.kind === "failed") {
    failureBody.textContent = describeFailure(report.failure, language);
    if (report.failure.code === "table_changed_meanwhile") appendRereadButton(failureBody, language);
  } else if (report?.kind === "refreshed") {
    reportBody.textContent = describeSummaryState(report.summaries, language);
  } else if (report?.kind === "cancelled") {
    reportBody.textContent = formatPaneText(
      report.task === "reading" ? "cancelledReading" : "cancelledImport",
      language,
    );
  } else if (report !== undefined) {
    const lines =
      report.kind === "undone"
        ? describeUndoOutcome(report.outcome, language)
        : describeOutcome(report.outcome, language, report.skipped);
    const list = createElement(reportBody, "ul", "");
    list.append(...lines.map((line) => createElement(reportBody, "li", line)));
    reportBody.append(list);
  }
  // Empty bars stay in the page as live regions, but take no room.
  reportBar.classList.toggle("is-empty", reportBody.textContent === "");
  failure.classList.toggle("is-empty", failureBody.textContent === "");
}

/** Reading the table again is importing again: the import reads the table before it writes. */
export const REREAD_TABLE_ACTION = "reread-table";

function appendRereadButton(failureBody: HTMLElement, language: Language): void {
  const button = failureBody.ownerDocument.createElement("fluent-button");
  button.textContent = formatPaneText("rereadTableButton", language);
  button.dataset.action = REREAD_TABLE_ACTION;
  failureBody.append(" ", button);
}

export function createElement<K extends keyof HTMLElementTagNameMap>(
  near: Node,
  tag: K,
  text: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const element = (near.ownerDocument ?? (near as Document)).createElement(tag);
  if (text !== "") element.textContent = text;
  if (className !== undefined) element.className = className;
  return element;
}
