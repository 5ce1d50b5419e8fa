import { parseRegistrations } from "../domain/registrations";
import { loadPdfJsInNode } from "../../test/fixtures/loadPdfJsInNode";
import { PRESS_RELEASE_2021_ROWS } from "../../test/fixtures/pressRelease2021Rows";
import {
  buildCorruptPdf,
  buildPasswordPdf,
  buildRegistrationTablePdf,
  buildScannedPdf,
} from "../../test/fixtures/registrationTablePdf";
import { PdfFailureCode, readPdfText } from "./readPdfText";

const pdfjs = loadPdfJsInNode();

/** The press release's table breaks inside March (after its 8-year row): 17 table lines on the first page. */
const PRESS_RELEASE_LINES_ON_FIRST_PAGE = 17;

describe("readPdfText", () => {
  it("reads the press release's two-page table into the records it publishes", async () => {
    const bytes = await buildRegistrationTablePdf(PRESS_RELEASE_2021_ROWS, PRESS_RELEASE_LINES_ON_FIRST_PAGE);
    const pagesRead: number[] = [];
    const text = await readPdfText(pdfjs, bytes, (page) => pagesRead.push(page));
    const parsed = parseRegistrations(text);
    expect(pagesRead).toEqual([1, 2]);
    expect(parsed.issues).toEqual([]);
    expect(
      parsed.records.map((record) => [
        `${record.year}-${String(record.month).padStart(2, "0")}`,
        record.termYears,
        record.principalCents / 100,
        record.loans,
      ]),
    ).toEqual(PRESS_RELEASE_2021_ROWS);
  });

  it.each([
    ["a dated heading", ["Persbericht Vlaamse Regering - 3 juni 2021"]],
    ["a two-line heading of words only", ["Vlaams minister van Economie Hilde Crevits", "Persbericht"]],
  ])("reads the two-page table with %s and a page footer on both pages", async (_case, heading) => {
    const bytes = await buildRegistrationTablePdf(PRESS_RELEASE_2021_ROWS, PRESS_RELEASE_LINES_ON_FIRST_PAGE, {
      heading,
    });
    const parsed = parseRegistrations(await readPdfText(pdfjs, bytes));
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toHaveLength(PRESS_RELEASE_2021_ROWS.length);
    expect(parsed.records.reduce((sum, record) => sum + record.principalCents, 0)).toBe(
      Math.round(PRESS_RELEASE_2021_ROWS.reduce((sum, row) => sum + row[2], 0) * 100),
    );
    // The title on the first page, the page footers and the heading on every page.
    expect(parsed.lines.text).toBe(1 + 2 + 2 * heading.length);
  });

  it("keeps the columns of a row apart and right-aligned amounts whole", async () => {
    const text = await readPdfText(pdfjs, await buildRegistrationTablePdf(PRESS_RELEASE_2021_ROWS.slice(0, 2), 10));
    expect(text.split("\n")).toEqual(
      expect.arrayContaining(["2021\tjanuari\t5\t2.874.015,15 €\t448", "6\t345.000,00 €\t14"]),
    );
  });

  it.each<[string, () => Promise<Uint8Array> | Uint8Array, PdfFailureCode]>([
    ["a scan without a text layer", buildScannedPdf, "pdf_no_text"],
    ["a password-protected PDF", buildPasswordPdf, "pdf_password"],
    ["a corrupt PDF", buildCorruptPdf, "pdf_unreadable"],
  ])("reports %s by its own code", async (_title, build, code) => {
    await expect(readPdfText(pdfjs, await build())).rejects.toMatchObject({ code });
  });
});
