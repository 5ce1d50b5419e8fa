import { findMonthNumber } from "../../dates/monthNames";
import { isDigitCode } from "../../text/characterCodes";
import { DECIMAL_SAMPLE_CHARACTERS, decideDecimalSeparator } from "../cells/decimalSeparator";
import { readTotalLabel } from "../cells/readTotalLabel";
import { isPageLine, mayBePageLine } from "../cells/isPageLine";
import { readSchemeYear, SCHEME_LAST_YEAR } from "../cells/readSchemeYear";
import { findHeaderField, normaliseHeader, RegistrationField } from "../cells/registrationColumns";
import { TableReader, TextFigures } from "./tableReader";

/*
 * Copied text → cells. A report table copied from a PDF or a web page arrives as lines of words:
 * `2021 januari 5 2.874.015,15 € 448`, `6 345.000,00 € 14`, `Totaal januari 9.596.256,15 € 644`.
 * Each line becomes the cells of a row (label, then three figures in the header's order), a header,
 * a page line, or text; the table reader does everything else, as it does for every source.
 */

/** A date or month written with digits where a row's label stands: `2021-03`, `03/2021`, `15/03/2021`. */
const DIGIT_LABEL = /^(\d{4}|\d{1,4}[-/.]\d{1,4}([-/.]\d{2,4})?)$/;
/** A month named with its year, or a date, in one word: `jan-21`, `mrt.-2021`, `15-mrt-2021`. */
const NAMED_MONTH_LABEL = /^(\d{1,2}[-/])?\p{L}{3,9}\.?[-/]\d{2}(\d{2})?$/u;
const TRAILING_PUNCTUATION = /[:;,!?]+$/;
const MAX_HEADER_PHRASE_WORDS = 4;
const MAX_LABEL_TOKENS = 2;
/** `1.000,00`, `75,50`: an amount's cents. */
const CENTS_ENDING = /[.,]\d{2}( €)?$/;
/** Longer lines with fewer figures than words are sentences, whatever figures they quote. */
const MAX_SHAPED_TOKENS = 8;
/** A month and a figure in a line this long or shorter is a table's after one. */
const MAX_MONTH_LINE_TOKENS = 16;
/** No row, total or header line is longer; longer lines are read as text without splitting them. */
const MAX_ROW_CHARACTERS = 2000;
const MAX_HEADER_WORDS = 12;
/** `Algemeen totaal maart 2021 1.000,00 4`: a total label has a few words, then two figures. */
const MAX_TOTAL_TOKENS = 8;
const DEFAULT_ORDER: readonly RegistrationField[] = ["termYears", "principal", "loans"];
/** Header cells the reader knows, in the order rows are handed over: label first, then the figures. */
const HEADER_CELL: Readonly<Partial<Record<RegistrationField, string>>> = {
  month: "maand",
  termYears: "looptijd",
  principal: "hoofdsom",
  loans: "aantal leningen",
};

/**
 * Feeds the lines of copied text (with `\n` line ends) to the reader, numbered from `firstLine`
 * (a range's first sheet row when the lines are the cells of one column).
 */
export function tokenizeText(text: string, reader: TableReader, firstLine = 1): void {
  reader.useDecimalSeparator(decideDecimalSeparator(text.slice(0, DECIMAL_SAMPLE_CHARACTERS).split(/\s+/)));
  const state: TextState = {
    order: DEFAULT_ORDER,
    heldHeader: undefined,
    heldHeading: undefined,
    formFeeds: text.includes("\f"),
  };
  let start = 0;
  for (let line = firstLine; start <= text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    tokenizeLine(text.slice(start, end), line, state, reader, text, start);
    start = end + 1;
  }
  releaseHeldHeading(state, reader, undefined);
  releaseHeldHeader(state, reader, false);
}

/** The order of the figures for the lines below, and a line that may be a header nobody can read. */
interface TextState {
  order: readonly RegistrationField[];
  /** Held until the next line shows whether rows follow it. */
  heldHeader: { readonly line: number; readonly text: string; readonly headerLike: HeaderLike } | undefined;
  /** A line naming a year or a month alone, held until the next line shows whether it heads rows. */
  heldHeading: { readonly line: number; readonly raw: string; readonly heading: Heading } | undefined;
  /** Whether the text has a form feed anywhere: most have none, and their lines need no search for one. */
  readonly formFeeds: boolean;
}

type Heading = Extract<TextLine, { kind: "heading" }>;

/**
 * A held heading, once the next line is known: it heads that line when that is a row that needs it (a
 * year for a row that names its month, a month for a row that carries it). Otherwise it is read as any
 * other line (`juni 2021` above a page's rows is a page heading or an error, as it always was).
 */
function releaseHeldHeading(state: TextState, reader: TableReader, next: TextLine | undefined): void {
  const held = state.heldHeading;
  if (held === undefined) return;
  state.heldHeading = undefined;
  const { heading } = held;
  const yearOnly = heading.monthNumber === undefined;
  // A year heads rows that name their month, and the table's header. Above a row that carries its month
  // it is read as any other line: amid the rows, a page's number.
  const headsNext = yearOnly
    ? (next?.kind === "cells" && next.cells[0] !== "") ||
      (next?.kind === "heading" && next.year === undefined) ||
      next?.kind === "header"
    : next?.kind === "cells" && next.cells[0] === "";
  if (headsNext) reader.pushHeading(held.line, heading.year, heading.monthNumber);
  // Above the table, with a title or a page line below it, a year is still the table's (`Jaar 2021`, `Registraties`).
  else if (yearOnly && reader.isBeforeTable()) reader.pushYearTitle(heading.year as number);
  else pushLine(readTextLine(held.raw, state.order, false), held.raw, held.line, state, reader);
}

/** A line of column names, some of which this add-in does not know (`Maand Aantal Hoofdsom Looptijd jaren`). */
interface HeaderLike {
  readonly figureOrder: readonly RegistrationField[];
  readonly unknownWords: readonly string[];
  readonly figures: TextFigures;
}

/**
 * A header-like line followed by rows whose figures it names in another order than they will be read
 * in: an error, because the rows would be read with their figures swapped. Anything else: text.
 */
function releaseHeldHeader(state: TextState, reader: TableReader, rowsFollow: boolean): void {
  const held = state.heldHeader;
  if (held === undefined) return;
  state.heldHeader = undefined;
  if (rowsFollow && contradictsOrder(held.headerLike.figureOrder, state.order)) {
    const { unknownWords } = held.headerLike;
    if (unknownWords.length === 0)
      reader.rejectLine(held.line, "import_header_order_open", { text: { quote: held.text } });
    else
      reader.rejectLine(held.line, "import_header_unclear", {
        text: { quote: held.text },
        words: unknownWords.join(" "),
      });
  } else reader.pushText(held.text, held.line, held.headerLike.figures);
}

function contradictsOrder(named: readonly RegistrationField[], order: readonly RegistrationField[]): boolean {
  for (let i = 1; i < named.length; i++) if (order.indexOf(named[i - 1]) > order.indexOf(named[i])) return true;
  return false;
}

/** What one copied line is, as far as it can be told on its own. */
type TextLine =
  | { readonly kind: "blank" }
  | { readonly kind: "page" }
  | { readonly kind: "header"; readonly order: readonly RegistrationField[] }
  | { readonly kind: "cells"; readonly cells: readonly string[] }
  /** `2021`, `Jaar 2021`, `maart 2021`, `2021 maart`: the year, or the month, of the rows below it. */
  | { readonly kind: "heading"; readonly year: number | undefined; readonly monthNumber: number | undefined }
  /** `text` as written: a message quotes it, spaces made plain, only when the line is reported. */
  | { readonly kind: "text"; readonly text: string; readonly figures: TextFigures; readonly headerLike?: HeaderLike };

/**
 * One line to the reader; `state.order` is the order of the figures for the lines below it. `raw` is
 * `source` from `from` on: the text it was cut from, whose characters are read faster than a cut's.
 */
function tokenizeLine(
  raw: string,
  line: number,
  state: TextState,
  reader: TableReader,
  source: string,
  from: number,
): void {
  let read = readTextLine(raw, state.order, true, source, from);
  if (read.kind === "blank") {
    pushLine(read, raw, line, state, reader);
    return;
  }
  // A page line between a year and what it heads leaves the year held: the page's number is not the table's.
  const heldYear = state.heldHeading !== undefined && state.heldHeading.heading.monthNumber === undefined;
  if (read.kind === "page" && heldYear) {
    pushLine(read, raw, line, state, reader);
    return;
  }
  releaseHeldHeading(state, reader, read);
  if (read.kind === "heading") {
    // Amid the table, a line naming a month alone may be a merged cell's label set in the middle of its
    // rows, or a page's date: read as any other line there (an error that leaves the rows below without
    // a month).
    if (reader.acceptsHeading(read.year, read.monthNumber) && !raw.includes("\f")) {
      releaseHeldHeader(state, reader, false);
      state.heldHeading = { line, raw, heading: read };
      return;
    }
    read = readTextLine(raw, state.order, false, source, from);
  }
  pushLine(read, raw, line, state, reader);
}

/** One line, read, to the reader. */
function pushLine(read: TextLine, raw: string, line: number, state: TextState, reader: TableReader): void {
  if (read.kind !== "blank") releaseHeldHeader(state, reader, read.kind === "cells");
  // A form feed is where a PDF's page ended.
  if (state.formFeeds && raw.includes("\f")) reader.pushPage(false);
  switch (read.kind) {
    case "blank":
      return;
    case "page":
      reader.pushPage();
      return;
    case "header":
      reader.pushCells([HEADER_CELL.month, ...read.order.map((field) => HEADER_CELL[field])], line);
      state.order = read.order;
      return;
    case "cells":
      reader.pushCells(read.cells, line);
      return;
    case "heading":
      reader.pushHeading(line, read.year, read.monthNumber);
      return;
    default:
      if (read.headerLike !== undefined) state.heldHeader = { line, text: read.text, headerLike: read.headerLike };
      else reader.pushText(read.text, line, read.figures);
  }
}

/** A line as the reader gets it; `raw` is `source` from `from` on (see tokenizeLine). */
function readTextLine(
  raw: string,
  order: readonly RegistrationField[],
  headings = true,
  source = raw,
  from = 0,
): TextLine {
  // Spaces around a line (a cell padded in a PDF's layout) make no row longer than its words.
  if (raw.length > MAX_ROW_CHARACTERS && raw.trim().length > MAX_ROW_CHARACTERS) return readLongLine(raw);
  const { words, figureWords } = splitWords(source, from, from + raw.length);
  // A currency word alone (`€`, a column's unit on a line of its own) is a line of text, never blank.
  if (words.length === 0)
    return raw.trim() === "" ? { kind: "blank" } : { kind: "text", text: raw, figures: readTextFigures(words, 0) };
  // Before the page number test: `2021` alone heads a year's rows far more often than it numbers a page.
  const heading = headings && words.length <= 2 ? readHeading(words) : undefined;
  if (heading !== undefined) return heading;
  if (words.length <= 5 && mayBePageLine(words[0]) && isPageLine(raw.trim())) return { kind: "page" };
  if (figureWords === 0 && words.length >= 2 && words.length <= MAX_HEADER_WORDS) {
    const named = matchHeaderWords(words.join(" "));
    if (named.unknownWords.length === 0 && named.fields.length >= 2) {
      // A header naming two figures in another order than rows are read in, and not the third
      // (`Maand Aantal Hoofdsom`), leaves open where each figure stands: held as a line of column
      // names nobody can read, an error when rows follow it.
      const order = orderOfFigures(named.fields);
      if (order !== undefined) return { kind: "header", order };
      const figures = readTextFigures(words, 0);
      return {
        kind: "text",
        text: raw,
        figures,
        headerLike: { figureOrder: listFigureFields(named.fields), unknownWords: [], figures },
      };
    }
    const headerLike = readHeaderLike(named, words);
    if (headerLike !== undefined) return { kind: "text", text: raw, figures: headerLike.figures, headerLike };
  }
  // `Brussel, 3 juni 2021`: a dated heading, never a row whose principal reads `juni`.
  if (figureWords === 2 && isDatedLine(words)) return { kind: "text", text: raw, figures: DATED };
  const cells = readTotal(words, order) ?? readRow(words);
  return cells !== undefined
    ? { kind: "cells", cells }
    : { kind: "text", text: raw, figures: readTextFigures(words, figureWords) };
}

/**
 * The words of a line, split on every kind of space a PDF copy produces (tabs, non-breaking and
 * narrow spaces, form feeds), and how many of them hold a digit. A currency word (`€`, `EUR`) joins
 * the figure it belongs to (`100,00 €`), so a cell read from it is known to be an amount wherever it
 * lands; with no figure it plainly belongs to, it is left out. A loop rather than regular
 * expressions: a pasted text can have 100,000s of lines.
 */
function splitWords(source: string, from: number, to: number): { words: string[]; figureWords: number } {
  const words: string[] = [];
  let figureWords = 0;
  let start = -1;
  let digit = false;
  let currencyAt: number[] | undefined;
  for (let i = from; i <= to; i++) {
    const code = i < to ? source.charCodeAt(i) : 32;
    if (isSpace(code)) {
      if (start >= 0) {
        const word = source.slice(start, i);
        if (isCurrencyWord(word)) (currencyAt ??= []).push(words.length);
        else {
          words.push(word);
          if (digit) figureWords++;
        }
        start = -1;
      }
    } else {
      if (start < 0) {
        start = i;
        digit = false;
      }
      if (isDigitCode(code)) digit = true;
    }
  }
  if (currencyAt !== undefined) for (const at of currencyAt) markAmount(words, at);
  return { words, figureWords };
}

/**
 * The currency word that stood before `words[at]`: joined to the figure it marks, the one before it
 * (`100,00 €`) or after it (`€ 100,00`, at the start or after a figure). When both are figures, the
 * one written with cents is marked; when that does not tell, neither is. After a word without digits
 * (`veel €`) it marks nothing.
 */
function markAmount(words: string[], at: number): void {
  const before = at > 0 && hasDigit(words[at - 1]) ? words[at - 1] : undefined;
  const after = at < words.length && hasDigit(words[at]) ? words[at] : undefined;
  if (before !== undefined && (after === undefined || !isWrittenAmount(after) || isWrittenAmount(before))) {
    if (after === undefined || isWrittenAmount(before) !== isWrittenAmount(after)) words[at - 1] = `${before} €`;
  } else if (after !== undefined && (at === 0 || before !== undefined)) words[at] = `€ ${after}`;
}

/** Written with cents (`100,00`, `2.874.015,15`): an amount, where `1.234` may be a count. */
function isWrittenAmount(word: string): boolean {
  return CENTS_ENDING.test(word);
}

/**
 * A line longer than any row (a whole table pasted without its line breaks, or a paragraph): never
 * a row, and a table's figures when words with digits are at least as many as the others.
 */
function readLongLine(raw: string): TextLine {
  let figureWords = 0;
  let otherWords = 0;
  let inWord = false;
  let digit = false;
  for (let i = 0; i <= raw.length; i++) {
    const code = i < raw.length ? raw.charCodeAt(i) : 32;
    if (!isSpace(code)) {
      if (!inWord) digit = false;
      inWord = true;
      if (isDigitCode(code)) digit = true;
    } else if (inWord) {
      if (digit) figureWords++;
      else otherWords++;
      inWord = false;
    }
  }
  const shaped = figureWords > 0 && figureWords >= otherWords;
  return {
    kind: "text",
    text: raw,
    figures: describeFigures(shaped, false, figureWords),
  };
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `€`, `EUR`, `euro` in any case; compared without a regular expression, as it is asked of every word. */
function isCurrencyWord(word: string): boolean {
  if (word === "€") return true;
  if ((word.length !== 3 && word.length !== 4) || (word.charCodeAt(0) | 0x20) !== 0x65) return false;
  const lower = word.toLowerCase();
  return lower === "eur" || lower === "euro";
}

/** `2021`, `15/06/2021`, `2021-03`: a year of these decades or a date written with digits. */
function isYearOrDate(word: string): boolean {
  // At least three characters (`1/3`), a digit first and last: most words are told without an expression.
  if (word.length < 3 || !isDigitCode(word.charCodeAt(0)) || !isDigitCode(word.charCodeAt(word.length - 1)))
    return false;
  if (!DIGIT_LABEL.test(word)) return false;
  return !/^\d{4}$/.test(word) || (Number(word) >= 1990 && Number(word) <= SCHEME_LAST_YEAR);
}

/** Words with a digit, less those that are a year, a date or a numbering (`1:`): no row's figures. */
function countRowFigures(words: readonly string[], figureWords: number): number {
  if (figureWords === 0) return 0;
  let figures = 0;
  for (const word of words) if (hasDigit(word) && !isYearOrDate(word) && !endsWithColon(word)) figures++;
  return figures;
}

function endsWithColon(word: string): boolean {
  return word.charCodeAt(word.length - 1) === 0x3a;
}

/** `april:` → `april`; the expression only for a word that ends in such a mark, as few do. */
function trimTrailingPunctuation(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  const marked = last === 0x3a || last === 0x3b || last === 0x2c || last === 0x21 || last === 0x3f;
  return marked ? word.replace(TRAILING_PUNCTUATION, "") : word;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (isDigitCode(word.charCodeAt(i))) return true;
  }
  return false;
}

/** `Totaal januari 9.596.256,15 644`: the label, and two figures in the principal's and count's places. */
function readTotal(tokens: readonly string[], order: readonly RegistrationField[]): string[] | undefined {
  if (tokens.length < 2 || tokens.length > MAX_TOTAL_TOKENS) return undefined;
  const last = tokens[tokens.length - 1];
  // `Totaal januari 100,00 €`: an amount alone after the label, the count left out; checked so.
  if (readTotalLabel(tokens, tokens.length - 1) !== undefined && CENTS_ENDING.test(last)) {
    const labelWords = tokens.slice(0, -1);
    return [labelWords.join(" "), ...order.map((field) => (field === "principal" ? last : ""))];
  }
  if (tokens.length < 3) return undefined;
  // One figure with digits is enough: the other may be garbled, and is then reported.
  if (!hasDigit(tokens[tokens.length - 2]) && !hasDigit(last)) return undefined;
  // Most lines are no total: their words are looked at in place, and copied only for a total.
  if (readTotalLabel(tokens, tokens.length - 2) === undefined) return undefined;
  const figures = tokens.slice(-2);
  const labelWords = tokens.slice(0, -2);
  const principalFirst = order.indexOf("principal") < order.indexOf("loans");
  const [principal, loans] = principalFirst ? figures : [figures[1], figures[0]];
  return [
    labelWords.join(" "),
    ...order.map((field) => (field === "principal" ? principal : field === "loans" ? loans : "")),
  ];
}

/**
 * `[year] [month] term principal count`: up to two label words before three figures, at least two of
 * which have digits, so a row with a garbled figure is still a row and its figure is reported.
 */
function readRow(tokens: readonly string[]): string[] | undefined {
  const labelLength = tokens.length - 3;
  // `2021 januari 5 1.000,00 €`: a month where a figure would stand is the label's, and a figure is
  // missing; read so, the row names its month, and the reader says which figure it lacks.
  const monthAtFigure =
    labelLength >= 0 && (isMonthWord(tokens[labelLength]) || NAMED_MONTH_LABEL.test(tokens[labelLength]));
  if (labelLength < MAX_LABEL_TOKENS && monthAtFigure) {
    const figures = tokens.slice(labelLength + 1);
    if (figures.length !== 2 || !figures.every(hasDigit)) return undefined;
    // An amount first (`1.000,00 4`) lacks the term before it; otherwise the count after them is missing.
    const termMissing = CENTS_ENDING.test(figures[0]);
    return [tokens.slice(0, labelLength + 1).join(" "), ...(termMissing ? ["", ...figures] : [...figures, ""])];
  }
  const writtenDate = isWrittenDate(tokens);
  if (labelLength < 0 || (labelLength > MAX_LABEL_TOKENS && !writtenDate)) return undefined;
  for (let i = 0; i < labelLength && !writtenDate; i++) {
    if (hasDigit(tokens[i]) && !DIGIT_LABEL.test(tokens[i]) && !NAMED_MONTH_LABEL.test(tokens[i])) return undefined;
  }
  let figuresWithDigits = 0;
  for (let i = labelLength; i < tokens.length; i++) if (hasDigit(tokens[i])) figuresWithDigits++;
  if (figuresWithDigits < 2) return undefined;
  return [tokens.slice(0, labelLength).join(" "), ...tokens.slice(labelLength)];
}

/** `15 maart 2021 5 1.000,00 € 4`: a row's date written out in three words before its figures. */
function isWrittenDate(tokens: readonly string[]): boolean {
  return tokens.length === 6 && DAY_WORD.test(tokens[0]) && isMonthWord(tokens[1]) && YEAR_WORD.test(tokens[2]);
}

/**
 * A line that only names a year or a month, as a report copied from a PDF lays out a merged cell:
 * `2021`, `Jaar 2021`, `Year 2021`, `maart 2021`, `2021 maart`, `maart`. Years of the scheme only.
 */
function readHeading(words: readonly string[]): TextLine | undefined {
  const [first, second] = words.map(trimTrailingPunctuation);
  if (second === undefined) {
    const year = readSchemeYear(first);
    if (year !== undefined) return { kind: "heading", year, monthNumber: undefined };
    const monthNumber = findMonthNumber(first);
    return monthNumber === undefined ? undefined : { kind: "heading", year: undefined, monthNumber };
  }
  const year = readSchemeYear(second) ?? readSchemeYear(first);
  if (year === undefined) return undefined;
  const label = readSchemeYear(second) === undefined ? second : first;
  if (YEAR_LABEL.test(label)) return { kind: "heading", year, monthNumber: undefined };
  const monthNumber = findMonthNumber(label);
  return monthNumber === undefined ? undefined : { kind: "heading", year, monthNumber };
}

const YEAR_LABEL = /^(jaar|year)$/i;

/** `maart`, `Mrt.`, `april:`; month names run from 3 to 9 letters. */
function isMonthWord(word: string): boolean {
  // Every month name starts with a letter a to z: other words are passed over before any lookup.
  const letter = word.charCodeAt(0) | 0x20;
  if (word.length < 3 || word.length > 12 || letter < 0x61 || letter > 0x7a || hasDigit(word)) return false;
  return findMonthNumber(trimTrailingPunctuation(word)) !== undefined;
}

/**
 * What a line that is no row holds. Shaped: a short line of figures, or a month name and a figure,
 * as a row that lost its shape (a footnote mark, a word too many) has, which must never pass for
 * prose; prose has more words. A month beside a figure in a longer line is part of a table after one.
 */
function readTextFigures(words: readonly string[], figureWords: number): TextFigures {
  // Figures at least as many as the other words: rows run together (`6 2.000,00 € 2 7 3.000,00 € 1`),
  // however long, never a sentence. Only figures a row holds count: a year, a date or a numbering
  // (`Tabel 1:`) is what titles hold (`Registraties 2021`, `Tabel 1: januari - mei 2021`).
  const rowFigures = countRowFigures(words, figureWords);
  const mostlyFigures = rowFigures > 0 && rowFigures >= words.length - rowFigures;
  if (words.length > MAX_MONTH_LINE_TOKENS) return describeFigures(mostlyFigures, false, figureWords);
  let monthWord = false;
  for (let i = 0; i < words.length && !monthWord; i++) monthWord = isMonthWord(words[i]);
  const short = words.length <= MAX_SHAPED_TOKENS;
  // `Totaal juni` with its figures left out is a table's line wherever it stands, never prose.
  const shaped = mostlyFigures || (rowFigures > 0 && short && monthWord) || (monthWord && isMonthTotalLabel(words));
  return describeFigures(shaped, monthWord, figureWords, monthWord && !isDatedLine(words));
}

function isMonthTotalLabel(words: readonly string[]): boolean {
  return words.length <= MAX_TOTAL_TOKENS && readTotalLabel(words)?.kind === "month";
}

/**
 * The figures of a line, from a small table made once: a pasted text can have 100,000s of text
 * lines, and an object for each is work for the garbage collector. Figure words are counted up to
 * two, as far as the reader looks (none, one, more).
 */
function describeFigures(shaped: boolean, monthWord: boolean, figureWords: number, monthLabel = false): TextFigures {
  return FIGURES[(shaped ? 9 : 0) + (monthLabel ? 6 : monthWord ? 3 : 0) + Math.min(figureWords, 2)];
}

/** No month name, one in a written date, one on its own. */
const MONTH_KINDS = [
  { monthWord: false, monthLabel: false },
  { monthWord: true, monthLabel: false },
  { monthWord: true, monthLabel: true },
] as const;

const FIGURES: readonly TextFigures[] = [false, true].flatMap((shaped) =>
  MONTH_KINDS.flatMap(({ monthWord, monthLabel }) =>
    [0, 1, 2].map((figureWords) => ({
      shaped,
      monthWithFigure: monthWord && figureWords > 0,
      figureWords,
      monthWord,
      dated: false,
      monthLabel,
    })),
  ),
);

const DATED: TextFigures = {
  shaped: false,
  monthWithFigure: false,
  figureWords: 2,
  monthWord: true,
  dated: true,
  monthLabel: false,
};
const DAY_WORD = /^\d{1,2}$/;
const YEAR_WORD = /^(19|20)\d\d[.,;:]?$/;

/**
 * A day, a month name and a year in a row among words (`Persbericht Vlaamse Regering - 3 juni 2021`):
 * the date a press release or a page heading carries; its month begins no month of the table.
 */
function isDatedLine(words: readonly string[]): boolean {
  for (let i = 1; i + 1 < words.length; i++) {
    // The month word first: it is told from most words without an expression.
    if (isMonthWord(words[i]) && DAY_WORD.test(words[i - 1]) && YEAR_WORD.test(words[i + 1])) {
      const day = Number(words[i - 1]);
      return day >= 1 && day <= 31;
    }
  }
  return false;
}

/**
 * The fields a line's words name, in order (`Lening periode` is one field), and the words that name
 * none. A header when every word names a field and at least two fields are named
 * (`Registratiedatum Lening periode Hoofdsom Aantal leningen`).
 */
function matchHeaderWords(text: string): { fields: RegistrationField[]; unknownWords: string[] } {
  const words = normaliseHeader(text)
    .split(" ")
    .filter((word) => word !== "");
  const fields: RegistrationField[] = [];
  const unknownWords: string[] = [];
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
    if (matched === 0) unknownWords.push(words[i]);
    i += Math.max(matched, 1);
  }
  return { fields, unknownWords };
}

/**
 * A line that names two or more of the figure columns, with words besides that name no column; undefined
 * for any other line. Its figures are those of text: unless rows follow it, it is a title.
 */
function readHeaderLike(
  named: { fields: readonly RegistrationField[]; unknownWords: readonly string[] },
  words: readonly string[],
): HeaderLike | undefined {
  const figureOrder = listFigureFields(named.fields);
  return figureOrder.length >= 2 && named.unknownWords.length > 0
    ? { figureOrder, unknownWords: named.unknownWords, figures: readTextFigures(words, 0) }
    : undefined;
}

/**
 * The order of term, principal and count in the rows, as the header names them; the default when it
 * names fewer in that order; undefined when it names fewer in another (where the third goes is open).
 */
function orderOfFigures(fields: readonly RegistrationField[]): readonly RegistrationField[] | undefined {
  const order = listFigureFields(fields);
  if (order.length === 3) return order;
  return contradictsOrder(order, DEFAULT_ORDER) ? undefined : DEFAULT_ORDER;
}

function listFigureFields(fields: readonly RegistrationField[]): RegistrationField[] {
  return [...new Set(fields.filter((field) => DEFAULT_ORDER.includes(field)))];
}

/** Whether a line of copied text reads as a row or a total row of a report table. */
export function readsAsTextRow(raw: string): boolean {
  return readTextLine(raw, DEFAULT_ORDER).kind === "cells";
}
