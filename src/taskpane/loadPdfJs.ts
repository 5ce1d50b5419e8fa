/**
 * pdf.js, loaded the first time a PDF is chosen: a chunk of its own, never part of the page's start-up
 * script. Its worker (pdf.worker.mjs) is served by the add-in beside the page, so the
 * Content-Security-Policy needs nothing beyond the add-in's own origin.
 */
import type { PdfJsLib } from "./readPdfText";

let loading: Promise<PdfJsLib> | undefined;

export function loadPdfJs(): Promise<PdfJsLib> {
  loading ??= import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs").then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdf.worker.mjs", document.baseURI).href;
    return pdfjs;
  });
  // A failed load (the network dropped) may be retried with the next PDF.
  loading.catch(() => (loading = undefined));
  return loading;
}
