import { buildPressReleaseRecords } from "../../../test/fixtures/pressReleaseRecords";
import { formatMonthKey, toMonthKey } from "../dates/monthKey";
import { RegistrationRecord } from "../registrations/registrationRecord";
import { computeKeyFigures, KeyFigureRow } from "./computeKeyFigures";

/** Records from `[year, month, term, principal in euro, loans]`. */
function buildRecords(rows: readonly (readonly [number, number, number, number, number])[]): RegistrationRecord[] {
  return rows.map(([year, month, termYears, principal, loans], index) => ({
    year,
    month,
    termYears,
    principalCents: Math.round(principal * 100),
    loans,
    line: index + 1,
  }));
}

type Figures = [current: number, prior: number | undefined, change: KeyFigureRow["change"]];

function figuresOf(rows: readonly KeyFigureRow[]): Record<string, Figures> {
  return Object.fromEntries(rows.map((row) => [row.code, [row.current, row.prior, row.change]]));
}

// Two years: a prior year with 2020 figures and a period crossing from December into January.
const TWO_YEARS = buildRecords([
  [2019, 12, 8, 30_000, 3],
  [2020, 1, 5, 20_000, 2],
  [2020, 12, 5, 40_000, 4],
  [2020, 12, 8, 10_000, 1],
  [2021, 1, 10, 50_000, 5],
  [2021, 2, 5, 99_999, 9], // outside both periods
]);

describe("computeKeyFigures", () => {
  it.each([
    [
      "the press release, January–May 2021, without a year before",
      buildPressReleaseRecords(),
      toMonthKey(2021, 1),
      toMonthKey(2021, 5),
      {
        key_figure_loans: [3393, undefined, "no_prior"],
        key_figure_principal: [6_367_994_223, undefined, "no_prior"],
        key_figure_average: [1_876_803, undefined, "no_prior"],
        key_figure_share_5_years: [1813 / 3393, undefined, "no_prior"],
        key_figure_share_not_8_years: [2809 / 3393, undefined, "no_prior"],
        key_figure_most_chosen_term: [5, undefined, "not_applicable"],
      },
    ],
    [
      "a period spanning two years, December 2020 – January 2021, against December 2019 – January 2020",
      TWO_YEARS,
      toMonthKey(2020, 12),
      toMonthKey(2021, 1),
      {
        key_figure_loans: [10, 5, 10 / 5 - 1],
        key_figure_principal: [10_000_000, 5_000_000, 10_000_000 / 5_000_000 - 1],
        key_figure_average: [1_000_000, 1_000_000, 0],
        key_figure_share_5_years: [0.4, 0.4, 0],
        key_figure_share_not_8_years: [0.9, 0.4, 0.9 - 0.4],
        key_figure_most_chosen_term: [10, 8, "not_applicable"],
      },
    ],
    [
      "one month whose year before holds no registrations",
      TWO_YEARS,
      toMonthKey(2021, 2),
      toMonthKey(2021, 2),
      {
        key_figure_loans: [9, undefined, "no_prior"],
        key_figure_principal: [9_999_900, undefined, "no_prior"],
        key_figure_average: [1_111_100, undefined, "no_prior"],
        key_figure_share_5_years: [1, undefined, "no_prior"],
        key_figure_share_not_8_years: [1, undefined, "no_prior"],
        key_figure_most_chosen_term: [5, undefined, "not_applicable"],
      },
    ],
  ])("gives the key figures of %s", (_case, records, from, to, expected) => {
    const result = computeKeyFigures(records, from, to);
    if (!result.ok) throw new Error(result.error.code);
    const figures = figuresOf(result.value);
    for (const [code, [current, prior, change]] of Object.entries(expected as unknown as Record<string, Figures>)) {
      expect([code, figures[code][0]]).toEqual([code, expect.closeTo(current, 12)]);
      expect([code, figures[code][1]]).toEqual([code, prior === undefined ? undefined : expect.closeTo(prior, 12)]);
      expect([code, figures[code][2]]).toEqual([
        code,
        typeof change === "number" ? expect.closeTo(change, 12) : change,
      ]);
    }
  });

  it("counts a month in both periods when the period is longer than a year", () => {
    // A loan in every month of 2019–2021, ten in June 2020: it belongs to the period and the year before.
    const records = buildRecords(
      [2019, 2020, 2021].flatMap((year) =>
        Array.from({ length: 12 }, (_, index): [number, number, number, number, number] => {
          const loans = year === 2020 && index === 5 ? 10 : 1;
          return [year, index + 1, 5, 1000 * loans, loans];
        }),
      ),
    );
    const result = computeKeyFigures(records, toMonthKey(2020, 1), toMonthKey(2021, 12));
    expect(result.ok && figuresOf(result.value).key_figure_loans).toEqual([33, 33, 0]);
  });

  it.each([
    ["only January of the five months", [[2020, 1, 5, 1000, 50]]],
    [
      "January and February of the five months",
      [
        [2020, 1, 5, 1000, 50],
        [2020, 2, 8, 1000, 30],
      ],
    ],
    [
      "every month but May",
      [
        [2020, 1, 5, 1000, 50],
        [2020, 2, 8, 1000, 30],
        [2020, 3, 5, 1000, 20],
        [2020, 4, 10, 1000, 10],
      ],
    ],
  ] as [string, [number, number, number, number, number][]][])(
    "leaves the year before empty when the registrations hold %s, never comparing a part with the whole",
    (_case, priorRows) => {
      const records = [...buildPressReleaseRecords(), ...buildRecords(priorRows)];
      const result = computeKeyFigures(records, toMonthKey(2021, 1), toMonthKey(2021, 5));
      if (!result.ok) throw new Error(result.error.code);
      expect(result.value.map((row) => [row.code, row.current, row.prior, row.change])).toEqual([
        ["key_figure_loans", 3393, undefined, "no_prior"],
        ["key_figure_principal", 6_367_994_223, undefined, "no_prior"],
        ["key_figure_average", 1_876_803, undefined, "no_prior"],
        ["key_figure_share_5_years", 1813 / 3393, undefined, "no_prior"],
        ["key_figure_share_not_8_years", 2809 / 3393, undefined, "no_prior"],
        ["key_figure_most_chosen_term", 5, undefined, "not_applicable"],
      ]);
    },
  );

  it("compares with a year before that every month of it holds, across a year's end", () => {
    const records = buildRecords([
      [2019, 11, 5, 10_000, 1],
      [2019, 12, 8, 10_000, 1],
      [2020, 1, 5, 10_000, 1],
      [2020, 2, 10, 10_000, 1],
      [2020, 11, 5, 20_000, 2],
      [2020, 12, 5, 20_000, 2],
      [2021, 1, 8, 10_000, 1],
      [2021, 2, 5, 10_000, 1],
    ]);
    const result = computeKeyFigures(records, toMonthKey(2020, 11), toMonthKey(2021, 2));
    if (!result.ok) throw new Error(result.error.code);
    expect(figuresOf(result.value)).toEqual({
      key_figure_loans: [6, 4, 0.5],
      key_figure_principal: [6_000_000, 4_000_000, 0.5],
      key_figure_average: [1_000_000, 1_000_000, 0],
      key_figure_share_5_years: [5 / 6, 0.5, 5 / 6 - 0.5],
      key_figure_share_not_8_years: [5 / 6, 0.75, 5 / 6 - 0.75],
      key_figure_most_chosen_term: [5, 5, "not_applicable"],
    });
  });

  it("keeps the press release's rows in the order it spills them", () => {
    const result = computeKeyFigures(buildPressReleaseRecords(), toMonthKey(2021, 1), toMonthKey(2021, 1));
    expect(result.ok && result.value.map((row) => row.code)).toEqual([
      "key_figure_loans",
      "key_figure_principal",
      "key_figure_average",
      "key_figure_share_5_years",
      "key_figure_share_not_8_years",
      "key_figure_most_chosen_term",
    ]);
  });

  it.each([
    [
      "a tie goes to the shortest term",
      [
        [2021, 1, 10, 1000, 3],
        [2021, 1, 6, 1000, 3],
        [2021, 1, 8, 1000, 1],
      ],
      6,
    ],
    [
      "the most loans, not the most principal",
      [
        [2021, 1, 10, 90_000, 1],
        [2021, 1, 7, 1000, 2],
      ],
      7,
    ],
    [
      "a term spread over rows counts once",
      [
        [2021, 1, 9, 1000, 2],
        [2021, 1, 5, 1000, 3],
        [2021, 1, 9, 1000, 2],
      ],
      9,
    ],
  ] as [string, [number, number, number, number, number][], number][])(
    "chooses the most chosen term: %s",
    (_case, rows, term) => {
      const result = computeKeyFigures(buildRecords(rows), toMonthKey(2021, 1), toMonthKey(2021, 1));
      expect(result.ok && figuresOf(result.value).key_figure_most_chosen_term[0]).toBe(term);
    },
  );

  it("gives a change from zero as zero_base, never Infinity", () => {
    const records = buildRecords([
      [2020, 1, 5, 0, 1],
      [2021, 1, 5, 1000, 1],
    ]);
    const result = computeKeyFigures(records, toMonthKey(2021, 1), toMonthKey(2021, 1));
    expect(result.ok && figuresOf(result.value).key_figure_principal).toEqual([100_000, 0, "zero_base"]);
  });

  it.each([
    ["a period without loans", toMonthKey(2022, 1), toMonthKey(2022, 3), "not_available", "no_registrations_in_period"],
    ["a month without loans", toMonthKey(2022, 1), toMonthKey(2022, 1), "not_available", "no_registrations"],
    [
      "a period whose end comes before its start",
      toMonthKey(2021, 5),
      toMonthKey(2021, 1),
      "invalid_value",
      "period_reversed",
    ],
  ])("refuses %s with a message, never NaN", (_case, from, to, kind, code) => {
    const result = computeKeyFigures(buildPressReleaseRecords(), from, to);
    expect(result.ok ? undefined : [result.error.kind, result.error.code]).toEqual([kind, code]);
  });

  it.each([
    ["the last month", toMonthKey(2021, 5), toMonthKey(2021, 6), ["2021-06"]],
    ["months at both ends", toMonthKey(2020, 11), toMonthKey(2021, 7), ["2020-11", "2020-12", "2021-06", "2021-07"]],
  ])("refuses a period without registrations in %s, naming them all", (_case, from, to, months) => {
    const result = computeKeyFigures(buildPressReleaseRecords(), from, to);
    expect(result.ok ? undefined : result.error).toEqual({
      kind: "not_available",
      code: "period_months_without_registrations",
      params: {
        months: { months },
        from: { month: formatMonthKey(from) },
        to: { month: formatMonthKey(to) },
      },
    });
  });
});
