import { MessageParams } from "../errors/messageCatalogue";
import { createRegistrationIssue, ImportIssueCode, RegistrationIssue, severityOf } from "./registrationIssue";
import { SourceLines } from "./sourceLines";

/**
 * Stands in the params column for an unreadable line's only parameter, `{ text: { quote } }`, when the
 * quote is the issue's own line of the input.
 */
const OWN_LINE_QUOTED: MessageParams = Object.freeze({});

/**
 * The issues of one import, kept as columns (line, code, params) rather than as an object each.
 * Ten megabytes of broken paste give 500,000 issues: an object per issue, with a copy of its line's
 * text, took most of the time and memory of reading them. The pane counts them, shows the first few
 * hundred and skips their lines, so an issue becomes an object only when it is asked for, and one that
 * quotes its own line of the input keeps no copy: the line is read from the input again, having been
 * checked to be that line when it was reported.
 */
export class IssueLog {
  private readonly lines: number[] = [];
  private readonly codes: ImportIssueCode[] = [];
  private readonly params: MessageParams[] = [];
  /** Positions in line order (ties in the order reported), when they were reported otherwise. */
  private order: Int32Array | undefined;
  private ordered = true;
  private readonly source: SourceLines | undefined;

  /** `source`: the text whose lines the issues number, when they number lines of a text. */
  constructor(source?: string) {
    this.source = source === undefined ? undefined : new SourceLines(source);
  }

  static fromIssues(issues: readonly RegistrationIssue[]): IssueLog {
    const log = new IssueLog();
    for (const issue of issues) log.add(issue.line, issue.code, issue.params);
    return log;
  }

  get length(): number {
    return this.lines.length;
  }

  add(line: number, code: ImportIssueCode, params: MessageParams): void {
    const count = this.lines.length;
    if (count > 0 && line < this.lines[count - 1]) this.ordered = false;
    this.order = undefined;
    this.lines.push(line);
    this.codes.push(code);
    this.params.push(this.isOwnLineQuoted(line, code, params) ? OWN_LINE_QUOTED : params);
  }

  /** The `index`-th issue in line order. */
  issueAt(index: number): RegistrationIssue {
    const at = this.positionOf(index);
    const line = this.lines[at];
    const params = this.params[at];
    const written = params === OWN_LINE_QUOTED ? { text: { quote: this.quoteLine(line) } } : params;
    return createRegistrationIssue(line, this.codes[at], written);
  }

  /** Every issue, in line order. */
  listAll(): RegistrationIssue[] {
    const issues: RegistrationIssue[] = [];
    for (let i = 0; i < this.length; i++) issues.push(this.issueAt(i));
    return issues;
  }

  /** The first issue in line order whose code passes `test`. */
  findFirst(test: (code: ImportIssueCode) => boolean): RegistrationIssue | undefined {
    for (let i = 0; i < this.length; i++) if (test(this.codes[this.positionOf(i)])) return this.issueAt(i);
    return undefined;
  }

  countErrors(): number {
    let errors = 0;
    for (const code of this.codes) if (severityOf(code) === "error") errors++;
    return errors;
  }

  /** Errors first, then warnings, each in line order; at most `limit`. */
  listErrorsFirst(limit: number): RegistrationIssue[] {
    const shown: RegistrationIssue[] = [];
    for (const severity of ["error", "warning"] as const) {
      for (let i = 0; i < this.length && shown.length < limit; i++) {
        if (severityOf(this.codes[this.positionOf(i)]) === severity) shown.push(this.issueAt(i));
      }
    }
    return shown;
  }

  /** Each line with an error, once, in order; line 0 (the input as a whole) is no line. */
  listErrorLines(): number[] {
    const lines: number[] = [];
    for (let i = 0; i < this.length; i++) {
      const at = this.positionOf(i);
      const line = this.lines[at];
      if (line > 0 && severityOf(this.codes[at]) === "error" && line !== lines[lines.length - 1]) lines.push(line);
    }
    return lines;
  }

  private isOwnLineQuoted(line: number, code: ImportIssueCode, params: MessageParams): boolean {
    const text = params.text;
    return (
      code === "import_line_unreadable" &&
      this.source !== undefined &&
      typeof text === "object" &&
      "quote" in text &&
      hasOnlyKey(params, "text") &&
      hasOnlyKey(text, "quote") &&
      this.source.isLine(line, text.quote)
    );
  }

  private quoteLine(line: number): string {
    // Only issues checked against the source are marked so: the source is there.
    return (this.source as SourceLines).readLine(line);
  }

  private positionOf(index: number): number {
    if (this.ordered) return index;
    this.order ??= this.sortByLine();
    return this.order[index];
  }

  private sortByLine(): Int32Array {
    const lines = this.lines;
    const order = new Int32Array(lines.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    return order.sort((a, b) => lines[a] - lines[b] || a - b);
  }
}

/** Whether `key` is all `value` holds: anything else would be lost when only the quote is kept. */
function hasOnlyKey(value: object, key: string): boolean {
  for (const own in value) if (own !== key) return false;
  return true;
}
