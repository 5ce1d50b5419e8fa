import { fail, Result, succeed } from "../errors/result";

/**
 * The Belgian legal interest rate ("wettelijke interestvoet", civil and commercial matters) by
 * calendar year, in basis points (1.75 % = 175). It bounds a win-win loan's fixed rate: at most the
 * rate of the year the loan starts, at least half of it. A year missing here has no known rate.
 */
export interface LegalInterestRate {
  readonly year: number;
  readonly rateBasisPoints: number;
  readonly source: string;
}

const STAATSBLAD = "Bericht in het Belgisch Staatsblad, zoals geciteerd door advocatenkantoren en gerechtsdeurwaarders";

export const LEGAL_INTEREST_RATES: readonly LegalInterestRate[] = [
  { year: 2006, rateBasisPoints: 700, source: STAATSBLAD },
  { year: 2007, rateBasisPoints: 600, source: STAATSBLAD },
  { year: 2008, rateBasisPoints: 700, source: STAATSBLAD },
  { year: 2009, rateBasisPoints: 550, source: STAATSBLAD },
  // One publisher prints 3.5 %; the official notice says 3.25 %.
  { year: 2010, rateBasisPoints: 325, source: `${STAATSBLAD} (officieel bericht: 3,25 %)` },
  { year: 2011, rateBasisPoints: 375, source: STAATSBLAD },
  { year: 2012, rateBasisPoints: 425, source: STAATSBLAD },
  { year: 2013, rateBasisPoints: 275, source: STAATSBLAD },
  { year: 2014, rateBasisPoints: 275, source: STAATSBLAD },
  { year: 2015, rateBasisPoints: 250, source: STAATSBLAD },
  { year: 2016, rateBasisPoints: 225, source: STAATSBLAD },
  { year: 2017, rateBasisPoints: 200, source: STAATSBLAD },
  { year: 2018, rateBasisPoints: 200, source: STAATSBLAD },
  { year: 2019, rateBasisPoints: 200, source: STAATSBLAD },
  { year: 2020, rateBasisPoints: 175, source: STAATSBLAD },
  { year: 2021, rateBasisPoints: 175, source: STAATSBLAD },
  { year: 2022, rateBasisPoints: 150, source: STAATSBLAD },
  { year: 2023, rateBasisPoints: 525, source: STAATSBLAD },
  {
    year: 2024,
    rateBasisPoints: 575,
    source: `${STAATSBLAD}; VLAIO: "voor 2024 is 5,75 %, rente tussen 2,875 % en 5,75 %"`,
  },
  { year: 2025, rateBasisPoints: 450, source: STAATSBLAD },
  { year: 2026, rateBasisPoints: 450, source: STAATSBLAD },
];

const RATE_BY_YEAR: ReadonlyMap<number, number> = new Map(
  LEGAL_INTEREST_RATES.map((row) => [row.year, row.rateBasisPoints]),
);

/** The legal rate of a year in basis points; #N/A for a year without a known rate (never a guess). */
export function findLegalRateBasisPoints(year: number): Result<number> {
  const rateBasisPoints = RATE_BY_YEAR.get(year);
  return rateBasisPoints === undefined
    ? fail("not_available", "legal_rate_unknown", { year })
    : succeed(rateBasisPoints);
}
