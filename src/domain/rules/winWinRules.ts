import { createDatedRule } from "./datedRule";

/**
 * The rules of the Flemish win-win loan by conclusion date, as data.
 * Windows are half-open [from, until); sources as established in the project's domain brief.
 */

export const SCHEME_START = "2006-09-01";

export type TermRule =
  | { readonly kind: "fixed"; readonly years: number }
  | {
      readonly kind: "range";
      readonly minYears: number;
      readonly maxYears: number;
    };

export type RepaymentRule = "bullet_only" | "instalments_or_bullet";

const DECREE_2020 =
  "Decreet van 2 oktober 2020 (BS 6 oktober 2020), in werking 7 oktober 2020 volgens de Vlaamse Codex";

export const TERM_RULE = createDatedRule<TermRule>("term", [
  {
    from: SCHEME_START,
    until: "2020-10-07",
    value: { kind: "fixed", years: 8 },
    source: "PMV; decreet van 2 oktober 2020",
    confidence: "certain",
  },
  {
    from: "2020-10-07",
    until: null,
    value: { kind: "range", minYears: 5, maxYears: 10 },
    source: `${DECREE_2020}; PMV: "begin oktober 2020" (de dag is de minst zekere datum)`,
    confidence: "certain",
  },
]);

export const LENDER_MAXIMUM_EURO = createDatedRule<number>("lender_maximum", [
  { from: SCHEME_START, until: "2020-10-07", value: 50_000, source: "PMV; pers", confidence: "certain" },
  {
    from: "2020-10-07",
    until: null,
    value: 75_000,
    source: "PMV; FOD Financiën, belastinggids AJ2025",
    confidence: "certain",
  },
]);

export const BORROWER_MAXIMUM_EURO = createDatedRule<number>("borrower_maximum", [
  { from: SCHEME_START, until: "2011-01-01", value: 50_000, source: "twee secundaire bronnen", confidence: "probable" },
  {
    from: "2011-01-01",
    until: "2013-08-09",
    value: 100_000,
    source: "decreet van 10 december 2010",
    confidence: "certain",
  },
  {
    from: "2013-08-09",
    until: "2020-10-07",
    value: 200_000,
    source: "programmadecreet van 5 juli 2013, art. 40",
    confidence: "certain",
  },
  { from: "2020-10-07", until: null, value: 300_000, source: `${DECREE_2020}; PMV; VLAIO 2024`, confidence: "certain" },
]);

/** The one-off credit on principal definitively lost (the press's "overheidswaarborg"), in percent. */
export const LOSS_CREDIT_PERCENT = createDatedRule<number>("loss_credit", [
  { from: SCHEME_START, until: "2020-03-16", value: 30, source: "PMV FAQ", confidence: "certain" },
  {
    from: "2020-03-16",
    until: "2022-01-01",
    value: 40,
    source:
      'FOD Financiën, gids AJ2025: "gesloten van 16.3.2020 tot 31.12.2021"; PMV: "na 15 maart 2020 en ten laatste op 31 december 2021"',
    confidence: "certain",
  },
  { from: "2022-01-01", until: null, value: 30, source: "PMV 2024/25; VLAIO", confidence: "certain" },
]);

/** The yearly credit on the outstanding principal, in percent. */
export const YEARLY_CREDIT_PERCENT = createDatedRule<number>("yearly_credit", [
  { from: SCHEME_START, until: null, value: 2.5, source: "PMV; FOD Financiën", confidence: "certain" },
]);

export const REPAYMENT_RULE = createDatedRule<RepaymentRule>("repayment", [
  {
    from: SCHEME_START,
    until: "2011-01-01",
    value: "bullet_only",
    source: "notities van advocatenkantoren",
    confidence: "probable",
  },
  {
    from: "2011-01-01",
    until: null,
    value: "instalments_or_bullet",
    source: "PMV FAQ: maandelijks, per kwartaal, halfjaarlijks, jaarlijks of op eindvervaldag",
    confidence: "certain",
  },
]);

/*
 * The withholding tax ("roerende voorheffing") on interest from loans, in percent, by the date the
 * interest is paid (not the conclusion date). Only 2017 on is confirmed; earlier years are probable.
 * The tax credits themselves are not taxed.
 */
const WITHHOLDING_EARLIER = "secundaire bronnen over de roerende voorheffing op interest van leningen (te bevestigen)";

export const WITHHOLDING_TAX_PERCENT = createDatedRule<number>("withholding_tax", [
  { from: SCHEME_START, until: "2012-01-01", value: 15, source: WITHHOLDING_EARLIER, confidence: "probable" },
  { from: "2012-01-01", until: "2013-01-01", value: 21, source: WITHHOLDING_EARLIER, confidence: "probable" },
  { from: "2013-01-01", until: "2016-01-01", value: 25, source: WITHHOLDING_EARLIER, confidence: "probable" },
  {
    from: "2016-01-01",
    until: "2017-01-01",
    value: 27,
    source: `${WITHHOLDING_EARLIER}; nieuwsbrief van een accountant (2016): 4,75 % bruto, 4,14 % na 27 %`,
    confidence: "probable",
  },
  {
    from: "2017-01-01",
    until: null,
    value: 30,
    source: "nieuwsbrieven van accountants over de verhoging van 27 naar 30 % op 1 januari 2017",
    confidence: "certain",
  },
]);

export const ALL_DATED_RULES = [
  TERM_RULE,
  LENDER_MAXIMUM_EURO,
  BORROWER_MAXIMUM_EURO,
  LOSS_CREDIT_PERCENT,
  YEARLY_CREDIT_PERCENT,
  REPAYMENT_RULE,
  WITHHOLDING_TAX_PERCENT,
] as const;
