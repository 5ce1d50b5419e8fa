import { MessageParam } from "../errors/messageCatalogue";

/**
 * A cell's value as it may appear in a message: as written, on one line (a quoted CSV cell can hold
 * line breaks, which would break the message apart), shortened past 40 characters.
 */
export function describeCell(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const raw = toText(value);
  const text = LINE_BREAK.test(raw) ? raw.replace(LINE_BREAKS, " ") : raw;
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const LINE_BREAK = /[\r\n]/;
const LINE_BREAKS = /\s*[\r\n]+\s*/g;

/**
 * `String(value)`, except that it never throws (an object without a prototype has no toString), and
 * an Excel error a cell holds shows as Excel shows it (`#N/A`), not as "Error".
 */
function toText(value: unknown): string {
  const code = typeof value === "object" && value !== null ? (value as { code?: unknown }).code : undefined;
  if (typeof code === "string" && code.startsWith("#")) return code;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * A cell in a message: a number as the message's language writes its decimals (`100,005` in Dutch,
 * where `100.005` reads as a hundred thousand and five), anything else as written.
 */
export function describeCellValue(value: unknown): MessageParam {
  return typeof value === "number" && Number.isFinite(value) ? { decimal: value } : describeCell(value);
}
