import { createFakeWorkbook, runWithFakeExcel } from "../../test/doubles/fakeExcel";
import { readSelection } from "./readSelectionValues";
import { REQUEST_BUDGET_BYTES } from "./requestChunks";

describe("readSelection", () => {
  it.each([
    ["one row", 1, 0, 1, ""],
    ["25,000 narrow rows", 25_000, 4, 5, ""],
    ["3,000 rows with a 2,000-character note", 3_000, 0, 1, "x".repeat(2_000)],
  ])("reads %s from its sheet row in answers within the budget", async (_case, rowCount, rowIndex, firstRow, note) => {
    const workbook = createFakeWorkbook();
    workbook.selection = Array.from({ length: rowCount }, (_, i) => [44197, 5, 1000 + i, 1, note]);
    workbook.selectionRowIndex = rowIndex;
    const result = await runWithFakeExcel(workbook, (context) =>
      readSelection(context as unknown as Excel.RequestContext),
    );
    expect(result.firstRow).toBe(firstRow);
    expect(result.values).toEqual(workbook.selection);
    expect(Math.max(...workbook.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES * 1.1);
  });

  it("asks again for half the rows when Excel answers that the answer is too large", async () => {
    const workbook = createFakeWorkbook();
    workbook.selection = Array.from({ length: 400 }, (_, i) => [i, "y".repeat(1_000)]);
    workbook.payloadLimitBytes = 60_000;
    const result = await runWithFakeExcel(workbook, (context) =>
      readSelection(context as unknown as Excel.RequestContext),
    );
    expect(result.values).toEqual(workbook.selection);
    expect(workbook.requests.some((r) => r.failed)).toBe(true);
    expect(workbook.requests.filter((r) => !r.failed).every((r) => r.responseBytes <= 60_000)).toBe(true);
  });
});
