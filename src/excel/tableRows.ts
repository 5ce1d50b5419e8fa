import { toDaySerial } from "../domain/dates/daySerial";
import { RegistrationRecord } from "../domain/registrations/registrationRecord";
import { AVERAGE_FORMULA } from "./registrationTableLayout";
import { TableShape, widenRow } from "./tableShape";
import { toWriteSafeText } from "./writeSafeText";

/** A table row as written through `range.values`: numbers, write-safe text, or our own formulas. */
export type WritableRow = (string | number | boolean)[];

/** A record as a row of a table of `shape`: base columns, helper formulas, empty cells in a colleague's columns. */
export function toTableRow(record: RegistrationRecord, sourceLabel: string, shape: TableShape): WritableRow {
  const row: WritableRow = [
    toDaySerial(record.year, record.month, 1),
    record.termYears,
    record.principalCents / 100,
    record.loans,
    AVERAGE_FORMULA,
    toWriteSafeText(record.province ?? ""),
    toWriteSafeText(sourceLabel),
  ];
  return widenRow(row, shape);
}

/**
 * A row read from the table, as it must be written back to stay what it was: formulas stay formulas,
 * constants stay constants (text that merely looks like a formula stays text).
 */
export function toRewritableRow(values: readonly unknown[], formulas: readonly unknown[]): WritableRow {
  return values.map((value, column) => {
    const formula = formulas[column];
    if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
    if (typeof value === "string") return toWriteSafeText(value);
    return typeof value === "number" || typeof value === "boolean" ? value : "";
  });
}
