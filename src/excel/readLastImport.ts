import { LOG_COLUMNS } from "./registrationTableLayout";

/** The newest import in Importlog: when (an Excel serial in local time), from where, how many rows. */
export interface LastImport {
  readonly atSerial: number;
  readonly sourceLabel: string;
  readonly rows: number;
  readonly inputHash: string;
}

/** Importlog's rows and column names, loaded with the caller's next sync; undefined without a log. */
export interface LogReading {
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

/** Queues the reading of Importlog (a table that exists); read it after the next sync with `findLastImport`. */
export function loadImportLog(log: Excel.Table): LogReading {
  return { header: log.getHeaderRowRange().load("values"), body: log.getDataBodyRange().load("values") };
}

/**
 * The newest row of Importlog by its time, its columns found by name: a colleague may have sorted the
 * log, added a column of remarks or moved one. Undefined when no row has a time.
 */
export function findLastImport(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
): LastImport | undefined {
  const [at, source, count, hash] = ["Tijdstip", "Bron", "Rijen", "Hash van de invoer"].map((name) =>
    findColumn(header, name),
  );
  let newest: readonly unknown[] | undefined;
  for (const row of rows) {
    const time = row[at];
    if (typeof time === "number" && time > 0 && (newest === undefined || time >= (newest[at] as number))) newest = row;
  }
  if (newest === undefined) return undefined;
  return {
    atSerial: newest[at] as number,
    sourceLabel: String(newest[source] ?? ""),
    rows: typeof newest[count] === "number" ? newest[count] : 0,
    inputHash: String(newest[hash] ?? ""),
  };
}

/** A column's place by its name; where the add-in put it when a colleague renamed it. */
function findColumn(header: readonly unknown[], name: string): number {
  const index = header.findIndex((cell) => String(cell) === name);
  return index >= 0 ? index : LOG_COLUMNS.indexOf(name);
}
