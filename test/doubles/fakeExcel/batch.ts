/*
 * Office.js's batching: calls queue commands, `context.sync()` sends them in order as one request,
 * and a loaded property can be read only after that sync. Every request is recorded with its size;
 * a request can be made to fail before or halfway through its commands, a colleague can act just
 * before any request, and a request or answer over the payload limit is refused as Excel on the web does.
 */
import { FakeWorkbook, RecordedRequest } from "./workbook";

type Command = { run: () => void; payload: unknown };

function failure(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

export class Batch {
  commands: Command[] = [];
  suspended = false;
  current?: RecordedRequest;
  constructor(readonly workbook: FakeWorkbook) {}

  queue(payload: unknown, run: () => void): void {
    this.commands.push({ payload, run });
  }

  get pending(): boolean {
    return this.commands.length > 0;
  }

  async sync(): Promise<void> {
    const commands = this.commands;
    const number = this.workbook.requests.length + 1;
    this.workbook.colleague?.get(number)?.(this.workbook);
    const record: RecordedRequest = {
      commands: commands.length,
      bytes: commands.reduce((sum, c) => sum + (JSON.stringify(c.payload)?.length ?? 0), 0),
      responseBytes: 0,
      suspendedCalculation: this.suspended,
      failed: false,
    };
    this.commands = [];
    this.suspended = false;
    this.workbook.requests.push(record);
    const limit = this.workbook.payloadLimitBytes ?? Infinity;
    if (record.bytes > limit) {
      record.failed = true;
      throw failure("The request payload size has exceeded the limit.", "RequestPayloadSizeLimitExceeded");
    }
    if (this.workbook.failAtRequest === number) {
      record.failed = true;
      if (this.workbook.failMode === "midway")
        commands.slice(0, Math.floor(commands.length / 2)).forEach((c) => c.run());
      throw failure("The request failed (fake Excel).", "GeneralException");
    }
    this.current = record;
    for (const command of commands) command.run();
    if (record.responseBytes > limit) {
      record.failed = true;
      throw failure("The response payload size has exceeded the limit.", "ResponsePayloadSizeLimitExceeded");
    }
  }
}

class NotLoadedError extends Error {
  constructor(property: string) {
    super(`PropertyNotLoaded: ${property} was read before load() and sync().`);
  }
}

/** Shared base: a proxy whose target is found when its creating command runs. */
export class Proxy<T> {
  protected target: T | null | undefined = undefined; // undefined: not resolved yet
  private loaded = new Map<string, unknown>();
  constructor(
    readonly batch: Batch,
    resolve: () => T | null,
    payload: unknown,
  ) {
    batch.queue(payload, () => {
      this.target = resolve();
    });
  }

  resolved(): T {
    if (this.target === undefined) throw new Error("The object is used before its request ran.");
    if (this.target === null) throw failure("ItemNotFound", "ItemNotFound");
    return this.target;
  }

  /** The target, for commands queued after this proxy's own (they run later, in order). */
  get current(): T | null | undefined {
    return this.target;
  }

  load(properties?: string): this {
    const names = (properties ?? "isNullObject").split(",").map((p) => p.trim());
    this.batch.queue({ load: names }, () => {
      for (const name of names) {
        const value = this.readProperty(name);
        this.loaded.set(name, value);
        if (this.batch.current) this.batch.current.responseBytes += JSON.stringify(value)?.length ?? 0;
      }
    });
    return this;
  }

  protected readProperty(name: string): unknown {
    if (name === "isNullObject") return this.target === null;
    return (this.resolved() as unknown as Record<string, unknown>)[name];
  }

  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw new NotLoadedError(name);
    return this.loaded.get(name) as V;
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>("isNullObject");
  }
}
