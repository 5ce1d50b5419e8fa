/**
 * Reading and parsing an input off the page's main thread (parseWorker.ts runs this): a file's bytes
 * are read and decoded, the text parsed, hashed and summed for the preview, and the answer sent back
 * with the records as columns (packedRecords.ts) and the lines with errors as one array, so the page
 * takes each message in a short task of its own however large the input is. The page never needs
 * every issue: the preview carries the first few hundred and the counts.
 */
import { MonthKey } from "../domain/dates/monthKey";
import { parseRegistrations } from "../domain/registrations";
import { toPlainIssue } from "../domain/registrations/registrationIssue";
import type { ImportFormat, LineCounts } from "../domain/registrations";
import { decodeFileBytes } from "./inputFile";
import { hashInput } from "./inputHash";
import { listTransferables, PackedRecords } from "./packedRecords";
import { describeParsedPreview, PreviewModel } from "./previewModel";

export type ParseRequest =
  { readonly kind: "file"; readonly file: Blob } | { readonly kind: "text"; readonly text: string };

/** How far reading has come: bytes of a file, then parsing (no count: the parser reads in one go). */
export type ParsePhase = "file" | "parse";

export type ParseMessage =
  | { readonly type: "progress"; readonly phase: ParsePhase; readonly done: number; readonly total: number }
  | { readonly type: "records"; readonly records: PackedRecords }
  | {
      readonly type: "done";
      readonly inputHash: string;
      readonly format: ImportFormat;
      readonly lines: LineCounts;
      /** Summed here too: a million records are no work for the page's main thread. */
      readonly preview: PreviewModel;
      /** Each input line with an error, once, in order (transferred, not copied). */
      readonly errorLines: Int32Array;
      readonly rejectedRowMonths: ReadonlyMap<number, MonthKey>;
    }
  | { readonly type: "unreadable" };

export type PostMessage = (message: ParseMessage, transfer?: ArrayBuffer[]) => void;

export async function runParseJob(request: ParseRequest, post: PostMessage): Promise<void> {
  let text: string;
  try {
    text = request.kind === "text" ? request.text : decodeFileBytes(await readBlob(request.file, post));
  } catch {
    post({ type: "unreadable" });
    return;
  }
  post({ type: "progress", phase: "parse", done: 0, total: text.length });
  const parsed = parseRegistrations(text);
  const inputHash = await hashInput(text);
  // Read from the columns the parser kept (no object per record in the worker), before they are
  // transferred: a transferred column is empty on this side.
  const { preview, errorLines, rejectedRowMonths } = describeParsedPreview(parsed);
  const records = parsed.recordColumns;
  post({ type: "records", records }, listTransferables(records));
  const lines = Int32Array.from(errorLines);
  // Plain data with the messages written out: the page receives a copy of own fields only.
  const shown = { ...preview, shownIssues: preview.shownIssues.map(toPlainIssue) };
  const done = { inputHash, format: parsed.format, lines: parsed.lines, preview: shown, errorLines: lines };
  post({ type: "done", ...done, rejectedRowMonths }, [lines.buffer]);
}

async function readBlob(file: Blob, post: PostMessage): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    bytes.set(chunk.value, done);
    done += chunk.value.length;
    post({ type: "progress", phase: "file", done, total: file.size });
  }
  return bytes.subarray(0, done);
}
