import { formatMessage } from "../domain/errors/messageCatalogue";
import { DomainError, Result } from "../domain/errors/result";
import { findMessageLanguage } from "./messageLanguage";

/** The Excel error for a domain failure; Excel shows the message with #VALUE! and #N/A. */
export function toExcelError(error: DomainError): CustomFunctions.Error {
  const message = formatMessage(error.code, error.params, findMessageLanguage());
  switch (error.kind) {
    case "not_available":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
    case "invalid_number":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, message);
    default:
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
}

/** The value of a result, or the matching Excel error thrown for Excel to show in the cell. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw toExcelError(result.error);
}
