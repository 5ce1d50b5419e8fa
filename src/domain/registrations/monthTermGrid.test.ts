import { toMonthKey } from "../dates/monthKey";
import { FIRST_REGISTRATION_MONTH, LAST_REGISTRATION_MONTH } from "./cells/figureBounds";
import { MonthTermGrid } from "./monthTermGrid";

type Row = [year: number, month: number, termYears: number, principalCents: number, loans: number];

function fill(rows: readonly Row[]): MonthTermGrid {
  const grid = new MonthTermGrid();
  for (const [year, month, termYears, cents, loans] of rows) grid.add(toMonthKey(year, month), termYears, cents, loans);
  return grid;
}

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
  ])("%s", (_title, rows, [fromYear, fromMonth, toYear, toMonth], expected) => {
    expect(fill(rows).sumMonths(toMonthKey(fromYear, fromMonth), toMonthKey(toYear, toMonth))).toEqual(expected);
  });

  it("lists the terms of a month in ascending order, summed", () => {
    const grid = fill([
      [2021, 3, 8, 250, 2],
      [2021, 3, 5, 100, 1],
      [2021, 3, 8, 50, 1],
      [2021, 4, 6, 9, 1],
    ]);
    expect(grid.listTermsOfMonth(toMonthKey(2021, 3))).toEqual([
      { year: 2021, month: 3, termYears: 5, principalCents: 100, loans: 1 },
      { year: 2021, month: 3, termYears: 8, principalCents: 300, loans: 3 },
    ]);
    expect(grid.listTermsOfMonth(toMonthKey(2021, 5))).toEqual([]);
    expect(grid.listTermsOfMonth(FIRST_REGISTRATION_MONTH - 1)).toEqual([]);
    expect(grid.listTermsOfMonth(LAST_REGISTRATION_MONTH + 1)).toEqual([]);
  });

  it("keeps every month when rows arrive for more months than it first has room for, in any order", () => {
    const rows: Row[] = [];
    for (let i = 0; i < 300; i++) rows.push([2100 - Math.floor(i / 12), 12 - (i % 12), 1 + (i % 50), i + 1, 1]);
    const listed = fill(rows).listMonthTerms();
    expect(listed).toHaveLength(300);
    expect(listed[0]).toEqual({ year: 2076, month: 1, termYears: 50, principalCents: 300, loans: 1 });
    expect(listed[299]).toEqual({ year: 2100, month: 12, termYears: 1, principalCents: 1, loans: 1 });
    const keys = listed.map(({ year, month }) => toMonthKey(year, month));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});
