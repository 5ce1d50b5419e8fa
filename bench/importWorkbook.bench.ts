/* Importing into the workbook through the recording fake of Excel: requests, bytes and time. */
import { performance } from "perf_hooks";
import { RegistrationRecord } from "../src/domain/registrations";
import { importRegistrations } from "../src/excel/importRegistrations";
import { measureJsonBytes } from "../src/excel/requestChunks";
import { BASE_COLUMNS, HELPER_COLUMNS } from "../src/excel/registrationTableLayout";
import { toTableRow } from "../src/excel/tableRows";
import { NEW_TABLE_SHAPE } from "../src/excel/tableShape";
import { createFakeWorkbook, createRequestContext, FakeWorkbook } from "../test/doubles/fakeExcel";
import { buildEarlierVersionWorkbook } from "../test/fixtures/earlierVersionWorkbook";
import { formatNumber, printTable } from "./benchKit";

const ROWS = 100_000;
const PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"];
const MB = 1e6;
const FOUR_MB = 4_000_000;

/** The figures of the import before it wrote only what changes, measured on this fake. */
const EARLIER_NEW_IMPORT = { requests: 21, megabytes: 18.9 };

function buildPerLoanRecords(count: number, province = (i: number) => PROVINCES[i % PROVINCES.length]) {
  return Array.from({ length: count }, (_, i): RegistrationRecord => ({
    year: 2020 + (i % 3),
    month: 1 + (i % 12),
    termYears: 5 + (i % 6),
    principalCents: 500_000 + ((i * 7919) % 7_000_000),
    loans: 1,
    province: province(i),
    line: i + 2,
  }));
}

function installOffice(): void {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { requirements: { isSetSupported: () => true } },
  };
}

async function importInto(
  workbook: FakeWorkbook,
  records: RegistrationRecord[],
  sourceLabel: string,
  keepForUndo = true,
) {
  const firstRequest = workbook.requests.length;
  const context = createRequestContext(workbook);
  let excelMs = 0;
  const sync = context.sync;
  context.sync = async () => {
    const start = performance.now();
    await sync();
    excelMs += performance.now() - start;
  };
  const start = performance.now();
  await importRegistrations(
    context as unknown as Excel.RequestContext,
    { records, sourceLabel, inputHash: "0", issueCount: 0 },
    { keepForUndo },
  );
  const totalMs = performance.now() - start;
  const requests = workbook.requests.slice(firstRequest);
  return {
    requests: requests.length,
    largestBytes: Math.max(...requests.map((r) => r.bytes)),
    largestResponseBytes: Math.max(...requests.map((r) => r.responseBytes)),
    totalBytes: requests.reduce((sum, r) => sum + r.bytes, 0),
    totalResponseBytes: requests.reduce((sum, r) => sum + r.responseBytes, 0),
    ownMs: totalMs - excelMs,
    excelMs,
  };
}

type Measured = Awaited<ReturnType<typeof importInto>>;

async function measure(
  records: RegistrationRecord[],
  existing?: RegistrationRecord[],
  keepForUndo = true,
): Promise<Measured> {
  const workbook = createFakeWorkbook();
  if (existing) await importInto(workbook, existing, "vorige.csv");
  return importInto(workbook, records, "leningen.csv", keepForUndo);
}

const REPLACED_ROWS = 8_000;

/**
 * What keeping the replaced rows for undo costs: 8,000 of 100,000 rows (one month) replaced, with
 * and without keeping them; the month into an empty workbook as the floor.
 */
async function measureUndoCost(): Promise<void> {
  const month = { year: 2022, month: 3 };
  const others = buildPerLoanRecords(ROWS - REPLACED_ROWS).map((r) =>
    r.year === month.year && r.month === month.month ? { ...r, month: 4 } : r,
  );
  const replaced = buildPerLoanRecords(REPLACED_ROWS).map((r) => ({ ...r, ...month }));
  const existing = [...replaced, ...others];
  const incoming = replaced.map((r) => ({ ...r, loans: 2 }));
  const without = await measure(incoming, existing, false);
  const kept = await measure(incoming, existing, true);
  const wideExisting = existing.map((r) => ({ ...r, province: `${r.province} ${"x".repeat(2_000)}` }));
  const wideWithout = await measure(incoming, wideExisting, false);
  const wideKept = await measure(incoming, wideExisting, true);
  printTable(
    `Keeping ${REPLACED_ROWS.toLocaleString("en-US")} replaced rows of ${ROWS.toLocaleString("en-US")} for undo`,
    [
      row("re-import, nothing kept for undo (baseline)", without),
      row("re-import, replaced rows kept for undo", kept),
      row("the same with a 2,000-character text column, nothing kept", wideWithout),
      row("the same with a 2,000-character text column, kept for undo", wideKept),
    ],
  );
  console.log(
    `\nKeeping for undo costs ${kept.requests - without.requests} requests and ` +
      `${formatNumber((kept.totalBytes - without.totalBytes) / MB, 2)} MB sent ` +
      `(${formatNumber(kept.totalBytes / without.totalBytes, 2)}× the bytes of the import without it), ` +
      `${formatNumber((kept.totalResponseBytes - without.totalResponseBytes) / MB, 2)} MB more read back.`,
  );
}

/**
 * What the columns Jaar and Maandnummer cost. New rows: the bytes their cells add to each row the
 * import sends, as formulas (what the add-in writes) and as the numbers they would be as values. An
 * earlier version's table: the one import that appends them, calculated in every row, against the
 * same import into a table that has them.
 */
async function measureHelperColumns(records: RegistrationRecord[], oneMonth: RegistrationRecord[]): Promise<void> {
  const written = records.map((record) => toTableRow(record, "leningen.csv", NEW_TABLE_SHAPE));
  const base = written.reduce((sum, cells) => sum + measureJsonBytes(cells.slice(0, BASE_COLUMNS.length)), 0);
  const withFormulas = written.reduce((sum, cells) => sum + measureJsonBytes(cells), 0);
  const withValues = records.reduce(
    (sum, record, i) =>
      sum + measureJsonBytes([...written[i].slice(0, BASE_COLUMNS.length), record.year, record.month]),
    0,
  );
  // Each request's formats of the helper cells: one more run of ["0","0"] per row.
  const formatsPerRow = measureJsonBytes(HELPER_COLUMNS.map((helper) => helper.format));
  printTable(`The columns Jaar and Maandnummer in ${ROWS.toLocaleString("en-US")} new rows (row JSON, MB)`, [
    { cells: "seven base columns only (baseline)", "rows (MB)": formatNumber(base / MB, 2) },
    { cells: "with Jaar and Maandnummer as formulas (written)", "rows (MB)": formatNumber(withFormulas / MB, 2) },
    { cells: "with Jaar and Maandnummer as values (not chosen)", "rows (MB)": formatNumber(withValues / MB, 2) },
  ]);
  console.log(
    `\nFormulas add ${formatNumber((withFormulas - base) / MB, 2)} MB to ${ROWS.toLocaleString("en-US")} rows ` +
      `(${formatNumber((withFormulas - base) / ROWS, 0)} bytes a row; values would add ` +
      `${formatNumber((withValues - base) / ROWS, 0)}), and their number formats ${formatsPerRow} more.`,
  );

  const upgraded = await buildEarlierVersionWorkbook(records);
  const upgrade = await importInto(upgraded, oneMonth, "leningen.csv", false);
  const current = createFakeWorkbook();
  await importInto(current, records, "vorige.csv", false);
  const same = await importInto(current, oneMonth, "leningen.csv", false);
  printTable(`Re-importing one month into an earlier version's ${ROWS.toLocaleString("en-US")}-row table`, [
    row("into a table with Jaar and Maandnummer (baseline)", same),
    row("into a seven-column table: both columns appended, calculated in every row", upgrade),
  ]);
  console.log(
    `\nAppending the columns once costs ${upgrade.requests - same.requests} requests and ` +
      `${formatNumber((upgrade.totalBytes - same.totalBytes) / MB, 2)} MB sent.`,
  );
}

function row(name: string, m: Measured) {
  return {
    import: name,
    requests: m.requests,
    "all requests (MB)": formatNumber(m.totalBytes / MB, 2),
    "largest request (bytes)": m.largestBytes.toLocaleString("en-US"),
    "largest answer (bytes)": m.largestResponseBytes.toLocaleString("en-US"),
    "both < 4 MB": Math.max(m.largestBytes, m.largestResponseBytes) < FOUR_MB ? "yes" : "NO",
    "add-in's own code (ms)": formatNumber(m.ownMs, 0),
    "fake Excel (ms)": formatNumber(m.excelMs, 0),
  };
}

export async function run(): Promise<void> {
  installOffice();
  const records = buildPerLoanRecords(ROWS);
  // Every twelfth row is of one month (March 2022): re-imported with new figures.
  const oneMonth = records.filter((r) => r.year === 2022 && r.month === 3).map((r) => ({ ...r, loans: 2 }));
  const wide = buildPerLoanRecords(ROWS, (i) => `${PROVINCES[i % PROVINCES.length]} ${"x".repeat(2_000)}`);

  // The table's own writes: nothing kept for undo here; what keeping costs is measured apart, below.
  const fresh = await measure(records, undefined, false);
  const monthAlone = await measure(oneMonth, undefined, false);
  const monthAgain = await measure(oneMonth, records, false);
  const monthIntoWide = await measure(oneMonth, wide, false);

  printTable(
    `Importing ${ROWS.toLocaleString("en-US")} per-loan rows through the recording context, nothing kept for undo`,
    [
      row("into a new workbook", fresh),
      {
        import: "into a new workbook, before this change (recorded)",
        requests: EARLIER_NEW_IMPORT.requests,
        "all requests (MB)": formatNumber(EARLIER_NEW_IMPORT.megabytes, 1),
      },
    ],
  );
  const allowed = 1.3 * monthAlone.totalBytes + 64 * 1024;
  printTable(`Re-importing one month (${oneMonth.length.toLocaleString("en-US")} rows), nothing kept for undo`, [
    row("baseline: the month into an empty workbook", monthAlone),
    row(`into the ${ROWS.toLocaleString("en-US")}-row table`, monthAgain),
    row(`into a ${ROWS.toLocaleString("en-US")}-row table with a 2,000-character text column`, monthIntoWide),
  ]);
  console.log(
    `\nBytes sent re-importing the month: ${monthAgain.totalBytes.toLocaleString("en-US")}; allowed 1.3 × ` +
      `${monthAlone.totalBytes.toLocaleString("en-US")} + 64 KB = ${Math.round(allowed).toLocaleString("en-US")} ` +
      `(${monthAgain.totalBytes <= allowed ? "within" : "OVER"}).`,
  );
  await measureUndoCost();
  await measureHelperColumns(records, oneMonth);
}
