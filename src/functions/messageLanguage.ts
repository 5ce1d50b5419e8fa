import { chooseLanguage, Language } from "../domain/errors/language";

/**
 * The language for formula messages: English when Office shows itself in English, otherwise Dutch,
 * the language of the analysts this add-in is made for.
 */
export function findMessageLanguage(): Language {
  try {
    const display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return chooseLanguage(display);
  } catch {
    return "nl";
  }
}
