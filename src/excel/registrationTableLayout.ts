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
  year: "Jaar",
  monthNumber: "Maandnummer",
} as const;

/** The columns every version of the add-in made, in this order: an import refuses a table without them. */
export const BASE_COLUMNS: readonly string[] = [
  COLUMN.month,
  COLUMN.termYears,
  COLUMN.principal,
  COLUMN.loans,
  COLUMN.average,
  COLUMN.province,
  COLUMN.source,
];

/**
 * A new table's columns: the base columns, then the helper columns Jaar and Maandnummer that
 * PerJaarEnMaand puts on its axes. Tables made before them get them appended at their next import,
 * after any column a colleague added, so no existing column moves.
 */
export const REGISTRATION_COLUMNS: readonly string[] = [...BASE_COLUMNS, COLUMN.year, COLUMN.monthNumber];

/** Index of each column in a table row. */
export const MONTH_INDEX = 0;

/** Number formats in Excel's en-US codes, whatever the user's locale. */
export const EURO_FORMAT = "#,##0.00 [$€-813]";
export const MONTH_FORMAT = "mmm yyyy";
export const WHOLE_NUMBER_FORMAT = "0";
export const TEXT_FORMAT = "General";
/** Formats of the base columns, in their order. */
export const BASE_FORMATS: readonly string[] = [
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
 * Calculated like the average, so a month corrected by hand moves its row to the right year and
 * month in PerJaarEnMaand. A row without a date in Maand (Excel's empty row, a colleague's note)
 * stays empty rather than counting as the year 1900 or showing #VALUE! on the PivotTable's axis.
 * Written as Excel writes them back (`[@Maand]`, without the brackets a plain name needs not), so a
 * row reads as written when an import looks for its own rows.
 */
export const YEAR_FORMULA = `=IF(ISNUMBER([@${COLUMN.month}]),YEAR([@${COLUMN.month}]),"")`;
export const MONTH_NUMBER_FORMULA = `=IF(ISNUMBER([@${COLUMN.month}]),MONTH([@${COLUMN.month}]),"")`;

/** The helper columns, in the order they are appended: name, formula of every row, format. */
export const HELPER_COLUMNS: readonly { readonly name: string; readonly formula: string; readonly format: string }[] = [
  { name: COLUMN.year, formula: YEAR_FORMULA, format: WHOLE_NUMBER_FORMAT },
  { name: COLUMN.monthNumber, formula: MONTH_NUMBER_FORMULA, format: WHOLE_NUMBER_FORMAT },
];

export const REGISTRATION_FORMATS: readonly string[] = [
  ...BASE_FORMATS,
  ...HELPER_COLUMNS.map((helper) => helper.format),
];

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

/** `A1:I1`: where a new table's header row goes, on a sheet of its own. */
export function headerRowAddress(columnCount: number): string {
  return `A1:${String.fromCharCode(64 + columnCount)}1`;
}
