import fc from "fast-check";
import { toDaySerial } from "../../dates/daySerial";
import { toMonthKey } from "../../dates/monthKey";
import { summariseRangeMonth } from "../summary/summariseRangeMonth";
import { parseRegistrationRange } from "./parseRegistrationRange";
import { parseRegistrations } from "./parseRegistrations";

/*
 * The reader sums the months of its plain number rows only once a total row asks for them, and from
 * then on as it reads. These ranges put total rows where that matters: after thousands of rows read
 * in runs, after rows read one by one, after a header that moves the columns, and among months that
 * change from row to row. Each is read by the import and by MONTH_SUMMARY, which must agree.
 */

type Row = unknown[];

const MONTHS = [toMonthKey(2021, 1), toMonthKey(2021, 2), toMonthKey(2021, 3)];

/** Rows whose month changes from row to row, a date on each, with their exact totals per month. */
function buildAlternatingRows(count: number): { rows: Row[]; cents: number[]; loans: number[] } {
  const rows: Row[] = [];
  const cents = [0, 0, 0];
  const loans = [0, 0, 0];
  for (let i = 0; i < count; i++) {
    const m = i % 3;
    const rowCents = 100_000 + ((i * 7919) % 900_000) + (i % 100);
    const rowLoans = 1 + (i % 4);
    rows.push([toDaySerial(2021, m + 1, 1 + (i % 28)), 5 + (i % 6), rowCents / 100, rowLoans]);
    cents[m] += rowCents;
    loans[m] += rowLoans;
  }
  return { rows, cents, loans };
}

function euro(cents: number): number {
  return cents / 100;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

interface Case {
  readonly rows: Row[];
  /** Lines (sheet rows) of the total rows that must be found wrong; none means all add up. */
  readonly wrongTotalLines: number[];
}

function buildCases(): [string, Case][] {
  const many = buildAlternatingRows(5_000);
  const grand = [...many.rows, ["Totaal", null, euro(sum(many.cents)), sum(many.loans)]];
  const grandOff = [...many.rows, ["Totaal", null, euro(sum(many.cents) + 1), sum(many.loans)]];

  // March written once, its rows below it carried down over more than one run, then its subtotal.
  const carried: Row[] = [];
  let marchCents = 0;
  for (let i = 0; i < 4_500; i++) {
    const rowCents = 250_000 + (i % 1_000) * 101;
    carried.push([i === 0 ? toDaySerial(2021, 3, 1) : null, 5 + (i % 6), rowCents / 100, 1]);
    marchCents += rowCents;
  }
  const carriedTotal = [...carried, ["Totaal maart", null, euro(marchCents), 4_500]];

  // A row read one by one (an amount written as text) in the middle of the month's plain rows.
  const slowRow = [...carried.slice(0, 2_000), [null, 5, "1.234,56", 3], ...carried.slice(2_000)];
  const withSlowRow = [...slowRow, ["Totaal maart", null, euro(marchCents + 123_456), 4_503]];

  // After the first total, the months change from row to row again before the grand total.
  const first = buildAlternatingRows(3);
  const rest = buildAlternatingRows(3_000);
  const afterFirstTotal = [
    ...first.rows,
    ["Totaal januari", null, euro(first.cents[0]), first.loans[0]],
    ...rest.rows,
    ["Totaal", null, euro(sum(first.cents) + sum(rest.cents)), sum(first.loans) + sum(rest.loans)],
  ];
  const afterFirstTotalOff = [
    ...afterFirstTotal.slice(0, -1),
    ["Totaal", null, euro(sum(first.cents) + sum(rest.cents)), sum(first.loans) + sum(rest.loans) - 1],
  ];

  // A header further down puts the columns in another order; the grand total sums both parts.
  const part = buildAlternatingRows(2_500);
  const reordered = part.rows.map(([day, term, principal, count]) => [principal, count, day, term]);
  const moved = [
    ["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"],
    ...part.rows,
    ["Hoofdsom", "Aantal leningen", "Maand", "Looptijd"],
    ...reordered,
    // In the second block's order: amount first.
    [euro(2 * sum(part.cents)), 2 * sum(part.loans), "Totaal", null],
  ];

  return [
    ["a grand total below 5,000 rows read in runs", { rows: grand, wrongTotalLines: [] }],
    ["a grand total one cent off below 5,000 rows", { rows: grandOff, wrongTotalLines: [5_001] }],
    ["a subtotal of a month carried down over more than one run", { rows: carriedTotal, wrongTotalLines: [] }],
    ["a subtotal over plain rows and a row read one by one", { rows: withSlowRow, wrongTotalLines: [] }],
    [
      "a grand total after a first subtotal, months changing from row to row",
      { rows: afterFirstTotal, wrongTotalLines: [] },
    ],
    ["a grand total one loan off after a first subtotal", { rows: afterFirstTotalOff, wrongTotalLines: [3_005] }],
    ["a grand total over two blocks whose columns differ", { rows: moved, wrongTotalLines: [] }],
  ];
}

describe("TableReader's total rows", () => {
  it.each(buildCases())("checks %s against every row above it", (_title, { rows, wrongTotalLines }) => {
    const imported = parseRegistrationRange(rows);
    const mismatches = imported.issues.filter((issue) => issue.code.endsWith("_mismatch"));
    expect(mismatches.map((issue) => issue.line)).toEqual(wrongTotalLines);
    // Rows repeat months and terms here, which the import warns about; nothing else may be reported.
    expect(imported.issues.filter((i) => i.severity === "error" && !i.code.endsWith("_mismatch"))).toEqual([]);

    for (const month of MONTHS) {
      const summary = summariseRangeMonth(rows, month);
      if (wrongTotalLines.length > 0) {
        expect(summary.ok ? undefined : { code: summary.error.code, line: summary.error.params?.line }).toEqual({
          code: mismatches[0].code,
          line: wrongTotalLines[0],
        });
        continue;
      }
      const records = imported.records.filter((r) => toMonthKey(r.year, r.month) === month);
      if (records.length === 0) {
        expect(summary.ok).toBe(false);
        continue;
      }
      expect(summary.ok ? summary.value.total : summary.error).toMatchObject({
        principalCents: sum(records.map((r) => r.principalCents)),
        loans: sum(records.map((r) => r.loans)),
      });
    }
  });
});

/*
 * Plain number rows are read in a loop of their own, and a row it leaves is read one by one: the
 * two must never disagree. A text cell beside the figures (`"a"` in a fifth column would not do: a
 * range's extra columns are the user's own) sends a row one by one: its month cell as text.
 */
describe("TableReader's loop over plain number rows", () => {
  const figure = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 60 }),
    fc.integer({ min: -1_000, max: 3_000_000_000 }).map((cents) => cents / 100),
    fc.integer({ min: 1, max: 3_000_000_000 }).map((cents) => (cents + 0.5) / 100),
    fc.double({ min: 9e9, max: 1.1e10, noNaN: true }),
    fc.integer({ min: 9_999_990, max: 10_000_010 }),
  );
  const row = fc.tuple(fc.integer({ min: 1, max: 12 }), figure, figure, figure);

  it("reads every row as the row-by-row reading does", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const header = ["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"];
        const numbers = rows.map(([month, term, principal, loans]) => [
          toDaySerial(2021, month, 1),
          term,
          principal,
          loans,
        ]);
        const texts = rows.map(([month, term, principal, loans]) => [`${month}/2021`, term, principal, loans]);
        const fast = parseRegistrationRange([header, ...numbers]);
        const slow = parseRegistrationRange([header, ...texts]);
        const read = (imported: typeof fast) => ({
          records: imported.records.map(({ year, month, termYears, principalCents, loans, line }) => ({
            year,
            month,
            termYears,
            principalCents,
            loans,
            line,
          })),
          issues: imported.issues.map(({ line, code }) => ({ line, code })),
        });
        expect(read(fast)).toEqual(read(slow));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe("TableReader's month names written without their year", () => {
  const tsv = [
    "Maand\tLooptijd\tHoofdsom\tAantal leningen",
    "2021 november\t5\t100,00\t1",
    "\t6\t200,00\t2",
    "Totaal november\t\t300,00\t3",
    "december\t5\t100,00\t1",
    "Totaal december\t\t100,00\t1",
    "januari\t5\t500,00\t5",
    "Totaal januari\t\t500,00\t5",
  ].join("\n");
  const csv = [
    "Maand;Looptijd;Hoofdsom;Aantal leningen",
    "november 2021;5;100,00;1",
    "december;5;100,00;1",
    "januari;5;500,00;5",
  ].join("\n");
  const text = ["2021", "november 5 100,00 € 1", "december 5 100,00 € 1", "januari 5 500,00 € 5"].join("\n");
  const range: unknown[][] = [
    ["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"],
    ["november 2021", 5, 100, 1],
    ["december", 5, 100, 1],
    ["januari", 5, 500, 5],
  ];
  it.each<[string, string | unknown[][], number]>([
    ["copied text", text, 4],
    ["a tab-separated copy of the press release's layout", tsv, 7],
    ["a semicolon file", csv, 4],
    ["a range", range, 4],
  ])("reads a month after December in the next year, and says so, in %s", (_source, input, januaryLine) => {
    const result = parseRegistrations(input);
    const months = result.records.map((r) => `${r.year}-${r.month}`);
    expect(months[months.length - 1]).toBe("2022-1");
    expect(months).toContain("2021-12");
    expect(result.issues.filter((i) => i.code === "import_month_next_year").map((i) => i.line)).toEqual([januaryLine]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it.each<[string, string, string[], number[]]>([
    [
      "a table listing its newest month first",
      "Maand;Looptijd;Hoofdsom;Aantal leningen\nmaart 2021;5;100,00;1\nfebruari;5;100,00;1\njanuari;5;100,00;1\n",
      ["2021-3", "2021-2", "2021-1"],
      [],
    ],
    [
      "a table sorted by term, its months out of order",
      "Maand;Looptijd;Hoofdsom;Aantal leningen\nmei 2021;5;100,00;1\nmaart;5;100,00;1\nmei;6;100,00;1\napril;6;100,00;1\n",
      ["2021-5", "2021-3", "2021-5", "2021-4"],
      [],
    ],
    [
      "a month a few months on, past December",
      "Maand;Looptijd;Hoofdsom;Aantal leningen\nnovember 2021;5;100,00;1\nmaart;5;100,00;1\n",
      ["2021-11", "2022-3"],
      [3],
    ],
  ])("reads the year of %s", (_case, text, months, nextYearLines) => {
    const result = parseRegistrations(text);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(months);
    expect(result.issues.map((i) => `${i.line} ${i.code}`)).toEqual(
      nextYearLines.map((line) => `${line} import_month_next_year`),
    );
  });

  it.each<[string, string, string[], string[]]>([
    [
      "a table listing its newest month first, past a year's start",
      "Maand;Looptijd;Hoofdsom;Aantal leningen\nfebruari 2025;5;100,00;1\njanuari;5;100,00;1\ndecember;5;100,00;1\n",
      ["2025-2", "2025-1", "2025-12"],
      ["4 import_month_far_ahead"],
    ],
    [
      "a month more than half a year after the month above it",
      "Maand;Looptijd;Hoofdsom;Aantal leningen\njanuari 2021;5;100,00;1\naugustus;5;100,00;1\n",
      ["2021-1", "2021-8"],
      ["3 import_month_far_ahead"],
    ],
    [
      "a late month under a year line",
      "Maand;Looptijd;Hoofdsom;Aantal leningen\n2021;;;\ndecember;5;100,00;1\n",
      ["2021-12"],
      [],
    ],
  ])("warns when it reads %s in the year above it", (_case, text, months, issues) => {
    const result = parseRegistrations(text);
    expect(result.records.map((r) => `${r.year}-${r.month}`)).toEqual(months);
    expect(result.issues.map((i) => `${i.line} ${i.code}`)).toEqual(issues);
  });

  it("gives MONTH_SUMMARY that January in the next year", () => {
    const january2022 = summariseRangeMonth(range, toMonthKey(2022, 1));
    expect(january2022.ok && january2022.value.total).toEqual(
      expect.objectContaining({ loans: 5, principalCents: 50_000 }),
    );
    expect(summariseRangeMonth(range, toMonthKey(2021, 1)).ok).toBe(false);
  });
});
