import { parseRepaymentMethod, requirePaymentsPerYear } from "./repaymentMethod";

describe("parseRepaymentMethod", () => {
  it.each([
    ["annuity", "annuity"],
    ["Annuity", "annuity"],
    ["annuïteit", "annuity"],
    ["annuiteit", "annuity"],
    [" linear ", "linear"],
    ["lineair", "linear"],
    ["bullet", "bullet"],
    ["eindvervaldag", "bullet"],
    ["ineens", "bullet"],
  ])("reads %p as %s", (word, method) => {
    expect(parseRepaymentMethod(word)).toEqual({ ok: true, value: method });
  });

  it.each(["french", "annuities", "1"])("refuses %p", (word) => {
    const result = parseRepaymentMethod(word);
    expect(result.ok ? undefined : [result.error.kind, result.error.code]).toEqual(["invalid_value", "method_unknown"]);
  });
});

describe("requirePaymentsPerYear", () => {
  it.each([1, 2, 4, 12])("allows %i payments a year", (n) => {
    expect(requirePaymentsPerYear(n)).toEqual({ ok: true, value: n });
  });

  it.each([0, 3, 6, 24, 52, 12.5, -12])("refuses %d payments a year", (n) => {
    const result = requirePaymentsPerYear(n);
    expect(result.ok ? undefined : [result.error.kind, result.error.code]).toEqual([
      "invalid_value",
      "payments_per_year_invalid",
    ]);
  });
});
