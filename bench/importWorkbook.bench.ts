/* Importing a large per-loan file into the workbook, through the recording fake of Excel. */
import { performance } from "perf_hooks";
import { RegistrationRecord } from "../src/domain/registrations/registrationRecord";
import { importRegistrations } from "../src/excel/importRegistrations";
import { createFakeWorkbook, createRequestContext } from "../test/doubles/fakeExcel";
import { formatNumber, printTable } from "./benchKit";

const ROWS = 100_000;
const PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"];

function buildPerLoanRecords(count: number): RegistrationRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    year: 2020 + (i % 3),
    month: 1 + (i % 12),
    termYears: 5 + (i % 6),
    principalCents: 500_000 + ((i * 7919) % 7_000_000),
    loans: 1,
    province: PROVINCES[i % PROVINCES.length],
    line: i + 2,
  }));
}

async function measureImport(records: RegistrationRecord[], existing?: RegistrationRecord[]) {
  const workbook = createFakeWorkbook();
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { requirements: { isSetSupported: () => true } },
  };
  if (existing) {
    const context = createRequestContext(workbook);
    await importRegistrations(context as unknown as Excel.RequestContext, {
      records: existing,
      sourceLabel: "vorige.csv",
      inputHash: "0",
      issueCount: 0,
    });
  }
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
    sourceLabel: "leningen.csv",
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

export async function run(): Promise<void> {
  const records = buildPerLoanRecords(ROWS);
  const fresh = await measureImport(records);
  const again = await measureImport(records, records);
  const row = (name: string, m: Awaited<ReturnType<typeof measureImport>>) => ({
    import: name,
    requests: m.requests,
    "largest request (bytes)": m.largestBytes.toLocaleString("en-US"),
    "largest < 4 MB": m.largestBytes < 4_000_000 ? "yes" : "NO",
    "largest response (bytes)": m.largestResponseBytes.toLocaleString("en-US"),
    "all requests (MB)": formatNumber(m.totalBytes / 1e6, 1),
    "add-in's own code (ms)": formatNumber(m.ownMs, 0),
    "fake Excel (ms)": formatNumber(m.excelMs, 0),
  });
  printTable(`Importing ${ROWS.toLocaleString("en-US")} per-loan rows through the recording context`, [
    row("into a new workbook", fresh),
    row("over the same 100,000 rows (every month replaced)", again),
  ]);
}
