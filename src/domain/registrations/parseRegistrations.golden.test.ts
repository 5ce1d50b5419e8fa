import { existsSync, readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { aggregateRegistrations, parseRegistrations, RegistrationImport } from "./index";

/*
 * Golden fixtures: each folder under fixtures/ holds an input as analysts receive it and the
 * expected.json written by hand-checking the reader's output line by line against the input.
 * Issue messages are left out: their wording may improve; code, severity, line and figures may not.
 */
const FIXTURES = join(__dirname, "fixtures");

function readFixture(name: string): { input: string; expected: unknown } {
  const inputFile = readdirSync(join(FIXTURES, name)).find((file) => file.startsWith("input."));
  if (inputFile === undefined) throw new Error(`${name} has no input file`);
  return {
    input: readFileSync(join(FIXTURES, name, inputFile), "utf8"),
    expected: JSON.parse(readFileSync(join(FIXTURES, name, "expected.json"), "utf8")),
  };
}

function withoutMessages(result: RegistrationImport): unknown {
  return {
    format: result.format,
    records: result.records,
    issues: result.issues.map(({ line, code, severity, params }) => ({ line, code, severity, params })),
  };
}

describe("parseRegistrations on the golden fixtures", () => {
  const names = readdirSync(FIXTURES).sort();

  it("has a fixture for every shape the issue names", () => {
    expect(names).toEqual(
      expect.arrayContaining([
        "press-release-2021-05",
        "press-release-tabs",
        "press-release-page-break",
        "press-release-wrong-subtotal",
        "press-release-missing-month",
        "english-headers",
        "semicolon-decimal-comma",
        "per-loan-semicolon",
      ]),
    );
  });

  it.each(names)("reads %s as expected.json says", (name) => {
    const { input, expected } = readFixture(name);
    expect(withoutMessages(parseRegistrations(input))).toEqual(expected);
  });

  it.each([
    ["CRLF line ends", (text: string) => text.replace(/\n/g, "\r\n")],
    ["CR line ends", (text: string) => text.replace(/\n/g, "\r")],
    ["a byte-order mark", (text: string) => `\ufeff${text}`],
    ["non-breaking spaces for every space", (text: string) => text.replace(/ /g, "\u00a0")],
  ])("reads the press release with %s exactly as without", (_case, change) => {
    const { input, expected } = readFixture("press-release-2021-05");
    expect(withoutMessages(parseRegistrations(change(input)))).toEqual(expected);
  });
});

describe("the press release's own figures", () => {
  const { records, issues } = parseRegistrations(readFixture("press-release-2021-05").input);
  const summary = aggregateRegistrations(records);

  it("reads 28 rows in 5 months, without any issue", () => {
    expect(records).toHaveLength(28);
    expect(summary.byMonth).toHaveLength(5);
    expect(issues).toEqual([]);
  });

  it("sums to 3,393 loans for 63,679,942.23 euro", () => {
    expect(summary.total.loans).toBe(3393);
    expect(summary.total.principalCents).toBe(6_367_994_223);
  });

  it.each([
    [5, 1813],
    [8, 584],
  ])("counts %i-year loans as the release does: %i", (termYears, loans) => {
    expect(summary.byTerm.find((row) => row.termYears === termYears)?.loans).toBe(loans);
  });

  it.each([
    [1, 959_625_615, 644],
    [2, 1_421_216_100, 556],
    [3, 1_796_619_000, 1003],
    [4, 1_165_203_048, 695],
    [5, 1_025_330_460, 495],
  ])("gives month %i the release's subtotal: %i cents, %i loans", (month, principalCents, loans) => {
    expect(summary.byMonth.find((row) => row.month === month)).toMatchObject({ year: 2021, principalCents, loans });
  });
});

// The press release itself sits beside the repository (shared/data); CI checks it out there.
const SHARED_PRESS_RELEASE = resolve(__dirname, "../../../../shared/data/press-release-2021-05.txt");
const describeWithShared = existsSync(SHARED_PRESS_RELEASE) ? describe : describe.skip;

describeWithShared("the press release as extracted from the PDF", () => {
  it("reads the same records as the fixture, prose and all, without any issue", () => {
    const real = parseRegistrations(readFileSync(SHARED_PRESS_RELEASE, "utf8"));
    const fixture = parseRegistrations(readFixture("press-release-2021-05").input);
    const figures = (result: RegistrationImport) => result.records.map(({ line: _line, ...figures }) => figures);
    expect(real.issues).toEqual([]);
    expect(figures(real)).toEqual(figures(fixture));
  });
});
