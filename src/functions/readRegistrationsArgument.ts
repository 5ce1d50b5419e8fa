/*
 * STAND-IN, replaced at merge by the shared reader of the registrations argument (issue 8) with the
 * same name and signature. COST_PROJECTION calls only this, so registrations are read as
 * MONTH_SUMMARY reads them.
 */
import { parseRegistrationRange } from "../domain/registrations/index";
import type { RegistrationRecord } from "../domain/registrations/index";
import { findMessageLanguage } from "./messageLanguage";

/** The records of a registrations range; the first error-severity issue is thrown as #VALUE!. */
export function readRegistrationsArgument(registrations: unknown): readonly RegistrationRecord[] {
  const parsed = parseRegistrationRange(Array.isArray(registrations) ? registrations : []);
  const error = parsed.issues.find((issue) => issue.severity === "error");
  if (error !== undefined) {
    const message = findMessageLanguage() === "en" ? error.messageEn : error.message;
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
  return parsed.records;
}
