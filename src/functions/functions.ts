/*
 * The WINWIN custom functions. Each one only turns Excel's values into domain values, asks the
 * domain, and turns a failure into an Excel error. Ids (after @customfunction) live in users'
 * workbooks: never rename one. The build appends the CustomFunctions.associate calls.
 */
import { computeLossCreditCents, findLossCreditRate } from "../domain/rules/lossCredit";
import { isTermAllowed } from "../domain/rules/termRule";
import "./finiteResults";
import { summariseRangeMonth } from "../domain/registrations";
import {
  readAmountCents,
  readDate,
  readMatrix,
  readMonth,
  readTermNumber,
  readOptionalTermYears,
  readRate,
} from "./excelArguments";
import { unwrap } from "./excelErrors";
import { toSummaryRows } from "./summaryRows";
import { findLoanFindings } from "../domain/loans/loanFindings";
import { describeLoanFindings } from "../domain/loans/describeLoanFinding";
import { buildRepaymentSchedule } from "../domain/loans/repaymentSchedule";
import { findInterestBounds } from "../domain/rules/interestBounds";
import { findMaximumAmountEuro, parseLoanParty } from "../domain/rules/maximumAmount";
import { computeYearlyCreditCents } from "../domain/rules/yearlyCredit";
import { readLoanPlan, readOptionalChoice, readOptionalDate, readOptionalRate } from "./loanArguments";
import { findMessageLanguage } from "./messageLanguage";
import { buildLenderYears } from "../domain/loans/lenderYears";
import { toCostProjectionRows, toLenderCreditRows, toLenderYearRows } from "./loanYearRows";
import { checkLoanRegister } from "../domain/loans/checkLoanRegister";
import { computeLenderCredits } from "../domain/loans/lenderCredits";
import { projectSchemeCost } from "../domain/loans/costProjection";
import { parseRepaymentMethod } from "../domain/loans/repaymentMethod";
import { readRegisterEntries, readRegisterLoans, readTaxYear, unwrapRow } from "./registerArguments";
import { computeKeyFigures, findKeyFigureMonths } from "../domain/keyFigures/computeKeyFigures";
import { readOptionalMonth } from "./excelArguments";
import { toKeyFigureRows } from "./keyFigureRows";
import { readRegistrationsArgument } from "./readRegistrationsArgument";
import { readRegistrationTotals } from "./readRegistrationTotals";
import { findFirstSheetRow } from "./sheetRows";

/**
 * The one-off tax credit (the "overheidswaarborg") a lender gets on principal definitively lost: 30 %, or 40 % for loans concluded from 16 March 2020 to 31 December 2021, of the amount capped at the per-lender maximum.
 * @customfunction GUARANTEE GUARANTEE
 * @param amount Principal definitively lost, in euro.
 * @param conclusion_date Date the loan was concluded (date, 2021-03-15 or 15/03/2021).
 * @returns The tax credit in euro.
 * @helpurl https://localhost:3000/help/functions.html#guarantee
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
 * @helpurl https://localhost:3000/help/functions.html#guarantee_rate
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
 * @helpurl https://localhost:3000/help/functions.html#valid_term
 */
export function validTerm(term_years: any, conclusion_date: any): boolean {
  const termYears = unwrap(readTermNumber(term_years, "term_years"));
  return unwrap(isTermAllowed(termYears, unwrap(readDate(conclusion_date, "conclusion_date"))));
}

/**
 * Summary of one registration month per term, like the press release's table: term, principal, loans, average principal per loan, and a final Totaal row.
 * @customfunction MONTH_SUMMARY MONTH_SUMMARY
 * @param registrations Range with month, term in years, principal and number of loans (in that order, or found by their header).
 * @param month A date in the month, or text such as 2021-03.
 * @param [term] Only this term in whole years; omitted or an empty cell: all terms.
 * @returns One row per term and a Totaal row; with term, the row for that term.
 * @helpurl https://localhost:3000/help/functions.html#month_summary
 * @requiresParameterAddresses
 */
export function monthSummary(
  registrations: any[][],
  month: any,
  term?: any,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const matrix = unwrap(readMatrix(registrations, "registrations"));
  const monthKey = unwrap(readMonth(month, "month"));
  const termYears = unwrap(readOptionalTermYears(term, "term"));
  const summary = unwrap(summariseRangeMonth(matrix, monthKey, termYears, findFirstSheetRow(invocation, 0)));
  return toSummaryRows(summary, termYears === undefined);
}

/**
 * The maximum principal in euro for a loan concluded that day: per lender, all his or her win-win loans together (50,000; 75,000 from 7 October 2020), or per borrower, all loans to one business (50,000; 100,000 from 2011; 200,000 from 9 August 2013; 300,000 from 7 October 2020).
 * @customfunction MAX_AMOUNT MAX_AMOUNT
 * @param conclusion_date Date the loan was concluded.
 * @param [party] "lender" (the default) or "borrower"; in Dutch "kredietgever" or "kredietnemer".
 * @returns The maximum in euro.
 * @helpurl https://localhost:3000/help/functions.html#max_amount
 */
export function maxAmount(conclusion_date: any, party?: any): number {
  const date = unwrap(readDate(conclusion_date, "conclusion_date"));
  const loanParty = unwrap(readOptionalChoice(party, "lender" as const, parseLoanParty));
  return unwrap(findMaximumAmountEuro(date, loanParty));
}

/**
 * The interest rates allowed for a loan starting that day: at least half the Belgian legal interest rate of that year, at most the legal rate itself. Spills two cells: minimum, maximum.
 * @customfunction INTEREST_BOUNDS INTEREST_BOUNDS
 * @param start_date Date the loan starts.
 * @returns One row: minimum rate, maximum rate (as fractions, e.g. 0.00875 and 0.0175).
 * @helpurl https://localhost:3000/help/functions.html#interest_bounds
 */
export function interestBounds(start_date: any): any[][] {
  const bounds = unwrap(findInterestBounds(unwrap(readDate(start_date, "start_date"))));
  return [[bounds.minimumBasisPoints / 10_000, bounds.maximumBasisPoints / 10_000]];
}

/**
 * The yearly tax credit for one loan and one year: 2.5 % of the average of the balances outstanding on 1 January and 31 December, each first capped at the per-lender maximum of the conclusion date. The tax guide caps all of a lender's loans together at the maximum of 31 December: for its figure, use LENDER_YEARS or LENDER_CREDITS.
 * @customfunction TAX_CREDIT TAX_CREDIT
 * @param outstanding_jan1 Principal outstanding on 1 January, in euro (0 if the loan started during the year).
 * @param outstanding_dec31 Principal outstanding on 31 December, in euro (0 if the loan ended during the year).
 * @param conclusion_date Date the loan was concluded.
 * @returns The tax credit in euro.
 * @helpurl https://localhost:3000/help/functions.html#tax_credit
 */
export function taxCredit(outstanding_jan1: any, outstanding_dec31: any, conclusion_date: any): number {
  const jan1Cents = unwrap(readAmountCents(outstanding_jan1, "outstanding_jan1"));
  const dec31Cents = unwrap(readAmountCents(outstanding_dec31, "outstanding_dec31"));
  const date = unwrap(readDate(conclusion_date, "conclusion_date"));
  return unwrap(computeYearlyCreditCents(jan1Cents, dec31Cents, date)) / 100;
}

/**
 * The repayment schedule, one row per payment: date, instalment, interest, principal repaid, outstanding after. Payments fall whole calendar months apart from the start date; the cents add up exactly.
 * @customfunction SCHEDULE SCHEDULE
 * @param amount Principal lent, in euro.
 * @param term_years Term in whole years.
 * @param rate Yearly interest rate, e.g. 1.75% or 0.0175.
 * @param start_date Date the loan starts; the first payment falls one period later.
 * @param [payments_per_year] 1, 2, 4 or 12 (the default).
 * @param [method] "annuity" (equal instalments, the default), "linear" (equal principal parts) or "bullet" (all principal at the end).
 * @returns One row per payment: date, instalment, interest, principal, outstanding.
 * @helpurl https://localhost:3000/help/functions.html#schedule
 */
export function schedule(
  amount: any,
  term_years: any,
  rate: any,
  start_date: any,
  payments_per_year?: any,
  method?: any,
): any[][] {
  const plan = readLoanPlan(amount, term_years, rate, start_date, payments_per_year, method);
  const rows = unwrap(buildRepaymentSchedule(plan));
  return rows.map((row) => [
    row.dateSerial,
    row.instalmentCents / 100,
    row.interestCents / 100,
    row.principalCents / 100,
    row.outstandingCents / 100,
  ]);
}

/**
 * "OK" when a loan fits the rules of the day it was concluded, else what it breaks (amount above the per-lender maximum, term not allowed, rate outside the legal bounds of the start year), one short sentence each, separated by "; ".
 * @customfunction CHECK_LOAN CHECK_LOAN
 * @param amount Principal lent, in euro.
 * @param term_years Term in years.
 * @param rate Yearly interest rate, e.g. 1.75% or 0.0175.
 * @param conclusion_date Date the loan was concluded.
 * @param [start_date] Date the loan starts, whose year sets the interest bounds; the conclusion date when omitted.
 * @returns "OK" or the list of rules the loan breaks.
 * @helpurl https://localhost:3000/help/functions.html#check_loan
 */
export function checkLoan(amount: any, term_years: any, rate: any, conclusion_date: any, start_date?: any): string {
  const findings = unwrap(
    findLoanFindings({
      amountCents: unwrap(readAmountCents(amount, "amount")),
      termYears: unwrap(readTermNumber(term_years, "term_years")),
      rate: unwrap(readRate(rate, "rate")),
      conclusionSerial: unwrap(readDate(conclusion_date, "conclusion_date")),
      startSerial: unwrap(readOptionalDate(start_date, "start_date")),
    }),
  );
  return describeLoanFindings(findings, findMessageLanguage());
}

/*
 * Money over the years: the lender's return, the register's limits, the scheme's cost.
 */

/**
 * What one loan brings its lender, per calendar year from the start year to the last payment: year, balance on 1 January, balance on 31 December, interest received, withholding tax, yearly tax credit, net; then a Totaal row.
 * @customfunction LENDER_YEARS LENDER_YEARS
 * @param amount Principal lent, in euro.
 * @param term_years Term in whole years.
 * @param rate Yearly interest rate, e.g. 1.75% or 0.0175.
 * @param start_date Date the loan starts; the first payment falls one period later.
 * @param [payments_per_year] 1, 2, 4 or 12 (the default).
 * @param [method] "annuity" (the default), "linear" or "bullet".
 * @returns One row per year: year, 1 January, 31 December, interest, withholding tax, tax credit, net; and Totaal.
 * @helpurl https://localhost:3000/help/functions.html#lender_years
 */
export function lenderYears(
  amount: any,
  term_years: any,
  rate: any,
  start_date: any,
  payments_per_year?: any,
  method?: any,
): any[][] {
  const plan = readLoanPlan(amount, term_years, rate, start_date, payments_per_year, method);
  return toLenderYearRows(unwrap(buildLenderYears(plan)));
}

/**
 * Checks every deed of a loan register: one cell per row, "OK" or everything the loan breaks (CHECK_LOAN's rules, and the lender's and borrower's outstanding totals on its conclusion date against their maxima), joined by "; ". A bad row gets its own message, naming its sheet row.
 * @customfunction CHECK_REGISTER CHECK_REGISTER
 * @param loans Range with a header row: Kredietgever/Lender, Kredietnemer/Borrower, Afsluitdatum/Conclusion date, Bedrag/Amount, Looptijd/Term, Rentevoet/Rate; optionally Startdatum/Start date, Betalingen per jaar/Payments per year, Methode/Method.
 * @returns One cell per loan row: "OK", what it breaks, or what is wrong with the row.
 * @helpurl https://localhost:3000/help/functions.html#check_register
 * @requiresParameterAddresses
 */
export function checkRegister(loans: any[][], invocation?: CustomFunctions.Invocation): string[][] {
  const entries = readRegisterEntries(loans, findFirstSheetRow(invocation, 0));
  const texts = checkLoanRegister(entries, findMessageLanguage());
  return texts.map((text) => [text]);
}

/**
 * Each lender's yearly tax credit for a tax year, on all his or her loans together: one row per lender (lender, total outstanding on 1 January, on 31 December, credit with each total capped at the per-lender maximum), then Totaal.
 * @customfunction LENDER_CREDITS LENDER_CREDITS
 * @param loans Range with a header row, as for CHECK_REGISTER.
 * @param tax_year The tax year (income year), e.g. 2022, or a date in it.
 * @returns One row per lender in order of first appearance: lender, 1 January, 31 December, credit; and Totaal.
 * @helpurl https://localhost:3000/help/functions.html#lender_credits
 * @requiresParameterAddresses
 */
export function lenderCredits(loans: any[][], tax_year: any, invocation?: CustomFunctions.Invocation): any[][] {
  const taxYear = unwrap(readTaxYear(tax_year));
  const registerLoans = readRegisterLoans(loans, findFirstSheetRow(invocation, 0));
  return toLenderCreditRows(unwrapRow(computeLenderCredits(registerLoans, taxYear)));
}

/**
 * What the registered loans cost the Region per tax year, from the first registration year to the last year a loan runs: year, outstanding on 1 January, on 31 December, yearly tax credits, loss-credit exposure on 31 December; then the Totaal of the credits. No per-lender cap: registrations have no lenders.
 * @customfunction COST_PROJECTION COST_PROJECTION
 * @param registrations Range with month, term in years, principal and number of loans, as for MONTH_SUMMARY.
 * @param [method] "bullet" (the default, the upper bound), "annuity" or "linear"; loans start on the 15th of their registration month and pay monthly.
 * @param [rate] Yearly interest rate for annuity and linear; by default the legal interest rate of the registration year.
 * @returns One row per tax year: year, 1 January, 31 December, credits, loss-credit exposure; and Totaal.
 * @helpurl https://localhost:3000/help/functions.html#cost_projection
 * @requiresParameterAddresses
 */
export function costProjection(
  registrations: any[][],
  method?: any,
  rate?: any,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const records = readRegistrationsArgument(registrations, "registrations", findFirstSheetRow(invocation, 0));
  const options = {
    method: unwrap(readOptionalChoice(method, "bullet" as const, parseRepaymentMethod)),
    rate: unwrap(readOptionalRate(rate, "rate")),
  };
  return toCostProjectionRows(unwrapRow(projectSchemeCost(records, options)));
}

/**
 * The press release's key figures for a run of months, one row each: loans, principal, average principal per loan, share of loans with a 5-year term, share with a term other than 8 years, the most chosen term. Columns: label, this period, the same months a year earlier, change as a fraction (both empty unless the registrations hold every one of those months). Every month of the period must hold registrations, else #N/A naming the missing month.
 * @customfunction KEY_FIGURES KEY_FIGURES
 * @param registrations Range with month, term in years, principal and number of loans (in that order, or found by their header).
 * @param from_month The first month: a date in it, or text such as 2021-01.
 * @param [to_month] The last month (the default: from_month).
 * @returns Six rows of label, this period, a year earlier, change.
 * @helpurl https://localhost:3000/help/functions.html#key_figures
 * @requiresParameterAddresses
 */
export function keyFigures(
  registrations: any[][],
  from_month: any,
  to_month?: any,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const from = readMonth(from_month, "from_month");
  const to = readOptionalMonth(to_month, "to_month");
  // Totals per month × term of the period and the year before are all the figures need: read
  // without a record per row. The range's own errors come first, as in every formula.
  const months = from.ok && to.ok ? findKeyFigureMonths(from.value, to.value ?? from.value) : undefined;
  const records = readRegistrationTotals(registrations, "registrations", findFirstSheetRow(invocation, 0), months);
  const fromMonth = unwrap(from);
  const toMonth = unwrap(to) ?? fromMonth;
  return toKeyFigureRows(unwrap(computeKeyFigures(records, fromMonth, toMonth)), findMessageLanguage());
}
