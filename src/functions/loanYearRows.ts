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
