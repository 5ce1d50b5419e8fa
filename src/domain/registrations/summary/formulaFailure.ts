import { MessageParams } from "../../errors/messageCatalogue";
import { failsFormula, ImportIssueCode } from "../registrationIssue";

/**
 * The finding a formula that reads registrations answers with: the earliest line's among those that
 * fail a formula, whatever order the reader reports them in (a total is checked after its rows), so
 * every such formula names the same row for the same range.
 */
export class FormulaFailure {
  value: { readonly line: number; readonly code: ImportIssueCode; readonly params: MessageParams } | undefined;

  note(line: number, code: ImportIssueCode, params: MessageParams = {}): void {
    if (!failsFormula(code) || (this.value !== undefined && this.value.line <= line)) return;
    this.value = { line, code, params: { line, ...params } };
  }
}
