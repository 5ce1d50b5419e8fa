import { findFirstSheetRow } from "./sheetRows";

describe("findFirstSheetRow", () => {
  it.each([
    ["a range on a sheet", ["Blad1!B5:E40"], 0, 5],
    ["absolute references", ["Blad1!$B$12:$E$40"], 0, 12],
    ["a quoted sheet name with an exclamation mark", ["'Cijfers! 2021'!A3:D9"], 0, 3],
    ["a single cell", ["Blad1!C7"], 0, 7],
    ["whole columns", ["Blad1!A:D"], 0, 1],
    ["whole rows", ["Blad1!5:40"], 0, 5],
    ["the second argument", ["Blad1!A1", "Blad2!B20:C30"], 1, 20],
    ["no address for that argument", ["Blad1!A1"], 1, 1],
    ["an array typed into the formula", [""], 0, 1],
  ])("reads %s", (_title, parameterAddresses, index, expected) => {
    const invocation = { parameterAddresses } as unknown as CustomFunctions.Invocation;
    expect(findFirstSheetRow(invocation, index)).toBe(expected);
  });

  it.each([
    ["no invocation", undefined],
    ["no addresses (an older Excel)", {} as CustomFunctions.Invocation],
  ])("counts from the range's top with %s", (_title, invocation) => {
    expect(findFirstSheetRow(invocation, 0)).toBe(1);
  });
});
