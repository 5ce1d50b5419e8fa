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
    ["januari 2021 Totaal", { kind: "month", monthName: "januari", month: 1, year: 2021 }],
    ["January Total", { kind: "month", monthName: "January", month: 1, year: undefined }],
    ["2021 maart Totaal", { kind: "month", monthName: "maart", month: 3, year: 2021 }],
  ])("reads %s", (label, expected) => {
    expect(readTotalLabel(label.split(" "))).toEqual(expected);
  });

  it.each([
    ["januari"],
    ["Totaal januari en februari"],
    ["Totaal 12"],
    ["Bron: totaal"],
    ["Limburg Totaal"],
    ["januari februari Totaal"],
    ["de maand januari Totaal"],
  ])("finds no total in %s", (label) => {
    expect(readTotalLabel(label.split(" "))).toBeUndefined();
  });
});
