import { inEnglishExcel } from "../../test/fixtures/englishExcel";
import { captureExcelError } from "../../test/fixtures/excelErrors";
import { toDaySerial } from "../domain/dates/daySerial";
import { PRESS_RELEASE_2021_ROWS } from "../../test/fixtures/pressRelease2021Rows";
import { checkLoan, checkRegister, costProjection, lenderCredits, lenderYears, schedule } from "./functions";

/*
 * The multi-year formulas called the way Excel calls them: positional arguments, serial dates, null
 * for an omitted optional argument. Expected figures are worked out by hand or by the exact-decimal
 * references next to the domain code, never by the code under test.
 */

const serial = toDaySerial;

describe("WINWIN.LENDER_YEARS", () => {
  // The example, and the same loan from 2027, a year without a known legal rate, which LENDER_YEARS
  // does not need: the same figures, as withholding tax (30 %) and the credit rules hold.
  it.each([2021, 2027])("gives the issue's example: a 20,000 euro bullet loan at 2 % from 15 March %i", (year) => {
    expect(lenderYears(20_000, 5, 0.02, serial(year, 3, 15), 1, "bullet")).toEqual([
      [year, 0, 20_000, 0, 0, 250, 250],
      [year + 1, 20_000, 20_000, 400, 120, 500, 780],
      [year + 2, 20_000, 20_000, 400, 120, 500, 780],
      [year + 3, 20_000, 20_000, 400, 120, 500, 780],
      [year + 4, 20_000, 20_000, 400, 120, 500, 780],
      [year + 5, 20_000, 0, 400, 120, 250, 530],
      ["Totaal", "", "", 2_000, 600, 2_500, 3_900],
    ]);
  });

  it("takes omitted options as SCHEDULE does: monthly annuity", () => {
    const rows = lenderYears(10_000, 5, 0.0175, serial(2021, 1, 31), null, null);
    const scheduleRows = schedule(10_000, 5, 0.0175, serial(2021, 1, 31), null, null);
    const interestCents = scheduleRows.reduce((total, row) => total + Math.round(row[2] * 100), 0);
    expect(Math.round(rows[rows.length - 1][3] * 100)).toBe(interestCents);
    expect(rows.map((row) => row[0])).toEqual([2021, 2022, 2023, 2024, 2025, 2026, "Totaal"]);
  });

  it("never spills NaN or Infinity", () => {
    const cells = lenderYears(0.01, 50, 0.99, serial(2006, 9, 1), 12, "linear").flat();
    expect(cells.filter((cell) => typeof cell === "number" && !Number.isFinite(cell))).toEqual([]);
  });

  inEnglishExcel();
  it.each([
    ["a term of 7.5 years", () => lenderYears(20_000, 7.5, 0.02, serial(2021, 3, 15)), "#NUM!", /term_years/],
    ["a rate typed as 2", () => lenderYears(20_000, 5, 2, serial(2021, 3, 15)), "#VALUE!", /not a rate/],
    ["no start date", () => lenderYears(20_000, 5, 0.02, null), "#VALUE!", /start_date is missing/],
    ["an unknown method", () => lenderYears(20_000, 5, 0.02, serial(2021, 3, 15), 1, "x"), "#VALUE!", /x/],
  ])("refuses %s", (_case, call, code, message) => {
    const error = captureExcelError(call);
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
  });
});

describe("WINWIN.CHECK_LOAN with a start date", () => {
  inEnglishExcel();
  it.each([
    [0.0175, serial(2021, 12, 20), null, "OK"],
    [0.0175, serial(2021, 12, 20), 0, "OK"], // an empty cell on the desktop
    [0.0175, serial(2021, 12, 20), serial(2021, 12, 31), "OK"],
    [
      0.015,
      serial(2021, 12, 20),
      serial(2022, 1, 1),
      "The loan starts in 2022, a later calendar year than it was concluded (2021): PMV warns it then loses the first year's tax credit",
    ],
    [
      0.0175,
      serial(2021, 12, 20),
      "2022-01-03",
      "The rate of 1.75% is above the maximum of 1.5%, the legal interest rate of 2022; " +
        "The loan starts in 2022, a later calendar year than it was concluded (2021): PMV warns it then loses the first year's tax credit",
    ],
  ])("checks %d concluded %s, starting %s", (rate, conclusion, start, expected) => {
    expect(checkLoan(20_000, 6, rate, conclusion, start)).toBe(expected);
  });

  it("refuses a start date that is no date", () => {
    expect(captureExcelError(() => checkLoan(20_000, 6, 0.015, serial(2021, 12, 20), "soon"))?.message).toMatch(
      /start_date must be a date/,
    );
  });
});

const HEADER = ["Kredietgever", "Kredietnemer", "Afsluitdatum", "Bedrag", "Looptijd", "Rentevoet", "Methode"];

describe("WINWIN.CHECK_REGISTER", () => {
  it.each([
    // [row cells below the header with its own column names, text]: messages name the user's columns
    [["An", "BV", serial(2021, 1, 15), -5, 5, 0.0175, 12], "Rij 2: Bedrag moet groter zijn dan 0 (-5)."],
    [
      ["An", "BV", serial(2021, 1, 15), 5_000, 5, 0.0175, 3],
      "Rij 2: Betalingen per jaar moet 1, 2, 4 of 12 zijn, niet '3'.",
    ],
    [["An", "BV", serial(2021, 1, 15), 5_000, -5, 0.0175, 12], "Rij 2: Looptijd moet groter zijn dan 0 (-5)."],
    [
      ["An", "BV", serial(2021, 1, 15), 5_000, 5, 1.5, 12],
      "Rij 2: Rentevoet 1,5 is geen rentevoet: typ 1,5 % of 0,015, niet 1,5.",
    ],
  ])("names the column of a bad cell in %j", (row, text) => {
    expect(checkRegister([[...HEADER.slice(0, 6), "Betalingen per jaar"], row])).toEqual([[text]]);
  });

  it("spills one cell per row below the header, in Dutch by default, an empty row as an empty cell", () => {
    const loans = [
      HEADER,
      ["An", "BV X", serial(2021, 1, 15), 50_000, 5, 0.0175, "bullet"],
      [0, 0, 0, 0, 0, 0, 0], // an empty row on the desktop
      ["An", "BV Y", serial(2021, 6, 1), 30_000, 5, 0.0175, "bullet"],
      ["Bert", "BV Y", "geen datum", 30_000, 5, 0.0175, "bullet"],
    ];
    expect(checkRegister(loans)).toEqual([
      ["OK"],
      [""],
      [
        "Met de andere leningen van kredietgever An komt het uitstaande bedrag op 01/06/2021 op 80.000 euro, meer dan het maximum van 75.000 euro per kredietgever",
      ],
      ["Rij 5: Afsluitdatum moet een datum zijn (datumwaarde, 2021-03-15 of 15/03/2021), niet 'geen datum'."],
    ]);
  });

  it("refuses an amount that is not exact to the cent in its own cell, as the formulas' arguments are", () => {
    const loans = [HEADER, ["Bert", "BV Y", serial(2021, 6, 1), 12.345, 5, 0.0175, "bullet"]];
    expect(checkRegister(loans)[0][0]).toMatch(/^Rij 2: Bedrag 12,345 is niet tot op de cent\.$/);
  });

  it("names the sheet row of a bad row when Excel says where the range stands", () => {
    const loans = [HEADER, ["Bert", "BV Y", "geen datum", 30_000, 5, 0.0175, "bullet"]];
    const invocation = { parameterAddresses: ["Register!B7:H9"] } as unknown as CustomFunctions.Invocation;
    expect(checkRegister(loans, invocation)[0][0]).toMatch(/^Rij 8: Afsluitdatum moet een datum zijn/);
  });

  it("refuses a range without its header as a whole", () => {
    const error = captureExcelError(() => checkRegister([["An", "BV", serial(2021, 1, 15), 1, 5, 0.0175]]));
    expect([error?.code, error?.message]).toEqual([
      "#VALUE!",
      "De eerste rij van het bereik moet de kolommen benoemen: Kredietgever, Kredietnemer, Afsluitdatum, Bedrag, Looptijd, Rentevoet.",
    ]);
  });
});

describe("WINWIN.LENDER_CREDITS", () => {
  const loans = [
    ["Lender", "Borrower", "Conclusion date", "Amount", "Term", "Rate", "Method"],
    ["An", "BV X", serial(2021, 1, 15), 50_000, 5, 0.0175, "bullet"],
    ["Bert", "BV X", serial(2020, 3, 1), 20_000, 8, 0.0175, "bullet"],
    ["An", "BV Y", serial(2021, 6, 1), 40_000, 5, 0.0175, "bullet"],
  ];

  it("needs no legal interest rate: deeds of 2027 give their credits", () => {
    const later = [loans[0], ["An", "BV X", serial(2027, 1, 15), 50_000, 5, 0.03, "bullet"]];
    // 2.5 % of the average of 0 and 50,000
    expect(lenderCredits(later, 2027)).toEqual([
      ["An", 0, 50_000, 625],
      ["Totaal", 0, 50_000, 625],
    ]);
  });

  it.each([2022, "2022", serial(2022, 7, 1), "2022-03-01", "15/03/2022"])(
    "caps each lender's totals for tax year %s and adds a Totaal row",
    (taxYear) => {
      expect(lenderCredits(loans, taxYear)).toEqual([
        ["An", 90_000, 90_000, 1_875],
        ["Bert", 20_000, 20_000, 500],
        ["Totaal", 110_000, 110_000, 2_375],
      ]);
    },
  );

  it("equals LENDER_YEARS' credit for one loan", () => {
    const one = [loans[0], ["An", "BV X", serial(2021, 3, 15), 20_000, 5, 0.02, "bullet"]];
    expect(lenderCredits(one, 2021)[0][3]).toBe(250);
    expect(lenderCredits(one, 2026)[0][3]).toBe(250);
  });

  inEnglishExcel();
  it.each([
    [
      "a bad row, naming it",
      () => lenderCredits([...loans, ["Cees", "BV", serial(2021, 1, 1), "x", 5, 0.0175]], 2022),
      "#VALUE!",
      /^Row 5: Amount must be a number, not 'x'\.$/,
    ],
    [
      "a term SCHEDULE refuses, naming the row",
      () => lenderCredits([...loans, ["Cees", "BV", serial(2021, 1, 1), 1, 7.5, 0.0175]], 2022),
      "#NUM!",
      /^Row 5: Term must be a whole number/,
    ],
    ["a tax year before the scheme", () => lenderCredits(loans, 2005), "#NUM!", /tax_year must be a year from 2006/],
    ["a tax year that is no year", () => lenderCredits(loans, 2022.5), "#NUM!", /not 2022.5/],
    ["no tax year", () => lenderCredits(loans, null), "#VALUE!", /tax_year is missing/],
  ])("refuses %s", (_case, call, code, message) => {
    const error = captureExcelError(call);
    expect([error?.code, error?.message]).toEqual([code, expect.stringMatching(message)]);
  });
});

describe("WINWIN.COST_PROJECTION", () => {
  const registrations = [
    ["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"],
    ...PRESS_RELEASE_2021_ROWS.map(([month, term, principal, count]) => [month, term, principal, count]),
  ];

  it.each<[string, unknown[][]]>([
    ["a header alone", [["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"]]],
    ["a table whose rows are all blank", [["", "", "", "", "", "", "", "", ""]]],
  ])("answers #N/A for %s: there are no registrations to project", (_case, range) => {
    const error = captureExcelError(() => costProjection(range as any[][], null, null));
    expect(error?.code).toBe("#N/A");
    expect(error?.message).toBe("The range holds no registrations.");
  });

  it("gives the press release's 2021 row and a Totaal of the credits", () => {
    const rows = costProjection(registrations, null, null);
    expect(rows[0]).toEqual([2021, 0, 63_679_942.23, 795_999.28, 25_471_976.89]);
    expect(rows[rows.length - 1]).toEqual(["Totaal", "", "", 12_195_491.38, ""]);
    expect(rows.map((row) => row[0])).toEqual([
      2021,
      2022,
      2023,
      2024,
      2025,
      2026,
      2027,
      2028,
      2029,
      2030,
      2031,
      "Totaal",
    ]);
  });

  it("projects bullet loans of a year without a known legal rate", () => {
    const rows = costProjection(
      [
        ["Maand", "Looptijd", "Hoofdsom", "Aantal leningen"],
        [serial(2027, 6, 1), 10, 100_000, 1],
      ],
      null,
      null,
    );
    // 2.5 % of the average of 0 and 100,000; loss credit 30 % of 100,000 for 2027
    expect(rows[0]).toEqual([2027, 0, 100_000, 1_250, 30_000]);
    expect(rows.length).toBe(12); // 2027 to 2037, and Totaal
  });

  it("takes a method and one rate for every row", () => {
    const annuity = costProjection(registrations, "annuïteit", null);
    expect(annuity[0]).toEqual([2021, 0, 57_224_611.41, 715_307.64, 22_889_844.56]);
    const higher = costProjection(registrations, "annuity", 0.05);
    expect(higher[0][2]).toBeGreaterThan(annuity[0][2] as number); // more interest, slower repayment
  });

  it("projects a row of two billion euro, a row every range formula reads", () => {
    const rows = costProjection([...registrations, ["2021-06", 5, 2_000_000_000, 1]], "bullet", null);
    expect(rows.length).toBeGreaterThan(1);
  });

  inEnglishExcel();
  it.each([
    ["a rate typed as 5", () => costProjection(registrations, "annuity", 5), "#VALUE!", /not a rate/],
    ["an unknown method", () => costProjection(registrations, "soms", null), "#VALUE!", /soms/],
    [
      "a row of a year without a legal rate",
      () => costProjection([...registrations, ["2027-01", 5, 1000, 1]], "annuity", null),
      "#N/A",
      /^Line 30: No legal interest rate is known for 2027\.$/,
    ],
    [
      "a row above ten billion euro, as every range formula does",
      () => costProjection([...registrations, ["2021-06", 5, 20_000_000_000, 1]], null, null),
      "#VALUE!",
      /^Line 30: .*20000000000/,
    ],
  ])("refuses %s", (_case, call, code, message) => {
    const error = captureExcelError(call);
    expect([error?.code, error?.message]).toEqual([code, expect.stringMatching(message)]);
  });
});
