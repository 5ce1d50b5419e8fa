/** Reading a chosen file as text: which files are accepted, and how their bytes become text. */

export const ACCEPTED_EXTENSIONS: readonly string[] = [".csv", ".tsv", ".txt", ".pdf"];

/** A PDF is read through its text layer (readPdfText.ts); every other accepted file is text. */
export function isPdfFileName(name: string): boolean {
  return name.toLowerCase().endsWith(".pdf");
}

export function isAcceptedFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * UTF-16 (little- or big-endian) when a byte order mark says so; otherwise
 * UTF-8, with or without a byte order mark (the decoder drops it). Excel's "CSV" export on a Belgian Windows writes
 * Windows-1252 instead; such a file is not valid UTF-8, and is read as Windows-1252 rather than
 * showing `Ã©` where an analyst typed `é`.
 */
export function decodeFileBytes(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // Excel's "Unicode-tekst" export is UTF-16 with a byte order mark; the decoder drops the mark.
  if (view.length >= 2 && view[0] === 0xff && view[1] === 0xfe) return new TextDecoder("utf-16le").decode(view);
  if (view.length >= 2 && view[0] === 0xfe && view[1] === 0xff) return new TextDecoder("utf-16be").decode(view);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
