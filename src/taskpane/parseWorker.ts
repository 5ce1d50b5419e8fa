/* The parse worker: one request in, the messages of runParseJob out. */
import { ParseRequest, runParseJob } from "./parseJob";

/** The worker's global scope, typed by the page's DOM library: only these two members are used. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = (event: MessageEvent<ParseRequest>) => {
  void runParseJob(event.data, (message, transfer) => scope.postMessage(message, transfer ?? []));
};
