import { SAMPLE_REGISTRATION_TEXT, parseRegistrations } from "../domain/registrations";
import { unpackRecords } from "./packedRecords";
import { BATCH_SIZE, ParseMessage, runParseJob } from "./parseJob";

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

  it("sends the records in one message of columns, then the issues in batches", async () => {
    const text =
      perLoanCsv(BATCH_SIZE * 2 + 5) +
      "\n" +
      Array(BATCH_SIZE + 1)
        .fill("31/02/2021;5;1;x")
        .join("\n");
    const messages = await collect({ kind: "text", text });
    const kinds = messages.filter((message) => message.type !== "progress").map((message) => message.type);
    expect(kinds).toEqual(["records", "issues", "issues", "done"]);
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
