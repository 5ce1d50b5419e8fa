/**
 * The import log's fingerprint of an input: SHA-256 in hex, so the same file imported twice is
 * recognisable. `crypto.subtle` exists only in secure contexts (https, localhost); elsewhere a
 * 32-bit FNV-1a stands in, which still tells inputs apart though it proves nothing.
 */
export async function hashInput(text: string, subtle: SubtleCrypto | null = findSubtleCrypto()): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (subtle === null) return hashFnv1a(bytes);
  const digest = await subtle.digest("SHA-256", bytes);
  return toHex(new Uint8Array(digest));
}

/** The values of a range as hashed text: JSON keeps numbers, text and empty cells apart. */
export function serialiseValues(values: readonly (readonly unknown[])[]): string {
  return JSON.stringify(values);
}

export function hashFnv1a(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function findSubtleCrypto(): SubtleCrypto | null {
  return typeof crypto !== "undefined" && crypto.subtle !== undefined ? crypto.subtle : null;
}

function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (let i = 0; i < bytes.length; i++) hex += bytes[i].toString(16).padStart(2, "0");
  return hex;
}
