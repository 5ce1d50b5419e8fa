import { toMonthKey } from "../domain/dates/monthKey";
import { WORKBOOK_ERROR_CODES } from "../excel/workbookError";
import { ImportOutcome } from "../excel/excelImportApi";
import { WorkbookError } from "../excel/workbookError";
import {
  classifyFailure,
  describeFailure,
  describeMonthsLeftOut,
  describeOutcome,
  describeSummaryState,
  describeUndoOutcome,
  PaneFailureCode,
} from "./paneMessages";

describe("classifyFailure", () => {
  it.each([
    ["a restored write", new WorkbookError("write_failed_restored"), { code: "write_failed_restored" }],
    [
      "a write that could not be undone",
      new WorkbookError("write_failed_not_restored"),
      { code: "write_failed_not_restored" },
    ],
    [
      "a write that left rows to check",
      new WorkbookError("write_failed_not_restored", undefined, [], { addedRowsLeft: 2, rowsPutBackElsewhere: 0 }),
      { code: "write_failed_not_restored", gaps: { addedRowsLeft: 2, rowsPutBackElsewhere: 0 } },
    ],
    ["a missing API", Object.assign(new Error("x"), { code: "records_invalid" }), { code: "records_invalid" }],
    ["a changed table", new WorkbookError("table_layout_changed"), { code: "table_layout_changed" }],
    ["a colleague's change", new WorkbookError("table_changed_meanwhile"), { code: "table_changed_meanwhile" }],
    [
      "data Excel cannot hold",
      new WorkbookError("excel_limits_exceeded", undefined, [
        {
          line: 4,
          code: "excel_text_too_long",
          params: {},
          message: "Regel 4: te lang.",
          messageEn: "Line 4: too long.",
        },
      ]),
      { code: "excel_limits_exceeded", issues: [expect.objectContaining({ line: 4 })] },
    ],
    [
      "an Office.js error",
      Object.assign(new Error("Boom at line 3"), { code: "GeneralException" }),
      { code: "unexpected", detail: "GeneralException" },
    ],
    [
      "a code that is not an identifier",
      Object.assign(new Error(), { code: "at x (y.js:1:2)" }),
      { code: "unexpected" },
    ],
    ["a plain error", new Error("TypeError: undefined is not a function"), { code: "unexpected" }],
    ["a thrown string", "oops", { code: "unexpected" }],
    ["nothing", undefined, { code: "unexpected" }],
  ])("classifies %s", (_title, error, expected) => {
    expect(classifyFailure(error)).toEqual(expected);
  });
});

describe("describeFailure", () => {
  const codes: PaneFailureCode[] = [...WORKBOOK_ERROR_CODES, "file_type", "file_unreadable", "no_office", "unexpected"];

  it.each(codes.flatMap((code) => [[code, "nl"] as const, [code, "en"] as const]))(
    "words %s in %s without placeholders",
    (code, language) => {
      const text = describeFailure({ code, detail: "data.xlsx" }, language);
      expect(text).not.toMatch(/[{}]/);
      expect(text.length).toBeGreaterThan(10);
    },
  );

  it.each([
    [{ code: "file_type", detail: "data.xlsx" }, "nl", /^data\.xlsx is geen CSV-/],
    [{ code: "unexpected", detail: "GeneralException" }, "en", /error code GeneralException/],
    [{ code: "unexpected" }, "nl", /^Er ging iets mis in Excel\. Probeer het opnieuw\.$/],
    [{ code: "write_failed_restored" }, "nl", /staat terug zoals ze was/],
    [
      { code: "write_failed_not_restored", gaps: { addedRowsLeft: 2, rowsPutBackElsewhere: 1 } },
      "nl",
      /niet volledig hersteld.* 2 rijen van deze import staan nog in de tabel.* 1 vervangen rij staat terug in de tabel, maar misschien niet op haar oude plaats/,
    ],
    [
      { code: "write_failed_not_restored", gaps: { addedRowsLeft: 1, rowsPutBackElsewhere: 0 } },
      "en",
      /^Writing to the workbook failed and the table Registraties could not be fully restored\. Check the table before you go on\. 1 row of this import is still in the table: a colleague changed or moved it meanwhile\.$/,
    ],
    [
      { code: "table_changed_meanwhile" },
      "nl",
      /^Een collega heeft de tabel intussen gewijzigd\. Lees de tabel opnieuw en probeer het nog eens\.$/,
    ],
    [
      { code: "excel_limits_exceeded", issues: [{ message: "Regel 4: te lang.", messageEn: "Line 4: too long." }] },
      "en",
      /^Nothing written: Excel cannot hold this data\. Line 4: too long\.$/,
    ],
  ] as const)("words %j in %s", (failure, language, expected) => {
    expect(describeFailure(failure, language)).toMatch(expected);
  });
});

describe("describeUndoOutcome", () => {
  const undone = {
    rowsRemoved: 2,
    rowsRestored: 6,
    months: ["2021-03"],
    summaries: "refreshed",
    logged: true,
  } as const;
  it.each([
    [
      "nl",
      undone,
      ["2 rijen van de laatste import weggehaald.", "6 vervangen rijen teruggezet.", "Samenvattingen vernieuwd."],
    ],
    [
      "en",
      { ...undone, rowsRemoved: 1 },
      ["1 row of the last import removed.", "6 replaced rows put back.", "Summaries refreshed."],
    ],
    [
      "nl",
      { ...undone, rowsRestored: 0, logged: false },
      ["2 rijen van de laatste import weggehaald.", "Samenvattingen vernieuwd.", expect.stringContaining("Importlog")],
    ],
  ] as const)("words an undo in %s, leaving out a count of zero", (language, outcome, expected) => {
    expect(describeUndoOutcome(outcome, language)).toEqual(expected);
  });
});

describe("describeOutcome", () => {
  const outcome: ImportOutcome = {
    rowsWritten: 28,
    rowsReplaced: 1,
    rowsKept: 12,
    monthsReplaced: ["2021-01", "2021-02"],
    summaries: "unsupported",
    logged: true,
  };

  it.each([
    [
      "nl",
      [
        "28 rijen geschreven in de tabel Registraties.",
        "Maanden in deze import: januari 2021 en februari 2021.",
        "1 bestaande rij van die maanden vervangen.",
        "12 rijen van andere maanden behouden.",
        "Geen samenvattingen gemaakt: deze versie van Excel laat invoegtoepassingen geen draaitabellen maken. Dat kan in Excel 2021 en later, in een recente Excel voor Microsoft 365 en in Excel voor het web.",
      ],
    ],
    [
      "en",
      [
        "28 rows written to the table Registraties.",
        "Months in this import: January 2021 and February 2021.",
        "1 existing row of those months replaced.",
        "12 rows of other months kept.",
        "No summaries made: this version of Excel does not let add-ins make PivotTables. Excel 2021 and later, a recent Excel for Microsoft 365 and Excel for the web do.",
      ],
    ],
  ] as const)("tells in %s what an import changed", (language, expected) => {
    expect(describeOutcome(outcome, language)).toEqual(expected);
  });

  it("says when the import could not be logged", () => {
    expect(describeOutcome({ ...outcome, logged: false }, "en").at(-1)).toBe(
      "The import could not be noted on the sheet Importlog.",
    );
  });

  it("leaves out the months when the outcome names none", () => {
    expect(describeOutcome({ ...outcome, monthsReplaced: [] }, "en")).toHaveLength(4);
  });

  it("leaves out the counts that are zero: a first import replaces and keeps nothing", () => {
    expect(describeOutcome({ ...outcome, rowsReplaced: 0, rowsKept: 0 }, "en")).toEqual([
      "28 rows written to the table Registraties.",
      "Months in this import: January 2021 and February 2021.",
      "No summaries made: this version of Excel does not let add-ins make PivotTables. Excel 2021 and later, a recent Excel for Microsoft 365 and Excel for the web do.",
    ]);
  });

  it.each([
    [
      "one line and the month left out, in Dutch",
      "nl",
      { lines: 1, monthsLeftOut: [toMonthKey(2021, 1)] },
      [
        "1 regel met een fout overgeslagen.",
        "Niet geïmporteerd omdat er regels met fouten in stonden: januari 2021. Hun rijen in de werkmap zijn niet veranderd.",
      ],
    ],
    [
      "three lines and the two months left out, in English",
      "en",
      { lines: 3, monthsLeftOut: [toMonthKey(2020, 12), toMonthKey(2021, 1)] },
      [
        "3 lines with errors skipped.",
        "Not imported because they held lines with errors: December 2020 and January 2021. Their rows in the workbook have not changed.",
      ],
    ],
    [
      "the lines alone when no month is left out",
      "en",
      { lines: 2, monthsLeftOut: [] },
      ["2 lines with errors skipped."],
    ],
  ] as const)("tells %s", (_title, language, skipped, expected) => {
    const lines = describeOutcome(outcome, language, skipped);
    expect(lines.slice(2, 2 + expected.length)).toEqual(expected);
    expect(lines).toHaveLength(5 + expected.length);
  });
});

describe("describeMonthsLeftOut", () => {
  const january = toMonthKey(2021, 1);
  const february = toMonthKey(2021, 2);

  it.each([
    [
      "one month and its line, in Dutch",
      "nl",
      [{ month: january, lines: [7] }],
      "Niet geïmporteerd omdat er regels met fouten in staan: januari 2021 (regel 7).",
    ],
    [
      "one month and its line, in English",
      "en",
      [{ month: january, lines: [7] }],
      "Not imported because they hold lines with errors: January 2021 (line 7).",
    ],
    [
      "two months, each with its lines",
      "nl",
      [
        { month: january, lines: [7] },
        { month: february, lines: [7, 12] },
      ],
      "Niet geïmporteerd omdat er regels met fouten in staan: januari 2021 (regel 7) en februari 2021 (regels 7 en 12).",
    ],
    [
      "six lines of a month, all of them",
      "nl",
      [{ month: january, lines: [2, 3, 4, 5, 6, 7] }],
      "Niet geïmporteerd omdat er regels met fouten in staan: januari 2021 (regels 2, 3, 4, 5, 6 en 7).",
    ],
    [
      "the first five of seven lines, and how many more",
      "en",
      [{ month: january, lines: [2, 3, 4, 5, 6, 7, 1200] }],
      "Not imported because they hold lines with errors: January 2021 (lines 2, 3, 4, 5, 6 and 2 more).",
    ],
    [
      "the count of many more lines as a Flemish reader writes it",
      "nl",
      [{ month: january, lines: Array.from({ length: 1500 }, (_, i) => i + 2) }],
      "Niet geïmporteerd omdat er regels met fouten in staan: januari 2021 (regels 2, 3, 4, 5, 6 en 1.495 andere).",
    ],
  ] as const)("names %s", (_title, language, monthsLeftOut, expected) => {
    expect(describeMonthsLeftOut(monthsLeftOut, language)).toBe(expected);
  });
});

describe("describeSummaryState", () => {
  it.each([
    ["created", "nl", "Samenvattingen aangemaakt op het blad Samenvatting."],
    ["refreshed", "en", "Summaries refreshed."],
    [
      "failed",
      "nl",
      "De tabel is bijgewerkt, maar Excel kon de samenvattingen niet vernieuwen. Kies Samenvattingen vernieuwen om het opnieuw te proberen.",
    ],
  ] as const)("words %s in %s", (state, language, expected) => {
    expect(describeSummaryState(state, language)).toBe(expected);
  });
});
