/*
 * Stand-in for the shared registrations reader of WINWIN.MONTH_SUMMARY and the other range
 * functions: replaced at merge by the shared implementation, same name and signature.
 */
import { parseRegistrationRange, RegistrationRecord } from "../domain/registrations";
import { findMessageLanguage } from "./messageLanguage";

/** The records of a `registrations` argument; the first error in it is thrown as #VALUE! with its message. */
export function readRegistrationsArgument(registrations: unknown): readonly RegistrationRecord[] {
  const read = parseRegistrationRange(Array.isArray(registrations) ? registrations : []);
  const error = read.issues.find((issue) => issue.severity === "error");
  if (error !== undefined) {
    const message = findMessageLanguage() === "en" ? error.messageEn : error.message;
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
  return read.records;
}
