import { DaySerial } from "../dates/daySerial";
import { Result, succeed } from "../errors/result";
import { requireSchemeDate } from "./schemeStart";
import { TERM_RULE, TermRule } from "./winWinRules";

/** Whether a term (in years) is allowed for a loan concluded that day. Terms are whole years. */
export function isTermAllowed(termYears: number, conclusionSerial: DaySerial): Result<boolean> {
  const date = requireSchemeDate(conclusionSerial);
  if (!date.ok) return date;
  const rule = TERM_RULE.windowOn(conclusionSerial)?.value;
  return succeed(rule !== undefined && termFitsRule(termYears, rule));
}

export function termFitsRule(termYears: number, rule: TermRule): boolean {
  if (!Number.isInteger(termYears)) return false;
  return rule.kind === "fixed" ? termYears === rule.years : termYears >= rule.minYears && termYears <= rule.maxYears;
}

/** `8` or `5–10`, for messages. */
export function describeTermRule(rule: TermRule): string {
  return rule.kind === "fixed" ? String(rule.years) : `${rule.minYears}–${rule.maxYears}`;
}
