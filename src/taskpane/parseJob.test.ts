import { SAMPLE_REGISTRATION_TEXT, parseRegistrations } from "../domain/registrations";
import { unpackRecords } from "./packedRecords";
import { ParseMessage, runParseJob } from "./parseJob";
import { ISSUE_LIMIT } from "./previewModel";

async function collect(request: Parameters<typeof runParseJob>[0]): Promise<ParseMessage[]> {
  const messages: ParseMessage[] = [];
  await runParseJob(request, (message) => messages.push(message));
  return messages;
}

function perLoanCsv(rows: number): string {
  const lines = ["Registratiedatum;Looptijd;Hoofdsom;Provincie"];
  for (let i = 0; i < rows; i++) lines.push(`15/03/2021;${5 + (i % 6)};1.000,00;Limburg`);
  return lines.join("\n");
}

describe("runParseJob", () => {
  it("answers pasted text with the parser's records and a done message carrying the hash", async () => {
    const messages = await collect({ kind: "text", text: SAMPLE_REGISTRATION_TEXT });
    const packed = messages.find((message) => message.type === "records");
    expect(packed?.type === "records" && (await unpackRecords(packed.records))).toEqual(
      parseRegistrations(SAMPLE_REGISTRATION_TEXT).records,
    );
    expect(messages[messages.length - 1]).toMatchObject({
      type: "done",
      inputHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it("sends the records as columns and, instead of every issue, the preview's first issues and the lines with errors", async () => {
    const badRows = ISSUE_LIMIT + 50;
    const text = `${perLoanCsv(10)}\n${Array(badRows).fill("31/02/2021;5;1;x").join("\n")}`;
    const messages = await collect({ kind: "text", text });
    const kinds = messages.filter((message) => message.type !== "progress").map((message) => message.type);
    expect(kinds).toEqual(["records", "done"]);
    const done = messages[messages.length - 1];
    if (done.type !== "done") throw new Error("no done message");
    const firstBadLine = 12; // a header and 10 rows above
    expect(Array.from(done.errorLines)).toEqual(Array.from({ length: badRows }, (_, i) => firstBadLine + i));
    expect(done.preview).toMatchObject({ errorCount: badRows, hiddenIssueCount: 50 });
    expect(done.preview.shownIssues.map((issue) => issue.line)).toEqual(
      Array.from({ length: ISSUE_LIMIT }, (_, i) => firstBadLine + i),
    );
    // As the page receives it: a structured clone keeps own data only.
    const [received] = structuredClone(done.preview.shownIssues);
    expect(received.message).toMatch(/^Regel 12: /);
    expect(received.messageEn).toMatch(/^Line 12: /);
  });

  it("describes the preview before the columns go: a transferred column is empty in the worker", async () => {
    const messages: ParseMessage[] = [];
    // As postMessage does: the transferred buffers are detached on the sender's side.
    await runParseJob({ kind: "text", text: perLoanCsv(7) }, (message, transfer) =>
      messages.push(structuredClone(message, { transfer })),
    );
    const done = messages[messages.length - 1];
    if (done.type !== "done") throw new Error("no done message");
    expect(done.preview).toMatchObject({ rowCount: 7, loans: 7, principalCents: 700_000, hasProvince: true });
    expect(done.preview.firstRows.map((record) => record.province)).toEqual(Array(5).fill("Limburg"));
  });

  it("reads a file's bytes with progress before parsing them", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("Maand;Looptijd;Hoofdsom;Aantal leningen\n2021-03;5;1000;1;"),
      0xe9,
    ]);
    const messages = await collect({ kind: "file", file: new Blob([bytes]) });
    expect(messages[0]).toEqual({ type: "progress", phase: "file", done: bytes.length, total: bytes.length });
    expect(messages.some((message) => message.type === "done")).toBe(true);
  });
});
