/*
 * The metadata Excel reads, generated from the JSDoc exactly as the build does. Function ids and
 * parameters are part of users' workbooks: this table changes only by adding to it.
 */
import { FunctionMetadata, generateFunctionMetadata, ParameterMetadata } from "../../test/fixtures/functionMetadata";

/** id → parameters (`name`, `name[]` for a range, `name?` for optional) → result shape. */
const EXPECTED: Record<string, { parameters: string[]; result: "scalar" | "matrix" }> = {
  GUARANTEE: { parameters: ["amount", "conclusion_date"], result: "scalar" },
  GUARANTEE_RATE: { parameters: ["conclusion_date"], result: "scalar" },
  VALID_TERM: { parameters: ["term_years", "conclusion_date"], result: "scalar" },
  MONTH_SUMMARY: { parameters: ["registrations[]", "month", "term?"], result: "matrix" },
  MAX_AMOUNT: { parameters: ["conclusion_date", "party?"], result: "scalar" },
  INTEREST_BOUNDS: { parameters: ["start_date"], result: "matrix" },
  TAX_CREDIT: { parameters: ["outstanding_jan1", "outstanding_dec31", "conclusion_date"], result: "scalar" },
  SCHEDULE: {
    parameters: ["amount", "term_years", "rate", "start_date", "payments_per_year?", "method?"],
    result: "matrix",
  },
  CHECK_LOAN: { parameters: ["amount", "term_years", "rate", "conclusion_date", "start_date?"], result: "scalar" },
  LENDER_YEARS: {
    parameters: ["amount", "term_years", "rate", "start_date", "payments_per_year?", "method?"],
    result: "matrix",
  },
  CHECK_REGISTER: { parameters: ["loans[]"], result: "matrix" },
  LENDER_CREDITS: { parameters: ["loans[]", "tax_year"], result: "matrix" },
  COST_PROJECTION: { parameters: ["registrations[]", "method?", "rate?"], result: "matrix" },
  KEY_FIGURES: { parameters: ["registrations[]", "from_month", "to_month?"], result: "matrix" },
};

let functions: FunctionMetadata[];

beforeAll(async () => {
  functions = await generateFunctionMetadata();
}, 60000);

function describeParameter(parameter: ParameterMetadata): string {
  const suffix = parameter.dimensionality === "matrix" ? "[]" : parameter.optional ? "?" : "";
  return parameter.name + suffix;
}

describe("the generated function metadata", () => {
  it("holds exactly the functions users' workbooks know", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("declares %s with its parameters and result shape", (id, expected) => {
    const metadata = functions.find((f) => f.id === id);
    expect(metadata?.name).toBe(id);
    expect(metadata?.parameters.map(describeParameter)).toEqual(expected.parameters);
    expect(metadata?.result.dimensionality ?? "scalar").toBe(expected.result);
  });

  it("asks Excel where the range arguments stand, so messages name sheet rows", () => {
    const asking = functions.filter((f) => f.options?.requiresParameterAddresses);
    expect(asking.map((f) => f.id).sort()).toEqual([
      "CHECK_REGISTER",
      "COST_PROJECTION",
      "KEY_FIGURES",
      "LENDER_CREDITS",
      "MONTH_SUMMARY",
    ]);
  });

  it("describes every function and parameter", () => {
    for (const fn of functions) {
      expect(fn.description?.length ?? 0).toBeGreaterThan(10);
      for (const parameter of fn.parameters) {
        expect(parameter.description?.length ?? 0).toBeGreaterThan(5);
      }
    }
  });
});
