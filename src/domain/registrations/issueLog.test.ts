import { IssueLog } from "./issueLog";
import { createRegistrationIssue, ImportIssueCode, RegistrationIssue } from "./registrationIssue";
import { MessageParams } from "../errors/messageCatalogue";

const SOURCE = "2021 januari 5 1.000,00 € 4\nnoot *\nfebruari 5 500,00 € 1 *\n8 x 2";

type Reported = [line: number, code: ImportIssueCode, params: MessageParams];

const quoted = (line: number, quote: string): Reported => [line, "import_line_unreadable", { text: { quote } }];

function logOf(reported: readonly Reported[], source: string | undefined = SOURCE): IssueLog {
  const log = new IssueLog(source);
  for (const [line, code, params] of reported) log.add(line, code, params);
  return log;
}

/** What the import gave before issues were kept as columns: one issue per report, sorted stably by line. */
function listDirectly(reported: readonly Reported[]): RegistrationIssue[] {
  return reported
    .map(([line, code, params]) => createRegistrationIssue(line, code, params))
    .sort((a, b) => a.line - b.line);
}

const plain = (issues: readonly RegistrationIssue[]) => issues.map((issue) => JSON.parse(JSON.stringify(issue)));

describe("IssueLog", () => {
  it.each<[string, Reported[], string | undefined]>([
    ["lines quoted from the source", [quoted(2, "noot *"), quoted(3, "februari 5 500,00 € 1 *")], SOURCE],
    ["a quote that is not its line", [quoted(2, "noot"), quoted(3, "noot *")], SOURCE],
    ["quotes without a source", [quoted(2, "noot *")], undefined],
    [
      "issues out of line order, ties kept in the order reported",
      [
        [4, "import_month_subtotal_mismatch", { month: { month: "2021-01" } }],
        quoted(2, "noot *"),
        [0, "import_no_rows", {}],
        [4, "import_cell_empty", { column: "hoofdsom" }],
        quoted(4, "8 x 2"),
      ],
      SOURCE,
    ],
    [
      "a quote with another parameter beside it",
      [[2, "import_line_unreadable", { text: { quote: "noot *" }, column: 3 }]],
      SOURCE,
    ],
    ["a quote asked back before the last line quoted", [quoted(4, "8 x 2"), quoted(2, "noot *")], SOURCE],
  ])("gives the same issues as one object per report: %s", (_title, reported, source) => {
    const log = logOf(reported, source);
    expect(plain(log.listAll())).toEqual(plain(listDirectly(reported)));
    expect(log.length).toBe(reported.length);
  });

  it("keeps line order for issues added after the log was read", () => {
    const log = logOf([[2, "import_cell_empty", { column: "looptijd" }], quoted(1, "2021 januari 5 1.000,00 € 4")]);
    expect(log.issueAt(0).line).toBe(1);
    log.add(3, "import_cell_empty", { column: "hoofdsom" });
    log.add(0, "import_no_rows", {});
    expect(log.listAll().map((issue) => issue.line)).toEqual([0, 1, 2, 3]);
  });

  it("counts errors and lists errors first, then warnings, each in line order, up to a limit", () => {
    const log = logOf([
      [9, "import_duplicate_month_term", { month: { month: "2021-01" }, termYears: 5, firstLine: 3 }],
      quoted(3, "februari 5 500,00 € 1 *"),
      [1, "import_term_not_allowed", { termYears: 4 }],
      quoted(2, "noot *"),
    ]);
    expect(log.countErrors()).toBe(2);
    expect(log.listErrorsFirst(3).map((issue) => [issue.line, issue.severity])).toEqual([
      [2, "error"],
      [3, "error"],
      [1, "warning"],
    ]);
    expect(log.listErrorsFirst(0)).toEqual([]);
  });

  it("lists each line with an error once, in order, leaving out warnings and the input as a whole", () => {
    const log = logOf([
      [4, "import_cell_empty", { column: "hoofdsom" }],
      [0, "import_no_rows", {}],
      [2, "import_term_not_allowed", { termYears: 4 }],
      [4, "import_principal_not_number", { text: "x" }],
      quoted(3, "februari 5 500,00 € 1 *"),
    ]);
    expect(log.listErrorLines()).toEqual([3, 4]);
  });

  it("finds the first issue in line order whose code passes a test", () => {
    const log = logOf([
      [4, "import_cell_empty", { column: "hoofdsom" }],
      [2, "import_term_not_allowed", { termYears: 4 }],
      quoted(3, "februari 5 500,00 € 1 *"),
    ]);
    expect(log.findFirst((code) => code !== "import_term_not_allowed")?.line).toBe(3);
    expect(log.findFirst((code) => code === "import_no_rows")).toBeUndefined();
  });

  it("rebuilds a log from issues made elsewhere", () => {
    const issues = listDirectly([quoted(2, "noot *"), [5, "import_cell_empty", { column: "looptijd" }]]);
    expect(plain(IssueLog.fromIssues(issues).listAll())).toEqual(plain(issues));
  });
});
