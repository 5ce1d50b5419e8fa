import { MonthKey, serialRangeOfMonth } from "../dates/monthKey";
import { parseMonthText } from "../dates/parseDateText";
import { fail, Result, succeed } from "../errors/result";
import { describeCell } from "./describeCell";
import { readCentsCell, readNumberCell } from "./readNumberCell";
import { ColumnMap, mapHeaderRow } from "./registrationColumns";
import { summariseMonthTotals } from "./summariseMonthTotals";
import { TermSummary, TermTotals } from "./termTotals";

/** Positions of the four columns a registration range must have. */
interface RangeColumns {
  readonly month: number;
  readonly termYears: number;
  readonly principal: number;
  readonly loans: number;
  readonly firstDataRow: number;
}

const POSITIONAL: RangeColumns = { month: 0, termYears: 1, principal: 2, loans: 3, firstDataRow: 0 };

/**
 * Summary per term of one registration month, read straight from a range's values (as Excel hands
 * them to a formula). Every row is checked, in the month or not, so a broken row never hides; only
 * rows in the month are summed. The loop allocates nothing per row: ranges run to 100,000s of rows.
 */
export function summariseRangeMonth(
  matrix: readonly (readonly unknown[])[],
  month: MonthKey,
  termYears?: number,
): Result<TermSummary> {
  const columns = findRangeColumns(matrix);
  if (!columns.ok) return columns;
  const { month: mc, termYears: tc, principal: pc, loans: lc } = columns.value;
  const { fromSerial, untilSerial } = serialRangeOfMonth(month);
  const totals = new TermTotals();
  for (let r = columns.value.firstDataRow; r < matrix.length; r++) {
    const row = matrix[r];
    const monthCell = row[mc];
    let inMonth: boolean;
    if (typeof monthCell === "number") {
      if (monthCell === 0) continue; // an empty cell, as Excel desktop hands it over
      if (!(monthCell >= 1 && monthCell < 2958466)) return rowMonthInvalid(r, monthCell);
      inMonth = monthCell >= fromSerial && monthCell < untilSerial;
    } else if (monthCell === null || monthCell === undefined || monthCell === "") {
      continue;
    } else {
      const key = typeof monthCell === "string" ? parseMonthText(monthCell) : undefined;
      if (key === undefined) return rowMonthInvalid(r, monthCell);
      inMonth = key === month;
    }
    const termCell = row[tc];
    const principalCell = row[pc];
    const loansCell = row[lc];
    if (typeof termCell === "number" && typeof principalCell === "number" && typeof loansCell === "number") {
      if (inMonth && (termYears === undefined || termCell === termYears)) {
        totals.add(termCell, Math.round(principalCell * 100), loansCell);
      }
      continue;
    }
    // Figures typed or pasted as text (`2.874.015,15 €`) are read as the import reads them.
    const term = typeof termCell === "number" ? termCell : readNumberCell(termCell);
    const principalCents =
      typeof principalCell === "number" ? Math.round(principalCell * 100) : readCentsCell(principalCell);
    const loans = typeof loansCell === "number" ? loansCell : readNumberCell(loansCell);
    if (term !== term) return rowNotNumber(r, "looptijd/term", termCell);
    if (principalCents !== principalCents) return rowNotNumber(r, "hoofdsom/principal", principalCell);
    if (loans !== loans) return rowNotNumber(r, "aantal leningen/loans", loansCell);
    if (inMonth && (termYears === undefined || term === termYears)) {
      totals.add(term, principalCents, loans);
    }
  }
  return summariseMonthTotals(totals, month, termYears);
}

function findRangeColumns(matrix: readonly (readonly unknown[])[]): Result<RangeColumns> {
  const width = matrix.length > 0 ? matrix[0].length : 0;
  const header = matrix.length > 0 ? mapHeaderRow(matrix[0]) : undefined;
  if (header === undefined) {
    return width >= 4 ? succeed(POSITIONAL) : fail("invalid_value", "range_too_narrow", { columns: width });
  }
  return columnsFromHeader(header);
}

function columnsFromHeader(header: ColumnMap): Result<RangeColumns> {
  const month = header.month ?? header.date;
  if (month === undefined) return columnMissing("Maand/Month");
  if (header.termYears === undefined) return columnMissing("Looptijd/Term");
  if (header.principal === undefined) return columnMissing("Hoofdsom/Principal");
  if (header.loans === undefined) return columnMissing("Aantal leningen/Loans");
  return succeed({
    month,
    termYears: header.termYears,
    principal: header.principal,
    loans: header.loans,
    firstDataRow: 1,
  });
}

function columnMissing(column: string): Result<never> {
  return fail("invalid_value", "range_column_missing", { column });
}

function rowMonthInvalid(rowIndex: number, value: unknown): Result<never> {
  return fail("invalid_value", "range_row_month_invalid", { row: rowIndex + 1, value: describeCell(value) });
}

function rowNotNumber(rowIndex: number, column: string, value: unknown): Result<never> {
  if (value === null || value === undefined || value === "") {
    return fail("invalid_value", "range_row_cell_empty", { row: rowIndex + 1, column });
  }
  return fail("invalid_value", "range_row_not_number", { row: rowIndex + 1, column, value: describeCell(value) });
}
