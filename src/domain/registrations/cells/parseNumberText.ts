import { DecimalSeparator } from "./decimalSeparator";
import { isDigitCode } from "../../text/characterCodes";

/**
 * Numbers as analysts' files write them: Belgian `2.874.015,15`, English `2,874,015.15`, plain
 * `2874015.15`, with or without `€`/`EUR`, spaces or non-breaking spaces as thousands separators.
 *
 * The rule, the same for every file and column, so no delimiter or locale has to be guessed:
 * - both `.` and `,` present: the last one is the decimal separator, the other groups thousands;
 * - one kind of separator, several times (`2.874.015`): thousands;
 * - one separator once, followed by exactly three digits after a first group of 1–3 digits not
 *   starting with 0 (`1.234`, `1,234`): thousands. Money has at most two decimals, so a Belgian
 *   `1.234` (1,234 euro) and an English `1,234` mean the same, and `1.234` euro is never meant;
 *   unless `decimalSeparator`, what the file's other figures show (decimalSeparator.ts), is that one;
 * - otherwise one separator is decimal (`1,5`, `1.50`, `0.500`, `1234.567`).
 * Thousands groups must be whole: `1.23.456` and `1.234.56` are not numbers.
 * Written as a character loop without regular expressions: it runs once per cell on 100,000s of rows.
 */
export function parseNumberText(text: string, decimalSeparator?: DecimalSeparator): number {
  const plain = readPlainAmount(text);
  if (plain >= 0) return plain;
  let start = 0;
  let end = text.length;
  while (start < end && isIgnorableAtEdge(text.charCodeAt(start))) start++;
  while (end > start && isIgnorableAtEdge(text.charCodeAt(end - 1))) end--;
  // `EUR`/`euro` beside the figure: looked for only when a letter stands at either edge.
  if (isAsciiLetter(text.charCodeAt(end - 1))) end = stripTrailingCurrencyWord(text, start, end);
  if (isAsciiLetter(text.charCodeAt(start))) start = stripLeadingCurrencyWord(text, start, end);
  let sign = 1;
  const first = text.charCodeAt(start);
  if (first === MINUS || first === UNICODE_MINUS || first === PLUS) {
    sign = first === PLUS ? 1 : -1;
    start++;
    while (start < end && isIgnorableAtEdge(text.charCodeAt(start))) start++;
  }
  if (start >= end) return NaN;
  return sign * parseUnsigned(text, start, end, decimalSeparator === "," ? COMMA : decimalSeparator === "." ? DOT : -1);
}

/**
 * The shapes most amounts take, read in one pass: digits only (`2874015`), or a decimal separator
 * with one or two decimals after digits grouped by the other separator or not at all
 * (`2.874.015,15`, `2,874,015.15`, `1234,5`). For these the rule above has one answer whatever
 * the file's decimal separator, and it is computed here with the same arithmetic. -1 for anything
 * else (signs, spaces, currency, `1.234`, broken groups), which the rule reads in full.
 */
function readPlainAmount(text: string): number {
  const length = text.length;
  if (length === 0 || length > PLAIN_LENGTH_LIMIT) return -1;
  let integer = 0;
  let group = 0;
  let groups = 0;
  let groupCode = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) {
      integer = integer * 10 + (code - 48);
      group++;
      continue;
    }
    if (code !== DOT && code !== COMMA) return -1;
    const decimals = length - i - 1;
    if (decimals >= 1 && decimals <= 2 && code !== groupCode && (groups === 0 || group === 3) && group > 0) {
      const value = addDecimals(text, i + 1, length, integer);
      return value === value ? value : -1;
    }
    // A thousands separator: after a first group of 1–3 digits, then after groups of three, always the same.
    if (groups === 0 ? group < 1 || group > 3 : code !== groupCode || group !== 3) return -1;
    groupCode = code;
    groups++;
    group = 0;
  }
  // Grouped without decimals (`1.234`, `1.234.567`) depends on the file: the rule decides.
  return groups === 0 ? integer : -1;
}

/** `integer` plus the digits from `from` to `end` as its decimals; NaN when one is no digit. */
function addDecimals(text: string, from: number, end: number, integer: number): number {
  let fraction = 0;
  let scale = 1;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isDigitCode(code)) return NaN;
    fraction = fraction * 10 + (code - 48);
    scale *= 10;
  }
  return integer + fraction / scale;
}

/** Longer figures (17 digits and more) are read by the rule, which says what it makes of them. */
const PLAIN_LENGTH_LIMIT = 16;

const DOT = 46;
const COMMA = 44;
const SPACE = 32;
const MINUS = 45;
const PLUS = 43;
const UNICODE_MINUS = 0x2212;
const EURO = 0x20ac;

/** Spaces that group digits or stand beside a figure (narrower than the text tokenizer's word breaks). */
function isGroupSpace(code: number): boolean {
  return code === SPACE || code === 0xa0 || code === 0x202f || code === 0x2007 || code === 9;
}

function isIgnorableAtEdge(code: number): boolean {
  return isGroupSpace(code) || code === EURO || code === 10 || code === 13;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

/** `EUR` / `euro` before or after the figure, as some exports write it. */
function stripTrailingCurrencyWord(text: string, start: number, end: number): number {
  for (const word of CURRENCY_WORDS) {
    if (end - start > word.length && matchesWordAt(text, end - word.length, word)) {
      let cut = end - word.length;
      while (cut > start && isIgnorableAtEdge(text.charCodeAt(cut - 1))) cut--;
      return cut;
    }
  }
  return end;
}

function stripLeadingCurrencyWord(text: string, start: number, end: number): number {
  for (const word of CURRENCY_WORDS) {
    if (end - start > word.length && matchesWordAt(text, start, word)) {
      let cut = start + word.length;
      while (cut < end && isIgnorableAtEdge(text.charCodeAt(cut))) cut++;
      return cut;
    }
  }
  return start;
}

/** Case-insensitive comparison of ASCII letters without building strings. */
function matchesWordAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

const CURRENCY_WORDS = ["euro", "eur"] as const;

/**
 * Digits with separators between `start` and `end`. Spaces may only group thousands; a dot or comma
 * is classified by the rule above once the whole figure has been seen.
 */
function parseUnsigned(text: string, start: number, end: number, decimalOfFile: number): number {
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  let lastDot = -1;
  let lastComma = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) continue;
    if (code === DOT) {
      dots++;
      lastDot = i;
    } else if (code === COMMA) {
      commas++;
      lastComma = i;
    } else if (isGroupSpace(code)) {
      spaces++;
    } else {
      return NaN;
    }
  }
  if (!isDigitCode(text.charCodeAt(start)) || !isDigitCode(text.charCodeAt(end - 1))) return NaN;
  let decimalAt = -1;
  let decimalCode = -1;
  if (dots > 0 && commas > 0) {
    decimalAt = Math.max(lastDot, lastComma);
    decimalCode = decimalAt === lastDot ? DOT : COMMA;
    if ((decimalCode === DOT ? dots : commas) !== 1) return NaN;
  } else if (dots + commas === 1) {
    const at = dots === 1 ? lastDot : lastComma;
    // `2,500` is 2500 unless the file writes its decimals with that very comma.
    if (spaces > 0 || text.charCodeAt(at) === decimalOfFile || !looksLikeOneThousandsGroup(text, start, at, end)) {
      decimalAt = at;
      decimalCode = text.charCodeAt(at);
    }
  }
  const integerEnd = decimalAt === -1 ? end : decimalAt;
  const integer = readGroupedInteger(text, start, integerEnd, decimalCode);
  if (integer !== integer) return NaN;
  if (decimalAt === -1) return integer;
  return addDecimals(text, decimalAt + 1, end, integer);
}

/** `1.234` or `1,234`: a first group of 1–3 digits (not starting with 0) and then exactly three. */
function looksLikeOneThousandsGroup(text: string, start: number, at: number, end: number): boolean {
  const before = at - start;
  return end - at - 1 === 3 && before >= 1 && before <= 3 && text.charCodeAt(start) !== 48;
}

/**
 * The integer part, whose separators (anything but `decimalCode`) must group exactly three digits
 * after a first group of one to three. NaN when the grouping is broken.
 */
function readGroupedInteger(text: string, start: number, end: number, decimalCode: number): number {
  let value = 0;
  let groupLength = 0;
  let groups = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) {
      value = value * 10 + (code - 48);
      groupLength++;
      continue;
    }
    if (code === decimalCode) return NaN;
    // A separator: the group before it must be whole.
    if (groups === 0 ? groupLength < 1 || groupLength > 3 : groupLength !== 3) return NaN;
    groups++;
    groupLength = 0;
  }
  if (groups > 0 && groupLength !== 3) return NaN;
  if (end === start) return NaN;
  return value;
}
