/**
 * Finding the registration columns by their header, in Dutch or English, in any order.
 * Names are compared after folding case, accents, units in brackets and punctuation, so
 * `Hoofdsom (EUR)`, `hoofdsom` and `HOOFDSOM €` are the same column.
 */
export type RegistrationField =
  "month" | "date" | "conclusionDate" | "year" | "termYears" | "principal" | "loans" | "province" | "source";

const ALIASES: Readonly<Record<RegistrationField, readonly string[]>> = {
  month: ["maand", "month", "registratiemaand", "registration month"],
  date: ["registratiedatum", "registration date", "datum", "date", "datum registratie"],
  // Read when no registration date stands beside it: the registration date is what is counted.
  conclusionDate: ["afsluitdatum", "conclusion date", "datum afsluiting"],
  // `Jaar` and `Year` alone are matched before folding, which drops them as a term's unit (`Looptijd (jaar)`).
  year: ["registratiejaar", "jaar registratie"],
  termYears: ["looptijd", "term", "lening periode", "looptijd jaar", "term years", "looptijd in jaar", "periode"],
  principal: ["hoofdsom", "principal", "bedrag", "amount", "hoofdsom eur", "principal eur"],
  loans: ["aantal leningen", "aantal", "loans", "number of loans", "leningen", "count"],
  province: ["provincie", "province"],
  source: ["bron", "source"],
};

const FIELD_BY_ALIAS: ReadonlyMap<string, RegistrationField> = new Map(
  (Object.keys(ALIASES) as RegistrationField[]).flatMap((field) =>
    ALIASES[field].map((alias): [string, RegistrationField] => [normaliseHeader(alias), field]),
  ),
);

export function normaliseHeader(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
      // Units are no part of a column's name; `namesScaledAmount` reads the ones that scale an amount.
      .replace(/\bk ?€|€ ?k\b|\bkeur\b/g, " ")
      .replace(/[€$%]|\beur\b|\byears?\b|\bjaar\b|\bin\b/g, " ")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
  );
}

/*
 * Every row the reader cannot place is asked whether it is a header further down, and a broken
 * paste has 100,000s of them with the same few short cells: each distinct cell is normalised once.
 * The cache keeps short cells only and stops growing past its limit, so a text of unique or long
 * cells cannot exhaust memory.
 */
const NO_FIELD = "";
const YEAR_HEADER = /^\s*(jaar|year)\s*$/i;
const FIELD_CACHE_LIMIT = 20_000;
const FIELD_CACHE_CELL_LENGTH = 40;
const FIELD_BY_CELL = new Map<string, RegistrationField | typeof NO_FIELD>();

/** The field a header cell names, or undefined for a column this add-in does not read. */
export function findHeaderField(cell: unknown): RegistrationField | undefined {
  if (typeof cell !== "string") return undefined;
  const known = FIELD_BY_CELL.get(cell);
  if (known !== undefined) return known === NO_FIELD ? undefined : known;
  const field = FIELD_BY_ALIAS.get(normaliseHeader(cell)) ?? (YEAR_HEADER.test(cell) ? "year" : undefined);
  if (cell.length <= FIELD_CACHE_CELL_LENGTH && FIELD_BY_CELL.size < FIELD_CACHE_LIMIT)
    FIELD_BY_CELL.set(cell, field ?? NO_FIELD);
  return field;
}

export type ColumnMap = Partial<Record<RegistrationField, number>>;

/**
 * The columns a header row names (first occurrence wins). A row is a header when at least two of its
 * cells name a field: one word alone ("Maand") is too weak a signal to take a data row for a header.
 */
export function mapHeaderRow(row: readonly unknown[]): ColumnMap | undefined {
  // Every row the reader cannot place is asked this: nothing is allocated until a cell names a field.
  let columns: ColumnMap | undefined;
  let found = 0;
  for (let index = 0; index < row.length; index++) {
    const field = findHeaderField(row[index]);
    if (field === undefined) continue;
    columns ??= {};
    if (columns[field] === undefined) {
      columns[field] = index;
      found++;
    }
  }
  return found >= 2 ? columns : undefined;
}

/** A header row found among a sample's rows: where it stands, and the columns it names. */
export interface FoundHeader {
  readonly index: number;
  readonly columns: ColumnMap;
}

/**
 * The first row among `rows[0..rowCount)` that is a header: found once per input, it tells both which
 * column's figures show the decimal separator and whether the rows are a table of months.
 */
export function findFirstHeader(rows: readonly unknown[], rowCount: number): FoundHeader | undefined {
  for (let r = 0; r < rows.length && r < rowCount; r++) {
    const row = rows[r];
    // A row of numbers (most of a range) is no header: passed over without asking what it names.
    if (!Array.isArray(row) || !hasTextCell(row)) continue;
    const columns = mapHeaderRow(row);
    if (columns !== undefined) return { index: r, columns };
  }
  return undefined;
}

/**
 * Whether rows are a table of months, each row dated on its month (`1/3/2021`) rather than on a
 * day: their first header (`findFirstHeader`) names a month column (`Maand`) and a count of loans. Without a header,
 * `withoutHeader`: a range read by position (month, term, principal, loans) is one; a file is not.
 */
export function isTableOfMonths(header: FoundHeader | undefined, withoutHeader: boolean): boolean {
  return header === undefined
    ? withoutHeader
    : header.columns.month !== undefined && header.columns.loans !== undefined;
}

function hasTextCell(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (typeof row[c] === "string" && row[c] !== "") return true;
  return false;
}

/**
 * Whether a header cell counts its amounts in thousands or millions (`Hoofdsom (duizend euro)`,
 * `Bedrag k€`, `Principal (EUR million)`): the units `normaliseHeader` folds away.
 */
export function namesScaledAmount(cell: unknown): boolean {
  return typeof cell === "string" && SCALED_AMOUNT.test(cell.normalize("NFD").toLowerCase());
}

const SCALED_AMOUNT =
  /\b(duizend(en)?|miljoen(en)?|miljard|mln|mio|thousands?|millions?|billions?|bn)\b|\bk ?€|€ ?k\b|\bkeur\b|\bx ?1[.,]?000\b/;
