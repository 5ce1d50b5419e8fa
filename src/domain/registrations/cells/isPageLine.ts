import { isDigitCode } from "../../text/characterCodes";

/** `Pagina 2`, `page 2 of 3`, `blz. 4`, `p. 2/3`. */
const PAGE_MARKER = /^(pagina|page|blz\.?|p\.)\s*\d+(\s*(van|of|\/)\s*\d+)?$/i;
/** `3`, `- 3 -`, `3/12`, `2 van 3`, `- 2 of 3 -`: a page number on a line of its own. */
const PAGE_NUMBER = /^[-–—]?\s*\d{1,4}(\s*(\/|van|of)\s*\d{1,4})?\s*[-–—]?$/i;

/**
 * Whether a trimmed line is a page's marker or number, as a PDF's copy leaves them amid a table, in
 * copied text, a file or a range alike.
 */
export function isPageLine(text: string): boolean {
  return mayBePageLine(text) && (PAGE_MARKER.test(text) || PAGE_NUMBER.test(text));
}

/** `Pagina`, `page`, `blz.`, `p.`, a number or a dash: how every page line starts. */
export function mayBePageLine(text: string): boolean {
  const first = text.charCodeAt(0);
  const letter = first | 0x20;
  return (
    letter === 0x70 || letter === 0x62 || isDigitCode(first) || first === 0x2d || first === 0x2013 || first === 0x2014
  );
}
