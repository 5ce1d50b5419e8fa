/**
 * A PDF's text, read with pdf.js and rebuilt into lines for the registration reader. pdf.js itself is
 * handed in: the pane loads it only when a PDF is chosen (loadPdfJs.ts), the tests load it in Node.
 */
import type { getDocument as GetDocument } from "pdfjs-dist";
import { PdfPageItems, PdfTextItem, rebuildPdfLines } from "../domain/pdfText";

export interface PdfJsLib {
  readonly getDocument: typeof GetDocument;
}

export type PdfFailureCode = "pdf_password" | "pdf_unreadable" | "pdf_no_text";

/** Why a PDF gave no text; the pane words the code. */
export class PdfReadError extends Error {
  constructor(readonly code: PdfFailureCode) {
    super(code);
  }
}

/** What pdf.js reports between pages: how many of them have been read. */
export type PdfPageProgress = (pagesRead: number, pageCount: number) => void;

/** The text of every page of `bytes`, as lines; throws a PdfReadError when there is none to read. */
export async function readPdfText(pdfjs: PdfJsLib, bytes: Uint8Array, onPage?: PdfPageProgress): Promise<string> {
  const pages = await readPdfPages(pdfjs, bytes, onPage);
  if (!pages.some((page) => page.length > 0)) throw new PdfReadError("pdf_no_text");
  return rebuildPdfLines(pages);
}

async function readPdfPages(pdfjs: PdfJsLib, bytes: Uint8Array, onPage?: PdfPageProgress): Promise<PdfPageItems[]> {
  const task = openPdf(pdfjs, bytes);
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new PdfReadError(isPasswordError(error) ? "pdf_password" : "pdf_unreadable");
  }
  try {
    const pages: PdfPageItems[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap(toTextItem));
      page.cleanup();
      onPage?.(number, pdf.numPages);
    }
    return pages;
  } catch {
    throw new PdfReadError("pdf_unreadable");
  } finally {
    await task.destroy();
  }
}

function openPdf(pdfjs: PdfJsLib, bytes: Uint8Array): ReturnType<PdfJsLib["getDocument"]> {
  return pdfjs.getDocument({
    data: bytes,
    // No code generated from the file's content: the page's Content-Security-Policy allows no eval.
    isEvalSupported: false,
    // Text only: no fonts are installed in the page, nothing else is fetched.
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
}

/** pdf.js rebuilds its errors from the worker by name; the password error is not exported in every build. */
function isPasswordError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "PasswordException";
}

/** A text item's baseline origin and size; marked-content markers (no `str`) carry no text. */
function toTextItem(item: object): PdfTextItem[] {
  if (!("str" in item) || !("transform" in item)) return [];
  const { str, transform, width, height } = item as { str: string; transform: number[]; width: number; height: number };
  const fontHeight = height > 0 ? height : Math.hypot(transform[2], transform[3]);
  return [{ text: str, x: transform[4], y: transform[5], width, height: fontHeight }];
}
