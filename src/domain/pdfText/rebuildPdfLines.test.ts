import { PdfTextItem } from "./pdfTextItem";
import { rebuildPdfLines } from "./rebuildPdfLines";

const HEIGHT = 10;

/** An item of 10-point text, 5 units per character wide. */
function at(text: string, x: number, y: number, height = HEIGHT): PdfTextItem {
  return { text, x, y, width: text.length * 5, height };
}

/** Right-aligned at `right`, as a table sets its amounts. */
function rightAt(text: string, right: number, y: number): PdfTextItem {
  return at(text, right - text.length * 5, y);
}

describe("rebuildPdfLines", () => {
  it.each<[string, PdfTextItem[], string]>([
    ["joins items on one baseline from left to right", [at("b", 100, 700), at("a", 20, 700)], "a\tb"],
    ["orders lines from the top of the page down", [at("low", 20, 100), at("high", 20, 700)], "high\nlow"],
    [
      "keeps an item slightly off the baseline on its line",
      [at("januari", 20, 700), at("448", 200, 702.5)],
      "januari\t448",
    ],
    ["separates words of one cell by a space", [at("Totaal", 20, 700), at("januari", 52, 700)], "Totaal januari"],
    ["joins pieces of one word without a gap", [at("2.874.0", 20, 700), at("15,15", 55, 700)], "2.874.015,15"],
    ["drops items of pure spacing", [at("a", 20, 700), at("   ", 30, 700), at("b", 100, 700)], "a\tb"],
    ["gives an empty text for a page without items", [], ""],
  ])("%s", (_title, items, expected) => {
    expect(rebuildPdfLines([items])).toBe(expected);
  });

  it("keeps right-aligned amounts apart from the columns before them", () => {
    const row = (y: number, cells: [string, string, string, string, string]) => [
      at(cells[0], 20, y),
      at(cells[1], 60, y),
      rightAt(cells[2], 160, y),
      rightAt(cells[3], 300, y),
      rightAt(cells[4], 380, y),
    ];
    const items = [
      ...row(700, ["2021", "januari", "5", "2.874.015,15 €", "448"]),
      ...row(685, ["", "", "10", "3.643.420,00 €", "97"]),
    ];
    expect(rebuildPdfLines([items])).toBe("2021\tjanuari\t5\t2.874.015,15 €\t448\n10\t3.643.420,00 €\t97");
  });

  it("puts each page after the one before, a blank line between", () => {
    expect(rebuildPdfLines([[at("one", 20, 700)], [at("two", 20, 700), at("Pagina 2 van 2", 20, 30)]])).toBe(
      "one\n\ntwo\nPagina 2 van 2",
    );
  });
});
