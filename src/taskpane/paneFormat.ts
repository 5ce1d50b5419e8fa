/** Figures, months and counted phrases as a Flemish (nl-BE) or British (en-GB) reader writes them. */
import { formatMonthName, formatShortMonthName } from "../domain/dates/monthNames";
import { Language } from "../domain/errors/messageCatalogue";
import { formatPaneText, PaneTextKey } from "./paneTexts";

const LOCALE: Readonly<Record<Language, string>> = { nl: "nl-BE", en: "en-GB" };

const countFormats = new Map<Language, Intl.NumberFormat>();
const amountFormats = new Map<Language, Intl.NumberFormat>();

export function formatCount(value: number, language: Language): string {
  return readCached(countFormats, language, () => new Intl.NumberFormat(LOCALE[language])).format(value);
}

/**
 * `63.679.942,23 €` in Dutch, `€63,679,942.23` in English. The Dutch amount is built from a plain
 * number format because ICU versions disagree on where nl-BE puts the euro sign, while Flemish
 * reports (the press release among them) write it after the amount.
 */
export function formatEuro(cents: number, language: Language): string {
  const format = readCached(amountFormats, language, () =>
    language === "nl"
      ? new Intl.NumberFormat(LOCALE.nl, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      : new Intl.NumberFormat(LOCALE.en, { style: "currency", currency: "EUR" }),
  );
  const text = format.format(cents / 100);
  return language === "nl" ? `${text}\u00a0€` : text;
}

/** `januari 2021` / `January 2021` (long) or `mrt 2021` / `Sep 2021` (short). */
export function formatMonth(year: number, month: number, language: Language, width: "long" | "short" = "long"): string {
  // One list of names for messages and table cells alike: locales disagree on `Sep` and `Sept`.
  const name = width === "long" ? formatMonthName(month, language) : formatShortMonthName(month, language);
  return `${name} ${year}`;
}

/** A `2021-03` month key as the reader's month name; anything else is shown as it came. */
export function formatMonthText(monthKey: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(monthKey);
  return match ? formatMonth(Number(match[1]), Number(match[2]), language) : monthKey;
}

/** The singular or plural text for a count, with the count written the reader's way. */
export function formatCounted(count: number, one: PaneTextKey, other: PaneTextKey, language: Language): string {
  return formatPaneText(count === 1 ? one : other, language, { count: formatCount(count, language) });
}

/** A list of items as the language joins them: `januari 2021, februari 2021 en maart 2021`. */
export function formatList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(", ")} ${language === "nl" ? "en" : "and"} ${last}`;
}

function readCached<K, V>(cache: Map<K, V>, key: K, create: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}
