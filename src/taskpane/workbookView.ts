/**
 * The pane's parts about the workbook itself: the "In deze werkmap" card, the preview's "what will
 * happen", the "import the correct rows only" button and the jump to Samenvatting. Self-contained:
 * rendered from the pane state plus what was last read from the workbook. All text goes in through
 * textContent.
 */
import type { Button } from "@fluentui/web-components";
import { toCalendarDate } from "../domain/dates/daySerial";
import { monthOfMonthKey, yearOfMonthKey } from "../domain/dates/monthKey";
import { Language } from "../domain/errors/messageCatalogue";
import { WorkbookContents } from "../excel/readWorkbookContents";
import { formatCount, formatCounted, formatEuro, formatList, formatMonth } from "./paneFormat";
import { describeMonthsLeftOut } from "./paneMessages";
import { canImportCorrectRowsOnly, offersCorrectRowsOnly, PaneState } from "./paneState";
import { createElement as create, findElementsById } from "./paneView";
import { formatPaneText, PaneTextKey } from "./paneTexts";
import { chooseHoldings, MonthsRead, planReplacement } from "./replacePlan";

export interface WorkbookElements {
  readonly cardStatus: HTMLElement;
  readonly cardStats: HTMLElement;
  readonly cardLastImport: HTMLElement;
  readonly replacePreview: HTMLElement;
  readonly correctRowsArea: HTMLElement;
  readonly correctRowsLeftOut: HTMLElement;
  readonly correctRowsButton: Button;
  readonly summaryArea: HTMLElement;
  readonly summaryButton: Button;
  readonly undoArea: HTMLElement;
  readonly undoButton: Button;
}

/**
 * What the pane knows of the workbook: not read yet, read, or unreadable. Once read, what the table held
 * of the current input's months may have been read again with that input: the newer, for the plan.
 */
export type WorkbookView =
  | { readonly kind: "reading" }
  | { readonly kind: "read"; readonly contents: WorkbookContents; readonly monthsRead?: MonthsRead }
  | { readonly kind: "failed" };

const ELEMENT_IDS: Readonly<Record<keyof WorkbookElements, string>> = {
  cardStatus: "workbook-status",
  cardStats: "workbook-stats",
  cardLastImport: "workbook-last-import",
  replacePreview: "replace-preview",
  correctRowsArea: "correct-rows-area",
  correctRowsLeftOut: "correct-rows-left-out",
  correctRowsButton: "correct-rows-button",
  summaryArea: "summary-area",
  summaryButton: "summary-button",
  undoArea: "undo-area",
  undoButton: "undo-button",
};

export function findWorkbookElements(doc: Document): WorkbookElements {
  return findElementsById(doc, ELEMENT_IDS);
}

export function renderWorkbookParts(elements: WorkbookElements, state: PaneState, view: WorkbookView): void {
  renderCard(elements, view, state.language);
  renderReplacePreview(elements.replacePreview, state, view);
  renderCorrectRows(elements, state);
  const report = state.report;
  const summariesMade = report?.kind === "imported" && ["created", "refreshed"].includes(report.outcome.summaries);
  elements.summaryArea.hidden = !summariesMade;
  elements.summaryButton.disabled = state.task !== undefined;
  // Offered while the workbook keeps the last import's replaced rows; the undo itself checks the table.
  elements.undoArea.hidden = view.kind !== "read" || !view.contents.undoKept;
  elements.undoButton.disabled = state.task !== undefined || state.inExcel !== true;
}

function renderCard(elements: WorkbookElements, view: WorkbookView, language: Language): void {
  const { cardStatus, cardStats, cardLastImport } = elements;
  if (view.kind !== "read" || !view.contents.hasTable || view.contents.rows === 0) {
    const key: PaneTextKey =
      view.kind === "reading" ? "workbookReading" : view.kind === "failed" ? "workbookUnreadable" : "workbookEmpty";
    cardStatus.textContent = formatPaneText(key, language);
    cardStatus.hidden = false;
    cardStats.replaceChildren();
  } else {
    const { months, rows, loans, principalCents } = view.contents;
    const first = months[0].month;
    const last = months[months.length - 1].month;
    const range = formatPaneText("workbookMonthRange", language, {
      from: formatMonth(yearOfMonthKey(first), monthOfMonthKey(first), language, "short"),
      to: formatMonth(yearOfMonthKey(last), monthOfMonthKey(last), language, "short"),
    });
    cardStatus.textContent = "";
    cardStatus.hidden = true;
    const stats: [PaneTextKey, string][] = [
      ["statMonths", range],
      ["statRows", formatCount(rows, language)],
      ["statLoans", formatCount(loans, language)],
      ["statPrincipal", formatEuro(principalCents, language)],
    ];
    cardStats.replaceChildren(
      ...stats.map(([key, value]) => {
        const wide = key === "statMonths" || key === "statPrincipal";
        const group = create(cardStats, "div", "", wide ? "stat-wide" : undefined);
        group.append(create(cardStats, "dt", formatPaneText(key, language)), create(cardStats, "dd", value));
        return group;
      }),
    );
  }
  const lastImport = view.kind === "read" ? view.contents.lastImport : undefined;
  cardLastImport.hidden = view.kind !== "read";
  cardLastImport.textContent =
    lastImport === undefined
      ? formatPaneText("workbookNoImport", language)
      : formatPaneText("workbookLastImport", language, {
          when: formatSerialDateTime(lastImport.atSerial),
          source: lastImport.sourceLabel,
          rows: formatCounted(lastImport.rows, "rowsOne", "rowsOther", language),
        });
}

function renderReplacePreview(area: HTMLElement, state: PaneState, view: WorkbookView): void {
  const input = state.input;
  const { language } = state;
  if (input === undefined || input.records.length === 0 || view.kind !== "read" || state.task === "reading") {
    area.hidden = true;
    area.replaceChildren();
    return;
  }
  // With errors, the only import on offer is of the correct rows: it leaves out the months they touch.
  const leftOut = input.correctRows?.monthsLeftOut.map((left) => left.month) ?? [];
  const leftOutSet = new Set(leftOut);
  const months = input.preview.months.filter((month) => !leftOutSet.has(month));
  const plan = planReplacement(chooseHoldings(view.contents.months, view.monthsRead, months), months);
  const monthName = (key: number) => formatMonth(yearOfMonthKey(key), monthOfMonthKey(key), language);
  const parts: HTMLElement[] = [create(area, "h3", formatPaneText("replaceHeading", language))];
  if (offersCorrectRowsOnly(input)) parts.push(create(area, "p", formatPaneText("replaceCorrectRowsOnly", language)));
  if (plan.replaced.length > 0) {
    parts.push(create(area, "p", formatPaneText("replaceExisting", language)));
    const list = create(area, "ul", "", "replace-list");
    list.append(
      ...plan.replaced.map((held) =>
        create(
          area,
          "li",
          formatPaneText("replaceExistingItem", language, {
            month: monthName(held.month),
            rows: formatCounted(held.rows, "rowsOne", "rowsOther", language),
            loans: formatCounted(held.loans, "loansOne", "loansOther", language),
          }),
        ),
      ),
    );
    parts.push(list);
  }
  parts.push(
    create(
      area,
      "p",
      plan.added.length === 0
        ? formatPaneText("replaceNoneNew", language)
        : formatPaneText("replaceNew", language, { months: formatList(plan.added.map(monthName), language) }),
    ),
  );
  if (leftOut.length > 0)
    parts.push(
      create(
        area,
        "p",
        formatPaneText("replaceLeftOut", language, { months: formatList(leftOut.map(monthName), language) }),
      ),
    );
  area.replaceChildren(...parts);
  area.hidden = false;
}

/**
 * Offered for an input with errors and correct rows; it says which months it leaves out, and is
 * disabled, saying why, when that leaves nothing to import.
 */
function renderCorrectRows(elements: WorkbookElements, state: PaneState): void {
  const input = state.input;
  const offered = offersCorrectRowsOnly(input);
  const { correctRowsArea, correctRowsLeftOut, correctRowsButton } = elements;
  correctRowsArea.hidden = !offered;
  correctRowsButton.disabled = !canImportCorrectRowsOnly(state);
  if (!offered) {
    correctRowsLeftOut.hidden = true;
    correctRowsLeftOut.textContent = "";
    return;
  }
  const { language } = state;
  const monthsLeftOut = input.correctRows?.monthsLeftOut ?? [];
  const rows = input.correctRows?.records.length ?? input.preview.rowCount;
  correctRowsButton.textContent =
    rows === 0
      ? formatPaneText("correctRowsNone", language)
      : formatCounted(rows, "correctRowsOne", "correctRowsOther", language);
  const sentences = monthsLeftOut.length === 0 ? [] : [describeMonthsLeftOut(monthsLeftOut, language)];
  if (rows === 0) sentences.push(formatPaneText("correctRowsNothingLeft", language));
  correctRowsLeftOut.textContent = sentences.join(" ");
  correctRowsLeftOut.hidden = sentences.length === 0;
}

/** `03/05/2021 14:07`: the log's local time as both languages of the pane write a day. */
export function formatSerialDateTime(serial: number): string {
  const { year, month, day } = toCalendarDate(serial);
  const minutes = Math.floor((serial - Math.floor(serial)) * 24 * 60 + 1e-6);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(day)}/${pad(month)}/${year} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
