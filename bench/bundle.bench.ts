/* Size of the JavaScript Excel downloads, from a production build made for this run. */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import webpack from "webpack";
import { formatNumber, printTable } from "./benchKit";

const PAGE_BUDGET_GZIP_BYTES = 250 * 1024;

async function buildProduction(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.resolve(__dirname, "../../../webpack.config.js"));
  const config = makeConfig({}, { mode: "production" });
  config.mode = "production";
  config.output.path = outDir;
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
      else resolve();
    }),
  );
}

/** The scripts the page loads when it opens; everything else is fetched on demand. */
const START_UP_FILES = ["functions.js", "taskpane.js"];

function measureFile(outDir: string, file: string): { file: string; raw: number; gzip: number } {
  const bytes = fs.readFileSync(path.join(outDir, file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

export async function run(): Promise<void> {
  const outDir = path.resolve(__dirname, "../../bench-dist");
  await buildProduction(outDir);
  const scripts = fs.readdirSync(outDir).filter((file) => file.endsWith(".js") || file.endsWith(".mjs"));
  const startUp = START_UP_FILES.map((file) => measureFile(outDir, file));
  const onDemand = scripts.filter((file) => !START_UP_FILES.includes(file)).map((file) => measureFile(outDir, file));
  const total = startUp.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), {
    raw: 0,
    gzip: 0,
  });
  const kb = (bytes: number) => formatNumber(bytes / 1024, 1);
  const toRow = (row: { file: string; raw: number; gzip: number }) => ({
    file: row.file,
    "raw (KB)": kb(row.raw),
    "gzip (KB)": kb(row.gzip),
  });
  printTable("Start-up JavaScript (production build)", [
    ...startUp.map(toRow),
    {
      file: "page total (functions + task pane)",
      "raw (KB)": kb(total.raw),
      "gzip (KB)": kb(total.gzip),
      budget: `${kb(PAGE_BUDGET_GZIP_BYTES)} gzip: ${total.gzip <= PAGE_BUDGET_GZIP_BYTES ? "within" : "OVER"}`,
    },
  ]);
  // pdf.js (pdfjs.js and its worker pdf.worker.mjs) loads when a PDF is chosen, the parse worker with the first input.
  printTable("On-demand chunks (not part of start-up)", onDemand.map(toRow));
  const functions = startUp.find((row) => row.file === "functions.js");
  if (functions) {
    console.log(
      `\nfunctions.js, the only script before CustomFunctions.associate, is ${kb(functions.gzip)} KB gzip and loads no UI framework.`,
    );
  }
}
