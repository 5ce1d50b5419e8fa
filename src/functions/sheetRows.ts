/**
 * The sheet row of a range argument's first row, so a message names the row the analyst sees. Excel
 * says where an argument stands only to functions marked `@requiresParameterAddresses`, and only from
 * CustomFunctionsRuntime 1.3 on; elsewhere (and for an array typed into the formula) rows count from
 * the range's top, which is the sheet row too for a range starting in row 1.
 */
export function findFirstSheetRow(invocation: CustomFunctions.Invocation | undefined, parameterIndex: number): number {
  const address = invocation?.parameterAddresses?.[parameterIndex];
  if (typeof address !== "string") return 1;
  // `Blad1!$B$5:$E$40`, `'Mijn blad'!B5`, whole columns `A:D` (row 1), whole rows `5:40`.
  const reference = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const match = /^(?:[A-Za-z]{1,3})?(\d+)/.exec(reference);
  const row = match === null ? 1 : Number(match[1]);
  return Number.isSafeInteger(row) && row >= 1 ? row : 1;
}
