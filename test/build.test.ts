/*
 * The production build: what Excel downloads. Builds once into a temporary folder for another
 * address than localhost, the way `ADDIN_BASE_URL=… npm run build` does.
 */
import fs from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import webpack from "webpack";

const makeConfig = require("../webpack.config.js");

const BASE_URL = "https://winwin.example.org/addin/";
let outDir: string;

function readOut(file: string): string {
  return fs.readFileSync(path.join(outDir, file), "utf8");
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "winwin-build-"));
  const previous = process.env.ADDIN_BASE_URL;
  process.env.ADDIN_BASE_URL = BASE_URL;
  const config = makeConfig({}, { mode: "production" });
  process.env.ADDIN_BASE_URL = previous;
  config.mode = "production";
  config.output.path = outDir;
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
}, 120000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe("the production build", () => {
  it.each(["manifest.xml", "functions.json", "functions.nl.json", "taskpane.html"])(
    "leaves no localhost in %s",
    (file) => {
      expect(readOut(file)).not.toContain("localhost");
    },
  );

  it.each(["functions.json", "functions.nl.json"])(
    "links every function in %s to its help at the deployment address",
    (file) => {
      const functions = JSON.parse(readOut(file)).functions as { id: string; helpUrl?: string }[];
      for (const fn of functions) expect(fn.helpUrl).toBe(`${BASE_URL}help/functions.html#${fn.id.toLowerCase()}`);
    },
  );

  it("replaces every occurrence of the development address in the manifest", () => {
    const original = fs.readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
    const occurrences = original.split("https://localhost:3000/").length - 1;
    expect(readOut("manifest.xml").split(BASE_URL).length - 1).toBe(occurrences);
  });

  it("registers every function of the metadata in the functions bundle", () => {
    const ids = (JSON.parse(readOut("functions.json")).functions as { id: string }[]).map((f) => f.id);
    const associated = [...readOut("functions.js").matchAll(/CustomFunctions\.associate\("([A-Z_]+)"/g)].map(
      (m) => m[1],
    );
    expect(associated.sort()).toEqual([...ids].sort());
  });

  it("loads the functions before the task pane, after Office.js", () => {
    const html = readOut("taskpane.html");
    const order = ["office.js", "functions.js", "taskpane.js"].map((name) => html.indexOf(name));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("runs the functions bundle where there is no CustomFunctions, and registers every function where there is", () => {
    const code = readOut("functions.js");
    expect(() => vm.runInNewContext(code, {})).not.toThrow();
    const associated: string[] = [];
    vm.runInNewContext(code, { CustomFunctions: { associate: (id: string) => associated.push(id) } });
    expect(associated.length).toBe(JSON.parse(readOut("functions.json")).functions.length);
  });

  it("keeps pdf.js out of the start-up scripts: a chunk of its own and its worker beside the page", () => {
    // pdf.js's exported names survive minification; includes() keeps a failure's message short.
    const carriesPdfJs = (file: string) => readOut(file).includes("PDFDataRangeTransport");
    expect(["taskpane.js", "functions.js", "pdfjs.js"].map(carriesPdfJs)).toEqual([false, false, true]);
    expect(fs.existsSync(path.join(outDir, "pdf.worker.mjs"))).toBe(true);
    expect(readOut("taskpane.html")).not.toContain("pdfjs");
  });

  it("ships the icons", () => {
    for (const size of [16, 32, 64, 80, 128])
      expect(fs.existsSync(path.join(outDir, "assets", `icon-${size}.png`))).toBe(true);
  });
});
