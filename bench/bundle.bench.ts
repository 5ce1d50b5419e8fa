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

export async function run(): Promise<void> {
  const outDir = path.resolve(__dirname, "../../bench-dist");
  await buildProduction(outDir);
  const files = fs.readdirSync(outDir).filter((file) => file.endsWith(".js"));
  const rows = files.map((file) => {
    const bytes = fs.readFileSync(path.join(outDir, file));
    return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
  const kb = (bytes: number) => formatNumber(bytes / 1024, 1);
  printTable("Shipped JavaScript (production build)", [
    ...rows.map((row) => ({ file: row.file, "raw (KB)": kb(row.raw), "gzip (KB)": kb(row.gzip) })),
    {
      file: "page total (functions + task pane)",
      "raw (KB)": kb(total.raw),
      "gzip (KB)": kb(total.gzip),
      budget: `${kb(PAGE_BUDGET_GZIP_BYTES)} gzip: ${total.gzip <= PAGE_BUDGET_GZIP_BYTES ? "within" : "OVER"}`,
    },
  ]);
  const functions = rows.find((row) => row.file === "functions.js");
  if (functions) {
    console.log(
      `\nfunctions.js, the only script before CustomFunctions.associate, is ${kb(functions.gzip)} KB gzip and loads no UI framework.`,
    );
  }
}
