import { readRememberedLanguage, rememberLanguage } from "./languageMemory";

function createStore(): Pick<Storage, "getItem" | "setItem"> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const refusing: Pick<Storage, "getItem" | "setItem"> = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
};

describe("languageMemory", () => {
  it("gives back the language last chosen", () => {
    const store = createStore();
    rememberLanguage("en", store);
    expect(readRememberedLanguage(store)).toBe("en");
  });

  it.each<[string, Pick<Storage, "getItem" | "setItem"> | undefined]>([
    ["nothing was chosen yet", createStore()],
    ["storage is refused", refusing],
    ["there is no storage", undefined],
  ])("gives no language when %s", (_title, store) => {
    expect(() => rememberLanguage("en", store === undefined || store === refusing ? store : undefined)).not.toThrow();
    expect(readRememberedLanguage(store)).toBeUndefined();
  });

  it("ignores a stored value that is no language of the pane", () => {
    const store = createStore();
    store.setItem("winwin-excel.language", "fr");
    expect(readRememberedLanguage(store)).toBeUndefined();
  });
});
