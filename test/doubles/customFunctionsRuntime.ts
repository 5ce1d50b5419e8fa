/*
 * Excel's custom-functions runtime as the functions use it: `CustomFunctions.Error` with Excel's own
 * error codes, and `associate`. Excel provides the real one; tests and the page's Office double use this.
 */
export class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const EXCEL_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function createCustomFunctionsRuntime(
  associate: (id: string, implementation: unknown) => void = () => undefined,
) {
  return { associate, Error: CustomFunctionsError, ErrorCode: EXCEL_ERROR_CODES };
}
