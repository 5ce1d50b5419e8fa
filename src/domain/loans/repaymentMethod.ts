import { fail, Result, succeed } from "../errors/result";

/**
 * How the principal comes back: equal instalments (annuity), equal principal parts (linear), or all
 * at the end with interest each period (bullet, "op eindvervaldag").
 */
export type RepaymentMethod = "annuity" | "linear" | "bullet";

export const DEFAULT_REPAYMENT_METHOD: RepaymentMethod = "annuity";

// English as in the formula reference, Dutch as analysts and PMV's simulator write them.
const METHOD_BY_WORD: ReadonlyMap<string, RepaymentMethod> = new Map([
  ["annuity", "annuity"],
  ["annuïteit", "annuity"],
  ["annuiteit", "annuity"],
  ["linear", "linear"],
  ["lineair", "linear"],
  ["bullet", "bullet"],
  ["eindvervaldag", "bullet"],
  ["ineens", "bullet"],
]);

export function parseRepaymentMethod(word: string): Result<RepaymentMethod> {
  const method = METHOD_BY_WORD.get(word.trim().toLowerCase());
  return method === undefined ? fail("invalid_value", "method_unknown", { value: word }) : succeed(method);
}

/** Yearly, half-yearly, quarterly or monthly: the frequencies PMV allows since 2011. */
export const ALLOWED_PAYMENTS_PER_YEAR: readonly number[] = [1, 2, 4, 12];

export const DEFAULT_PAYMENTS_PER_YEAR = 12;

export function requirePaymentsPerYear(paymentsPerYear: number, argument = "payments_per_year"): Result<number> {
  return ALLOWED_PAYMENTS_PER_YEAR.includes(paymentsPerYear)
    ? succeed(paymentsPerYear)
    : fail("invalid_value", "payments_per_year_invalid", { argument, value: paymentsPerYear });
}
