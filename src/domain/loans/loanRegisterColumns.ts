/*
 * The columns of a loan register (one row per deed), named by its header row in Dutch or English,
 * in any order. Names are compared after folding case, accents, units in brackets and punctuation,
 * so "Bedrag (EUR)", "bedrag" and "BEDRAG" name the same column.
 */
export type RegisterField =
  | "lender"
  | "borrower"
  | "conclusionDate"
  | "startDate"
  | "amount"
  | "termYears"
  | "rate"
  | "paymentsPerYear"
  | "method";

const ALIASES: Readonly<Record<RegisterField, readonly string[]>> = {
  lender: ["kredietgever", "lender"],
  borrower: ["kredietnemer", "borrower"],
  conclusionDate: ["afsluitdatum", "conclusion date", "datum van sluiten", "datum afsluiting"],
  startDate: ["startdatum", "start date", "begindatum"],
  amount: ["bedrag", "amount", "hoofdsom", "principal"],
  termYears: ["looptijd", "term", "looptijd jaar", "term years"],
  rate: ["rentevoet", "rate", "interest rate", "interestvoet"],
  paymentsPerYear: ["betalingen per jaar", "payments per year"],
  method: ["methode", "method", "aflossingswijze"],
};

/** The columns a register must have; start date, payments per year and method have defaults. */
export const REQUIRED_REGISTER_FIELDS: readonly RegisterField[] = [
  "lender",
  "borrower",
  "conclusionDate",
  "amount",
  "termYears",
  "rate",
];

/** How a missing column is named in messages: both languages, as the header may be in either. */
export const REGISTER_FIELD_LABEL: Readonly<Record<RegisterField, string>> = {
  lender: "Kredietgever/Lender",
  borrower: "Kredietnemer/Borrower",
  conclusionDate: "Afsluitdatum/Conclusion date",
  startDate: "Startdatum/Start date",
  amount: "Bedrag/Amount",
  termYears: "Looptijd/Term",
  rate: "Rentevoet/Rate",
  paymentsPerYear: "Betalingen per jaar/Payments per year",
  method: "Methode/Method",
};

function foldHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const FIELD_BY_NAME: ReadonlyMap<string, RegisterField> = new Map(
  (Object.keys(ALIASES) as RegisterField[]).flatMap((field) =>
    ALIASES[field].map((alias): [string, RegisterField] => [foldHeader(alias), field]),
  ),
);

export type RegisterColumns = Partial<Record<RegisterField, number>>;

/** The column of each field the header row names (the first one when a name repeats). */
export function mapRegisterHeader(header: readonly unknown[]): RegisterColumns {
  const columns: RegisterColumns = {};
  header.forEach((cell, index) => {
    const field = typeof cell === "string" ? FIELD_BY_NAME.get(foldHeader(cell)) : undefined;
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}
