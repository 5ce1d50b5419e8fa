/** The two languages of every message and text: Dutch, the analysts' own, and English. */
export type Language = "nl" | "en";

/** English when Office shows itself in English (`en-US`, `en-GB`), otherwise Dutch. */
export function chooseLanguage(displayLanguage: unknown): Language {
  return typeof displayLanguage === "string" && displayLanguage.toLowerCase().startsWith("en") ? "en" : "nl";
}
