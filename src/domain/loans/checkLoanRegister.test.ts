import fc from "fast-check";
import { serialOfIsoLiteral } from "../dates/daySerial";
import { checkLoanRegister } from "./checkLoanRegister";
import { readLoanRegister, RegisterEntry } from "./readLoanRegister";

const day = serialOfIsoLiteral;

function entriesOf(matrix: unknown[][]): RegisterEntry[] {
  const result = readLoanRegister(matrix);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const DUTCH_HEADER = ["Kredietgever", "Kredietnemer", "Afsluitdatum", "Bedrag", "Looptijd", "Rentevoet", "Methode"];

describe("checkLoanRegister", () => {
  it("checks each deed and the lender's and borrower's totals on its conclusion date", () => {
    const matrix = [
      DUTCH_HEADER,
      ["An", "BV X", day("2021-01-15"), 50_000, 5, 0.0175, "bullet"],
      ["An", "BV Y", day("2021-06-01"), 30_000, 5, 0.0175, "bullet"], // 50,000 still out
      ["", "BV X", day("2021-01-15"), 10_000, 5, 0.0175, "bullet"],
      ["Bert", "BV X", day("2021-02-01"), 75_000, 5, 0.0175, "bullet"], // BV X: 125,000 of 300,000
      [null, null, null, null, null, null, null],
      ["an ", "BV Z", day("2026-06-01"), 10_000, 5, 0.045, "bullet"], // both earlier loans repaid
      ["Cees", "BV Q", day("2021-01-15"), 60_000, 5, 0.015, "annuity"],
      ["Cees", "BV Q", day("2022-01-15"), 30_000, 5, 0.015, "annuity"],
    ];
    expect(checkLoanRegister(entriesOf(matrix), "nl")).toEqual([
      "OK",
      "Met de andere leningen van kredietgever An komt het uitstaande bedrag op 01/06/2021 op 80.000 euro, meer dan het maximum van 75.000 euro per kredietgever",
      "Rij 4: Kredietgever ontbreekt.",
      "OK",
      "",
      "OK",
      "OK",
      // 48,357.10 left of the first loan after its 12th payment on 15/01/2022 (exact-decimal reference)
      "Met de andere leningen van kredietgever Cees komt het uitstaande bedrag op 15/01/2022 op 78.357,10 euro, meer dan het maximum van 75.000 euro per kredietgever",
    ]);
  });

  it("counts the balance one day before a payment, and not a loan concluded later", () => {
    const matrix = [
      DUTCH_HEADER,
      ["Cees", "BV Q", day("2021-01-15"), 60_000, 5, 0.015, "annuity"],
      ["Cees", "BV R", day("2022-01-14"), 25_666, 5, 0.015, "annuity"], // 49,334.02 + 25,666 = 75,000.02
      ["Cees", "BV S", day("2022-01-15"), 1_000, 5, 0.015, "annuity"],
    ];
    const [, second] = checkLoanRegister(entriesOf(matrix), "en");
    expect(second).toBe(
      "With lender Cees's other loans the amount outstanding on 14/01/2022 comes to 75,000.02 euro, above the per-lender maximum of 75,000 euro",
    );
  });

  it("checks the borrower's total against the per-borrower maximum of the conclusion date", () => {
    const lenders = ["A", "B", "C", "D", "E"];
    const matrix = [
      DUTCH_HEADER,
      ...lenders.map((lender) => [lender, "BV B", day("2021-03-01"), 70_000, 5, 0.0175, "bullet"]),
      ["F", "BV C", day("2013-08-08"), 50_000, 8, 0.0275, "bullet"],
      ["G", "BV C", day("2013-08-08"), 50_000, 8, 0.0275, "bullet"], // 100,000 of 100,000
      ["H", "BV C", day("2013-08-09"), 50_000, 8, 0.0275, "bullet"], // 150,000 of 200,000 from 9 August 2013
    ];
    const borrowerOver = (total: string, maximum: string) =>
      `With borrower BV B's other loans the amount outstanding on 01/03/2021 comes to ${total} euro, above the per-borrower maximum of ${maximum} euro`;
    expect(checkLoanRegister(entriesOf(matrix), "en")).toEqual([
      // all five were concluded the same day: in row order, only the fifth takes the total past the maximum
      "OK",
      "OK",
      "OK",
      "OK",
      borrowerOver("350,000", "300,000"),
      "OK", // 100,000: exactly the maximum of 8 August 2013
      "OK",
      "OK", // 150,000 of 200,000
    ]);
  });

  it.each([
    // [[conclusion, start, amount] of lender An's deeds, texts]: a deed signed counts in full until it starts
    [
      [
        ["2021-03-01", "2021-12-10", 60_000],
        ["2021-06-01", "2021-06-01", 60_000],
      ],
      ["OK", "An: 120.000 op 01/06/2021"],
    ],
    [
      [
        ["2021-06-01", "2021-06-01", 60_000],
        ["2021-03-01", "2021-12-10", 60_000],
      ],
      ["An: 120.000 op 01/06/2021", "OK"],
    ],
    [
      [
        ["2021-03-01", "2021-03-01", 40_000],
        ["2021-03-01", "2021-03-01", 40_000],
      ],
      ["OK", "An: 80.000 op 01/03/2021"],
    ],
    [
      [
        ["2021-03-01", "2021-03-01", 40_000],
        ["2021-03-01", "2021-03-01", 35_000],
      ],
      ["OK", "OK"],
    ],
  ])("counts lender An's deeds %j as commitments from their signing", (deeds, texts) => {
    const matrix = [
      ["Kredietgever", "Kredietnemer", "Afsluitdatum", "Startdatum", "Bedrag", "Looptijd", "Rentevoet", "Methode"],
      ...deeds.map(([conclusion, start, amount], k) => [
        "An",
        `BV ${k}`,
        day(conclusion as string),
        day(start as string),
        amount,
        8,
        0.015,
        "bullet",
      ]),
    ];
    const summary = (text: string) =>
      text.replace(
        /^Met de andere leningen van kredietgever (\w+) komt het uitstaande bedrag op (\S+) op (\S+) euro.*$/,
        "$1: $3 op $2",
      );
    expect(checkLoanRegister(entriesOf(matrix), "nl").map(summary)).toEqual(texts);
  });

  it.each([
    // [conclusion date, start date, language, text]
    ["2021-03-01", "2021-02-28", "nl", "De startdatum 28/02/2021 valt voor de afsluitdatum 01/03/2021"],
    ["2021-03-01", "2021-02-28", "en", "The start date 28/02/2021 is before the conclusion date 01/03/2021"],
    [
      "2027-02-01",
      "2027-02-01",
      "nl",
      "Voor 2027 is nog geen wettelijke rentevoet bekend, dus de rentevoet is niet gecontroleerd",
    ],
    ["2027-02-01", "2027-02-01", "en", "No legal interest rate is known yet for 2027, so the rate is not checked"],
  ] as const)("finds a deed concluded %s, starting %s, in %s: %s", (conclusion, start, language, text) => {
    const matrix = [
      ["Kredietgever", "Kredietnemer", "Afsluitdatum", "Startdatum", "Bedrag", "Looptijd", "Rentevoet"],
      ["An", "BV", day(conclusion), day(start), 10_000, 8, 0.015],
    ];
    expect(checkLoanRegister(entriesOf(matrix), language)).toEqual([text]);
  });

  it("takes the interest bounds of the start date column, in English with any column order", () => {
    const matrix = [
      ["Rate", "Term", "Amount", "Start date", "Conclusion date", "Borrower", "Lender", "Payments per year"],
      ["1,75 %", "5", "20.000", "2022-01-03", "20/12/2021", "BV X", "An", 1],
      [0.015, 5, 20_000, "", "20/12/2021", "BV Y", "Bert", 12],
    ];
    expect(checkLoanRegister(entriesOf(matrix), "en")).toEqual([
      "The rate of 1.75% is above the maximum of 1.5%, the legal interest rate of 2022; " +
        "The loan starts in 2022, a later calendar year than it was concluded (2021): PMV warns it then loses the first year's tax credit",
      "OK",
    ]);
  });

  it.each([
    [
      ["An", "BV", "gisteren", 10_000, 5, 0.0175],
      "Rij 2: Afsluitdatum moet een datum zijn (datumwaarde, 2021-03-15 of 15/03/2021), niet 'gisteren'.",
    ],
    [["An", "BV", day("2021-01-15"), "veel", 5, 0.0175], "Rij 2: Bedrag moet een getal zijn, niet 'veel'."],
    [
      ["An", "BV", day("2021-01-15"), 10_000, 5, 0.0175, "ooit"],
      "Rij 2: Onbekende aflossingswijze 'ooit': gebruik annuity (annuïteit), linear (lineair) of bullet (eindvervaldag).",
    ],
    [["An", "BV", day("2021-01-15"), -5, 5, 0.0175], "Rij 2: Bedrag moet groter zijn dan 0 (-5)."],
    [
      ["An", "BV", day("2006-08-31"), 10_000, 8, 0.0175],
      "Rij 2: De win-winlening bestaat pas sinds 1 september 2006; 31/08/2006 valt daarvoor.",
    ],
  ])("gives a bad row %j its own message naming the row", (row, message) => {
    expect(checkLoanRegister(entriesOf([DUTCH_HEADER, row]), "nl")).toEqual([message]);
  });
});

describe("readLoanRegister", () => {
  it.each([
    [[], "register_no_header"],
    [
      [
        ["a", "b"],
        [1, 2],
      ],
      "register_no_header",
    ],
    [[["Kredietgever", "Kredietnemer", "Afsluitdatum", "Bedrag", "Rentevoet"]], "register_column_missing"],
    [[DUTCH_HEADER], "register_no_loans"],
  ])("refuses the range %j as a whole", (matrix, code) => {
    const result = readLoanRegister(matrix as unknown[][]);
    expect(result.ok ? "ok" : result.error.code).toBe(code);
  });

  it("names the missing column in both languages", () => {
    const result = readLoanRegister([["Kredietgever", "Kredietnemer", "Afsluitdatum", "Bedrag", "Rentevoet"]]);
    expect(result.ok ? {} : result.error.params).toEqual({ column: "Looptijd/Term" });
  });

  it("reads defaults: start on the conclusion date, 12 payments a year, annuity", () => {
    const [entry] = entriesOf([DUTCH_HEADER.slice(0, 6), ["An", "BV", "15/01/2021", "10.000,50", "5 jaar", 0.0175]]);
    expect(entry).toEqual({
      kind: "loan",
      loan: {
        row: 2,
        lender: "An",
        lenderKey: "an",
        borrower: "BV",
        borrowerKey: "bv",
        conclusionSerial: day("2021-01-15"),
        startSerial: day("2021-01-15"),
        amountCents: 1_000_050,
        termYears: 5,
        rate: 0.0175,
        paymentsPerYear: 12,
        method: "annuity",
        columnNames: { amount: "Bedrag", term_years: "Looptijd", rate: "Rentevoet", conclusion_date: "Afsluitdatum" },
      },
    });
  });
});

describe("checkLoanRegister on any cells", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.constant(0),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }), // Excel hands over no NaN or Infinity
    fc.integer({ min: 38_000, max: 48_000 }), // date serials of 2004–2031
    fc.constantFrom("bullet", "lineair", "1,75 %", "15/03/2021", "An", "5 jaar"),
    fc.boolean(),
  );

  it("gives every row below the header exactly one text and never throws", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { maxLength: 12 }), (rows) => {
        const entries = readLoanRegister([
          DUTCH_HEADER,
          ...rows,
          ["An", "BV", day("2021-01-15"), 1_000, 5, 0.0175, ""],
        ]);
        if (!entries.ok) throw new Error(entries.error.code);
        const texts = checkLoanRegister(entries.value, "en");
        expect(texts).toHaveLength(rows.length + 1);
        for (const text of texts) expect(typeof text).toBe("string");
        expect(texts.filter((text) => /NaN|Infinity|undefined/.test(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
