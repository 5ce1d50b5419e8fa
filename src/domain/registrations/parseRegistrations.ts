import { detectDelimiter } from "./detectDelimiter";
import { parseDelimitedRegistrations } from "./parseDelimitedRegistrations";
import { parseRegistrationRange } from "./parseRegistrationRange";
import { parseRegistrationText } from "./parseRegistrationText";
import { RegistrationImport } from "./registrationImport";

/**
 * Reads registration figures from any of the three shapes analysts receive: text copied from a
 * press release or report, a delimited export (CSV/TSV; the delimiter is detected), or the values
 * of an Excel range. Never throws: whatever cannot be read becomes an issue with its line.
 */
export function parseRegistrations(input: string | readonly (readonly unknown[])[]): RegistrationImport {
  if (Array.isArray(input)) return parseRegistrationRange(input);
  if (typeof input !== "string") return parseRegistrationText("");
  const text = normaliseLineEnds(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const delimiter = detectDelimiter(text);
  return delimiter === undefined ? parseRegistrationText(text) : parseDelimitedRegistrations(text, delimiter);
}

/** `\r\n` and `\r` become `\n`: one line end per line, so line numbers stay those of the input. */
function normaliseLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
