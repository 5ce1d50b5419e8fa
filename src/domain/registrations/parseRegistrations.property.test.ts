import fc from "fast-check";
import { toCalendarDate, toDaySerial } from "../dates/daySerial";
import { parseRegistrations } from "./import/parseRegistrations";
import { RegistrationImport } from "./registrationImport";
import { RegistrationRecord } from "./registrationRecord";

const RUNS = { numRuns: 300 };

/** What must hold of any import: well-formed records, issues on real lines, messages in both languages. */
function expectWellFormed(result: RegistrationImport, lineCount: number): void {
  for (const record of result.records) {
    expect(record.month >= 1 && record.month <= 12).toBe(true);
    expect(Number.isInteger(record.termYears) && record.termYears >= 1).toBe(true);
    expect(Number.isInteger(record.principalCents) && record.principalCents > 0).toBe(true);
    expect(Number.isInteger(record.loans) && record.loans > 0).toBe(true);
    expect(record.line >= 1 && record.line <= lineCount).toBe(true);
  }
  for (const issue of result.issues) {
    expect(issue.line >= 0 && issue.line <= lineCount).toBe(true);
    expect(issue.message.length > 0 && issue.messageEn.length > 0).toBe(true);
  }
}

const TABLE_PIECES = [
  "2021",
  "januari",
  "maart 2021",
  "Totaal",
  "Total",
  "€",
  "5",
  "8",
  "2.874.015,15",
  "1,234.5",
  "448",
  "-1",
  "0",
  ";",
  ",",
  "\t",
  "\n",
  "\r\n",
  "\r",
  '"',
  " ",
  "\u00a0",
  "\f",
  "Maand",
  "Looptijd",
  "Hoofdsom",
  "Aantal leningen",
  "Datum",
  "Provincie",
  "15/03/2021",
  "2020-10-06",
  "44211",
  "Pagina 2",
  "x",
  "\ufeff",
  "=",
  "\u0000",
];

describe("parseRegistrations never throws", () => {
  it("on random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expectWellFormed(parseRegistrations(text), text.split(/\r\n|\r|\n/).length);
      }),
      RUNS,
    );
  });

  it("on random text made of table pieces, delimited or not", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TABLE_PIECES), { maxLength: 120 }), (pieces) => {
        const text = pieces.join("");
        expectWellFormed(parseRegistrations(text), text.split(/\r\n|\r|\n/).length);
      }),
      RUNS,
    );
  });

  it("on random 2-D arrays", () => {
    const cell = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        "Maand",
        "Datum",
        "Looptijd",
        "Hoofdsom",
        "Aantal",
        "Provincie",
        "Totaal",
        "maart 2021",
        "",
        0,
        null,
        true,
      ),
      fc.double(),
      fc.integer({ min: 30_000, max: 50_000 }),
    );
    const row = fc.oneof(
      { weight: 9, arbitrary: fc.array(cell, { maxLength: 6 }) },
      { weight: 1, arbitrary: fc.anything() },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        expectWellFormed(parseRegistrations(rows as unknown[][]), rows.length);
      }),
      RUNS,
    );
  });
});

/*
 * A generated report table: a line knows what it is, so the test can say which lines must be
 * accounted for (rows and garbage inside the table) and which must not produce anything (prose).
 */
type LineSpec = { kind: "prose" | "header" | "row" | "total" | "blank" | "garbage"; text: string };

const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const PROSE = ["Het persbericht volgt hieronder.", "Zonder cijfers hier, alleen woorden.", "Einde van het overzicht."];

const rowText = fc
  .record({
    term: fc.integer({ min: 5, max: 10 }),
    euro: fc.integer({ min: 1, max: 9_999_999 }),
    loans: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ term, euro, loans }) => `${term} ${euro.toLocaleString("de-DE")},00 € ${loans}`);
const garbage = fc
  .string({ unit: fc.constantFrom(..."xyzq#@!?%&*+=~ 0123456789,."), minLength: 1, maxLength: 20 })
  .filter((text) => text.trim() !== "")
  // A number alone on a line is a page number a PDF copy leaves behind: not data, so not garbage.
  .filter((text) => !/^[-–—]?\s*\d{1,4}(\s*\/\s*\d{1,4})?\s*[-–—]?$/.test(text.trim()));
// No form feed: a page break makes the words-only lines around it a page's header or footer, which
// lineAccounting.test.ts covers.
const blank = fc.constantFrom("", "   ", "\u00a0", " \t ");

const monthBlock = fc.record({
  rows: fc.array(fc.tuple(rowText, fc.option(garbage, { nil: undefined }), fc.option(blank, { nil: undefined })), {
    minLength: 1,
    maxLength: 4,
  }),
  subtotal: fc.boolean(),
});

const table = fc.record({
  month: fc.integer({ min: 0, max: 8 }),
  blocks: fc.array(monthBlock, { minLength: 1, maxLength: 3 }),
  header: fc.boolean(),
  grandTotal: fc.boolean(),
  proseBefore: fc.subarray(PROSE),
  proseAfter: fc.subarray(PROSE),
});

type TableSpec = typeof table extends fc.Arbitrary<infer T> ? T : never;

function layOut(spec: TableSpec): LineSpec[] {
  const lines: LineSpec[] = spec.proseBefore.map((text) => ({ kind: "prose" as const, text }));
  if (spec.header) lines.push({ kind: "header", text: " Registratiedatum Lening periode Hoofdsom Aantal leningen " });
  spec.blocks.forEach((block, b) => {
    const month = MONTHS[spec.month + b];
    block.rows.forEach(([row, junk, gap], r) => {
      // Garbage and blank lines go before a row, so they always lie inside the table.
      if (junk !== undefined && (b > 0 || r > 0)) lines.push({ kind: "garbage", text: junk });
      if (gap !== undefined) lines.push({ kind: "blank", text: gap });
      const prefix = r > 0 ? "    " : b === 0 ? `2021 ${month} ` : `  ${month} `;
      lines.push({ kind: "row", text: prefix + row });
    });
    if (block.subtotal) lines.push({ kind: "total", text: `  Totaal ${month}   1.000,00 € 1` });
  });
  if (spec.grandTotal) lines.push({ kind: "total", text: "2021 Total 1.000,00 € 1" });
  return [...lines, ...spec.proseAfter.map((text) => ({ kind: "prose" as const, text }))];
}

describe("parseRegistrations accounts for every line of a table", () => {
  it("makes every row and every stray line inside the table a record or an issue, and prose nothing", () => {
    fc.assert(
      fc.property(table, (spec) => {
        const lines = layOut(spec);
        const result = parseRegistrations(lines.map((line) => line.text).join("\n"));
        const recorded = new Set(result.records.map((record) => record.line));
        const reported = new Set(result.issues.map((issue) => issue.line));
        lines.forEach((line, index) => {
          const lineNumber = index + 1;
          if (line.kind === "row" || line.kind === "garbage") {
            expect(recorded.has(lineNumber) || reported.has(lineNumber)).toBe(true);
          }
          if (line.kind === "prose" || line.kind === "header" || line.kind === "blank") {
            expect(recorded.has(lineNumber) || reported.has(lineNumber)).toBe(false);
          }
          if (line.kind === "row" && !reported.has(lineNumber)) expect(recorded.has(lineNumber)).toBe(true);
        });
      }),
      RUNS,
    );
  });
});

/*
 * Round trip: records formatted as a Belgian CSV (semicolons, decimal commas, thousands dots) and
 * read back are the same records. Figures stay within the rules, so the import has nothing to say.
 */
const RULE_CHANGE = toDaySerial(2020, 10, 7);
const PROVINCE_TEXT = fc
  .string({ unit: fc.constantFrom(..."abcAntwerpen- ;\"'\n=é€\u00a0"), maxLength: 12 })
  .map((text) => text.trim())
  .map((text) => (text === "" ? undefined : text));

function belgianEuro(cents: number, withSign: boolean): string {
  const euro = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${euro},${String(cents % 100).padStart(2, "0")}${withSign ? " €" : ""}`;
}

function csvCell(text: string): string {
  return /[;"\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV lines and, for each record, the line it lands on (quoted line breaks push later rows down). */
function formatCsv(header: string, cells: readonly string[][]): { text: string; lines: number[] } {
  const lines: number[] = [];
  let line = 2;
  const rows = cells.map((row) => {
    const text = row.join(";");
    lines.push(line);
    line += 1 + (text.match(/\n/g)?.length ?? 0);
    return text;
  });
  return { text: [header, ...rows].join("\n") + "\n", lines };
}

const aggregatedRecord = fc
  .record({
    // Up to 2025: later months lie ahead of the day the tests may run, which the import warns about.
    monthKey: fc.integer({ min: 2007 * 12, max: 2025 * 12 + 11 }),
    term: fc.integer({ min: 5, max: 10 }),
    loans: fc.integer({ min: 1, max: 5000 }),
    // From one euro a loan: less is said to be a principal and a count in each other's columns.
    averageCents: fc.integer({ min: 100, max: 5_000_000 }),
    province: PROVINCE_TEXT,
    monthStyle: fc.constantFrom("name", "iso", "numeric"),
    withSign: fc.boolean(),
  })
  .map((r) => {
    const year = Math.floor(r.monthKey / 12);
    const month = (r.monthKey % 12) + 1;
    // Before October 2020 only 8 years was allowed (the month of the change accepts both).
    const termYears = year * 12 + month < 2020 * 12 + 10 ? 8 : r.term;
    return { ...r, year, month, termYears, principalCents: r.averageCents * r.loans };
  });

describe("a Belgian CSV of random records reads back as the same records", () => {
  it("for aggregated rows", () => {
    const unique = fc.uniqueArray(aggregatedRecord, {
      // At least one row: a header alone is reported (nothing to import).
      minLength: 1,
      maxLength: 30,
      selector: (r) => `${r.year}-${r.month}-${r.termYears}-${r.province ?? ""}`,
    });
    fc.assert(
      fc.property(unique, (records) => {
        const cells = records.map((r) => [
          r.monthStyle === "name"
            ? `${MONTHS[r.month - 1]} ${r.year}`
            : r.monthStyle === "iso"
              ? `${r.year}-${String(r.month).padStart(2, "0")}`
              : `${String(r.month).padStart(2, "0")}/${r.year}`,
          String(r.termYears),
          belgianEuro(r.principalCents, r.withSign),
          r.loans.toLocaleString("de-DE"),
          csvCell(r.province ?? ""),
        ]);
        const { text, lines } = formatCsv("Maand;Looptijd;Hoofdsom;Aantal leningen;Provincie", cells);
        const expected: RegistrationRecord[] = records.map((r, i) => ({
          year: r.year,
          month: r.month,
          termYears: r.termYears,
          principalCents: r.principalCents,
          loans: r.loans,
          ...(r.province === undefined ? {} : { province: r.province }),
          line: lines[i],
        }));
        const result = parseRegistrations(text);
        expect(result.issues).toEqual([]);
        expect(result.records).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("for one row per loan", () => {
    const loan = fc.record({
      serial: fc.integer({ min: toDaySerial(2006, 9, 1), max: toDaySerial(2025, 12, 31) }),
      term: fc.integer({ min: 5, max: 10 }),
      principalCents: fc.integer({ min: 1, max: 5_000_000 }),
      province: PROVINCE_TEXT,
      dateStyle: fc.constantFrom("belgian", "iso", "serial"),
    });
    fc.assert(
      fc.property(fc.array(loan, { minLength: 1, maxLength: 30 }), (loans) => {
        const cells = loans.map((l) => {
          const { year, month, day } = toCalendarDate(l.serial);
          const pad = (n: number) => String(n).padStart(2, "0");
          const date =
            l.dateStyle === "belgian"
              ? `${pad(day)}/${pad(month)}/${year}`
              : l.dateStyle === "iso"
                ? `${year}-${pad(month)}-${pad(day)}`
                : String(l.serial);
          return [
            date,
            String(l.serial < RULE_CHANGE ? 8 : l.term),
            belgianEuro(l.principalCents, false),
            csvCell(l.province ?? ""),
          ];
        });
        const { text, lines } = formatCsv("Registratiedatum;Looptijd;Hoofdsom;Provincie", cells);
        const expected = loans.map((l, i) => {
          const { year, month } = toCalendarDate(l.serial);
          return {
            year,
            month,
            termYears: l.serial < RULE_CHANGE ? 8 : l.term,
            principalCents: l.principalCents,
            loans: 1,
            ...(l.province === undefined ? {} : { province: l.province }),
            line: lines[i],
          };
        });
        const result = parseRegistrations(text);
        expect(result.issues).toEqual([]);
        expect(result.records).toEqual(expected);
      }),
      RUNS,
    );
  });
});
