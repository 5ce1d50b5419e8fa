import type { Language } from "./language";

/*
 * Numbers inside messages, the way each language writes them: Dutch 75.000,50 and 1,75 %, English
 * 75,000.50 and 1.75%. Written out by hand rather than with Intl so messages read the same in every
 * Excel host, whatever locale data its JavaScript engine carries.
 */

const SEPARATORS: Readonly<Record<Language, { group: string; decimal: string }>> = {
  nl: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** Euro from cents with grouped thousands; cents shown only when there are any. */
export function formatEuroCents(cents: number, language: Language): string {
  const { group, decimal } = SEPARATORS[language];
  const absolute = Math.abs(Math.round(cents));
  const whole = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const rest = absolute % 100;
  return (cents < 0 ? "-" : "") + whole + (rest === 0 ? "" : decimal + String(rest).padStart(2, "0"));
}

/** A percentage from basis points, up to four decimals: 87.5 → 0,875 % or 0.875%. */
export function formatPercentOfBasisPoints(basisPoints: number, language: Language): string {
  const percent = formatDecimal(Math.round(basisPoints * 100) / 10_000, language);
  return language === "nl" ? `${percent} %` : `${percent}%`;
}

/** A plain number with the language's decimal mark: 7,5 or 7.5. */
export function formatDecimal(value: number, language: Language): string {
  return String(value).replace(".", SEPARATORS[language].decimal);
}
