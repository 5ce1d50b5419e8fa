import { detectDelimiter } from "./detectDelimiter";
import { TableReader, TableSettings } from "./tableReader";
import { Delimiter, tokenizeDelimited } from "./tokenizeDelimited";
import { isRangeOfLines, tokenizeRange, tokenizeRangeLines } from "./tokenizeRange";
import { tokenizeText } from "./tokenizeText";

/** What an import reads: text (a paste, a CSV file, a PDF's text lines) or a range's values. */
export type RegistrationInput = string | readonly (readonly unknown[])[];

/**
 * One source of registration tables: how to recognise it and how to cut it into cells for the one
 * table reader. Adding a format is one entry here and one tokenizer file.
 */
export interface RegistrationFormat {
  /** The reader's settings for this input, or undefined when the input is not in this format. */
  detect(input: RegistrationInput): TableSettings | undefined;
  tokenize(input: RegistrationInput, settings: TableSettings, reader: TableReader): void;
}

export const RANGE_SETTINGS: TableSettings = {
  format: { source: "range" },
  positional: "afterSearch",
  yearWrittenOnce: false,
};

/** A range whose first column holds a copied report's lines: read as copied text is. */
export const RANGE_LINES_SETTINGS: TableSettings = {
  format: { source: "range" },
  positional: "immediate",
  yearWrittenOnce: true,
};

/** How a range is read: as cells, or, when it is a pasted report's lines in one column, as those lines. */
export function chooseRangeReading(values: readonly unknown[]): {
  settings: TableSettings;
  tokenize: (values: readonly unknown[], firstRow: number, reader: TableReader) => void;
} {
  return isRangeOfLines(values)
    ? { settings: RANGE_LINES_SETTINGS, tokenize: tokenizeRangeLines }
    : { settings: RANGE_SETTINGS, tokenize: tokenizeRange };
}

export const TEXT_SETTINGS: TableSettings = {
  format: { source: "text" },
  positional: "immediate",
  yearWrittenOnce: true,
};

export function delimitedSettings(delimiter: Delimiter): TableSettings {
  return { format: { source: "delimited", delimiter }, positional: "never", yearWrittenOnce: false };
}

/** Tried in order; the first whose `detect` answers reads the input. Copied text takes any text. */
export const REGISTRATION_FORMATS: readonly RegistrationFormat[] = [
  {
    detect: (input) => (Array.isArray(input) ? chooseRangeReading(input).settings : undefined),
    tokenize: (input, _settings, reader) =>
      chooseRangeReading(input as readonly unknown[]).tokenize(input as readonly unknown[], 1, reader),
  },
  {
    detect: (input) => {
      const delimiter = typeof input === "string" ? detectDelimiter(input) : undefined;
      return delimiter === undefined ? undefined : delimitedSettings(delimiter);
    },
    tokenize: (input, settings, reader) =>
      tokenizeDelimited(input as string, settings.format.delimiter as Delimiter, reader),
  },
  {
    detect: (input) => (typeof input === "string" ? TEXT_SETTINGS : undefined),
    tokenize: (input, _settings, reader) => tokenizeText(input as string, reader),
  },
];
