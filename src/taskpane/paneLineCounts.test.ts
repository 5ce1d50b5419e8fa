import { describeLineCounts } from "./paneLineCounts";

describe("describeLineCounts", () => {
  const lines = { read: 412, records: 400, headers: 1, totals: 6, text: 5, rejected: 0 };

  it.each([
    ["nl", lines, "412 regels gelezen: 400 rijen, 6 subtotalen, 1 kop, 5 tekstregels"],
    ["en", lines, "412 lines read: 400 rows, 6 totals, 1 header, 5 text lines"],
    [
      "nl",
      { read: 3, records: 1, headers: 0, totals: 0, text: 0, rejected: 2 },
      "3 regels gelezen: 1 rij, 2 afgewezen regels",
    ],
    ["en", { read: 0, records: 0, headers: 0, totals: 0, text: 0, rejected: 0 }, "0 lines read: 0 rows"],
  ] as const)("says it in %s", (language, counts, expected) => {
    expect(describeLineCounts(counts, language)).toBe(expected);
  });
});
