import {
  describeRegisterRowError,
  readLoanRegister,
  RegisterEntry,
  RegisterLoan,
} from "../domain/loans/readLoanRegister";
import { RowResult } from "../domain/loans/registerResult";
import { parseDateValue } from "../domain/dates/parseDateValue";
import { toCalendarDate } from "../domain/dates/daySerial";
import { fail, Result, succeed } from "../domain/errors/result";
import { readMatrix } from "./excelArguments";
import { toExcelError, unwrap } from "./excelErrors";
import { findMessageLanguage } from "./messageLanguage";
import { LAST_TAX_YEAR } from "../domain/rules/yearlyCredit";

/** The rows of a `loans` range; a missing header or column throws its Excel error. */
export function readRegisterEntries(loans: unknown, firstRow = 1): RegisterEntry[] {
  return unwrap(readLoanRegister(unwrap(readMatrix(loans, "loans")), firstRow));
}

/** Every loan of a `loans` range, for formulas that sum them: the first bad row throws, naming it. */
export function readRegisterLoans(loans: unknown, firstRow = 1): RegisterLoan[] {
  return readRegisterEntries(loans, firstRow).flatMap((entry) => {
    if (entry.kind === "invalid") throw toRowError({ ok: false, row: entry.row, error: entry.error });
    return entry.kind === "loan" ? [entry.loan] : [];
  });
}

/** The value, or the Excel error of the failing row ("Rij 5: …"); row 0 is the input as a whole. */
export function unwrapRow<T>(result: RowResult<T>): T {
  if (result.ok) return result.value;
  throw toRowError(result);
}

function toRowError(failure: Extract<RowResult<never>, { ok: false }>): CustomFunctions.Error {
  const error = toExcelError(failure.error);
  if (failure.row === 0) return error;
  const language = findMessageLanguage();
  const message = describeRegisterRowError(failure.row, failure.error, language, failure.rowWord);
  return new CustomFunctions.Error(error.code, message);
}

/** A tax year as a number (2021), text ("2021") or a date in that year, as a serial or as text; the range is checked by the domain. */
export function readTaxYear(value: unknown): Result<number> {
  if (value === null || value === undefined || value === "" || value === 0) {
    return fail("invalid_value", "argument_missing", { argument: "tax_year" });
  }
  // Excel's dates from 1928 on are serials above 9999, so a smaller number is the year itself.
  const serial = typeof value === "number" && value > 9999 ? parseDateValue(value) : undefined;
  if (serial !== undefined) return succeed(toCalendarDate(serial).year);
  if (typeof value === "number" && Number.isInteger(value)) return succeed(value);
  if (typeof value === "string" && /^\s*\d{4}\s*$/.test(value)) return succeed(Number(value));
  // A date typed as text (`2022-03-01`, `15/03/2021`), as every other formula reads one.
  const textDate = typeof value === "string" ? parseDateValue(value) : undefined;
  if (textDate !== undefined) return succeed(toCalendarDate(textDate).year);
  return fail("invalid_number", "tax_year_invalid", { value: String(value), last: LAST_TAX_YEAR });
}
