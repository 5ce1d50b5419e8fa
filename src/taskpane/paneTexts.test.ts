import fs from "fs";
import path from "path";
import { formatPaneText, PANE_TEXTS, PaneTextKey } from "./paneTexts";

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(PANE_TEXTS.nl) as PaneTextKey[];

describe("the pane's text catalogue", () => {
  it("has the same keys in Dutch and English", () => {
    expect(Object.keys(PANE_TEXTS.en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("gives %s the same placeholders in both languages", (key) => {
    expect(placeholdersOf(PANE_TEXTS.en[key])).toEqual(placeholdersOf(PANE_TEXTS.nl[key]));
  });

  it.each(keys)("has a text for %s in both languages", (key) => {
    expect(PANE_TEXTS.nl[key].trim()).not.toBe("");
    expect(PANE_TEXTS.en[key].trim()).not.toBe("");
  });

  it("knows every text the page asks for with data-text", () => {
    const html = fs.readFileSync(path.join(__dirname, "taskpane.html"), "utf8");
    const asked = [...html.matchAll(/data-text="(\w+)"/g)].map((match) => match[1]);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((key) => !(key in PANE_TEXTS.nl))).toEqual([]);
  });
});

describe("formatPaneText", () => {
  it.each([
    ["importButtonOther", "nl", { count: "28" }, "28 rijen importeren"],
    ["importButtonOther", "en", { count: "28" }, "Import 28 rows"],
    ["previewSource", "nl", { source: "juni.csv" }, "Bron: juni.csv"],
    ["previewSource", "en", {}, "Source: {source}"],
  ] as const)("fills %s in %s with %j", (key, language, params, expected) => {
    expect(formatPaneText(key, language, params)).toBe(expected);
  });
});
