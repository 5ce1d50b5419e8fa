import { OfficeMockObject } from "office-addin-mock";
import { createFakeWorkbook, runWithFakeExcel } from "../../test/doubles/fakeExcel";
import { readSelection } from "./readSelectionValues";

describe("readSelection", () => {
  it.each([
    [1, 0, 1],
    [25_000, 4, 5],
  ])("reads a selection of %i rows starting on sheet row %i+1 in chunks", async (rowCount, rowIndex, firstRow) => {
    const workbook = createFakeWorkbook();
    workbook.selection = Array.from({ length: rowCount }, (_, i) => [44197, 5, 1000 + i, 1]);
    workbook.selectionRowIndex = rowIndex;
    const result = await runWithFakeExcel(workbook, (context) =>
      readSelection(context as unknown as Excel.RequestContext),
    );
    expect(result.firstRow).toBe(firstRow);
    expect(result.values).toEqual(workbook.selection);
    expect(workbook.requests).toHaveLength(1 + Math.ceil(rowCount / 10000));
  });
});

describe("readSelection against office-addin-mock", () => {
  it("loads the selection's size and row before reading its values", async () => {
    const values = [
      ["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"],
      [44197, 5, 2874015.15, 448],
    ];
    const context = new OfficeMockObject({
      workbook: {
        selection: {
          rowCount: 2,
          columnCount: 4,
          rowIndex: 6,
          values,
          getCell: function (this: unknown) {
            return this;
          },
          getResizedRange: function (this: unknown) {
            return this;
          },
        },
        getSelectedRange: function (this: { selection: unknown }) {
          return this.selection;
        },
      },
    }) as unknown as Excel.RequestContext;
    expect(await readSelection(context)).toEqual({ values, firstRow: 7 });
  });
});
