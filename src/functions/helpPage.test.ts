/*
 * The help page every function's help URL points at (src/help/functions.html, served as is): one
 * section per function in Dutch and English with its rule, sources and an example, nothing the
 * strict CSP would block, and English examples that give what the page says they give.
 */
import fs from "fs";
import path from "path";
import { toDaySerial } from "../domain/dates/daySerial";
import * as adapters from "./functions";

const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const HELP_DIRECTORY = path.join(__dirname, "..", "help");
const page = fs.readFileSync(path.join(HELP_DIRECTORY, "functions.html"), "utf8");

/** The adapter behind each id, for running the page's examples. */
const ADAPTER_BY_ID: Record<string, (...args: any[]) => unknown> = {
  GUARANTEE: adapters.guarantee,
  GUARANTEE_RATE: adapters.guaranteeRate,
  VALID_TERM: adapters.validTerm,
  MONTH_SUMMARY: adapters.monthSummary,
  MAX_AMOUNT: adapters.maxAmount,
  INTEREST_BOUNDS: adapters.interestBounds,
  TAX_CREDIT: adapters.taxCredit,
  SCHEDULE: adapters.schedule,
  CHECK_LOAN: adapters.checkLoan,
};

let ids: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([path.join(__dirname, "functions.ts")], true);
  ids = JSON.parse(generated.metadataJson).functions.map((fn: { id: string }) => fn.id);
}, 60000);

function sectionOf(id: string): string {
  const match = new RegExp(`<section id="${id.toLowerCase()}">([\\s\\S]*?)</section>`).exec(page);
  return match ? match[1] : "";
}

/** An English example argument as Excel would hand it over: DATE(...) as a serial, 1.5% as 0.015. */
function toExcelValue(argument: string): unknown {
  const date = /^DATE\((\d+),(\d+),(\d+)\)$/.exec(argument);
  if (date) return toDaySerial(Number(date[1]), Number(date[2]), Number(date[3]));
  const text = /^"(.*)"$/.exec(argument);
  if (text) return text[1];
  const percent = /^([\d.]+)%$/.exec(argument);
  if (percent) return Number(percent[1]) / 100;
  return Number(argument);
}

/** Top-level arguments of `a, DATE(1,2,3), "x"`: commas inside parentheses do not split. */
function splitArguments(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of list) {
    if (char === "(") depth++;
    if (char === ")") depth--;
    if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  return [...parts, current.trim()];
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

describe("the help page", () => {
  it("has one section per function, with the id its help URL points at", () => {
    for (const id of ids) expect([id, sectionOf(id).length > 0]).toEqual([id, true]);
    const sectionIds = [...page.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
  });

  it("gives every function its rule, sources and an example in Dutch and in English", () => {
    for (const id of ids) {
      const section = sectionOf(id);
      expect([id, (section.match(/<div class="language"( lang="en")?>/g) ?? []).length]).toEqual([id, 2]);
      expect([id, (section.match(/class="source"/g) ?? []).length]).toEqual([id, 2]);
      expect([id, (section.match(/class="example"/g) ?? []).length]).toEqual([id, 2]);
      expect(section).toContain(`WINWIN.${id}(`);
    }
  });

  it("holds nothing the strict CSP blocks: only its own script file, no inline styles or handlers", () => {
    expect(page.replace('<script src="help.js" defer></script>', "")).not.toMatch(
      /<script|<style|\sstyle=|\son[a-z]+=|javascript:/i,
    );
    expect(fs.existsSync(path.join(HELP_DIRECTORY, "help.js"))).toBe(true);
  });

  it("links only its own stylesheet, which exists", () => {
    const stylesheets = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
    expect(stylesheets).toEqual(["help.css"]);
    expect(fs.existsSync(path.join(HELP_DIRECTORY, "help.css"))).toBe(true);
  });
});

/** A result as the page shows it: TRUE, 1,875, 0.3 or a sentence. */
function readShown(shown: string): unknown {
  if (shown === "TRUE" || shown === "FALSE") return shown === "TRUE";
  return /^[\d,.]+$/.test(shown) ? Number(shown.replace(/,/g, "")) : shown;
}

const EXAMPLES = [
  ...page.matchAll(/<code>=WINWIN\.([A-Z_]+)\(([^<]*)\)<\/code>\s+gives\s+<samp\s*>([^<]*)<\/samp\s*>/g),
].map((match) => [`${match[1]}(${normalise(match[2])})`, match[1], normalise(match[2]), normalise(match[3])]);

describe("the help page's English examples", () => {
  beforeEach(() => {
    (globalThis as unknown as { Office: unknown }).Office = { context: { displayLanguage: "en-US" } };
  });
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  it("cover the scalar formulas", () => {
    expect(EXAMPLES.map(([, id]) => id).sort()).toEqual([
      "CHECK_LOAN",
      "GUARANTEE",
      "GUARANTEE_RATE",
      "MAX_AMOUNT",
      "TAX_CREDIT",
      "VALID_TERM",
    ]);
  });

  it.each(EXAMPLES)("give %s as the page says", (_formula, id, argumentList, shown) => {
    expect(ADAPTER_BY_ID[id](...splitArguments(argumentList).map(toExcelValue))).toEqual(readShown(shown));
  });
});
