/**
 * Reading and parsing an input off the page's main thread (parseWorker.ts runs this): a file's bytes
 * are read and decoded, the text parsed, hashed and summed for the preview, and the answer sent back
 * with the records as columns (packedRecords.ts) and the issues in batches, so the page takes each
 * message in a short task of its own however large the input is.
 */
import { parseRegistrations } from "../domain/registrations";
import type { ImportFormat, RegistrationIssue } from "../domain/registrations";
import { decodeFileBytes } from "./inputFile";
import { hashInput } from "./inputHash";
import { listTransferables, packRecords, PackedRecords } from "./packedRecords";
import { buildPreviewModel, PreviewModel } from "./previewModel";

export type ParseRequest =
  { readonly kind: "file"; readonly file: Blob } | { readonly kind: "text"; readonly text: string };

/** How far reading has come: bytes of a file, then parsing (no count: the parser reads in one go). */
export type ParsePhase = "file" | "parse";

export type ParseMessage =
  | { readonly type: "progress"; readonly phase: ParsePhase; readonly done: number; readonly total: number }
  | { readonly type: "records"; readonly records: PackedRecords }
  | { readonly type: "issues"; readonly issues: readonly RegistrationIssue[] }
  | {
      readonly type: "done";
      readonly inputHash: string;
      readonly format: ImportFormat;
      /** Summed here too: a million records are no work for the page's main thread. */
      readonly preview: PreviewModel;
    }
  | { readonly type: "unreadable" };

/** Issues per message: the page takes each batch in a few milliseconds, however many there are. */
export const BATCH_SIZE = 5_000;

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
  const records = packRecords(parsed.records);
  post({ type: "records", records }, listTransferables(records));
  for (let start = 0; start < parsed.issues.length; start += BATCH_SIZE) {
    post({ type: "issues", issues: parsed.issues.slice(start, start + BATCH_SIZE) });
  }
  post({ type: "done", inputHash, format: parsed.format, preview: buildPreviewModel(parsed) });
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
