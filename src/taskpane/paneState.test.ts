import { parseRegistrations, SAMPLE_REGISTRATION_TEXT } from "../domain/registrations";
import { ImportOutcome } from "../excel/excelImportApi";
import { toMonthKey } from "../domain/dates/monthKey";
import {
  buildImportRequest,
  canImport,
  canImportCorrectRowsOnly,
  createPaneState,
  PaneAction,
  PaneState,
  reducePaneState,
} from "./paneState";
import { describeParsedInput } from "./previewModel";

const sample: PaneAction = {
  type: "inputRead",
  source: { kind: "sample", label: "Voorbeeld" },
  inputHash: "ab12",
  read: describeParsedInput(parseRegistrations(SAMPLE_REGISTRATION_TEXT)),
};
const broken: PaneAction = {
  type: "inputRead",
  source: { kind: "paste", label: "Plakken" },
  inputHash: "cd34",
  read: describeParsedInput(
    parseRegistrations("Maand;Looptijd;Hoofdsom;Aantal leningen\n2021-01;5;veel;3\n2021-01;6;1000;1\n"),
  ),
};
/** The press release with January's term-10 count broken (line 7), right above January's subtotal. */
const januaryBroken: PaneAction = {
  type: "inputRead",
  source: { kind: "paste", label: "Plakken" },
  inputHash: "ef56",
  read: describeParsedInput(parseRegistrations(SAMPLE_REGISTRATION_TEXT.replace("€ 97", "€ 9x7"))),
};
/** The press release with January's term-7 count broken (line 4), amid January's rows. */
const januaryMidBroken: PaneAction = {
  type: "inputRead",
  source: { kind: "paste", label: "Plakken" },
  inputHash: "ab78",
  read: describeParsedInput(parseRegistrations(SAMPLE_REGISTRATION_TEXT.replace("265.000,00 € 7", "265.000,00 € 7x"))),
};
const outcome: ImportOutcome = {
  rowsWritten: 28,
  rowsReplaced: 0,
  rowsKept: 0,
  monthsReplaced: ["2021-01"],
  summaries: "created",
  logged: true,
};

const inExcel: PaneAction = { type: "hostFound", inExcel: true };
/** The pane in Excel, after `actions`. */
const run = (...actions: PaneAction[]): PaneState =>
  [inExcel, ...actions].reduce(reducePaneState, createPaneState("nl"));

describe("reducePaneState", () => {
  it("starts in the language it is given, without input", () => {
    expect(createPaneState("en")).toEqual({ language: "en" });
  });

  it("keeps the input when the language changes", () => {
    const state = run(sample, { type: "languageChosen", language: "en" });
    expect(state.language).toBe("en");
    expect(state.input?.preview.rowCount).toBe(28);
  });

  it.each([
    ["a read input", [sample], true],
    ["an input with an error", [broken], false],
    ["no input", [], false],
    ["an input being replaced", [sample, { type: "readingStarted" }], false],
    ["an import under way", [sample, { type: "importStarted" }], false],
    ["a finished import", [sample, { type: "importStarted" }, { type: "importFinished", outcome }], true],
    ["a refresh under way", [sample, { type: "refreshStarted" }], false],
    ["a cleared input", [sample, { type: "inputCleared" }], false],
  ] as [string, PaneAction[], boolean][])("allows an import after %s: %s", (_title, actions, allowed) => {
    expect(canImport(run(...actions))).toBe(allowed);
  });

  it.each([
    ["before Office has said where the page runs", [sample]],
    ["outside Excel", [{ type: "hostFound", inExcel: false }, sample]],
    ["outside Excel, after another input", [{ type: "hostFound", inExcel: false }, broken, sample]],
  ] as [string, PaneAction[]][])("allows no import %s", (_title, actions) => {
    expect(canImport(actions.reduce(reducePaneState, createPaneState("nl")))).toBe(false);
  });

  it("follows reading progress only while reading, and forgets it with the next input", () => {
    const progress = { phase: "pdf", done: 1, total: 2 } as const;
    const reading = run({ type: "readingStarted" }, { type: "readingProgressed", progress });
    expect(reading.readProgress).toEqual(progress);
    expect(reducePaneState(reading, sample).readProgress).toBeUndefined();
    expect(run(sample, { type: "readingProgressed", progress }).readProgress).toBeUndefined();
  });

  it("returns to no input when reading is cancelled, and says so", () => {
    const state = run(sample, { type: "readingStarted" }, { type: "readingCancelled" });
    expect(state).toEqual({ language: "nl", inExcel: true, report: { kind: "cancelled", task: "reading" } });
  });

  it("keeps the input after a cancelled import, which may be imported again", () => {
    const state = run(sample, { type: "importStarted" }, { type: "importCancelled" });
    expect(state.report).toEqual({ kind: "cancelled", task: "importing" });
    expect(canImport(state)).toBe(true);
  });

  it("ignores an import asked for when there is nothing valid", () => {
    const before = run(broken);
    expect(reducePaneState(before, { type: "importStarted" })).toBe(before);
  });

  it("follows progress only while importing", () => {
    const progress = { rowsDone: 10, rowsTotal: 28 };
    expect(run(sample, { type: "importStarted" }, { type: "importProgressed", progress }).progress).toEqual(progress);
    expect(run(sample, { type: "importProgressed", progress }).progress).toBeUndefined();
  });

  it("reports the outcome and forgets the progress when an import finishes", () => {
    const state = run(
      sample,
      { type: "importStarted" },
      { type: "importProgressed", progress: { rowsDone: 28, rowsTotal: 28 } },
      {
        type: "importFinished",
        outcome,
      },
    );
    expect(state).toMatchObject({ task: undefined, progress: undefined, report: { kind: "imported", outcome } });
  });

  it("reports a failure and ends the task", () => {
    const state = run(
      sample,
      { type: "importStarted" },
      { type: "taskFailed", failure: { code: "write_failed_restored" } },
    );
    expect(state).toMatchObject({
      task: undefined,
      report: { kind: "failed", failure: { code: "write_failed_restored" } },
    });
    expect(state.input?.preview.rowCount).toBe(28);
  });

  it("clears the previous preview and disables Import when a chosen file is refused", () => {
    const state = run(sample, { type: "inputRejected", failure: { code: "file_type", detail: "tabel.xlsx" } });
    expect(state.input).toBeUndefined();
    expect(canImport(state)).toBe(false);
    expect(state.report).toEqual({ kind: "failed", failure: { code: "file_type", detail: "tabel.xlsx" } });
  });

  it("keeps the input being written when a chosen file is refused meanwhile", () => {
    const writing = run(sample, { type: "importStarted" });
    const state = reducePaneState(writing, { type: "inputRejected", failure: { code: "file_type", detail: "a.xlsx" } });
    expect(state.input?.preview.rowCount).toBe(28);
    expect(state.task).toBe("importing");
  });

  it("clears the last report when new input is read", () => {
    const state = run(sample, { type: "importStarted" }, { type: "importFinished", outcome }, broken);
    expect(state.report).toBeUndefined();
    expect(state.input?.source.kind).toBe("paste");
  });

  it.each([
    ["an import", { type: "importStarted" }],
    ["a refresh", { type: "refreshStarted" }],
    ["an undo", { type: "undoStarted" }],
  ] as [string, PaneAction][])("keeps the input that is being written during %s", (_title, start) => {
    const writing = run(sample, start);
    expect(reducePaneState(writing, broken)).toBe(writing);
    expect(reducePaneState(writing, { type: "readingStarted" })).toBe(writing);
    expect(reducePaneState(writing, { type: "inputCleared" })).toBe(writing);
  });

  it("refuses a refresh while another task runs", () => {
    const importing = run(sample, { type: "importStarted" });
    expect(reducePaneState(importing, { type: "refreshStarted" })).toBe(importing);
  });

  it("undoes only in Excel and with no other task running, and reports what the undo did", () => {
    const undone = {
      rowsRemoved: 2,
      rowsRestored: 6,
      months: ["2021-03"],
      summaries: "refreshed",
      logged: true,
    } as const;
    const importing = run(sample, { type: "importStarted" });
    expect(reducePaneState(importing, { type: "undoStarted" })).toBe(importing);
    const outside = reducePaneState(createPaneState("nl"), { type: "hostFound", inExcel: false });
    expect(reducePaneState(outside, { type: "undoStarted" })).toBe(outside);
    expect(run({ type: "undoStarted" }).task).toBe("undoing");
    const finished = run(sample, { type: "undoStarted" }, { type: "undoFinished", outcome: undone });
    expect([finished.task, finished.report, finished.input?.inputHash]).toEqual([
      undefined,
      { kind: "undone", outcome: undone },
      "ab12",
    ]);
  });

  it("reports what a refresh did", () => {
    expect(run({ type: "refreshStarted" }, { type: "refreshFinished", summaries: "refreshed" }).report).toEqual({
      kind: "refreshed",
      summaries: "refreshed",
    });
  });
});

describe("buildImportRequest", () => {
  it("asks to write the records with their source, hash and number of issues", () => {
    const input = run(sample).input;
    if (input === undefined) throw new Error("no input");
    const request = buildImportRequest(input);
    expect(request).toMatchObject({ sourceLabel: "Voorbeeld", inputHash: "ab12", issueCount: 0 });
    expect(request.records).toHaveLength(28);
  });
});

describe("importing the correct rows only", () => {
  const january = toMonthKey(2021, 1);
  const february = toMonthKey(2021, 2);
  const march = toMonthKey(2021, 3);
  /** A per-loan export sorted by province: March's broken amount stands between January and May. */
  const unsortedBroken: PaneAction = {
    type: "inputRead",
    source: { kind: "paste", label: "Plakken" },
    inputHash: "0a1b",
    read: describeParsedInput(
      parseRegistrations(
        "Registratiedatum;Looptijd;Hoofdsom;Provincie\n15/01/2021;5;10000;Antwerpen\n20/03/2021;5;abc;Antwerpen\n" +
          "10/05/2021;8;20000;Antwerpen\n12/03/2021;5;15000;Limburg\n14/03/2021;6;16000;Limburg\n",
      ),
    ),
  };

  it.each([
    ["a line with an error amid January's rows", januaryMidBroken, [4], 22, [[january, [4]]]],
    [
      "a line with an error between January's last row and February's first",
      januaryBroken,
      [7],
      17,
      [
        [january, [7]],
        [february, [7]],
      ],
    ],
    ["a line with an error in the input's only month", broken, [2], 0, [[january, [2]]]],
    ["a dated row with an error among months in any order: its own month", unsortedBroken, [3], 2, [[march, [3]]]],
  ] as const)("leaves out the months touched by %s", (_title, read, lines, rows, monthsLeftOut) => {
    const input = run(read).input;
    if (input === undefined) throw new Error("no input");
    const request = buildImportRequest(input, true);
    expect(request.skippedLines).toEqual(lines);
    expect(request.records).toHaveLength(rows);
    expect(
      request.records.some((record) =>
        monthsLeftOut.some(([month]) => month === toMonthKey(record.year, record.month)),
      ),
    ).toBe(false);
    expect(input.correctRows?.monthsLeftOut).toEqual(monthsLeftOut.map(([month, on]) => ({ month, lines: on })));
  });

  it.each([
    ["is allowed for an input with errors and months left to import", [januaryBroken], true],
    ["is refused for an input whose every month a line with an error touches", [broken], false],
    ["is not offered for an input without errors", [sample], false],
    [
      "is refused while an import is under way",
      [januaryBroken, { type: "importStarted", correctRowsOnly: true }],
      false,
    ],
  ] as [string, PaneAction[], boolean][])("%s", (_title, actions, allowed) => {
    expect(canImportCorrectRowsOnly(run(...actions))).toBe(allowed);
  });

  it("asks for every record, and skips no line, in a plain import", () => {
    const input = run(sample).input;
    if (input === undefined) throw new Error("no input");
    expect(input.correctRows).toBeUndefined();
    expect(buildImportRequest(input).skippedLines).toBeUndefined();
  });

  it("reports the lines it skipped and the months it left out", () => {
    const state = run(
      januaryBroken,
      { type: "importStarted", correctRowsOnly: true },
      { type: "importFinished", outcome, correctRowsOnly: true },
    );
    expect(state.report).toEqual({
      kind: "imported",
      outcome,
      skipped: { lines: 1, monthsLeftOut: [january, february] },
    });
  });

  it("reports nothing skipped after a plain import", () => {
    const state = run(sample, { type: "importStarted" }, { type: "importFinished", outcome });
    expect(state.report).toEqual({ kind: "imported", outcome });
  });
});
