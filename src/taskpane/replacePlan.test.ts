import { buildPressReleaseRecords } from "../../test/fixtures/pressReleaseRecords";
import { toMonthKey } from "../domain/dates/monthKey";
import { buildPreviewModel } from "./previewModel";
import { planReplacement } from "./replacePlan";

const holding = (year: number, month: number, rows: number, loans: number) => ({
  month: toMonthKey(year, month),
  rows,
  loans,
  principalCents: loans * 100,
});

describe("planReplacement", () => {
  it.each([
    ["an empty workbook: every month is new", [], [], [1, 2, 3, 4, 5]],
    [
      "a workbook with March 2021 and December 2020: March is replaced, December stays, the rest is new",
      [holding(2020, 12, 3, 30), holding(2021, 3, 6, 1003)],
      [[toMonthKey(2021, 3), 6, 1003]],
      [1, 2, 4, 5],
    ],
    [
      "a workbook holding all five months: all are replaced, none is new",
      [1, 2, 3, 4, 5].map((m) => holding(2021, m, 1, 1)),
      [1, 2, 3, 4, 5].map((m) => [toMonthKey(2021, m), 1, 1]),
      [],
    ],
  ])("plans %s", (_case, held, replaced, addedMonths) => {
    const months = buildPreviewModel({ records: buildPressReleaseRecords(), issues: [] }).months;
    const plan = planReplacement(held, months);
    expect(plan.replaced.map((h) => [h.month, h.rows, h.loans])).toEqual(replaced);
    expect(plan.added).toEqual(addedMonths.map((m) => toMonthKey(2021, m)));
  });
});
