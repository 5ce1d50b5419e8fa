/**
 * The page's side of the parse worker: one worker per input, ended when its answer is in or the
 * user cancels, so a cancelled parse stops at once and no late answer can arrive.
 */
import type { ImportFormat, LineCounts } from "../domain/registrations";
import { packRecords, PackedRecords, unpackRecords } from "./packedRecords";
import type { ParseMessage, ParsePhase, ParseRequest } from "./parseJob";
import type { ReadInput } from "./previewModel";

export interface ParsedInWorker extends ReadInput {
  readonly format: ImportFormat;
  readonly lines: LineCounts;
  readonly inputHash: string;
}

export interface ParseHandle {
  /** Rejects with "unreadable" when the file could not be read, with "cancelled" after `cancel`. */
  readonly result: Promise<ParsedInWorker>;
  cancel(): void;
}

export function parseInWorker(
  request: ParseRequest,
  onProgress: (phase: ParsePhase, done: number, total: number) => void,
): ParseHandle {
  const worker = new Worker(new URL(/* webpackChunkName: "parse-worker" */ "./parseWorker.ts", import.meta.url));
  let cancel = () => undefined as void;
  const result = new Promise<ParsedInWorker>((resolve, reject) => {
    let records: PackedRecords | undefined;
    const finish = (outcome: () => void) => {
      worker.terminate();
      outcome();
    };
    cancel = () => finish(() => reject(new Error("cancelled")));
    worker.onerror = () => finish(() => reject(new Error("unreadable")));
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      const message = event.data;
      switch (message.type) {
        case "progress":
          return onProgress(message.phase, message.done, message.total);
        case "records":
          records = message.records;
          return;
        case "done":
          worker.terminate();
          // Turned back into records a slice at a time; a cancel meanwhile wins.
          return void unpackRecords(records ?? packRecords([])).then((unpacked) =>
            resolve({ ...message, records: unpacked, errorLines: Array.from(message.errorLines) }),
          );
        case "unreadable":
          return finish(() => reject(new Error("unreadable")));
      }
    };
  });
  worker.postMessage(request);
  return { result, cancel: () => cancel() };
}
