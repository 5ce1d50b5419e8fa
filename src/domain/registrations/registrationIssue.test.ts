import { MESSAGE_CATALOGUE } from "../errors/messageCatalogue";
import { createRegistrationIssue, formatEuroParam, ImportIssueCode, severityOf } from "./registrationIssue";

const CODES: ImportIssueCode[] = [
  "import_no_table",
  "import_header_missing",
  "import_column_missing",
  "import_line_unreadable",
  "import_quote_unclosed",
  "import_row_outside_year",
  "import_month_missing",
  "import_month_name_unknown",
  "import_date_invalid",
  "import_date_before_scheme",
  "import_cell_empty",
  "import_term_not_whole_years",
  "import_principal_not_number",
  "import_principal_not_positive",
  "import_loans_not_whole",
  "import_loans_not_positive",
  "import_term_not_allowed",
  "import_principal_above_lender_maximum",
  "import_average_above_lender_maximum",
  "import_average_below_one_euro",
  "import_year_invalid",
  "import_month_after_unknown_name",
  "import_total_without_figures",
  "import_duplicate_month_term",
  "import_month_subtotal_mismatch",
  "import_grand_total_mismatch",
];

describe("createRegistrationIssue", () => {
  it.each(CODES)("renders %s in Dutch and English from the one catalogue", (code) => {
    const template = MESSAGE_CATALOGUE[code];
    const params = Object.fromEntries(
      [...`${template.nl} ${template.en}`.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, `<${name}>`]),
    );
    const issue = createRegistrationIssue(12, code, params);
    expect(issue.message).not.toMatch(/\{\w+\}/);
    expect(issue.messageEn).not.toMatch(/\{\w+\}/);
    expect(issue.message).not.toBe(issue.messageEn);
  });

  it("puts the line in the params, so the message can name it in either language", () => {
    const issue = createRegistrationIssue(37, "import_month_missing", {});
    expect(JSON.parse(JSON.stringify(issue))).toEqual({
      line: 37,
      code: "import_month_missing",
      severity: "error",
      params: { line: 37 },
      message: "Regel 37: de rij heeft geen maand of datum.",
      messageEn: "Line 37: the row has no month or date.",
    });
  });

  it.each([
    ["import_principal_not_number", "error"],
    ["import_month_subtotal_mismatch", "warning"],
    ["import_term_not_allowed", "warning"],
    ["import_duplicate_month_term", "warning"],
  ] as const)("gives %s the severity %s", (code, severity) => {
    expect(severityOf(code)).toBe(severity);
  });
});

describe("formatEuroParam", () => {
  it.each([
    [959_625_615, "9.596.256,15", "9,596,256.15"],
    [1, "0,01", "0.01"],
    [-100_000, "-1.000", "-1,000"],
  ])("writes %i cents as %s in Dutch and %s in English", (cents, dutch, english) => {
    const issue = createRegistrationIssue(3, "import_principal_not_positive", { value: formatEuroParam(cents) });
    expect(issue.message).toContain(dutch);
    expect(issue.messageEn).toContain(english);
  });
});
