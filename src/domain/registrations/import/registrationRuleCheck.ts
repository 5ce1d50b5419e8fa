import { DaySerial, serialOfIsoLiteral } from "../../dates/daySerial";
import { MonthKey, serialRangeOfMonth } from "../../dates/monthKey";
import { DatedRule, RuleWindow } from "../../rules/datedRule";
import { SCHEME_START_SERIAL } from "../../rules/schemeStart";
import { describeTermRule, termFitsRule } from "../../rules/termRule";
import { LENDER_MAXIMUM_EURO, TERM_RULE, TermRule } from "../../rules/winWinRules";

/**
 * The dated rules an import checks rows against: the allowed term and the per-lender maximum.
 *
 * Rules are keyed on the conclusion date, which registration figures do not carry. A per-loan row's
 * registration date is used as it is. For a month row the first day of the month is the proxy
 * (a deed reaches PMV within 3 months of signing, so registrations lag conclusions by weeks, not
 * years), and a month in which the rule changed (October 2020: 8 years until the 6th, 5–10 from
 * the 7th) accepts what any rule in force during that month accepts, so no valid row is flagged.
 */
export class RegistrationRuleCheck {
  private readonly termWindows = withSerials(TERM_RULE);
  private readonly maximumWindows = withSerials(LENDER_MAXIMUM_EURO);
  // Per-loan files repeat a handful of months 100,000s of times: work each month out once.
  private readonly termRulesByMonth = new Map<MonthKey, TermRule[]>();
  private readonly maximumCentsByMonth = new Map<MonthKey, number>();

  isBeforeScheme(serial: DaySerial): boolean {
    return serial < SCHEME_START_SERIAL;
  }

  isMonthBeforeScheme(month: MonthKey): boolean {
    return serialRangeOfMonth(month).untilSerial <= SCHEME_START_SERIAL;
  }

  isTermAllowedOnDay(termYears: number, serial: DaySerial): boolean {
    const rule = TERM_RULE.windowOn(serial)?.value;
    return rule !== undefined && termFitsRule(termYears, rule);
  }

  isTermAllowedInMonth(termYears: number, month: MonthKey): boolean {
    return this.termRulesInMonth(month).some((rule) => termFitsRule(termYears, rule));
  }

  /** `5–10`, or `8 / 5–10` for a month in which the rule changed. */
  describeAllowedTerms(month: MonthKey, serial?: DaySerial): string {
    const rules =
      serial === undefined ? this.termRulesInMonth(month) : [TERM_RULE.windowOn(serial)?.value].filter(isDefined);
    return rules.map(describeTermRule).join(" / ");
  }

  lenderMaximumCentsOnDay(serial: DaySerial): number {
    return (LENDER_MAXIMUM_EURO.windowOn(serial)?.value ?? Infinity) * 100;
  }

  /** The highest maximum in force during the month, for the same reason terms are read leniently. */
  lenderMaximumCentsInMonth(month: MonthKey): number {
    let cents = this.maximumCentsByMonth.get(month);
    if (cents === undefined) {
      const values = overlapping(this.maximumWindows, month).map((w) => w.value);
      cents = values.length === 0 ? Infinity : Math.max(...values) * 100;
      this.maximumCentsByMonth.set(month, cents);
    }
    return cents;
  }

  private termRulesInMonth(month: MonthKey): TermRule[] {
    let rules = this.termRulesByMonth.get(month);
    if (rules === undefined) {
      rules = overlapping(this.termWindows, month).map((w) => w.value);
      this.termRulesByMonth.set(month, rules);
    }
    return rules;
  }
}

interface WindowWithSerials<T> extends RuleWindow<T> {
  readonly fromSerial: DaySerial;
  readonly untilSerial: DaySerial;
}

function withSerials<T>(rule: DatedRule<T>): WindowWithSerials<T>[] {
  return rule.windows.map((w) => ({
    ...w,
    fromSerial: serialOfIsoLiteral(w.from),
    untilSerial: w.until === null ? Infinity : serialOfIsoLiteral(w.until),
  }));
}

function overlapping<T>(windows: readonly WindowWithSerials<T>[], month: MonthKey): WindowWithSerials<T>[] {
  const { fromSerial, untilSerial } = serialRangeOfMonth(month);
  return windows.filter((w) => w.fromSerial < untilSerial && w.untilSerial > fromSerial);
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
