/**
 * Text as it must be written through `range.values` to arrive as that very text. Excel reads a
 * written string as if typed: `=`, `+`, `-` or `@` start a formula (a province called
 * `=HYPERLINK(...)` would run), and digits become a number. A leading apostrophe makes Excel keep
 * the rest as text and is not part of the cell's value, so every text is written behind one.
 */
export function toWriteSafeText(text: string): string {
  return text === "" ? "" : `'${text}`;
}
