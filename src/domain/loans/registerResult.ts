import { DomainError } from "../errors/result";

/**
 * The answer of a formula over many rows, or the first row that spoils it with what is wrong there:
 * a total over loans with one loan missing would be a wrong number given quietly. Row 0 stands for
 * the input as a whole (a bad argument beside the rows).
 */
export type RowResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly row: number; readonly error: DomainError };

export function failRow(row: number, error: DomainError): RowResult<never> {
  return { ok: false, row, error };
}
