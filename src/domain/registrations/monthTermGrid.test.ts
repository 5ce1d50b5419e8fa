import { toMonthKey } from "../dates/monthKey";
import { FIRST_REGISTRATION_MONTH, LAST_REGISTRATION_MONTH } from "./cells/figureBounds";
import { ALL_REGISTRATION_MONTHS, MonthTermGrid, TermMonths } from "./monthTermGrid";

type Row = [year: number, month: number, termYears: number, principalCents: number, loans: number];

function fill(rows: readonly Row[], termMonths?: TermMonths): MonthTermGrid {
  const grid = new MonthTermGrid(termMonths);
  for (const [year, month, termYears, cents, loans] of rows) grid.add(toMonthKey(year, month), termYears, cents, loans);
  return grid;
}

const march2021 = toMonthKey(2021, 3);

describe("MonthTermGrid", () => {
  it.each<[string, Row[], [number, number, number, number], { principalCents: number; loans: number }]>([
    [
      "sums one month",
      [
        [2021, 3, 5, 100, 1],
        [2021, 3, 8, 250, 2],
        [2021, 4, 5, 1, 1],
      ],
      [2021, 3, 2021, 3],
      { principalCents: 350, loans: 3 },
    ],
    [
      "sums a year",
      [
        [2020, 12, 5, 7, 1],
        [2021, 1, 5, 100, 1],
        [2021, 12, 10, 5, 5],
      ],
      [2021, 1, 2021, 12],
      { principalCents: 105, loans: 6 },
    ],
    [
      "gives zero for months without rows",
      [[2021, 3, 5, 100, 1]],
      [2019, 1, 2019, 12],
      { principalCents: 0, loans: 0 },
    ],
    [
      "clips to the scheme's months",
      [
        [2006, 9, 5, 3, 1],
        [2100, 12, 50, 4, 1],
      ],
      [1990, 1, 2200, 12],
      { principalCents: 7, loans: 2 },
    ],
  ])("%s, whichever months it keeps per term", (_title, rows, [fromYear, fromMonth, toYear, toMonth], expected) => {
    for (const termMonths of [undefined, { first: march2021, last: march2021 }, ALL_REGISTRATION_MONTHS]) {
      const grid = fill(rows, termMonths);
      expect(grid.sumMonths(toMonthKey(fromYear, fromMonth), toMonthKey(toYear, toMonth))).toEqual(expected);
    }
  });

  it("lists the terms of a month it keeps in ascending order, summed", () => {
    const rows: Row[] = [
      [2021, 3, 8, 250, 2],
      [2021, 3, 5, 100, 1],
      [2021, 3, 8, 50, 1],
      [2021, 4, 6, 9, 1],
      [2021, 2, 50, 9, 1],
    ];
    const grid = fill(rows, { first: toMonthKey(2021, 2), last: toMonthKey(2021, 5) });
    expect(grid.listTermsOfMonth(march2021)).toEqual([
      { year: 2021, month: 3, termYears: 5, principalCents: 100, loans: 1 },
      { year: 2021, month: 3, termYears: 8, principalCents: 300, loans: 3 },
    ]);
    expect(grid.listTermsOfMonth(toMonthKey(2021, 5))).toEqual([]);
    expect(grid.listMonthTerms().map(({ month, termYears }) => [month, termYears])).toEqual([
      [2, 50],
      [3, 5],
      [3, 8],
      [4, 6],
    ]);
  });

  it("refuses to answer for a month whose terms it does not keep, rather than say it has no rows", () => {
    const grid = fill([[2021, 4, 5, 100, 1]], { first: march2021, last: march2021 });
    expect(() => grid.listTermsOfMonth(toMonthKey(2021, 4))).toThrow(/not kept/);
    expect(new MonthTermGrid().listMonthTerms()).toEqual([]);
  });

  it("has no rows for months before the scheme or after 2100", () => {
    const grid = fill([[2021, 3, 5, 100, 1]], ALL_REGISTRATION_MONTHS);
    expect(grid.listTermsOfMonth(FIRST_REGISTRATION_MONTH - 1)).toEqual([]);
    expect(grid.listTermsOfMonth(LAST_REGISTRATION_MONTH + 1)).toEqual([]);
  });

  it("lists every month it keeps in order, the first and last months of the scheme included", () => {
    const rows: Row[] = [];
    for (let i = 0; i < 300; i++) rows.push([2100 - Math.floor(i / 12), 12 - (i % 12), 1 + (i % 50), i + 1, 1]);
    rows.push([2006, 9, 7, 5, 1]);
    const listed = fill(rows, ALL_REGISTRATION_MONTHS).listMonthTerms();
    expect(listed).toHaveLength(301);
    expect(listed[0]).toEqual({ year: 2006, month: 9, termYears: 7, principalCents: 5, loans: 1 });
    expect(listed[1]).toEqual({ year: 2076, month: 1, termYears: 50, principalCents: 300, loans: 1 });
    expect(listed[300]).toEqual({ year: 2100, month: 12, termYears: 1, principalCents: 1, loans: 1 });
  });

  it("adds the rows left for later before it sums, once, and sums in the loop's place from then on", () => {
    const grid = fill([[2021, 3, 5, 100, 1]]);
    const index = march2021 - FIRST_REGISTRATION_MONTH;
    let additions = 0;
    grid.addLater((monthSums) => {
      additions++;
      monthSums[index << 1] += 250;
      monthSums[(index << 1) + 1] += 2;
    });
    expect(grid.monthSumsInUse).toBeUndefined();
    expect(grid.sumMonths(march2021, march2021)).toEqual({ principalCents: 350, loans: 3 });
    expect(grid.sumMonths(march2021, march2021)).toEqual({ principalCents: 350, loans: 3 });
    expect(additions).toBe(1);
    expect(grid.monthSumsInUse?.[index << 1]).toBe(350);
  });
});
