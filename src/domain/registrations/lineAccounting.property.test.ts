import fc from "fast-check";
import { toDaySerial } from "../dates/daySerial";
import { formatMonthName } from "../dates/monthNames";
import { parseRegistrations } from "./import/parseRegistrations";
import { RegistrationImport } from "./registrationImport";

/*
 * Random registration tables, written out as copied text, as a CSV or TSV file and as range values,
 * with footnote marks, trailing words, notes, page markers and blank lines injected anywhere. Whatever
 * is injected, no line that holds figures is passed over: each table row is a record with its own
 * figures or an error on its line, so records plus rejected rows give back the table's totals, and
 * the line accounting adds up to the input's non-blank lines.
 */

interface TableRow {
  readonly monthIndex: number; // months from January 2021
  readonly termYears: number;
  readonly principalCents: number;
  readonly loans: number;
}

type Injection = "footnote" | "trailingWord" | "note" | "pageMarker" | "blank";

const rowArbitrary = fc.record({
  termYears: fc.integer({ min: 5, max: 10 }),
  principalCents: fc.integer({ min: 100, max: 5_000_000_00 }),
  loans: fc.integer({ min: 1, max: 5_000 }),
});

const tableArbitrary = fc
  .array(fc.uniqueArray(rowArbitrary, { minLength: 1, maxLength: 4, selector: (row) => row.termYears }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((months) => months.flatMap((rows, monthIndex) => rows.map((row): TableRow => ({ ...row, monthIndex }))));

const injectionsArbitrary = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom<Injection>("footnote", "trailingWord", "note", "pageMarker", "blank"),
  }),
  { maxLength: 8 },
);

/** One line (or range row) of the written table, and what it is. */
interface Written {
  readonly kind: "header" | "row" | "total" | "note" | "page" | "blank";
  readonly line: string | unknown[];
  readonly row?: TableRow;
  /** Whether the line holds figures (a digit), so may never be passed over silently. */
  readonly figures: boolean;
}

type Form = "text" | "csv" | "tsv" | "range";

function monthName(monthIndex: number): string {
  return formatMonthName(monthIndex + 1, "nl");
}

function belgianEuro(cents: number): string {
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${whole},${String(cents % 100).padStart(2, "0")}`;
}

/** The table's own lines: header, rows with the month on the first of each, a subtotal per month. */
function writeTable(rows: readonly TableRow[], form: Form): Written[] {
  const written: Written[] = [];
  const sep = form === "csv" ? ";" : "\t";
  if (form === "text")
    written.push({ kind: "header", line: "Maand Looptijd Hoofdsom Aantal leningen", figures: false });
  else if (form === "range")
    written.push({ kind: "header", line: ["Maand", "Looptijd", "Hoofdsom", "Aantal"], figures: false });
  else written.push({ kind: "header", line: ["Maand", "Looptijd", "Hoofdsom", "Aantal"].join(sep), figures: false });
  rows.forEach((row, i) => {
    const first = i === 0 || rows[i - 1].monthIndex !== row.monthIndex;
    const name = monthName(row.monthIndex);
    let line: string | unknown[];
    if (form === "text") {
      const label = first ? (i === 0 ? `2021 ${name} ` : `${name} `) : "  ";
      line = `${label}${row.termYears} ${belgianEuro(row.principalCents)} € ${row.loans}`;
    } else if (form === "range") {
      const month = first ? toDaySerial(2021, row.monthIndex + 1, 1) : null;
      line = [month, row.termYears, row.principalCents / 100, row.loans];
    } else {
      line = [first ? `${name} 2021` : "", row.termYears, belgianEuro(row.principalCents), row.loans].join(sep);
    }
    written.push({ kind: "row", line, row, figures: true });
    const last = i === rows.length - 1 || rows[i + 1].monthIndex !== row.monthIndex;
    if (last) {
      const monthRows = rows.filter((other) => other.monthIndex === row.monthIndex);
      const cents = monthRows.reduce((sum, other) => sum + other.principalCents, 0);
      const loans = monthRows.reduce((sum, other) => sum + other.loans, 0);
      const label = `Totaal ${name}`;
      const total =
        form === "text"
          ? `${label} ${belgianEuro(cents)} € ${loans}`
          : form === "range"
            ? [label, null, cents / 100, loans]
            : [label, "", belgianEuro(cents), loans].join(sep);
      written.push({ kind: "total", line: total, figures: true });
    }
  });
  return written;
}

/** The table with the injections made: some change a row, the others add a line before one. */
function inject(table: Written[], injections: readonly { at: number; kind: Injection }[], form: Form): Written[] {
  const result = [...table];
  const sep = form === "csv" ? ";" : "\t";
  for (const { at, kind } of injections) {
    const index = 1 + (at % Math.max(1, result.length - 1));
    const target = result[index];
    if ((kind === "footnote" || kind === "trailingWord") && target?.kind === "row") {
      const mark = kind === "footnote" ? "*" : "voorlopig";
      const line = Array.isArray(target.line)
        ? kind === "footnote"
          ? [target.line[0], target.line[1], `${String(target.line[2])} *`, target.line[3]]
          : [...target.line, mark]
        : form === "text"
          ? `${target.line} ${mark}`
          : `${target.line}${kind === "footnote" ? " *" : sep + mark}`;
      result[index] = { ...target, line };
      continue;
    }
    const added: Written =
      kind === "note"
        ? { kind: "note", line: cellsOrText(["(1) voorlopige cijfers"], form), figures: true }
        : kind === "pageMarker"
          ? { kind: "page", line: cellsOrText(["Pagina 2 van 3"], form), figures: true }
          : { kind: "blank", line: form === "range" ? [null, null, null, null] : "", figures: false };
    result.splice(index, 0, added);
  }
  return result;
}

function cellsOrText(cells: readonly string[], form: Form): string | unknown[] {
  return form === "range"
    ? [...cells, null, null, null]
    : cells.join(form === "text" ? " " : form === "csv" ? ";" : "\t");
}

function read(written: readonly Written[], form: Form): RegistrationImport {
  return form === "range"
    ? parseRegistrations(written.map((w) => w.line as unknown[]))
    : parseRegistrations(written.map((w) => w.line as string).join("\n"));
}

describe("injected lines never make a table lose figures", () => {
  it.each<Form>(["text", "csv", "tsv", "range"])("in %s", (form) => {
    fc.assert(
      fc.property(tableArbitrary, injectionsArbitrary, (rows, injections) => {
        const written = inject(writeTable(rows, form), injections, form);
        const result = read(written, form);
        const errorLines = new Set(result.issues.filter((i) => i.severity === "error").map((i) => i.line));
        const recordByLine = new Map(result.records.map((record) => [record.line, record]));
        let principalCents = 0;
        let loans = 0;
        written.forEach((w, index) => {
          const line = index + 1;
          if (w.kind === "row") {
            const record = recordByLine.get(line);
            // A row is its own record, figures unchanged, or an error on its line: never lost, never altered.
            if (record === undefined) expect(errorLines.has(line)).toBe(true);
            else {
              expect(record).toMatchObject({
                year: 2021,
                month: (w.row as TableRow).monthIndex + 1,
                termYears: (w.row as TableRow).termYears,
                principalCents: (w.row as TableRow).principalCents,
                loans: (w.row as TableRow).loans,
              });
            }
            principalCents += record?.principalCents ?? (w.row as TableRow).principalCents;
            loans += record?.loans ?? (w.row as TableRow).loans;
          } else {
            expect(recordByLine.has(line)).toBe(false);
            // A page line is a page line in every form, never an error nor the end of a month's rows.
            if (w.kind === "page") expect(errorLines.has(line)).toBe(false);
            // A note is an error inside a table, except in copied text beside a page break, where it
            // may be the page's running header or footer.
            const besidePageBreak = form === "text" && injections.some((injection) => injection.kind === "pageMarker");
            if (w.kind === "note" && !besidePageBreak) expect(errorLines.has(line)).toBe(true);
          }
        });
        expect(principalCents).toBe(rows.reduce((sum, row) => sum + row.principalCents, 0));
        expect(loans).toBe(rows.reduce((sum, row) => sum + row.loans, 0));
        const { read: readLines, records, headers, totals, text, rejected } = result.lines;
        expect(readLines).toBe(written.filter((w) => w.kind !== "blank").length);
        expect(readLines).toBe(records + headers + totals + text + rejected);
        expect(records).toBe(result.records.length);
        expect(rejected).toBe([...errorLines].filter((line) => line > 0).length);
      }),
      { numRuns: 150 },
    );
  });
});
