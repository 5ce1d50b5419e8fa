import { serialOfIsoLiteral } from "../dates/daySerial";
import { findInterestBounds } from "./interestBounds";

const day = serialOfIsoLiteral;

describe("findInterestBounds", () => {
  it.each([
    // [start date, minimum, maximum in basis points]: each year boundary where the legal rate changes, and the scheme start.
    ["2006-09-01", 350, 700],
    ["2006-12-31", 350, 700],
    ["2007-01-01", 300, 600],
    ["2009-12-31", 275, 550],
    ["2010-01-01", 162.5, 325],
    ["2010-12-31", 162.5, 325],
    ["2011-01-01", 187.5, 375],
    ["2019-12-31", 100, 200],
    ["2020-01-01", 87.5, 175],
    ["2021-12-31", 87.5, 175],
    ["2022-01-01", 75, 150],
    ["2022-12-31", 75, 150],
    ["2023-01-01", 262.5, 525],
    ["2024-06-15", 287.5, 575],
    ["2026-12-31", 225, 450],
  ])("gives a loan starting %s the bounds %d–%d basis points", (iso, minimumBasisPoints, maximumBasisPoints) => {
    const year = Number(iso.slice(0, 4));
    expect(findInterestBounds(day(iso))).toEqual({ ok: true, value: { year, minimumBasisPoints, maximumBasisPoints } });
  });

  it.each([
    ["2006-08-31", "date_before_scheme"],
    ["2001-01-01", "date_before_scheme"],
    ["2027-01-01", "legal_rate_unknown"],
  ])("has no answer for a loan starting %s (%s)", (iso, code) => {
    const result = findInterestBounds(day(iso));
    expect(result.ok ? undefined : [result.error.kind, result.error.code]).toEqual(["not_available", code]);
  });
});
