import { RegistrationImport } from "../registrationImport";
import { ImportCollector, RegistrationChecks } from "./importCollector";
import { REGISTRATION_FORMATS, RegistrationInput, TEXT_SETTINGS } from "./registrationFormats";
import { TableReader, TableSettings } from "./tableReader";

/**
 * Reads registration figures from any of the shapes analysts receive: text copied from a press
 * release or report (or a PDF's text lines), a delimited export (CSV/TSV; the delimiter is
 * detected), or the values of an Excel range. Never throws: whatever cannot be read becomes an
 * issue with its line, and `lines` accounts for every non-blank line.
 */
export function parseRegistrations(input: RegistrationInput): RegistrationImport {
  const normalised = typeof input === "string" ? normaliseText(input) : Array.isArray(input) ? input : "";
  for (const format of REGISTRATION_FORMATS) {
    const settings = format.detect(normalised);
    if (settings !== undefined)
      return readRegistrationTable(
        settings,
        (reader) => format.tokenize(normalised, settings, reader),
        typeof normalised === "string" ? normalised : undefined,
      );
  }
  return readRegistrationTable(TEXT_SETTINGS, () => undefined);
}

/**
 * The one table reader over what `feed` hands it, into the import's records and issues; `source` is
 * the text whose lines the issues number, when the input is a text.
 */
export function readRegistrationTable(
  settings: TableSettings,
  feed: (reader: TableReader) => void,
  source?: string,
  checks: RegistrationChecks = "all",
): RegistrationImport {
  const collector = new ImportCollector(source, checks);
  const reader = new TableReader(settings, collector);
  feed(reader);
  const { rows, lines } = reader.finish();
  return collector.finish({ ...settings.format, rows }, lines);
}

/** No byte-order mark, and `\n` for `\r\n` and `\r`: one line end per line, so line numbers stay those of the input. */
function normaliseText(input: string): string {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!text.includes("\r")) return text;
  // Windows line ends first, by splitting on them: a third faster than the expression on a 4 MB file.
  const lines = text.split("\r\n").join("\n");
  return lines.includes("\r") ? lines.replace(/\r/g, "\n") : lines;
}
