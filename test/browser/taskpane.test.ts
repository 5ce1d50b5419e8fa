/*
 * The task pane as analysts use it: the production build in headless Chromium, Office.js replaced by
 * the double of officeDouble.ts, Excel by the in-memory workbook of test/doubles/fakeExcel/.
 * Every test also fails on a script error, a console error (a CSP violation among them) or a request
 * that leaves the page's own server and the Office.js address.
 */
import { createHash } from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { Browser, Page } from "playwright-core";
import { buildPressReleaseMatrix } from "../fixtures/excelRange";
import { PRESS_RELEASE_2021_ROWS } from "../fixtures/pressRelease2021Rows";
import { buildPasswordPdf, buildRegistrationTablePdf, buildScannedPdf } from "../fixtures/registrationTablePdf";
import { TableSnapshot } from "./officeDoubleTypes";
import {
  axNodeOf,
  buildPane,
  BuiltPane,
  chooseFile,
  CHROMIUM_PATH,
  getByAxRole,
  hasVisibleFocus,
  hasChromium,
  isBrowserRequired,
  launchChromium,
  OpenPaneOptions,
  openPane,
  PaneSession,
  readFixture,
  REPO_ROOT,
  serveDirectory,
  StaticServer,
  toPlainSpaces,
  waitForText,
} from "./paneHarness";

const browserFound = hasChromium();
const runInBrowser = browserFound || isBrowserRequired();
if (!runInBrowser) {
  console.warn(
    `Browser tests of the task pane skipped: no Chromium at ${CHROMIUM_PATH}. ` +
      "Install it (Debian: apt-get install chromium) or point CHROMIUM_PATH at one.",
  );
}
const describeInBrowser = runInBrowser ? describe : describe.skip;

const SCREENSHOTS = path.join(REPO_ROOT, "test-results");
const PIVOTS = ["GrafiekHoofdsomPerMaand", "PerJaarEnMaand", "PerLooptijd", "PerMaandEnLooptijd"];

function findTable(tables: TableSnapshot[], name: string): TableSnapshot {
  const table = tables.find((candidate) => candidate.name === name);
  if (table === undefined)
    throw new Error(`The workbook has no table ${name}; it has ${tables.map((t) => t.name).join(", ")}.`);
  return table;
}

function readColumn(table: TableSnapshot, name: string): (string | number | boolean)[] {
  const index = table.header.indexOf(name);
  if (index < 0) throw new Error(`Table ${table.name} has no column ${name}.`);
  return table.values.map((row) => row[index]);
}

function sumColumn(table: TableSnapshot, name: string): number {
  return readColumn(table, name).reduce<number>((sum, value) => sum + Number(value), 0);
}

function createCsvFile(name: string, text: string) {
  return { name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

/** Chooses the file with three errors among five rows, and waits for its preview. */
async function chooseFileWithErrors(page: Page): Promise<void> {
  await chooseFile(page, "Bestand kiezen", createCsvFile("fouten.csv", readFixture("registrations-with-errors.csv")));
  await waitForText(page.locator("#issues-summary"), "3 fouten");
}

/** A per-loan export of `count` loans spread over January–May 2021, terms 5–10 years. */
function buildPerLoanCsv(count: number): string {
  const lines = ["Datum;Looptijd;Hoofdsom;Provincie"];
  for (let i = 0; i < count; i++) {
    lines.push(
      `2021-0${1 + (i % 5)}-${String(1 + (i % 28)).padStart(2, "0")};${5 + (i % 6)};${1000 + (i % 70) * 1000};Antwerpen`,
    );
  }
  return `${lines.join("\n")}\n`;
}

const LARGE_FILE_BYTES = 36 * 1024 * 1024;
let largeFile: string | undefined;

/** A 36 MB per-loan export (about 1.1 million loans), written once to a temporary file. */
function writeLargePerLoanCsv(): string {
  if (largeFile !== undefined) return largeFile;
  const provinces = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"];
  const lines = ["Registratiedatum;Looptijd;Hoofdsom;Provincie"];
  let bytes = lines[0].length + 1;
  for (let i = 0; bytes < LARGE_FILE_BYTES; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const line = `${day}/0${1 + (i % 9)}/2021;${5 + (i % 6)};${1 + (i % 75)}.${String(i % 1000).padStart(3, "0")},00;${provinces[i % 5]}`;
    lines.push(line);
    bytes += line.length + 1;
  }
  largeFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "winwin-large-")), "leningen-groot.csv");
  fs.writeFileSync(largeFile, lines.join("\n") + "\n");
  return largeFile;
}

describeInBrowser("the task pane in Chromium", () => {
  let built: BuiltPane | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const sessions: PaneSession[] = [];

  beforeAll(async () => {
    if (!browserFound) throw new Error(`WINWIN_REQUIRE_BROWSER=1, but there is no Chromium at ${CHROMIUM_PATH}.`);
    built = await buildPane();
    server = await serveDirectory(built.pageDir);
    browser = await launchChromium();
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    built?.remove();
  });

  afterEach(async () => {
    const problems = sessions.flatMap((session) => session.problems);
    for (const session of sessions.splice(0)) await session.close();
    expect(problems).toEqual([]);
  });

  async function open(options: OpenPaneOptions = {}): Promise<PaneSession> {
    if (browser === undefined || built === undefined || server === undefined)
      throw new Error("The browser did not start.");
    const session = await openPane(browser, built, server, options);
    sessions.push(session);
    return session;
  }

  it("imports the sample: 28 rows, 3,393 loans, 63,679,942.23 euro, and creates the PivotTables", async () => {
    const { page, snapshot } = await open();
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    const importButton = await getByAxRole(page, "button", "28 rijen importeren");
    expect(importButton.disabled).toBe(false);
    const stats = toPlainSpaces(await page.locator("#preview-stats").textContent());
    expect(stats).toContain("Maanden5");
    expect(stats).toContain("Leningen3.393");
    expect(stats).toContain("Hoofdsom63.679.942,23 €");
    expect(await page.locator("#preview-rows tr").count()).toBe(5);
    expect(await page.locator("#issues-summary").textContent()).toBe("Geen meldingen: alle rijen zijn in orde.");

    await importButton.locator.click();
    await waitForText(page.locator("#report"), "28 rijen geschreven");
    const book = await snapshot();
    const table = findTable(book.tables, "Registraties");
    expect(table.values).toHaveLength(28);
    expect(sumColumn(table, "Aantal leningen")).toBe(3393);
    expect(Math.round(sumColumn(table, "Hoofdsom (EUR)") * 100)).toBe(6367994223);
    expect(new Set(readColumn(table, "Bron"))).toEqual(new Set(["Voorbeeld (persbericht mei 2021)"]));
    expect(book.pivots.map((pivot) => pivot.name).sort()).toEqual(PIVOTS);
    const log = findTable(book.tables, "Importlog");
    expect(log.values).toHaveLength(1);
    expect(readColumn(log, "Hash van de invoer")[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.locator("#report").textContent()).toContain(
      "Samenvattingen aangemaakt op het blad Samenvatting.",
    );
    expect(await page.evaluate("document.activeElement.id")).toBe("report");
    expect(await page.locator("#progress-area").isHidden()).toBe(true);
    // The functions bundle shares the page: its registrations went through the same Office.js.
    expect(await page.evaluate("window.__officeDouble.associatedIds()")).toEqual(
      expect.arrayContaining(["GUARANTEE", "MONTH_SUMMARY"]),
    );

    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-after-import.png"), fullPage: true });
  });

  it("imports the press release's table pasted as text, logging the SHA-256 of the text", async () => {
    const { page, snapshot } = await open();
    const text = readFixture("press-release-2021-05-table.txt");
    await (await getByAxRole(page, "textbox", "Tekst plakken")).locator.fill(text);
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#report"), "28 rijen geschreven");
    expect(await page.locator("#preview-status").textContent()).toBe("Bron: Geplakte tekst");
    const book = await snapshot();
    const table = findTable(book.tables, "Registraties");
    expect(sumColumn(table, "Aantal leningen")).toBe(3393);
    expect(new Set(readColumn(table, "Bron"))).toEqual(new Set(["Geplakte tekst"]));
    const hash = createHash("sha256").update(text, "utf8").digest("hex");
    expect(readColumn(findTable(book.tables, "Importlog"), "Hash van de invoer")).toEqual([hash]);
  });

  it("shows every error of a file with its line and writes nothing", async () => {
    const { page, snapshot } = await open();
    await chooseFileWithErrors(page);
    const items = page.locator("#issues-list li");
    expect(await items.allTextContents()).toEqual([
      "Fout: Regel 3: de looptijd 'zes' is geen geheel aantal jaren.",
      "Fout: Regel 4: de hoofdsom 'veel' is geen bedrag.",
      "Fout: Regel 5: het aantal leningen moet groter dan nul zijn, niet -3.",
    ]);
    expect(await items.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.line))).toEqual([
      "3",
      "4",
      "5",
    ]);
    expect(await page.locator("#issues-summary").textContent()).toContain(
      "zolang er fouten zijn, wordt er niets geïmporteerd",
    );
    expect((await axNodeOf(page, "#import-button")).disabled).toBe(true);
    expect(await page.locator("#preview-status").textContent()).toBe("Bron: fouten.csv");
    const book = await snapshot();
    expect(book.tables).toEqual([]);
    expect(book.requestCount).toBe(1); // the pane's read of what the workbook holds, nothing written
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-with-errors.png"), fullPage: true });
  });

  it.each([
    ["en-US", "en", "Import registrations"],
    ["en-GB", "en", "Import registrations"],
    ["nl-BE", "nl", "Registraties importeren"],
    ["nl-NL", "nl", "Registraties importeren"],
    ["fr-BE", "nl", "Registraties importeren"],
  ])("shows the pane for Office in %s in language %s", async (displayLanguage, language, title) => {
    const { page } = await open({ config: { displayLanguage } });
    expect(await page.getAttribute("html", "lang")).toBe(language);
    expect(await page.locator("h1").textContent()).toBe(title);
    expect(await page.locator("#language").evaluate((group) => (group as HTMLInputElement).value)).toBe(language);
    const chosen = await getByAxRole(page, "radio", language === "en" ? "English" : "Nederlands");
    expect(chosen.checked).toBe("true");
  });

  it("switches between English and Dutch, figures and issues included", async () => {
    const { page } = await open({ config: { displayLanguage: "en-US" } });
    expect((await getByAxRole(page, "radiogroup", "Language")).role).toBe("radiogroup");
    await chooseFile(page, "Choose a file", createCsvFile("errors.csv", readFixture("registrations-with-errors.csv")));
    await getByAxRole(page, "button", "Import 2 rows");
    expect(toPlainSpaces(await page.locator("#preview-stats").textContent())).toContain("Principal€8,492,805.15");
    expect(await page.locator("#issues-list li").first().textContent()).toBe(
      "Error: Line 3: the term 'zes' is not a whole number of years.",
    );

    await (await getByAxRole(page, "radio", "Nederlands")).locator.click();
    await getByAxRole(page, "button", "2 rijen importeren");
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(await page.title()).toBe("Win-winlening: registraties");
    expect(toPlainSpaces(await page.locator("#preview-stats").textContent())).toContain("Hoofdsom8.492.805,15 €");
    expect(await page.locator("#issues-list li").first().textContent()).toBe(
      "Fout: Regel 3: de looptijd 'zes' is geen geheel aantal jaren.",
    );
    expect((await getByAxRole(page, "radiogroup", "Taal")).locator).toBeDefined();
    expect(await page.locator("#language").evaluate((group) => (group as HTMLInputElement).value)).toBe("nl");
    expect((await getByAxRole(page, "radio", "Nederlands")).checked).toBe("true");
    expect((await getByAxRole(page, "radio", "English")).checked).toBe("false");
  });

  it('writes a province named =HYPERLINK("x") as text, never as a formula or markup', async () => {
    const { page, snapshot } = await open();
    const csv = readFixture("loans-with-province-formula.csv");
    await chooseFile(page, "Bestand kiezen", createCsvFile("leningen.csv", csv));
    const importButton = (await getByAxRole(page, "button", "3 rijen importeren")).locator;
    const provinces = page.locator("#preview-rows td:nth-child(5)");
    expect(await provinces.allTextContents()).toEqual(['=HYPERLINK("x")', "<b>Antwerpen</b>", "Limburg"]);
    expect(await page.locator("#app a, #app b").count()).toBe(0);

    await importButton.click();
    await waitForText(page.locator("#report"), "3 rijen geschreven");
    const table = findTable((await snapshot()).tables, "Registraties");
    expect(readColumn(table, "Provincie")).toEqual(['=HYPERLINK("x")', "<b>Antwerpen</b>", "Limburg"]);
    const provinceIndex = table.header.indexOf("Provincie");
    expect(table.formulas.map((row) => row[provinceIndex])).toEqual([null, null, null]);
    expect(new Set(readColumn(table, "Bron"))).toEqual(new Set(["leningen.csv"]));
  });

  /** A pane with a 20,000-loan file read, and its Import button. */
  async function openWithLargeFile() {
    const session = await open();
    await chooseFile(session.page, "Bestand kiezen", createCsvFile("leningen-2021.csv", buildPerLoanCsv(20000)));
    const importButton = (await getByAxRole(session.page, "button", "20.000 rijen importeren")).locator;
    return { ...session, importButton };
  }

  it("shows the progress of a large import while it writes", async () => {
    const { page, snapshot, importButton } = await openWithLargeFile();
    // Records every value the bar takes; the import is over before a poll could see the middle of it.
    await page.evaluate(`(() => {
      const bar = document.getElementById("import-progress");
      window.__progressSeen = [];
      new MutationObserver(() => window.__progressSeen.push([bar.value, bar.max])).observe(bar, { attributes: true });
    })()`);
    await importButton.click();
    await waitForText(page.locator("#report"), "20.000 rijen geschreven");
    const seen = (await page.evaluate("window.__progressSeen")) as [number, number][];
    expect(seen.some(([value, max]) => value > 0 && value < max)).toBe(true);
    expect(seen[seen.length - 1]).toEqual([20000, 20000]);
    expect(findTable((await snapshot()).tables, "Registraties").values).toHaveLength(20000);
  });

  it("reads the press release's PDF, loading pdf.js only then, and imports its two-page table", async () => {
    const { page, snapshot } = await open();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await getByAxRole(page, "button", "28 rijen importeren");
    expect(requested.filter((file) => file.includes("pdf"))).toEqual([]);

    const pdf = await buildRegistrationTablePdf(PRESS_RELEASE_2021_ROWS, 17);
    await chooseFile(page, "Bestand kiezen", {
      name: "persbericht.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(pdf),
    });
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#report"), "28 rijen geschreven");
    expect(requested).toEqual(expect.arrayContaining(["/pdfjs.js", "/pdf.worker.mjs"]));
    expect(await page.locator("#issues-summary").textContent()).toBe("Geen meldingen: alle rijen zijn in orde.");
    const table = findTable((await snapshot()).tables, "Registraties");
    expect(sumColumn(table, "Aantal leningen")).toBe(3393);
    expect(Math.round(sumColumn(table, "Hoofdsom (EUR)") * 100)).toBe(6367994223);
    expect(new Set(readColumn(table, "Bron"))).toEqual(new Set(["persbericht.pdf"]));
  });

  it.each([
    ["a scan without text", buildScannedPdf, "Geen tekst in deze pdf (scan.pdf)"],
    ["a password-protected PDF", buildPasswordPdf, "scan.pdf is met een wachtwoord beveiligd"],
  ])("says so for %s and writes nothing", async (_title, build, message) => {
    const { page, snapshot } = await open();
    const buffer = Buffer.from(await build());
    await chooseFile(page, "Bestand kiezen", { name: "scan.pdf", mimeType: "application/pdf", buffer });
    await waitForText(page.locator("#failure"), message);
    expect(await axNodeOf(page, "#import-button")).toMatchObject({ disabled: true });
    expect((await snapshot()).tables).toEqual([]);
  });

  it("reads a file dropped onto the pane", async () => {
    const { page } = await open();
    const csv = readFixture("loans-with-province-formula.csv");
    await page.evaluate(
      `(() => {
        const data = new DataTransfer();
        data.items.add(new File([${JSON.stringify(csv)}], "gesleept.csv", { type: "text/csv" }));
        const target = document.getElementById("preview-heading");
        target.dispatchEvent(new DragEvent("dragenter", { dataTransfer: data, bubbles: true }));
        window.__dropZoneShown = !document.getElementById("drop-zone").hidden;
        target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
      })()`,
    );
    await getByAxRole(page, "button", "3 rijen importeren");
    expect(await page.evaluate("window.__dropZoneShown")).toBe(true);
    expect(await page.locator("#drop-zone").isHidden()).toBe(true);
    expect(await page.locator("#preview-status").textContent()).toBe("Bron: gesleept.csv");
  });

  it("cancels an import at the next request and leaves the workbook as it was", async () => {
    const { page, snapshot, importButton } = await openWithLargeFile();
    // Cancels as soon as the first request has written rows, as a user watching the bar would.
    await page.evaluate(`(() => {
      const bar = document.getElementById("import-progress");
      const observer = new MutationObserver(() => {
        if (Number(bar.getAttribute("value")) > 0) {
          observer.disconnect();
          document.getElementById("cancel-import-button").click();
        }
      });
      observer.observe(bar, { attributes: true });
    })()`);
    await importButton.click();
    await waitForText(
      page.locator("#report"),
      "Importeren geannuleerd. De tabel Registraties staat terug zoals ze was.",
    );
    const book = await snapshot();
    expect(book.tables.filter((table) => table.name === "Registraties" && table.values.length > 0)).toEqual([]);
    expect(await axNodeOf(page, "#import-button")).toMatchObject({ name: "20.000 rijen importeren", disabled: false });
  });

  it("outside Excel says so, reads a sample, keeps Import disabled, and the functions script does not stop", async () => {
    for (const options of [{ withoutOffice: true }, { config: { host: null } }]) {
      const { page } = await open(options);
      await waitForText(page.locator("#host-notice"), "Deze pagina werkt alleen in Excel.");
      await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
      await waitForText(page.locator("#preview-status"), "Bron: Voorbeeld");
      expect(await axNodeOf(page, "#import-button")).toMatchObject({ name: "28 rijen importeren", disabled: true });
      expect(await page.locator("#host-notice").isVisible()).toBe(true);
    }
  });

  it("remembers the language chosen for the next session", async () => {
    const { page } = await open();
    await (await getByAxRole(page, "radio", "English")).locator.click();
    await page.reload();
    await page.locator("#app[data-office-ready='true']").waitFor();
    expect(await page.locator("#title").textContent()).toBe("Import registrations");
    expect(await getByAxRole(page, "radio", "English")).toMatchObject({ checked: "true" });
  });

  /*
   * The promise is a page that answers within 200 ms throughout; the figure is logged (60-70 ms on a
   * quiet machine). What fails the test is what parsing on the page would do: one task of a quarter
   * of the whole read. A fixed bound in milliseconds measures the machine as much as the page: on a
   * busy two-core runner the same task has been timed at 500 ms.
   */
  it("keeps answering while a 36 MB file is parsed: the page never holds up for a quarter of the read", async () => {
    const { page } = await open();
    const file = writeLargePerLoanCsv();
    await page.evaluate(`(() => {
      window.__longestTaskMs = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longestTaskMs = Math.max(window.__longestTaskMs, entry.duration);
      }).observe({ type: "longtask" });
    })()`);
    const started = Date.now();
    await chooseFile(page, "Bestand kiezen", file);
    await page
      .locator("#import-button")
      .filter({ hasText: /\d rijen importeren/ })
      .waitFor({ timeout: 120000 });
    const readMs = Date.now() - started;
    const longestMs = (await page.evaluate("window.__longestTaskMs")) as number;
    const rows = await page.locator("#import-button").textContent();
    console.log(
      `36 MB file (${rows?.trim()}): read in ${readMs} ms, longest main-thread task ${longestMs.toFixed(0)} ms (promise: under 200 ms)`,
    );
    expect(longestMs).toBeLessThan(readMs / 4);
  }, 180000);

  it("previews a file of 100,000 broken lines: the first 200 issues, the count of the rest, nothing written", async () => {
    const { page, snapshot } = await open();
    const broken = Array.from({ length: 100_000 }, (_, i) => `${5 + (i % 6)} 2.000,00 € 2 *`);
    const text = ["2021 januari 5 1.000,00 € 4", ...broken].join("\n");
    await chooseFile(page, "Bestand kiezen", { name: "kapot.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
    await waitForText(page.locator("#issues-summary"), "100.000 fouten");
    const items = page.locator("#issues-list li");
    expect(await items.count()).toBe(201);
    expect(await items.first().textContent()).toBe(
      "Fout: Regel 2: '5 2.000,00 € 2 *' is geen tabelregel (verwacht: looptijd, hoofdsom en aantal leningen).",
    );
    expect(await items.nth(199).textContent()).toContain("Regel 201: '6 2.000,00 € 2 *'");
    expect(await items.last().textContent()).toBe("En nog 99.800 meldingen, niet getoond.");
    expect((await axNodeOf(page, "#import-button")).disabled).toBe(true);
    expect((await snapshot()).tables).toEqual([]);
  }, 120000);

  it("cancels reading a large file: the pane returns to no input, and says so", async () => {
    const { page } = await open();
    await chooseFile(page, "Bestand kiezen", writeLargePerLoanCsv());
    await (await getByAxRole(page, "button", "Annuleren")).locator.click();
    await waitForText(page.locator("#report"), "Lezen geannuleerd. Er is niets veranderd.");
    expect(await page.locator("#preview-status").textContent()).toBe("Nog geen gegevens gekozen.");
    expect(await page.locator("#read-progress-area").isHidden()).toBe(true);
    expect(await axNodeOf(page, "#import-button")).toMatchObject({ disabled: true });
  }, 120000);

  it("shows the help page in one language at a time, Dutch first, with a switch and copyable examples", async () => {
    const { page } = await open();
    await page.goto(`${server?.baseUrl}/help/functions.html`);
    const visibleExample = page.locator("#guarantee .example:visible code");
    expect(await visibleExample.allTextContents()).toEqual(["=WINWIN.GUARANTEE(100000; DATUM(2021;1;15))"]);
    expect(await page.locator("nav h2:visible").allTextContents()).toEqual(["Inhoud"]);
    expect(await page.locator("#guarantee .example:visible button.copy").textContent()).toBe("Kopiëren");

    await page.locator(".language-switch button[value='en']").click();
    expect(await visibleExample.allTextContents()).toEqual(["=WINWIN.GUARANTEE(100000, DATE(2021,1,15))"]);
    expect(await page.locator("nav h2:visible").allTextContents()).toEqual(["Contents"]);
    expect(await page.title()).toBe("WINWIN formulas – help");
    // Every example formula carries its copy button.
    const formulas = await page
      .locator(".example:visible code")
      .evaluateAll((codes) =>
        codes.filter((code) => code.textContent?.startsWith("=")).map((code) => code.nextElementSibling?.className),
      );
    expect(formulas.length).toBeGreaterThanOrEqual(9);
    expect(new Set(formulas)).toEqual(new Set(["copy"]));
  });

  it("refreshes the summaries on request", async () => {
    const { page, snapshot } = await open();
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#report"), "Samenvattingen aangemaakt");
    const before = (await snapshot()).pivots.map((pivot) => pivot.refreshCount);

    await (await getByAxRole(page, "button", "Samenvattingen vernieuwen")).locator.click();
    await waitForText(page.locator("#report"), "Samenvattingen vernieuwd.");
    const after = (await snapshot()).pivots.map((pivot) => pivot.refreshCount);
    expect(after).toEqual(before.map((count) => count + 1));
  });

  it("clears the previous preview and disables Import when a dropped file is refused", async () => {
    const { page } = await open();
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await getByAxRole(page, "button", "28 rijen importeren");
    await page.evaluate(
      `(() => {
        const data = new DataTransfer();
        data.items.add(new File(["PK"], "tabel.xlsx"));
        document.getElementById("preview-heading").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
      })()`,
    );
    await waitForText(page.locator("#failure"), "tabel.xlsx");
    expect(await axNodeOf(page, "#import-button")).toMatchObject({ disabled: true });
    expect(await page.locator("#import-button").textContent()).not.toContain("28");
  });

  it("imports without PivotTables, and says why, where Excel lacks ExcelApi 1.8", async () => {
    const { page, snapshot } = await open({ config: { excelApi: "1.7" } });
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(
      page.locator("#report"),
      "deze versie van Excel laat invoegtoepassingen geen draaitabellen maken",
    );
    const book = await snapshot();
    expect(book.pivots).toEqual([]);
    expect(findTable(book.tables, "Registraties").values).toHaveLength(28);
  });

  it("says in plain words that a failed write left the workbook as it was", async () => {
    // Request 1 is the pane's read of the workbook, 2 the preview's look for the table; the import opens a new
    // table in 3–4 and adds the rows in the 5th.
    const { page, snapshot } = await open({ config: { failAtRequest: 5 } });
    await waitForText(page.locator("#workbook-status"), "Nog geen tabel Registraties");
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    const failure = page.locator("#failure");
    await waitForText(failure, "mislukt");
    const message =
      "Het schrijven naar de werkmap is mislukt. De tabel Registraties staat terug zoals ze was: er is niets veranderd. Probeer het opnieuw.";
    expect(await page.locator("#failure-body").textContent()).toBe(message);
    // The message bar is the alert itself: its text is what a screen reader hears.
    const alert = await axNodeOf(page, "#failure");
    expect(alert.role).toBe("alert");
    expect(await page.locator("#report-body").textContent()).toBe("");
    expect(await page.evaluate("document.activeElement.id")).toBe("failure");
    expect((await snapshot()).tables.map((table) => table.name)).not.toContain("Registraties");
    expect((await getByAxRole(page, "button", "28 rijen importeren")).disabled).toBe(false);
  });

  it("says a colleague changed the table meanwhile, and imports after reading it again", async () => {
    // The card's read (1), preview (2) and first import (3–17, the last five keep it for undo), the card read
    // again (18–20); the second import reads the table in 21–25 and deletes in the 26th.
    const colleagueEdit = { request: 26, row: 0, column: 3, value: 999 };
    const { page, snapshot } = await open({ config: { colleagueEdit } });
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#workbook-last-import"), "28 rijen");
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#failure"), "collega");
    expect(await page.locator("#failure-body").textContent()).toBe(
      "Een collega heeft de tabel intussen gewijzigd. Lees de tabel opnieuw en probeer het nog eens. Opnieuw lezen",
    );
    const changed = findTable((await snapshot()).tables, "Registraties");
    expect(readColumn(changed, "Aantal leningen")).toContain(999);
    await (await getByAxRole(page, "button", "Opnieuw lezen")).locator.click();
    await waitForText(page.locator("#report"), "28 rijen geschreven");
    const table = findTable((await snapshot()).tables, "Registraties");
    expect(sumColumn(table, "Aantal leningen")).toBe(3393);
  });

  it("notices a colleague's change made after the preview read the table", async () => {
    // The card's read, preview and first import, the card read again: requests 1–20; the second preview reads the
    // table in 21–24; a colleague then edits.
    const colleagueEdit = { request: 25, row: 0, column: 3, value: 999 };
    const { page, snapshot } = await open({ config: { colleagueEdit } });
    const sample = await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)");
    await sample.locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#workbook-last-import"), "28 rijen");
    await sample.locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#failure"), "collega");
    expect(readColumn(findTable((await snapshot()).tables, "Registraties"), "Aantal leningen")).toContain(999);
  });

  it("reads and imports the current selection", async () => {
    const { page, snapshot } = await open({
      config: { selection: buildPressReleaseMatrix() as (string | number)[][] },
    });
    await (await getByAxRole(page, "button", "Huidige selectie")).locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#report"), "28 rijen geschreven");
    expect(await page.locator("#preview-status").textContent()).toBe("Bron: Huidige selectie");
    const table = findTable((await snapshot()).tables, "Registraties");
    expect(sumColumn(table, "Aantal leningen")).toBe(3393);
    expect(new Set(readColumn(table, "Bron"))).toEqual(new Set(["Huidige selectie"]));
  });

  it("names the sheet rows of a selection that has errors", async () => {
    const rows = buildPressReleaseMatrix() as (string | number)[][];
    rows[2] = [rows[2][0], "acht", rows[2][2], rows[2][3]];
    const { page } = await open({ config: { selection: rows, selectionRowIndex: 9 } });
    await (await getByAxRole(page, "button", "Huidige selectie")).locator.click();
    await waitForText(page.locator("#issues-list"), "Regel 12");
  });

  it("can be worked with the keyboard alone, with a visible focus", async () => {
    const { page } = await open();
    const focusedId = () => page.evaluate("document.activeElement && document.activeElement.id") as Promise<string>;
    const tabTo = async (id: string) => {
      for (let presses = 0; presses < 12 && (await focusedId()) !== id; presses++) await page.keyboard.press("Tab");
      expect(await focusedId()).toBe(id);
      expect(await hasVisibleFocus(page)).toBe(true);
    };
    // The language switch: Tab reaches the chosen radio, the arrow keys switch.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.localName")).toBe("fluent-radio");
    expect(await hasVisibleFocus(page)).toBe(true);
    await page.keyboard.press("ArrowRight");
    await waitForText(page.locator("h1"), "Import registrations");
    await page.keyboard.press("ArrowLeft");
    await waitForText(page.locator("h1"), "Registraties importeren");

    // The Fluent button opens the native file chooser. (Waiting starts early: it turns on the interception
    // of the chooser, which must be in place before a bare key press opens it.)
    const choosing = page.waitForEvent("filechooser");
    await tabTo("file-button");
    await page.keyboard.press("Enter");
    const chooser = await choosing;
    await chooser.setFiles(createCsvFile("fouten.csv", readFixture("registrations-with-errors.csv")));
    await waitForText(page.locator("#issues-summary"), "3 fouten");

    await tabTo("paste-input");
    await tabTo("sample-button");
    await page.keyboard.press("Enter");
    await getByAxRole(page, "button", "28 rijen importeren");
    await tabTo("import-button");
    await page.keyboard.press("Space");
    await waitForText(page.locator("#report"), "28 rijen geschreven");
    expect(await focusedId()).toBe("report");
    expect(await hasVisibleFocus(page)).toBe(true);
  });

  it("names every Fluent control in Chromium's accessibility tree", async () => {
    const { page } = await open();
    expect(await axNodeOf(page, "#language")).toMatchObject({ role: "radiogroup", name: "Taal" });
    expect(await getByAxRole(page, "radio", "Nederlands")).toMatchObject({ checked: "true", focusable: true });
    expect(await getByAxRole(page, "radio", "English")).toMatchObject({ checked: "false" });
    expect(await axNodeOf(page, "#file-button")).toMatchObject({
      role: "button",
      name: "Bestand kiezen",
      description:
        "Geen bestand gekozen CSV, TSV of TXT (in UTF-8), of PDF. Je kunt een bestand ook naar dit venster slepen.",
    });
    expect(await getByAxRole(page, "textbox", "Tekst plakken")).toMatchObject({
      description: "Bijvoorbeeld de tabel uit een persbericht, of rijen gekopieerd uit Excel.",
    });
    expect(await axNodeOf(page, "#selection-button")).toMatchObject({ role: "button", name: "Huidige selectie" });
    expect(await axNodeOf(page, "#import-button")).toMatchObject({
      role: "button",
      name: "Importeren",
      disabled: true,
    });
    expect(await axNodeOf(page, "#refresh-button")).toMatchObject({
      role: "button",
      name: "Samenvattingen vernieuwen",
      description: "De draaitabellen op het blad Samenvatting volgen de tabel Registraties niet vanzelf.",
    });
    expect(await axNodeOf(page, "#report")).toMatchObject({ role: "status" });
    expect(await axNodeOf(page, "#failure")).toMatchObject({ role: "alert" });
    // The native file input is reached through the button only: out of the tab order and the tree.
    expect(await page.locator("#file-input").getAttribute("tabindex")).toBe("-1");
    await expect(axNodeOf(page, "#file-input")).rejects.toThrow("not in the accessibility tree");

    // The progress bar shows only while the pane writes; shown here by hand to read its name.
    await page.evaluate(`document.getElementById("progress-area").hidden = false`);
    expect(await axNodeOf(page, "#import-progress")).toMatchObject({
      role: "progressbar",
      name: "Schrijven naar de werkmap",
    });
    await page.evaluate(`document.getElementById("progress-area").hidden = true`);

    // In English the same controls carry the English names.
    await (await getByAxRole(page, "radio", "English")).locator.click();
    expect(await axNodeOf(page, "#language")).toMatchObject({ role: "radiogroup", name: "Language" });
    expect(await axNodeOf(page, "#file-button")).toMatchObject({ name: "Choose a file" });
    await getByAxRole(page, "textbox", "Paste text");
  });

  it("ships at most 250 KB of gzipped JavaScript", () => {
    const pageDir = built?.pageDir ?? "";
    const bytes = ["functions.js", "taskpane.js"]
      .map((file) => zlib.gzipSync(fs.readFileSync(path.join(pageDir, file))).length)
      .reduce((sum, size) => sum + size, 0);
    expect(bytes).toBeLessThanOrEqual(250 * 1024);
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const { page } = await open({ bypassCSP: true });
    await page.addScriptTag({ path: path.join(path.dirname(require.resolve("axe-core")), "axe.min.js") });
    const findViolations = async () => {
      // axe computes roles in the page, and finds an element's ElementInternals only under a few conventional
      // property names or in this map (axe-core 4.14); Fluent keeps them in `elementInternals`. Handing them
      // over lets axe check the roles, names and states the components really expose. axe also knows the
      // disabled attribute only on native controls, while a disabled form-associated custom element (a
      // disabled fluent-button) is disabled for the browser too (see the accessibility-tree test): the map
      // says so, or axe would hold Fluent's disabled colours to the contrast rule that exempts disabled controls.
      await page.evaluate(`(() => {
        const internals = new Map();
        for (const element of document.querySelectorAll("*")) {
          const own = element.elementInternals;
          if (!element.localName.startsWith("fluent-") || !(own instanceof ElementInternals)) continue;
          internals.set(element, new Proxy(own, {
            get(target, property) {
              if (property === "ariaDisabled" && element.constructor.formAssociated && element.matches(":disabled")) {
                return "true";
              }
              const value = Reflect.get(target, property, target);
              return typeof value === "function" ? value.bind(target) : value;
            },
          }));
        }
        globalThis._elementInternals = internals;
      })()`);
      // Fluent's buttons fade between states (100 ms): colours measured halfway would be neither state's.
      await page.evaluate(
        "Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => {})))",
      );
      const result = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as {
        violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
      };
      return result.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    };
    expect(await findViolations()).toEqual([]);

    await chooseFileWithErrors(page);
    expect(await findViolations()).toEqual([]);

    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#report"), "28 rijen geschreven");
    expect(await findViolations()).toEqual([]);
  });
  it("shows what the workbook holds, and before an import which months it replaces and which are new", async () => {
    const { page } = await open();
    const card = page.locator("#workbook-status");
    await waitForText(card, "Nog geen tabel Registraties in deze werkmap.");
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await waitForText(page.locator("#replace-preview"), "Nieuw in de werkmap");
    expect(toPlainSpaces(await page.locator("#replace-preview").textContent())).toBe(
      "Wat er gebeurtNieuw in de werkmap: januari 2021, februari 2021, maart 2021, april 2021 en mei 2021.",
    );

    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#workbook-last-import"), "Voorbeeld (persbericht mei 2021), 28 rijen");
    const stats = toPlainSpaces(await page.locator("#workbook-stats").textContent());
    expect(stats).toMatch(/^Maanden.*jan.*2021 – mei.*2021Rijen28Leningen3\.393Hoofdsom63\.679\.942,23 €$/);
    expect(await page.locator("#workbook-last-import").textContent()).toMatch(
      /^Laatste import: \d\d\/\d\d\/\d{4} \d\d:\d\d, Voorbeeld \(persbericht mei 2021\), 28 rijen\.$/,
    );
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-workbook-card.png"), fullPage: true });

    // The same data again: every month is already there and will be replaced, with what it holds now.
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await waitForText(page.locator("#replace-preview"), "worden vervangen");
    expect(await page.locator("#replace-preview li").allTextContents()).toEqual([
      "januari 2021: nu 6 rijen, 644 leningen",
      "februari 2021: nu 5 rijen, 556 leningen",
      "maart 2021: nu 6 rijen, 1.003 leningen",
      "april 2021: nu 6 rijen, 695 leningen",
      "mei 2021: nu 5 rijen, 495 leningen",
    ]);
    expect(await page.locator("#replace-preview").textContent()).toContain("Geen nieuwe maanden.");
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-replace-preview.png"), fullPage: true });
  });

  it("plans from the table as it is when the input is read, after a colleague imported June since the card was read", async () => {
    const { page, snapshot } = await open();
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#workbook-last-import"), "28 rijen");
    const card = await page.locator("#workbook-stats").textContent();
    const june2021 = 44348;
    await page.evaluate(
      (rows) =>
        (
          window as unknown as { __officeDouble: { addColleagueRows(r: typeof rows): void } }
        ).__officeDouble.addColleagueRows(rows),
      [
        { Maand: june2021, "Looptijd (jaar)": 5, "Hoofdsom (EUR)": 600_000, "Aantal leningen": 30, Bron: "juni.csv" },
        { Maand: june2021, "Looptijd (jaar)": 10, "Hoofdsom (EUR)": 240_000, "Aantal leningen": 12, Bron: "juni.csv" },
      ],
    );

    const text = "Maand;Looptijd;Hoofdsom;Aantal leningen\n2021-06;5;100.000,00;10\n2021-07;5;50.000,00;2\n";
    await (await getByAxRole(page, "textbox", "Tekst plakken")).locator.fill(text);
    await waitForText(page.locator("#replace-preview"), "juli 2021");
    expect(await page.locator("#replace-preview li").allTextContents()).toEqual(["juni 2021: nu 2 rijen, 42 leningen"]);
    expect(await page.locator("#replace-preview p").allTextContents()).toEqual([
      "Al in de werkmap, worden vervangen:",
      "Nieuw in de werkmap: juli 2021.",
    ]);
    // The card still says what it read after the import: the plan alone went back to the table.
    expect(await page.locator("#workbook-stats").textContent()).toBe(card);

    await (await getByAxRole(page, "button", "2 rijen importeren")).locator.click();
    await waitForText(page.locator("#report"), "2 rijen geschreven");
    expect(await page.locator("#report-body li").allTextContents()).toContain(
      "2 bestaande rijen van die maanden vervangen.",
    );
    const table = findTable((await snapshot()).tables, "Registraties");
    expect(readColumn(table, "Bron").filter((source) => source === "juni.csv")).toEqual([]);
  });

  it("imports the correct rows only on an explicit choice, leaving out the months a skipped line touches", async () => {
    const { page, snapshot } = await open();
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#workbook-last-import"), "28 rijen");
    const sample = findTable((await snapshot()).tables, "Registraties");
    const month = (row: (string | number | boolean)[]) => row[sample.header.indexOf("Maand")];
    const january = sample.values.filter((row) => month(row) === month(sample.values[0]));
    expect(january.map((row) => row[sample.header.indexOf("Aantal leningen")])).toEqual([448, 14, 7, 76, 2, 97]);

    // The reviewer's case: the press release's table, January's term-10 count broken (line 13), right
    // above January's subtotal and February's first row.
    const text = readFixture("press-release-2021-05-table.txt").replace("3.643.420,00 € 97", "3.643.420,00 € 9x7");
    await (await getByAxRole(page, "textbox", "Tekst plakken")).locator.fill(text);
    await waitForText(page.locator("#issues-summary"), "1 fout");
    expect((await axNodeOf(page, "#import-button")).disabled).toBe(true);
    const correctRows = await getByAxRole(page, "button", "Alleen de 17 juiste rijen importeren");
    expect(correctRows.disabled).toBe(false);
    const leftOut =
      "Niet geïmporteerd omdat er regels met fouten in staan: januari 2021 (regel 13) en februari 2021 (regel 13).";
    expect(await page.locator("#correct-rows-left-out").textContent()).toBe(leftOut);
    expect(correctRows.description).toContain(leftOut);
    expect(await page.locator("#replace-preview p").allTextContents()).toEqual([
      "Met Alleen de juiste rijen importeren, de enige import zolang er fouten zijn:",
      "Al in de werkmap, worden vervangen:",
      "Geen nieuwe maanden.",
      "Blijven zoals ze zijn, want er staan regels met fouten in: januari 2021 en februari 2021.",
    ]);
    expect(await page.locator("#replace-preview li").allTextContents()).toEqual([
      "maart 2021: nu 6 rijen, 1.003 leningen",
      "april 2021: nu 6 rijen, 695 leningen",
      "mei 2021: nu 5 rijen, 495 leningen",
    ]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-correct-rows-only.png"), fullPage: true });

    await correctRows.locator.click();
    await waitForText(page.locator("#report"), "17 rijen geschreven");
    expect(await page.locator("#report-body li").allTextContents()).toEqual([
      "17 rijen geschreven in de tabel Registraties.",
      "Maanden in deze import: maart 2021, april 2021 en mei 2021.",
      "1 regel met een fout overgeslagen.",
      "Niet geïmporteerd omdat er regels met fouten in stonden: januari 2021 en februari 2021. Hun rijen in de werkmap zijn niet veranderd.",
      "17 bestaande rijen van die maanden vervangen.",
      "11 rijen van andere maanden behouden.",
      "Samenvattingen vernieuwd.",
    ]);
    const book = await snapshot();
    const table = findTable(book.tables, "Registraties");
    // January (term 10 still 97 loans, 3,643,420 euro) and February stay as the sample wrote them.
    expect(table.values.filter((row) => month(row) === month(sample.values[0]))).toEqual(january);
    expect(table.values.filter((row) => row[table.header.indexOf("Bron")] !== "Geplakte tekst")).toEqual(
      sample.values.slice(0, 11),
    );
    expect(readColumn(table, "Bron")).toEqual([
      ...Array<string>(11).fill("Voorbeeld (persbericht mei 2021)"),
      ...Array<string>(17).fill("Geplakte tekst"),
    ]);
    expect(sumColumn(table, "Aantal leningen")).toBe(3393);
    expect(readColumn(findTable(book.tables, "Importlog"), "Overgeslagen regels")).toEqual(["", "1: 13"]);
  });

  it("offers no import of the correct rows when a line with an error may belong to every month", async () => {
    const { page, snapshot } = await open();
    await chooseFileWithErrors(page);
    expect((await axNodeOf(page, "#import-button")).disabled).toBe(true);
    const correctRows = await getByAxRole(page, "button", "Alleen de juiste rijen importeren");
    expect(correctRows.disabled).toBe(true);
    expect(await page.locator("#correct-rows-left-out").textContent()).toBe(
      "Niet geïmporteerd omdat er regels met fouten in staan: januari 2021 (regel 3) en februari 2021 (regels 4 en 5). " +
        "Er blijft niets over om te importeren: bij elke maand van de invoer kan een regel met een fout horen.",
    );
    expect((await snapshot()).tables).toEqual([]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-correct-rows-nothing-left.png"), fullPage: true });
  });

  it("goes to Samenvatting after an import, whose result leaves out counts of zero", async () => {
    const { page } = await open();
    const summaryArea = page.locator("#summary-area");
    expect(await summaryArea.isHidden()).toBe(true);
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#report"), "28 rijen geschreven");
    expect(await page.locator("#report-body li").allTextContents()).toEqual([
      "28 rijen geschreven in de tabel Registraties.",
      "Maanden in deze import: januari 2021, februari 2021, maart 2021, april 2021 en mei 2021.",
      "Samenvattingen aangemaakt op het blad Samenvatting.",
    ]);
    const jump = await getByAxRole(page, "button", "Samenvatting weergeven");
    await jump.locator.click();
    await page.waitForFunction("window.__fakeWorkbook.activeSheet === 'Samenvatting'");
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-go-to-samenvatting.png"), fullPage: true });
  });

  it("undoes the last import: its rows removed, the replaced rows back, logged in Importlog", async () => {
    const { page, snapshot } = await open();
    const undoArea = page.locator("#undo-area");
    await waitForText(page.locator("#workbook-status"), "Nog geen tabel Registraties");
    expect(await undoArea.isHidden()).toBe(true);
    await (await getByAxRole(page, "button", "Voorbeeld (persbericht mei 2021)")).locator.click();
    await (await getByAxRole(page, "button", "28 rijen importeren")).locator.click();
    await waitForText(page.locator("#workbook-last-import"), "28 rijen");
    const sample = findTable((await snapshot()).tables, "Registraties").values;

    const march = "Maand;Looptijd;Hoofdsom;Aantal leningen\n2021-03;5;100.000,00;10\n2021-03;10;50.000,00;2\n";
    await chooseFile(page, "Bestand kiezen", createCsvFile("maart.csv", march));
    await (await getByAxRole(page, "button", "2 rijen importeren")).locator.click();
    await waitForText(page.locator("#workbook-last-import"), "maart.csv");
    expect(findTable((await snapshot()).tables, "Registraties").values).toHaveLength(24);

    const undo = await getByAxRole(page, "button", "Laatste import ongedaan maken");
    expect(undo.disabled).toBe(false);
    await undo.locator.click();
    await waitForText(page.locator("#report"), "weggehaald");
    expect(await page.locator("#report-body li").allTextContents()).toEqual([
      "2 rijen van de laatste import weggehaald.",
      "6 vervangen rijen teruggezet.",
      "Samenvattingen vernieuwd.",
    ]);
    const book = await snapshot();
    expect(findTable(book.tables, "Registraties").values).toEqual(sample);
    expect(readColumn(findTable(book.tables, "Importlog"), "Bron")).toEqual([
      "Voorbeeld (persbericht mei 2021)",
      "maart.csv",
      "Ongedaan gemaakt: maart.csv (2 rijen weggehaald)",
    ]);
    // Undone once: the card no longer offers it.
    await waitForText(page.locator("#workbook-last-import"), "Ongedaan gemaakt: maart.csv");
    expect(await undoArea.isHidden()).toBe(true);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-undo-last-import.png"), fullPage: true });
  });
});
