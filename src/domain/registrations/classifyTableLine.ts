import { MonthKey } from "../dates/monthKey";
import { parseMonthText } from "../dates/parseDateText";
import { findHeaderField, normaliseHeader, RegistrationField } from "./registrationColumns";
import { readTotalLabel, readYearWord, TotalLabel } from "./readTotalLabel";

/** One line of text copied from a report, as far as it can be understood on its own. */
export type TableLine =
  | { readonly kind: "blank" }
  | { readonly kind: "header"; readonly fields: readonly RegistrationField[] }
  /** `Pagina 2 van 3`: a page header or footer that a PDF copy leaves inside a table. */
  | { readonly kind: "page" }
  | { readonly kind: "total"; readonly label: TotalLabel; readonly principal: string; readonly loans: string }
  | {
      readonly kind: "row";
      readonly year: number | undefined;
      /** A month written as a word (`januari`) or with its year (`2021-01`). */
      readonly monthWord: string | undefined;
      readonly monthKey: MonthKey | undefined;
      readonly values: readonly [string, string, string];
    }
  | { readonly kind: "other"; readonly text: string; readonly looksLikeFigures: boolean };

// Every kind of space a PDF copy produces: tabs, non-breaking and narrow spaces, form feeds (page breaks).
const WHITESPACE_RUN = /[\s\u200b]+/g;
const CURRENCY_TOKEN = /^(€|eur|euro)$/i;
const PAGE_MARKER = /^(pagina|page|blz\.?|p\.)\s*\d+(\s*(van|of|\/)\s*\d+)?$/i;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
const MAX_HEADER_PHRASE_WORDS = 4;
const MAX_FIGURE_LINE_TOKENS = 6;

/**
 * Classifies one line of a copied table. A data row is `[year] [month] term principal count`
 * (`2021 januari 5 2.874.015,15 € 448`, or `6 345.000,00 € 14` under it); a total is a total label
 * and two figures (`Totaal januari 9.596.256,15 € 644`, `2021 Total 63.679.942,23 € 3393`). A row
 * is recognised by its shape (three values, at least two with digits), so a row with a garbled
 * figure is still a row, and its figure is reported, rather than an unreadable line.
 */
export function classifyTableLine(raw: string): TableLine {
  const text = raw.replace(WHITESPACE_RUN, " ").trim();
  if (text === "") return { kind: "blank" };
  if (PAGE_MARKER.test(text)) return { kind: "page" };
  const tokens = text.split(" ").filter((token) => !CURRENCY_TOKEN.test(token));
  const fields = readHeaderFields(text);
  if (fields !== undefined) return { kind: "header", fields };
  if (tokens.length >= 3) {
    const label = readTotalLabel(tokens.slice(0, -2));
    const [principal, loans] = tokens.slice(-2);
    // One figure with digits is enough: the other may be garbled, and is then reported.
    if (label !== undefined && (HAS_DIGIT.test(principal) || HAS_DIGIT.test(loans)))
      return { kind: "total", label, principal, loans };
  }
  return readRow(tokens) ?? { kind: "other", text, looksLikeFigures: looksLikeFigures(tokens) };
}

function readRow(tokens: readonly string[]): TableLine | undefined {
  let i = 0;
  const year = tokens.length >= 4 ? readYearWord(tokens[0]) : undefined;
  if (year !== undefined) i++;
  let monthWord: string | undefined;
  let monthKey: MonthKey | undefined;
  const candidate = tokens[i];
  if (candidate !== undefined && tokens.length - i === 4) {
    if (HAS_LETTER.test(candidate) && !HAS_DIGIT.test(candidate)) {
      monthWord = candidate;
      i++;
    } else if (year === undefined && /^\d{1,4}[-/.]\d{1,4}$/.test(candidate)) {
      monthKey = parseMonthText(candidate);
      if (monthKey !== undefined) {
        monthWord = candidate;
        i++;
      }
    }
  }
  if (tokens.length - i !== 3) return undefined;
  const values: [string, string, string] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (values.filter((value) => HAS_DIGIT.test(value)).length < 2) return undefined;
  return { kind: "row", year, monthWord, monthKey, values };
}

/**
 * The fields a header line names, in order, when every word of it belongs to a column name
 * (`Registratiedatum Lening periode Hoofdsom Aantal leningen`) and at least two fields are named.
 */
function readHeaderFields(text: string): RegistrationField[] | undefined {
  if (HAS_DIGIT.test(text)) return undefined;
  const words = normaliseHeader(text)
    .split(" ")
    .filter((word) => word !== "");
  const fields: RegistrationField[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let length = Math.min(MAX_HEADER_PHRASE_WORDS, words.length - i); length >= 1 && matched === 0; length--) {
      const field = findHeaderField(words.slice(i, i + length).join(" "));
      if (field !== undefined) {
        fields.push(field);
        matched = length;
      }
    }
    if (matched === 0) return undefined;
    i += matched;
  }
  return fields.length >= 2 ? fields : undefined;
}

/**
 * A short line of figures (after an optional leading word such as a month): a row that lost its
 * shape, which must not pass for prose. Prose has more words, and words without digits.
 */
function looksLikeFigures(tokens: readonly string[]): boolean {
  // A lone number is a page number, not a row.
  if (tokens.length < 2 || tokens.length > MAX_FIGURE_LINE_TOKENS) return false;
  const figures = HAS_LETTER.test(tokens[0] ?? "") && !HAS_DIGIT.test(tokens[0] ?? "") ? tokens.slice(1) : tokens;
  return figures.length >= 1 && figures.every((token) => HAS_DIGIT.test(token));
}
