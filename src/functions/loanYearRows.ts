import { CostProjection } from "../domain/loans/costProjection";
import { LenderCredits } from "../domain/loans/lenderCredits";
import { LenderYears } from "../domain/loans/lenderYears";
import { TOTAL_LABEL } from "./summaryRows";

/** An empty cell of a spilled result: Excel shows "" as nothing. */
export const EMPTY_CELL = "";

/** LENDER_YEARS' spill: a row per year in euro, then Totaal with its balances left empty. */
export function toLenderYearRows(table: LenderYears): (number | string)[][] {
  const rows: (number | string)[][] = table.years.map((y) => [
    y.year,
    y.jan1Cents / 100,
    y.dec31Cents / 100,
    y.interestCents / 100,
    y.withholdingCents / 100,
    y.creditCents / 100,
    y.netCents / 100,
  ]);
  const { interestCents, withholdingCents, creditCents, netCents } = table.total;
  rows.push([
    TOTAL_LABEL,
    EMPTY_CELL,
    EMPTY_CELL,
    interestCents / 100,
    withholdingCents / 100,
    creditCents / 100,
    netCents / 100,
  ]);
  return rows;
}

/** LENDER_CREDITS' spill: lender, both totals and the credit in euro, then Totaal. */
export function toLenderCreditRows(credits: LenderCredits): (number | string)[][] {
  const rows: (number | string)[][] = credits.lenders.map((l) => [
    l.lender,
    l.jan1Cents / 100,
    l.dec31Cents / 100,
    l.creditCents / 100,
  ]);
  const { jan1Cents, dec31Cents, creditCents } = credits.total;
  rows.push([TOTAL_LABEL, jan1Cents / 100, dec31Cents / 100, creditCents / 100]);
  return rows;
}

/** COST_PROJECTION's spill: a row per tax year in euro, then Totaal of the credits alone. */
export function toCostProjectionRows(projection: CostProjection): (number | string)[][] {
  const rows: (number | string)[][] = projection.years.map((y) => [
    y.year,
    y.jan1Cents / 100,
    y.dec31Cents / 100,
    y.creditCents / 100,
    y.exposureCents / 100,
  ]);
  rows.push([TOTAL_LABEL, EMPTY_CELL, EMPTY_CELL, projection.totalCreditCents / 100, EMPTY_CELL]);
  return rows;
}
