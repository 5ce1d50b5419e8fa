/** A cell's value as it may appear in a message: as written, shortened past 40 characters. */
export function describeCell(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const text = toText(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** `String(value)`, except that it never throws (an object without a prototype has no toString). */
function toText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
