import { DomainError } from "../errors/result";

/**
 * The answer of a formula over many rows, or the first row that spoils it with what is wrong there:
 * a total over loans with one loan missing would be a wrong number given quietly. Row 0 stands for
 * the input as a whole (a bad argument beside the rows).
 */
export type RowResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly row: number;
      readonly error: DomainError;
      /** "line" where the rows were read by the registration reader, whose messages say "Regel". */
      readonly rowWord?: "line";
    };

export function failRow(row: number, error: DomainError): RowResult<never> {
  return { ok: false, row, error };
}

/** A row of registrations read by the registration reader: named as its own messages name rows. */
export function failLine(line: number, error: DomainError): RowResult<never> {
  return { ok: false, row: line, error, rowWord: "line" };
}

/**
 * The error with its `argument` named as the user's sheet names it: a register's column header
 * ("Bedrag") or the registration reader's column ("hoofdsom/principal"), not a formula's argument.
 */
export function nameArgument(error: DomainError, names: Readonly<Record<string, string>>): DomainError {
  const argument = error.params.argument;
  if (typeof argument !== "string" || names[argument] === undefined) return error;
  return { ...error, params: { ...error.params, argument: names[argument] } };
}
