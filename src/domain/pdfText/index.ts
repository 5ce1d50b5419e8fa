/* Rebuilding a PDF's text lines from the positions of its text items: pure, no PDF library. */
export { rebuildPdfLines } from "./rebuildPdfLines";
export type { PdfPageItems, PdfTextItem } from "./pdfTextItem";
