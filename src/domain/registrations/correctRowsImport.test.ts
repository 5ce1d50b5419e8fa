import { formatMonthKey, toMonthKey } from "../dates/monthKey";
import { findMonthsTouchedBySkippedLines, selectCorrectRows } from "./correctRowsImport";
import { parseRegistrations } from "./import/parseRegistrations";
import { RegistrationRecord } from "./registrationRecord";
import { SAMPLE_REGISTRATION_TEXT } from "./sampleRegistrations";

/** A record of `month` ("2021-01") on `line`; the figures do not matter to the rule. */
const record = (line: number, month: string): RegistrationRecord => ({
  year: Number(month.slice(0, 4)),
  month: Number(month.slice(5, 7)),
  termYears: 5,
  principalCents: 100_000,
  loans: 1,
  line,
});

/** The months left out as `2021-01: 3, 4`, so a table row reads as the rule. */
const leftOutOf = (
  records: readonly RegistrationRecord[],
  skipped: readonly number[],
  ownMonths?: ReadonlyMap<number, number>,
): string[] =>
  findMonthsTouchedBySkippedLines(records, skipped, ownMonths).map(
    (left) => `${formatMonthKey(left.month)}: ${left.lines.join(", ")}`,
  );

describe("findMonthsTouchedBySkippedLines", () => {
  it.each([
    [
      "touches only its own month when it stands in the middle of that month",
      [record(2, "2021-01"), record(3, "2021-01"), record(5, "2021-01"), record(6, "2021-02")],
      [4],
      ["2021-01: 4"],
    ],
    [
      "touches both months when it stands at a month boundary",
      [record(2, "2021-01"), record(4, "2021-02")],
      [3],
      ["2021-01: 3", "2021-02: 3"],
    ],
    [
      "touches both months at a boundary between two years",
      [record(2, "2020-12"), record(4, "2021-01")],
      [3],
      ["2020-12: 3", "2021-01: 3"],
    ],
    [
      "touches the first record's month when it stands before the first record",
      [record(2, "2021-01"), record(3, "2021-02")],
      [1],
      ["2021-01: 1"],
    ],
    [
      "touches the last record's month when it stands after the last record",
      [record(2, "2021-01"), record(3, "2021-02")],
      [4],
      ["2021-02: 4"],
    ],
    [
      "looks past other skipped lines to the nearest records",
      [record(2, "2021-01"), record(6, "2021-02")],
      [3, 4, 5],
      ["2021-01: 3, 4, 5", "2021-02: 3, 4, 5"],
    ],
    [
      "touches only the months around each of several lines",
      [
        record(2, "2021-01"),
        record(4, "2021-01"),
        record(5, "2021-02"),
        record(6, "2021-03"),
        record(8, "2021-03"),
        record(9, "2021-04"),
      ],
      [3, 7],
      ["2021-01: 3", "2021-03: 7"],
    ],
    [
      "touches the month of a record on the skipped line itself, and its neighbours'",
      [record(2, "2021-01"), record(3, "2021-02"), record(4, "2021-03")],
      [3],
      ["2021-01: 3", "2021-02: 3", "2021-03: 3"],
    ],
    [
      "goes by line number, whatever the order of the records",
      [record(9, "2021-04"), record(4, "2021-02"), record(2, "2021-01"), record(7, "2021-03")],
      [3, 8],
      ["2021-01: 3", "2021-02: 3", "2021-03: 8", "2021-04: 8"],
    ],
    [
      "takes every month of records that share the nearest line",
      [record(2, "2021-01"), record(2, "2021-02"), record(5, "2021-03")],
      [3],
      ["2021-01: 3", "2021-02: 3", "2021-03: 3"],
    ],
    [
      "counts a line given twice or out of order once",
      [record(2, "2021-01"), record(4, "2021-01"), record(6, "2021-02")],
      [5, 3, 3],
      ["2021-01: 3, 5", "2021-02: 5"],
    ],
    ["touches nothing when there is no record on either side", [], [1, 2], []],
    ["touches nothing without skipped lines", [record(2, "2021-01")], [], []],
  ])("%s", (_rule, records, skipped, expected) => {
    expect(leftOutOf(records, skipped)).toEqual(expected);
  });

  it.each([
    [
      "a per-loan export with a broken date between January and February",
      "Registratiedatum;Looptijd;Hoofdsom;Provincie\n" +
        "15/01/2021;5;10.000,00;Antwerpen\n" +
        "31/01/2021;6;20.000,00;Limburg\n" +
        "3x/02/2021;5;5.000,00;Antwerpen\n" +
        "01/02/2021;7;8.000,00;Limburg\n" +
        "15/03/2021;8;9.000,00;Antwerpen\n",
      [4],
      ["2021-01: 4", "2021-02: 4"],
    ],
    [
      "a per-loan export in no order of dates, with a broken amount: the row's own month",
      "Registratiedatum;Looptijd;Hoofdsom;Provincie\n" +
        "15/05/2021;5;10.000,00;Antwerpen\n" +
        "02/03/2021;6;20.000,00;Limburg\n" +
        "07/01/2021;5;veel;Antwerpen\n" +
        "20/03/2021;7;8.000,00;Limburg\n" +
        "15/01/2021;8;9.000,00;Antwerpen\n",
      [4],
      ["2021-01: 4"],
    ],
    [
      "a per-loan export in no order of dates, with a broken date: every month",
      "Registratiedatum;Looptijd;Hoofdsom;Provincie\n" +
        "15/05/2021;5;10.000,00;Antwerpen\n" +
        "02/03/2021;6;20.000,00;Limburg\n" +
        "07/13/2021;5;1.000,00;Antwerpen\n" +
        "20/03/2021;7;8.000,00;Limburg\n" +
        "15/01/2021;8;9.000,00;Antwerpen\n",
      [4],
      ["2021-01: 4", "2021-03: 4", "2021-05: 4"],
    ],
    [
      "a month × term file sorted by term, with a broken amount: the row's own month",
      "Maand;Looptijd;Hoofdsom;Aantal leningen\n" +
        "2021-01;5;10.000,00;1\n" +
        "2021-03;5;20.000,00;2\n" +
        "2021-01;8;1x0.000,00;1\n" +
        "2021-02;8;8.000,00;1\n" +
        "2021-03;8;9.000,00;1\n",
      [4],
      ["2021-01: 4"],
    ],
    [
      "the press release with a month's own row broken: that month only",
      SAMPLE_REGISTRATION_TEXT.replace("februari 5", "februari 5x"),
      [9],
      ["2021-02: 9"],
    ],
    [
      "the press release with January's last row broken, right above the January subtotal",
      SAMPLE_REGISTRATION_TEXT.replace("3.643.420,00 € 97", "3.643.420,00 € 9x7"),
      [7],
      ["2021-01: 7", "2021-02: 7"],
    ],
    [
      "the press release with January's term-7 row broken",
      SAMPLE_REGISTRATION_TEXT.replace("265.000,00 € 7", "265.000,00 € 7x"),
      [4],
      ["2021-01: 4"],
    ],
  ])("reads %s", (_input, text, errorLines, expected) => {
    const parsed = parseRegistrations(text);
    const lines = [...new Set(parsed.issues.filter((issue) => issue.severity === "error").map((i) => i.line))];
    expect(lines).toEqual(errorLines);
    expect(leftOutOf(parsed.records, lines, parsed.rejectedRowMonths)).toEqual(expected);
  });
});

describe("selectCorrectRows", () => {
  it("keeps the records of untouched months, in their order, and says which months it leaves out", () => {
    const records = [
      record(2, "2021-03"),
      record(3, "2021-01"),
      record(5, "2021-01"),
      record(6, "2021-03"),
      record(7, "2021-02"),
    ];
    const selection = selectCorrectRows(records, [4], new Map([[4, toMonthKey(2021, 1)]]));
    expect(selection.records).toEqual([records[0], records[3], records[4]]);
    expect(selection.monthsLeftOut.map((left) => [formatMonthKey(left.month), left.lines])).toEqual([["2021-01", [4]]]);
  });

  it("keeps nothing when a skipped line of unknown month stands among months in any order", () => {
    const records = [record(2, "2021-03"), record(3, "2021-01"), record(5, "2021-03")];
    expect(selectCorrectRows(records, [4]).records).toEqual([]);
  });

  it("keeps every record when no line is skipped", () => {
    const records = [record(2, "2021-01")];
    expect(selectCorrectRows(records, [])).toEqual({ records, monthsLeftOut: [] });
  });

  it("keeps nothing when every month is touched", () => {
    expect(selectCorrectRows([record(2, "2021-01"), record(4, "2021-02")], [3]).records).toEqual([]);
  });
});
