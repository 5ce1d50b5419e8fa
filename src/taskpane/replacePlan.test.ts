import { createFakeWorkbook, runWithFakeExcel } from "../../test/doubles/fakeExcel";
import { installOfficeGlobal, removeOfficeGlobal } from "../../test/doubles/officeGlobal";
import { buildPressReleaseRecords } from "../../test/fixtures/pressReleaseRecords";
import { toMonthKey } from "../domain/dates/monthKey";
import { RegistrationRecord } from "../domain/registrations/registrationRecord";
import { importRegistrations, readImportTarget } from "../excel/importRegistrations";
import { readWorkbookContents } from "../excel/readWorkbookContents";
import { buildPreviewModel } from "./previewModel";
import { chooseHoldings, describeMonthsRead, MonthsRead, planReplacement } from "./replacePlan";

const asContext = (context: unknown) => context as Excel.RequestContext;

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

describe("chooseHoldings", () => {
  const card = [holding(2021, 5, 5, 495)];
  const read: MonthsRead = {
    months: [toMonthKey(2021, 5), toMonthKey(2021, 6)],
    held: [holding(2021, 5, 5, 495), holding(2021, 6, 2, 40)],
  };
  it.each([
    ["goes by what was read with the input when it covers the input's months", read, [5, 6], read.held],
    ["goes by the card when the input brings a month not read with it", read, [5, 6, 7], card],
    ["goes by the card when nothing was read with the input", undefined, [5, 6], card],
  ])("%s", (_case, monthsRead, incoming, expected) => {
    expect(
      chooseHoldings(
        card,
        monthsRead,
        incoming.map((m) => toMonthKey(2021, m)),
      ),
    ).toBe(expected);
  });
});

describe("the plan in a shared workbook", () => {
  beforeEach(() => installOfficeGlobal("1.12"));
  afterEach(() => removeOfficeGlobal());

  const june = (loans: readonly number[]): RegistrationRecord[] =>
    loans.map((count, index) => ({
      year: 2021,
      month: 6,
      termYears: 5 + index,
      principalCents: count * 20_000_00,
      loans: count,
      line: index + 2,
    }));
  const importInto = (workbook: ReturnType<typeof createFakeWorkbook>, records: RegistrationRecord[]) =>
    runWithFakeExcel(workbook, (context) =>
      importRegistrations(asContext(context), { records, sourceLabel: "collega.csv", inputHash: "c", issueCount: 0 }),
    );

  it("says June will be replaced when a colleague imported it after the card was read", async () => {
    const workbook = createFakeWorkbook();
    await importInto(workbook, buildPressReleaseRecords());
    const card = await runWithFakeExcel(workbook, (context) => readWorkbookContents(asContext(context)));
    await importInto(workbook, june([30, 12]));

    // The user's input: June and July. What loadInput reads for the import is what the plan goes by.
    const input = [...june([25]), { ...june([8])[0], month: 7 }];
    const reading = await runWithFakeExcel(workbook, (context) => readImportTarget(asContext(context), input));
    const months = buildPreviewModel({ records: input, issues: [] }).months;
    const monthsRead = describeMonthsRead(months, reading);
    const plan = planReplacement(chooseHoldings(card.months, monthsRead, months), months);
    expect(plan.replaced).toEqual([{ month: toMonthKey(2021, 6), rows: 2, loans: 42, principalCents: 42 * 20_000_00 }]);
    expect(plan.added).toEqual([toMonthKey(2021, 7)]);
  });

  it("says every month is new when the workbook had no table when the input was read", () => {
    const months = [toMonthKey(2021, 6)];
    const plan = planReplacement(
      chooseHoldings([holding(2021, 6, 1, 1)], describeMonthsRead(months, undefined), months),
      months,
    );
    expect(plan).toEqual({ replaced: [], added: months });
  });
});
