import { parseRegistrations, SAMPLE_REGISTRATION_TEXT } from "../domain/registrations";
import { createRegistrationIssue } from "../domain/registrations/registrationIssue";
import { RegistrationRecord } from "../domain/registrations/registrationRecord";
import { buildPreviewModel, describeIssue, FIRST_ROWS_LIMIT, ISSUE_LIMIT, isImportable } from "./previewModel";

const record = (
  month: number,
  termYears: number,
  principalCents: number,
  loans: number,
  province?: string,
): RegistrationRecord =>
  province === undefined
    ? { year: 2021, month, termYears, principalCents, loans, line: month }
    : { year: 2021, month, termYears, principalCents, loans, province, line: month };
const error = (line: number) => createRegistrationIssue(line, "import_principal_not_number", { value: "abc" });
const warning = (line: number) =>
  createRegistrationIssue(line, "import_duplicate_month_term", { month: "2021-01", termYears: 5, firstLine: 1 });

describe("buildPreviewModel", () => {
  it("sums the press release's table to its stated totals", () => {
    const preview = buildPreviewModel(parseRegistrations(SAMPLE_REGISTRATION_TEXT));
    expect(preview).toMatchObject({ rowCount: 28, monthCount: 5, loans: 3393, principalCents: 6367994223 });
    expect(preview.firstRows).toHaveLength(FIRST_ROWS_LIMIT);
    expect(preview.errorCount + preview.warningCount).toBe(0);
  });

  it.each([
    ["no records", [], 0, 0, 0, 0],
    ["one record", [record(1, 5, 100, 1)], 1, 1, 1, 100],
    ["two terms of one month", [record(1, 5, 100, 1), record(1, 8, 250, 2)], 2, 1, 3, 350],
    ["two months", [record(1, 5, 100, 1), record(2, 5, 100, 4)], 2, 2, 5, 200],
  ])(
    "counts rows, months, loans and principal of %s",
    (_title, records, rowCount, monthCount, loans, principalCents) => {
      expect(buildPreviewModel({ records, issues: [] })).toMatchObject({ rowCount, monthCount, loans, principalCents });
    },
  );

  it.each([
    ["no province", [record(1, 5, 100, 1)], false],
    ["an empty province", [record(1, 5, 100, 1, "")], false],
    ["a province", [record(1, 5, 100, 1), record(1, 6, 100, 1, "Limburg")], true],
  ])("shows the province column for %s: %s", (_title, records, hasProvince) => {
    expect(buildPreviewModel({ records, issues: [] }).hasProvince).toBe(hasProvince);
  });

  it("lists errors before warnings, each in line order", () => {
    const preview = buildPreviewModel({ records: [], issues: [warning(2), error(5), warning(7), error(9)] });
    expect(preview.shownIssues.map((issue) => [issue.severity, issue.line])).toEqual([
      ["error", 5],
      ["error", 9],
      ["warning", 2],
      ["warning", 7],
    ]);
    expect(preview).toMatchObject({ errorCount: 2, warningCount: 2, hiddenIssueCount: 0 });
  });

  it("shows at most the issue limit and counts the rest", () => {
    const issues = Array.from({ length: ISSUE_LIMIT + 3 }, (_, i) => warning(i + 1));
    const preview = buildPreviewModel({ records: [], issues });
    expect(preview.shownIssues).toHaveLength(ISSUE_LIMIT);
    expect(preview.hiddenIssueCount).toBe(3);
    expect(preview.warningCount).toBe(ISSUE_LIMIT + 3);
  });
});

describe("isImportable", () => {
  it.each([
    ["rows without issues", [record(1, 5, 100, 1)], [], true],
    ["rows with warnings only", [record(1, 5, 100, 1)], [warning(3)], true],
    ["rows with an error", [record(1, 5, 100, 1)], [error(3)], false],
    ["no rows", [], [], false],
  ])("says %s can be imported: %s", (_title, records, issues, importable) => {
    expect(isImportable(buildPreviewModel({ records, issues }))).toBe(importable);
  });
});

describe("describeIssue", () => {
  it.each([
    ["nl", "Regel 4: de hoofdsom 'abc' is geen bedrag."],
    ["en", "Line 4: the principal 'abc' is not an amount."],
  ] as const)("words an issue in %s", (language, expected) => {
    expect(describeIssue(error(4), language)).toBe(expected);
  });
});
