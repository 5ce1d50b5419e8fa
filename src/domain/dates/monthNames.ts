import { isDigitCode } from "../text/characterCodes";

/**
 * Month names as analysts write them: the Dutch name first (the press release), the English name second
 * (both written out, even where they are spelt alike), then the usual abbreviations.
 */
const NAMES_BY_MONTH: readonly (readonly string[])[] = [
  ["januari", "january", "jan"],
  ["februari", "february", "feb", "febr"],
  ["maart", "march", "mrt", "mar", "maa"],
  ["april", "april", "apr"],
  ["mei", "may"],
  ["juni", "june", "jun"],
  ["juli", "july", "jul"],
  ["augustus", "august", "aug"],
  ["september", "september", "sep", "sept"],
  ["oktober", "october", "okt", "oct"],
  ["november", "november", "nov"],
  ["december", "december", "dec"],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  NAMES_BY_MONTH.flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
);

/** 1-12 for a month name in Dutch or English (any case, optional trailing dot), else undefined. */
export function findMonthNumber(name: string): number | undefined {
  // Most words a reader asks about are figures or too short for a month: told without a new string.
  if (name.length < 3 || isDigitCode(name.charCodeAt(0))) return undefined;
  const lower = name.trim().toLowerCase();
  return MONTH_BY_NAME.get(lower.charCodeAt(lower.length - 1) === 0x2e ? lower.slice(0, -1) : lower);
}

/** The month's full name: Dutch `maart`, English `March`. */
export function formatMonthName(month: number, language: "nl" | "en"): string {
  const names = NAMES_BY_MONTH[month - 1];
  if (!names) return String(month);
  return language === "nl" ? names[0] : names[1].charAt(0).toUpperCase() + names[1].slice(1);
}

/** Three letters, as table cells write months: Dutch `mrt`, English `Sep` (never `Sept`, as some locales have it). */
const SHORT_NAMES: Readonly<Record<"nl" | "en", readonly string[]>> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** The month's short name: Dutch `mrt`, English `Mar`. */
export function formatShortMonthName(month: number, language: "nl" | "en"): string {
  return SHORT_NAMES[language][month - 1] ?? String(month);
}
