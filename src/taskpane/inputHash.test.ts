import { webcrypto } from "crypto";
import { hashFnv1a, hashInput, serialiseValues } from "./inputHash";

const subtle = webcrypto.subtle as unknown as SubtleCrypto;

describe("hashInput", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ])("gives SHA-256 of %j where crypto.subtle exists", async (text, hex) => {
    await expect(hashInput(text, subtle)).resolves.toBe(hex);
  });

  it.each([
    ["", "811c9dc5"],
    ["a", "e40c292c"],
    ["foobar", "bf9cf968"],
  ])("falls back to FNV-1a of %j without crypto.subtle", async (text, hex) => {
    await expect(hashInput(text, null)).resolves.toBe(hex);
  });

  it("hashes the UTF-8 bytes, so accented text is hashed as a file holds it", () => {
    expect(hashFnv1a(new TextEncoder().encode("é"))).not.toBe(hashFnv1a(new Uint8Array([0xe9])));
  });
});

describe("serialiseValues", () => {
  it.each([
    [[[1, "1"]], [[1, 1]]],
    [[["", null]], [[null, ""]]],
  ])("tells %j apart from %j", (a, b) => {
    expect(serialiseValues(a)).not.toBe(serialiseValues(b));
  });
});
