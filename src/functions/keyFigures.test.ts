import { captureExcelError } from "../../test/fixtures/excelErrors";
import { buildPressReleaseMatrix, serialOfMonth } from "../../test/fixtures/excelRange";
import { keyFigures } from "./functions";
import { toKeyFigureRows } from "./keyFigureRows";

/* WINWIN.KEY_FIGURES called the way Excel calls it: a range as a 2-D array, months as serials or text, null when omitted. */

const HEADER = ["Maand", "Looptijd (jaar)", "Hoofdsom (EUR)", "Aantal leningen"];

function setLanguage(displayLanguage: string): void {
  (globalThis as unknown as { Office: unknown }).Office = { context: { displayLanguage } };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

describe("WINWIN.KEY_FIGURES", () => {
  it.each([
    ["positional range, text months", buildPressReleaseMatrix(), "2021-01", "2021-05"],
    [
      "table with a header, serial months",
      [HEADER, ...buildPressReleaseMatrix()],
      serialOfMonth("2021-01"),
      serialOfMonth("2021-05", 31),
    ],
  ])("spills the press release's key figures of January–May 2021 (%s)", (_case, range, from, to) => {
    setLanguage("en-US");
    const rows = keyFigures(range as any[][], from, to);
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ["Loans", 3393, ""],
      ["Principal (euro)", 63_679_942.23, ""],
      ["Average principal per loan (euro)", 18_768.03, ""],
      ["Share of loans with a 5-year term", 1813 / 3393, ""],
      ["Share of loans with a term other than 8 years", 2809 / 3393, ""],
      ["Most chosen term (years)", 5, ""],
    ]);
    expect(rows.map((row) => row[3])).toEqual(["", "", "", "", "", ""]);
  });

  it("writes its labels in Dutch unless Office runs in English", () => {
    const rows = keyFigures(buildPressReleaseMatrix() as any[][], "2021-01", null);
    expect(rows.map((row) => row[0])).toEqual([
      "Aantal leningen",
      "Hoofdsom (euro)",
      "Gemiddelde hoofdsom per lening (euro)",
      "Aandeel leningen op 5 jaar",
      "Aandeel leningen met een andere looptijd dan 8 jaar",
      "Meest gekozen looptijd (jaar)",
    ]);
    expect(rows[0][1]).toBe(644); // to_month omitted: just January
  });

  it("compares with the same months a year earlier, across a year's end", () => {
    const range = [
      [serialOfMonth("2019-12"), 8, 30_000, 3],
      [serialOfMonth("2020-01"), 5, 20_000, 2],
      [serialOfMonth("2020-12"), 5, 40_000, 4],
      [serialOfMonth("2021-01"), 10, 60_000, 4],
    ];
    const rows = keyFigures(range, "2020-12", "2021-01");
    expect(rows[0]).toEqual([expect.any(String), 8, 5, expect.closeTo(0.6, 12)]);
    expect(rows[1]).toEqual([expect.any(String), 100_000, 50_000, 1]);
    expect(rows[3]).toEqual([expect.any(String), 0.5, 0.4, expect.closeTo(0.1, 12)]);
    expect(rows[5]).toEqual([expect.any(String), 5, 8, ""]);
  });

  it.each([
    ["only January 2020", ["2020-01"]],
    ["January and February 2020", ["2020-01", "2020-02"]],
  ])("leaves the year-earlier columns empty when the range holds %s of January–May 2020", (_case, months) => {
    const priorRows = months.map((month) => [serialOfMonth(month), 5, 1_000_000, 50]);
    const rows = keyFigures([...buildPressReleaseMatrix(), ...priorRows], "2021-01", "2021-05");
    expect(rows.map((row) => row.slice(1))).toEqual([
      [3393, "", ""],
      [63_679_942.23, "", ""],
      [18_768.03, "", ""],
      [1813 / 3393, "", ""],
      [2809 / 3393, "", ""],
      [5, "", ""],
    ]);
  });

  it("compares November 2020 – February 2021 with every month of November 2019 – February 2020", () => {
    const range = [
      [serialOfMonth("2019-11"), 5, 10_000, 1],
      [serialOfMonth("2019-12"), 8, 10_000, 1],
      [serialOfMonth("2020-01"), 5, 10_000, 1],
      [serialOfMonth("2020-02"), 10, 10_000, 1],
      [serialOfMonth("2020-11"), 5, 20_000, 2],
      [serialOfMonth("2020-12"), 5, 20_000, 2],
      [serialOfMonth("2021-01"), 8, 10_000, 1],
      [serialOfMonth("2021-02"), 5, 10_000, 1],
    ];
    const rows = keyFigures(range, "2020-11", "2021-02");
    expect(rows.map((row) => row.slice(1))).toEqual([
      [6, 4, 0.5],
      [60_000, 40_000, 0.5],
      [10_000, 10_000, 0],
      [5 / 6, 0.5, expect.closeTo(1 / 3, 12)],
      [5 / 6, 0.75, expect.closeTo(1 / 12, 12)],
      [5, 5, ""],
    ]);
  });

  it.each([
    [
      "nl-BE",
      "2021-05",
      "2021-06",
      "Geen registraties in juni 2021; elke maand van mei 2021 tot en met juni 2021 moet registraties hebben.",
    ],
    [
      "en-US",
      "2021-05",
      "2021-06",
      "No registrations in June 2021; every month from May 2021 to June 2021 must have registrations.",
    ],
    [
      "nl-BE",
      "2020-12",
      "2021-02",
      "Geen registraties in december 2020; elke maand van december 2020 tot en met februari 2021 moet registraties hebben.",
    ],
    [
      "en-US",
      "2021-04",
      "2021-07",
      "No registrations in June 2021 and July 2021; every month from April 2021 to July 2021 must have registrations.",
    ],
    [
      "nl-BE",
      "2020-01",
      "2021-05",
      "Geen registraties in januari 2020, februari 2020, maart 2020, …; elke maand van januari 2020 tot en met mei 2021 moet registraties hebben.",
    ],
  ])(
    "answers #N/A naming the months without registrations (%s, %s – %s), never a part of the period",
    (language, from, to, message) => {
      setLanguage(language);
      const error = captureExcelError(() => keyFigures(buildPressReleaseMatrix() as any[][], from, to));
      expect([error?.code, error?.message]).toEqual(["#N/A", message]);
    },
  );

  it("shows a change from zero as #DIV/0! with a message, never Infinity", () => {
    // The range reader refuses a zero principal, so a zero base reaches only the spill rows directly.
    const row = {
      code: "key_figure_principal",
      unit: "cents",
      current: 100_000,
      prior: 0,
      change: "zero_base",
    } as const;
    const change = toKeyFigureRows([row], "en")[0][3] as CustomFunctions.Error;
    expect([change.code, change.message]).toEqual(["#DIV/0!", expect.stringContaining("is 0")]);
  });

  it.each([
    ["a period without registrations", buildPressReleaseMatrix(), "2022-01", null, "#N/A", /januari 2022/],
    ["an end before the start", buildPressReleaseMatrix(), "2021-05", "2021-01", "#VALUE!", /to_month/],
    ["a missing from_month", buildPressReleaseMatrix(), null, null, "#VALUE!", /from_month/],
    ["a text to_month", buildPressReleaseMatrix(), "2021-01", "later", "#VALUE!", /to_month.*later/],
    [
      "a range row with a broken figure",
      [...buildPressReleaseMatrix(), [serialOfMonth("2021-02"), 5, "veel", 1]],
      "2021-01",
      null,
      "#VALUE!",
      /veel/,
    ],
  ])("refuses %s with a message", (_case, range, from, to, code, message) => {
    const error = captureExcelError(() => keyFigures(range as any[][], from, to));
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
  });
});
