import { RegistrationRecord } from "../domain/registrations";
import { countSignificantDigits, EXCEL_MAX_SHEET_ROWS, findExcelLimitIssues } from "./excelLimits";

const RECORD: RegistrationRecord = {
  year: 2021,
  month: 3,
  termYears: 5,
  principalCents: 100_000_00,
  loans: 10,
  line: 7,
};
const PLACE = { firstBodySheetRow: 2, keptRows: 0 };

describe("countSignificantDigits", () => {
  it.each([
    [0, 0],
    [5, 1],
    [1_000_000, 1],
    [2874015.15, 9],
    [0.00012, 2],
    [123456789012345, 15],
    [1234567890123456, 16],
    [12345678901234.56, 16],
  ])("counts %p as %i digits", (value, digits) => {
    expect(countSignificantDigits(value)).toBe(digits);
  });
});

describe("findExcelLimitIssues", () => {
  it("finds nothing in records Excel holds", () => {
    expect(findExcelLimitIssues([RECORD], "maart.csv", PLACE)).toEqual([]);
  });

  it.each([
    [
      "a province over 32,767 characters",
      [{ ...RECORD, province: "x".repeat(32_768) }],
      "maart.csv",
      { line: 7, code: "excel_text_too_long" },
    ],
    ["a source label over 32,767 characters", [RECORD], "y".repeat(32_768), { line: 0, code: "excel_text_too_long" }],
    [
      "a principal of 16 significant digits",
      [{ ...RECORD, principalCents: 1_234_567_890_123_456 }],
      "maart.csv",
      { line: 7, code: "excel_number_too_precise" },
    ],
  ])("reports %s with its line", (_case, records, label, expected) => {
    expect(findExcelLimitIssues(records, label, PLACE)).toEqual([expect.objectContaining(expected)]);
  });

  it("names the first line that would run past the sheet's last row", () => {
    const records = [0, 1, 2].map((i) => ({ ...RECORD, line: 10 + i }));
    const place = { firstBodySheetRow: 2, keptRows: EXCEL_MAX_SHEET_ROWS - 3 };
    const [issue] = findExcelLimitIssues(records, "maart.csv", place);
    expect(issue).toMatchObject({ line: 12, code: "excel_sheet_rows_exceeded" });
    expect(issue.message).toBe(
      "Regel 12: de tabel Registraties zou tot rij 1048577 van het blad lopen; Excel heeft er maar 1048576.",
    );
    expect(findExcelLimitIssues(records.slice(0, 2), "maart.csv", place)).toEqual([]);
  });
});
