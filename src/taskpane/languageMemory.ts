/**
 * The pane's language as the user last chose it, kept in the browser's storage for this add-in's
 * origin, so the next session opens in it. Storage may be missing or refused (private windows,
 * policies): then the choice simply lasts for this session.
 */
import { Language } from "../domain/errors/messageCatalogue";

const KEY = "winwin-excel.language";

type KeyValueStore = Pick<Storage, "getItem" | "setItem">;

export function readRememberedLanguage(store: KeyValueStore | undefined = findStore()): Language | undefined {
  try {
    const value = store?.getItem(KEY);
    return value === "nl" || value === "en" ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguage(language: Language, store: KeyValueStore | undefined = findStore()): void {
  try {
    store?.setItem(KEY, language);
  } catch {
    // Storage full or refused: the choice holds for this session only.
  }
}

function findStore(): KeyValueStore | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
