import { DaySerial, toCalendarDate } from "../dates/daySerial";
import { fail, Result, succeed } from "../errors/result";
import { findInterestBounds, InterestBounds } from "../rules/interestBounds";
import { findMaximumAmountEuro } from "../rules/maximumAmount";
import { termFitsRule } from "../rules/termRule";
import { TERM_RULE, TermRule } from "../rules/winWinRules";
import { requireRateFraction, toRateBasisPoints } from "./rateFraction";

export interface LoanTerms {
  readonly amountCents: number;
  readonly termYears: number;
  /** Yearly rate as a fraction (0.0175). */
  readonly rate: number;
  readonly conclusionSerial: DaySerial;
  /** The day the loan starts, which sets the interest bounds; the conclusion date when omitted. */
  readonly startSerial?: DaySerial;
}

/** One rule of the conclusion date that the loan breaks, with what is needed to say so. */
export type LoanFinding =
  | {
      readonly kind: "amount_above_maximum";
      readonly amountCents: number;
      readonly maximumCents: number;
      readonly conclusionSerial: DaySerial;
    }
  | {
      readonly kind: "term_not_allowed";
      readonly termYears: number;
      readonly rule: TermRule;
      readonly conclusionSerial: DaySerial;
    }
  | { readonly kind: "rate_below_minimum"; readonly rateBasisPoints: number; readonly bounds: InterestBounds }
  | { readonly kind: "rate_above_maximum"; readonly rateBasisPoints: number; readonly bounds: InterestBounds }
  | { readonly kind: "start_year_after_conclusion_year"; readonly startYear: number; readonly conclusionYear: number }
  | { readonly kind: "rate_bounds_unknown"; readonly year: number }
  | { readonly kind: "start_before_conclusion"; readonly startSerial: DaySerial; readonly conclusionSerial: DaySerial }
  | {
      readonly kind: "lender_total_above_maximum" | "borrower_total_above_maximum";
      readonly party: string;
      readonly totalCents: number;
      readonly maximumCents: number;
      readonly conclusionSerial: DaySerial;
    };

/**
 * What a single deed breaks among the rules of the day it was signed: the per-lender maximum, the
 * term, the interest bounds of the year it starts (PMV and the department WVG key them on the start
 * year), a warning when it starts in a later calendar year than it was signed, and a start before the signing. An empty list means the loan fits. Input that is no loan
 * at all (no amount, no term, a rate typed as a percentage) is an error, not a finding. The repayment
 * method is not part of the deed's terms here, so the pre-2011 bullet-only rule is not checked.
 */
export function findLoanFindings(loan: LoanTerms): Result<LoanFinding[]> {
  const { amountCents, termYears, rate, conclusionSerial } = loan;
  if (amountCents <= 0) return notPositive("amount", amountCents / 100);
  if (termYears <= 0) return notPositive("term_years", termYears);
  const rateFraction = requireRateFraction(rate, "rate");
  if (!rateFraction.ok) return rateFraction;
  const maximumEuro = findMaximumAmountEuro(conclusionSerial, "lender");
  if (!maximumEuro.ok) return maximumEuro;
  const startSerial = loan.startSerial ?? conclusionSerial;
  const bounds = findInterestBounds(startSerial);
  // A year whose legal rate is not yet published leaves the rate unchecked, said as a finding.
  if (!bounds.ok && bounds.error.code !== "legal_rate_unknown") return bounds;

  const findings: LoanFinding[] = [];
  const maximumCents = maximumEuro.value * 100;
  if (amountCents > maximumCents)
    findings.push({ kind: "amount_above_maximum", amountCents, maximumCents, conclusionSerial });
  // findMaximumAmountEuro has passed, so the date lies within the term table.
  const termRule = TERM_RULE.windowOn(conclusionSerial)?.value;
  if (termRule !== undefined && !termFitsRule(termYears, termRule)) {
    findings.push({ kind: "term_not_allowed", termYears, rule: termRule, conclusionSerial });
  }
  findings.push(...findRateFindings(toRateBasisPoints(rate), startSerial, bounds));
  if (startSerial < conclusionSerial) findings.push({ kind: "start_before_conclusion", startSerial, conclusionSerial });
  const conclusionYear = toCalendarDate(conclusionSerial).year;
  const startYear = toCalendarDate(startSerial).year;
  if (startYear > conclusionYear)
    findings.push({ kind: "start_year_after_conclusion_year", startYear, conclusionYear });
  return succeed(findings);
}

function findRateFindings(
  rateBasisPoints: number,
  startSerial: DaySerial,
  bounds: Result<InterestBounds>,
): LoanFinding[] {
  if (!bounds.ok) return [{ kind: "rate_bounds_unknown", year: toCalendarDate(startSerial).year }];
  if (rateBasisPoints < bounds.value.minimumBasisPoints) {
    return [{ kind: "rate_below_minimum", rateBasisPoints, bounds: bounds.value }];
  }
  if (rateBasisPoints > bounds.value.maximumBasisPoints) {
    return [{ kind: "rate_above_maximum", rateBasisPoints, bounds: bounds.value }];
  }
  return [];
}

function notPositive(argument: string, value: number): Result<never> {
  return fail("invalid_number", "argument_not_positive", { argument, value });
}
