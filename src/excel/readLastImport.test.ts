import { findLastImport } from "./readLastImport";
import { LOG_COLUMNS } from "./registrationTableLayout";

const row = (at: number, source: string, rows: number, hash: string) => [at, source, rows, 10, 1000, 0, hash, ""];

describe("findLastImport", () => {
  it.each([
    ["the last row of a log in time order", [row(45000.1, "a.csv", 1, "h1"), row(45000.2, "b.csv", 2, "h2")], "b.csv"],
    [
      "the first row of a log sorted newest first",
      [row(45000.2, "b.csv", 2, "h2"), row(45000.1, "a.csv", 1, "h1")],
      "b.csv",
    ],
    [
      "the newest row with a time, past a row a colleague emptied",
      [row(45000.2, "b.csv", 2, "h2"), ["", "", "", "", "", "", "", ""]],
      "b.csv",
    ],
  ])("finds %s", (_case, rows, source) => {
    expect(findLastImport(LOG_COLUMNS, rows)?.sourceLabel).toBe(source);
  });

  it("reads the columns by their names when a colleague moved one and added another", () => {
    const header = ["Opmerking", "Hash van de invoer", ...LOG_COLUMNS.filter((name) => name !== "Hash van de invoer")];
    const moved = ["ok", "h2", 45000.2, "b.csv", 2, 10, 1000, 0, ""];
    expect(findLastImport(header, [moved])).toEqual({
      atSerial: 45000.2,
      sourceLabel: "b.csv",
      rows: 2,
      inputHash: "h2",
    });
  });

  it("is undefined for a log without a time in any row", () => {
    expect(findLastImport(LOG_COLUMNS, [["", "", "", "", "", "", "", ""]])).toBeUndefined();
  });
});
