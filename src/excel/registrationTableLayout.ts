/**
 * The workbook's fixed names and the shape of the table `Registraties`. Team workbooks and their
 * formulas refer to these names: changing one breaks users' workbooks.
 */
export const REGISTRATION_SHEET = "Registraties";
export const REGISTRATION_TABLE = "Registraties";
export const SUMMARY_SHEET = "Samenvatting";
export const LOG_SHEET = "Importlog";
export const LOG_TABLE = "Importlog";

export const COLUMN = {
  month: "Maand",
  termYears: "Looptijd (jaar)",
  principal: "Hoofdsom (EUR)",
  loans: "Aantal leningen",
  average: "Gemiddeld bedrag (EUR)",
  province: "Provincie",
  source: "Bron",
} as const;

export const REGISTRATION_COLUMNS: readonly string[] = [
  COLUMN.month,
  COLUMN.termYears,
  COLUMN.principal,
  COLUMN.loans,
  COLUMN.average,
  COLUMN.province,
  COLUMN.source,
];

/** Index of each column in a table row. */
export const MONTH_INDEX = 0;

/** Number formats in Excel's en-US codes, whatever the user's locale. */
export const EURO_FORMAT = "#,##0.00 [$€-813]";
export const MONTH_FORMAT = "mmm yyyy";
export const WHOLE_NUMBER_FORMAT = "0";
export const TEXT_FORMAT = "General";
export const REGISTRATION_FORMATS: readonly string[] = [
  MONTH_FORMAT,
  WHOLE_NUMBER_FORMAT,
  EURO_FORMAT,
  WHOLE_NUMBER_FORMAT,
  EURO_FORMAT,
  TEXT_FORMAT,
  TEXT_FORMAT,
];

/** The calculated column: recomputed by Excel, so an edited principal or count keeps it right. */
export const AVERAGE_FORMULA = `=IFERROR([@[${COLUMN.principal}]]/[@[${COLUMN.loans}]],0)`;

/**
 * The log's last column: lines of the input left out by "import the correct rows only", counted and
 * listed. Logs made before it existed get it added at their next import, their rows untouched.
 */
export const SKIPPED_LINES_COLUMN = "Overgeslagen regels";

export const LOG_COLUMNS: readonly string[] = [
  "Tijdstip",
  "Bron",
  "Rijen",
  "Leningen",
  "Hoofdsom (EUR)",
  "Meldingen",
  "Hash van de invoer",
  SKIPPED_LINES_COLUMN,
];
export const LOG_FORMATS: readonly string[] = [
  "yyyy-mm-dd hh:mm:ss",
  TEXT_FORMAT,
  WHOLE_NUMBER_FORMAT,
  WHOLE_NUMBER_FORMAT,
  EURO_FORMAT,
  WHOLE_NUMBER_FORMAT,
  TEXT_FORMAT,
  TEXT_FORMAT,
];

/** `A1:G1`: where a new table's header row goes, on a sheet of its own. */
export function headerRowAddress(columnCount: number): string {
  return `A1:${String.fromCharCode(64 + columnCount)}1`;
}
