import { readTotalLabel } from "./readTotalLabel";

describe("readTotalLabel", () => {
  it.each([
    ["Totaal januari", { kind: "month", monthName: "januari", month: 1, year: undefined }],
    ["Totaal januari:", { kind: "month", monthName: "januari", month: 1, year: undefined }],
    ["Totaal maart 2021", { kind: "month", monthName: "maart", month: 3, year: 2021 }],
    ["Subtotaal mrt.:", { kind: "month", monthName: "mrt.", month: 3, year: undefined }],
    ["2021 Total", { kind: "grand", year: 2021 }],
    ["Grand Total:", { kind: "grand", year: undefined }],
    ["Eindtotaal", { kind: "grand", year: undefined }],
  ])("reads %s", (label, expected) => {
    expect(readTotalLabel(label.split(" "))).toEqual(expected);
  });

  it.each([["januari"], ["Totaal januari en februari"], ["Totaal 12"], ["Bron: totaal"]])(
    "finds no total in %s",
    (label) => {
      expect(readTotalLabel(label.split(" "))).toBeUndefined();
    },
  );
});
