import { formatBelgianDate } from "../dates/daySerial";
import { formatMessage, Language } from "../errors/messageCatalogue";
import { describeTermRule } from "../rules/termRule";
import { LoanFinding } from "./loanFindings";
import { formatDecimal, formatEuroCents, formatPercentOfBasisPoints } from "../errors/localNumbers";

/** One short sentence, without a full stop so that several join with "; ", in the user's language. */
export function describeLoanFinding(finding: LoanFinding, language: Language): string {
  switch (finding.kind) {
    case "amount_above_maximum":
      return formatMessage(
        "check_amount_above_maximum",
        {
          amount: formatEuroCents(finding.amountCents, language),
          maximum: formatEuroCents(finding.maximumCents, language),
          date: formatBelgianDate(finding.conclusionSerial),
        },
        language,
      );
    case "term_not_allowed":
      return formatMessage(
        "check_term_not_allowed",
        {
          term: formatDecimal(finding.termYears, language),
          allowed: describeTermRule(finding.rule),
          date: formatBelgianDate(finding.conclusionSerial),
        },
        language,
      );
    case "rate_below_minimum":
      return formatMessage(
        "check_rate_below_minimum",
        {
          rate: formatPercentOfBasisPoints(finding.rateBasisPoints, language),
          minimum: formatPercentOfBasisPoints(finding.bounds.minimumBasisPoints, language),
          year: finding.bounds.year,
        },
        language,
      );
    case "rate_above_maximum":
      return formatMessage(
        "check_rate_above_maximum",
        {
          rate: formatPercentOfBasisPoints(finding.rateBasisPoints, language),
          maximum: formatPercentOfBasisPoints(finding.bounds.maximumBasisPoints, language),
          year: finding.bounds.year,
        },
        language,
      );
    case "start_year_after_conclusion_year":
      return formatMessage(
        "check_start_year_after_conclusion_year",
        { startYear: finding.startYear, conclusionYear: finding.conclusionYear },
        language,
      );
    case "rate_bounds_unknown":
      return formatMessage("check_rate_bounds_unknown", { year: finding.year }, language);
    case "start_before_conclusion":
      return formatMessage(
        "check_start_before_conclusion",
        { start: formatBelgianDate(finding.startSerial), conclusion: formatBelgianDate(finding.conclusionSerial) },
        language,
      );
    case "lender_total_above_maximum":
    case "borrower_total_above_maximum":
      return formatMessage(
        finding.kind === "lender_total_above_maximum"
          ? "check_lender_total_above_maximum"
          : "check_borrower_total_above_maximum",
        {
          party: finding.party,
          total: formatEuroCents(finding.totalCents, language),
          maximum: formatEuroCents(finding.maximumCents, language),
          date: formatBelgianDate(finding.conclusionSerial),
        },
        language,
      );
  }
}

/** "OK" when nothing breaks the rules, else every finding, joined by "; ". */
export function describeLoanFindings(findings: readonly LoanFinding[], language: Language): string {
  return findings.length === 0 ? "OK" : findings.map((finding) => describeLoanFinding(finding, language)).join("; ");
}
