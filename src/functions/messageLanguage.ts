import { Language } from "../domain/errors/messageCatalogue";

/**
 * The language for formula messages: English when Office shows itself in English, otherwise Dutch,
 * the language of the analysts this add-in is made for.
 */
export function findMessageLanguage(): Language {
  try {
    const display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return typeof display === "string" && display.toLowerCase().startsWith("en") ? "en" : "nl";
  } catch {
    return "nl";
  }
}
