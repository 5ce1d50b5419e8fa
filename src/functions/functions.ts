/*
 * The WINWIN custom functions. Each one only turns Excel's values into domain values, asks the
 * domain, and turns a failure into an Excel error. Ids (after @customfunction) live in users'
 * workbooks: never rename one. The build appends the CustomFunctions.associate calls.
 */
import { computeLossCreditCents, findLossCreditRate } from "../domain/rules/lossCredit";
import { isTermAllowed } from "../domain/rules/termRule";
import { summariseRangeMonth } from "../domain/registrations/summariseRangeMonth";
import { readAmountCents, readDate, readMatrix, readMonth, readNumber, readOptionalNumber } from "./excelArguments";
import { unwrap } from "./excelErrors";
import { toSummaryRows } from "./summaryRows";

/**
 * The one-off tax credit (the "overheidswaarborg") a lender gets on principal definitively lost: 30 %, or 40 % for loans concluded from 16 March 2020 to 31 December 2021, of the amount capped at the per-lender maximum.
 * @customfunction GUARANTEE GUARANTEE
 * @param amount Principal definitively lost, in euro.
 * @param conclusion_date Date the loan was concluded (date, 2021-03-15 or 15/03/2021).
 * @returns The tax credit in euro.
 */
export function guarantee(amount: any, conclusion_date: any): number {
  const amountCents = unwrap(readAmountCents(amount, "amount"));
  const date = unwrap(readDate(conclusion_date, "conclusion_date"));
  return unwrap(computeLossCreditCents(amountCents, date)) / 100;
}

/**
 * The rate of the one-off tax credit on lost principal for a loan concluded that day: 0.3 or 0.4.
 * @customfunction GUARANTEE_RATE GUARANTEE_RATE
 * @param conclusion_date Date the loan was concluded.
 * @returns 0.3 or 0.4.
 */
export function guaranteeRate(conclusion_date: any): number {
  return unwrap(findLossCreditRate(unwrap(readDate(conclusion_date, "conclusion_date"))));
}

/**
 * TRUE when the term is allowed for a loan concluded that day: exactly 8 years before 7 October 2020, whole years from 5 to 10 since.
 * @customfunction VALID_TERM VALID_TERM
 * @param term_years Term of the loan in years.
 * @param conclusion_date Date the loan was concluded.
 * @returns TRUE or FALSE.
 */
export function validTerm(term_years: any, conclusion_date: any): boolean {
  const termYears = unwrap(readNumber(term_years, "term_years"));
  return unwrap(isTermAllowed(termYears, unwrap(readDate(conclusion_date, "conclusion_date"))));
}

/**
 * Summary of one registration month per term, like the press release's table: term, principal, loans, average principal per loan, and a final Totaal row.
 * @customfunction MONTH_SUMMARY MONTH_SUMMARY
 * @param registrations Range with month, term in years, principal and number of loans (in that order, or found by their header).
 * @param month A date in the month, or text such as 2021-03.
 * @param [term] Only this term in years.
 * @returns One row per term and a Totaal row; with term, the row for that term.
 */
export function monthSummary(registrations: any[][], month: any, term?: any): any[][] {
  const matrix = unwrap(readMatrix(registrations, "registrations"));
  const monthKey = unwrap(readMonth(month, "month"));
  const termYears = unwrap(readOptionalNumber(term, "term"));
  const summary = unwrap(summariseRangeMonth(matrix, monthKey, termYears));
  return toSummaryRows(summary, termYears === undefined);
}
