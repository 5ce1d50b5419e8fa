/*
 * The Dutch texts the build puts into functions.nl.json, checked against the metadata generated from
 * functions.ts exactly as the build does: every function and parameter has one, and none is left over.
 */
import { FunctionMetadata, generateFunctionMetadata } from "../../test/fixtures/functionMetadata";
import dutchTexts from "./functionTexts.nl.json";

type DutchTexts = Record<string, { description: string; parameters: Record<string, string> }>;
const texts = dutchTexts as DutchTexts;

let functions: FunctionMetadata[];

beforeAll(async () => {
  functions = await generateFunctionMetadata();
}, 60000);

describe("the Dutch function texts", () => {
  it("cover exactly the generated functions", () => {
    expect(Object.keys(texts).sort()).toEqual(functions.map((fn) => fn.id).sort());
  });

  it("cover exactly each function's parameters, in Dutch rather than copied English", () => {
    for (const fn of functions) {
      const dutch = texts[fn.id];
      expect([fn.id, Object.keys(dutch.parameters).sort()]).toEqual([fn.id, fn.parameters.map((p) => p.name).sort()]);
      expect(dutch.description.length).toBeGreaterThan(20);
      expect(dutch.description).not.toBe(fn.description);
      for (const parameter of fn.parameters) {
        expect(dutch.parameters[parameter.name].trim().length).toBeGreaterThan(3);
      }
    }
  });
});

describe("the generated help links", () => {
  it("point every function at its section of the help page", () => {
    for (const fn of functions) {
      expect([fn.id, fn.helpUrl]).toEqual([fn.id, `https://localhost:3000/help/functions.html#${fn.id.toLowerCase()}`]);
    }
  });
});
