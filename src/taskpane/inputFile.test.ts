import { decodeFileBytes, isAcceptedFileName } from "./inputFile";

describe("decodeFileBytes", () => {
  it.each([
    ["UTF-8", [0x4c, 0x69, 0xc3, 0xa8, 0x67, 0x65], "Liège"],
    ["UTF-8 with a byte order mark", [0xef, 0xbb, 0xbf, 0x4d, 0x61, 0x61, 0x6e, 0x64], "Maand"],
    // Node decodes 0x80 as Latin-1 (U+0080), browsers as €: only letters both agree on are checked here.
    ["Windows-1252 from Excel's CSV export", [0x4c, 0x69, 0xe8, 0x67, 0x65, 0x3b, 0x31], "Liège;1"],
    ["an empty file", [], ""],
    // Excel's "Unicode-tekst" export: UTF-16 little-endian with its byte order mark.
    [
      "UTF-16 LE with a byte order mark",
      [0xff, 0xfe, 0x4c, 0x00, 0x69, 0x00, 0xe8, 0x00, 0x09, 0x00, 0x31, 0x00],
      "Liè\t1",
    ],
    [
      "UTF-16 BE with a byte order mark",
      [0xfe, 0xff, 0x00, 0x4c, 0x00, 0x69, 0x00, 0xe8, 0x00, 0x3b, 0x00, 0x31],
      "Liè;1",
    ],
  ])("reads %s", (_title, bytes, text) => {
    expect(decodeFileBytes(new Uint8Array(bytes))).toBe(text);
  });
});

describe("isAcceptedFileName", () => {
  it.each([
    ["registraties.csv", true],
    ["EXPORT.TSV", true],
    ["persbericht.txt", true],
    ["registraties.xlsx", false],
    ["csv", false],
    ["data.csv.exe", false],
  ])("accepts %s: %s", (name, accepted) => {
    expect(isAcceptedFileName(name)).toBe(accepted);
  });
});
