/*
 * Excel's custom-functions runtime provides the global `CustomFunctions`; under Jest the functions
 * run without Excel, so this stand-in supplies the parts they use, with Excel's own error codes.
 */
class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const runtime = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = runtime;
