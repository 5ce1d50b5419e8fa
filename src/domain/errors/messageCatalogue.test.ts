import { formatMessage, Language, MESSAGE_CATALOGUE, MessageParams } from "./messageCatalogue";

describe("MESSAGE_CATALOGUE", () => {
  it("has every message in Dutch and English with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, texts] of Object.entries(MESSAGE_CATALOGUE)) {
      expect([code, placeholders(texts.nl)]).toEqual([code, placeholders(texts.en)]);
      expect(texts.nl.trim().length).toBeGreaterThan(5);
      expect(texts.en).not.toBe(texts.nl);
    }
  });
});

describe("formatMessage", () => {
  it.each([
    ["nl", { month: { month: "2021-03" } }, "Geen registraties in maart 2021."],
    ["en", { month: { month: "2021-03" } }, "No registrations in March 2021."],
    ["nl", { month: "2021-03" }, "Geen registraties in 2021-03."],
  ] as [Language, MessageParams, string][])("writes a %s month as its language does", (language, params, text) => {
    expect(formatMessage("no_registrations", params, language)).toBe(text);
  });

  it.each([
    ["nl", ["2021-06"], "juni 2021"],
    ["en", ["2021-05", "2021-06"], "May 2021 and June 2021"],
    ["nl", ["2020-12", "2021-01", "2021-03"], "december 2020, januari 2021 en maart 2021"],
    ["en", ["2021-01", "2021-02", "2021-03", "2021-04"], "January 2021, February 2021, March 2021, …"],
  ] as [Language, string[], string][])(
    "lists %s months %j as a sentence, the first three only",
    (language, months, text) => {
      const params = { months: { months }, from: { month: "2020-01" }, to: { month: "2021-12" } };
      expect(formatMessage("period_months_without_registrations", params, language)).toContain(` ${text}; `);
    },
  );

  it.each([
    [
      "nl",
      "Regel 4: de hoofdsom van 80.000,50 euro is hoger dan het maximum van 75.000 euro per kredietgever voor leningen van 03/04/2021.",
    ],
    [
      "en",
      "Line 4: the principal of 80,000.50 euro is above the maximum of 75,000 euro per lender for loans of 03/04/2021.",
    ],
  ] as [Language, string][])("writes %s amounts and days as its language does", (language, text) => {
    const params = {
      line: 4,
      principalEuro: { euroCents: 8_000_050 },
      maximumEuro: { euroCents: 7_500_000 },
      when: { date: "2021-04-03" },
    };
    expect(formatMessage("import_principal_above_lender_maximum", params, language)).toBe(text);
  });

  it.each([
    ["as written, euro sign and all", "februari 5 500,00 € 1 *", "februari 5 500,00 € 1 *"],
    ["with tabs and a PDF's odd spaces made plain", "  maart\t5\u00a0 1.000,00\u202f€ 4  ", "maart 5 1.000,00 € 4"],
    ["shortened past 60 characters", `Bron: ${"x".repeat(100)}`, `Bron: ${"x".repeat(51)}...`],
  ])("quotes a line %s", (_title, line, quoted) => {
    expect(formatMessage("import_line_unreadable", { line: 7, text: { quote: line } }, "en")).toBe(
      `Line 7: '${quoted}' is not a table line (expected: term, principal and number of loans).`,
    );
  });

  it("leaves a placeholder without a value visible rather than guessing", () => {
    expect(formatMessage("argument_missing", {}, "en")).toBe("{argument} is missing.");
  });
});
