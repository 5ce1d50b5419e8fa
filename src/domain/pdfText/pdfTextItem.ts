/**
 * One run of text on a PDF page, as a PDF text layer gives it: where it starts (x, y of its baseline
 * in page units, y growing upwards as in PDF), how wide it runs and how tall its font is.
 */
export interface PdfTextItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The text items of one page, in any order. */
export type PdfPageItems = readonly PdfTextItem[];
