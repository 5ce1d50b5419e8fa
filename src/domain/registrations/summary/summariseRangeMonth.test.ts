import { buildPressReleaseMatrix } from "../../../../test/fixtures/excelRange";
import { toDaySerial } from "../../dates/daySerial";
import { toMonthKey } from "../../dates/monthKey";
import { summariseRangeMonth } from "./summariseRangeMonth";

describe("summariseRangeMonth", () => {
  it("reads figures typed as text the way the import reads them", () => {
    const asText = buildPressReleaseMatrix().map(([month, term, principal, loans]) => [
      month,
      `${term} jaar`,
      `${(principal as number).toLocaleString("nl-BE", { minimumFractionDigits: 2 })} €`,
      String(loans),
    ]);
    const key = toMonthKey(2021, 4);
    expect(summariseRangeMonth(asText, key)).toEqual(summariseRangeMonth(buildPressReleaseMatrix(), key));
  });

  it.each([
    ["a principal that is no amount", [toDaySerial(2021, 1, 1), 5, "veel", 1], "import_principal_not_number"],
    ["an empty principal", [toDaySerial(2021, 1, 1), 5, "", 1], "import_cell_empty"],
    ["a term that is a boolean", [toDaySerial(2021, 1, 1), true, 100, 1], "import_term_not_whole_years"],
  ])("still refuses %s", (_case, row, code) => {
    const result = summariseRangeMonth([row], toMonthKey(2021, 1));
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });
});
