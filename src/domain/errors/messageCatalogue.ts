/**
 * Every message the add-in shows for bad input, in Dutch and English, keyed by a stable snake_case code.
 * Codes are part of the contract (tests, logs, the import's issue list); texts may be improved freely.
 * Placeholders `{name}` are filled from the error's params.
 */
export const MESSAGE_CATALOGUE = {
  argument_missing: {
    nl: "{argument} ontbreekt.",
    en: "{argument} is missing.",
  },
  argument_not_number: {
    nl: "{argument} moet een getal zijn, niet '{value}'.",
    en: "{argument} must be a number, not '{value}'.",
  },
  argument_not_date: {
    nl: "{argument} moet een datum zijn (datumwaarde, 2021-03-15 of 15/03/2021), niet '{value}'.",
    en: "{argument} must be a date (date value, 2021-03-15 or 15/03/2021), not '{value}'.",
  },
  argument_not_month: {
    nl: "{argument} moet een maand zijn (een datum in die maand of 2021-03), niet '{value}'.",
    en: "{argument} must be a month (a date in that month or 2021-03), not '{value}'.",
  },
  argument_negative: {
    nl: "{argument} mag niet negatief zijn ({value}).",
    en: "{argument} cannot be negative ({value}).",
  },
  date_before_scheme: {
    nl: "De win-winlening bestaat pas sinds 1 september 2006; {date} valt daarvoor.",
    en: "The win-win loan exists only since 1 September 2006; {date} is before that.",
  },
  range_too_narrow: {
    nl: "Het bereik heeft {columns} kolommen; nodig zijn maand, looptijd, hoofdsom en aantal leningen.",
    en: "The range has {columns} columns; month, term, principal and number of loans are needed.",
  },
  range_column_missing: {
    nl: "De kopregel heeft geen kolom '{column}'.",
    en: "The header row has no '{column}' column.",
  },
  range_row_month_invalid: {
    nl: "Rij {row}: de maand '{value}' is geen datum.",
    en: "Row {row}: the month '{value}' is not a date.",
  },
  range_row_not_number: {
    nl: "Rij {row}: {column} '{value}' is geen getal.",
    en: "Row {row}: {column} '{value}' is not a number.",
  },
  range_row_cell_empty: {
    nl: "Rij {row}: {column} is leeg.",
    en: "Row {row}: {column} is empty.",
  },
  no_registrations: {
    nl: "Geen registraties in {month}.",
    en: "No registrations in {month}.",
  },
  no_registrations_for_term: {
    nl: "Geen registraties in {month} met een looptijd van {term} jaar.",
    en: "No registrations in {month} with a term of {term} years.",
  },
} as const;

export type MessageCode = keyof typeof MESSAGE_CATALOGUE;
export type Language = "nl" | "en";
export type MessageParams = Readonly<Record<string, string | number>>;

export function formatMessage(code: MessageCode, params: MessageParams, language: Language): string {
  const template: string = MESSAGE_CATALOGUE[code][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
