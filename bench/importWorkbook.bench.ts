/* Importing into the workbook through the recording fake of Excel: requests, bytes and time. */
import { performance } from "perf_hooks";
import { RegistrationRecord } from "../src/domain/registrations";
import { importRegistrations } from "../src/excel/importRegistrations";
import { createFakeWorkbook, createRequestContext, FakeWorkbook } from "../test/doubles/fakeExcel";
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

async function importInto(workbook: FakeWorkbook, records: RegistrationRecord[], sourceLabel: string) {
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
  await importRegistrations(context as unknown as Excel.RequestContext, {
    records,
    sourceLabel,
    inputHash: "0",
    issueCount: 0,
  });
  const totalMs = performance.now() - start;
  const requests = workbook.requests.slice(firstRequest);
  return {
    requests: requests.length,
    largestBytes: Math.max(...requests.map((r) => r.bytes)),
    largestResponseBytes: Math.max(...requests.map((r) => r.responseBytes)),
    totalBytes: requests.reduce((sum, r) => sum + r.bytes, 0),
    ownMs: totalMs - excelMs,
    excelMs,
  };
}

type Measured = Awaited<ReturnType<typeof importInto>>;

async function measure(records: RegistrationRecord[], existing?: RegistrationRecord[]): Promise<Measured> {
  const workbook = createFakeWorkbook();
  if (existing) await importInto(workbook, existing, "vorige.csv");
  return importInto(workbook, records, "leningen.csv");
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

  const fresh = await measure(records);
  const monthAlone = await measure(oneMonth);
  const monthAgain = await measure(oneMonth, records);
  const monthIntoWide = await measure(oneMonth, wide);

  printTable(`Importing ${ROWS.toLocaleString("en-US")} per-loan rows through the recording context`, [
    row("into a new workbook", fresh),
    {
      import: "into a new workbook, before this change (recorded)",
      requests: EARLIER_NEW_IMPORT.requests,
      "all requests (MB)": formatNumber(EARLIER_NEW_IMPORT.megabytes, 1),
    },
  ]);
  const allowed = 1.3 * monthAlone.totalBytes + 64 * 1024;
  printTable(`Re-importing one month (${oneMonth.length.toLocaleString("en-US")} rows)`, [
    row("baseline: the month into an empty workbook", monthAlone),
    row(`into the ${ROWS.toLocaleString("en-US")}-row table`, monthAgain),
    row(`into a ${ROWS.toLocaleString("en-US")}-row table with a 2,000-character text column`, monthIntoWide),
  ]);
  console.log(
    `\nBytes sent re-importing the month: ${monthAgain.totalBytes.toLocaleString("en-US")}; allowed 1.3 × ` +
      `${monthAlone.totalBytes.toLocaleString("en-US")} + 64 KB = ${Math.round(allowed).toLocaleString("en-US")} ` +
      `(${monthAgain.totalBytes <= allowed ? "within" : "OVER"}).`,
  );
}
