/**
 * The preview's line accounting: how every non-blank line of the input was read, so an analyst sees
 * at a glance that nothing went missing ("412 regels gelezen: 400 rijen, 6 subtotalen, 1 kop,
 * 5 tekstregels"). Kept in one small module with its own Dutch and English words.
 */
import { Language } from "../domain/errors/language";
import { LineCounts } from "../domain/registrations";
import { formatCount } from "./paneFormat";

type Part = keyof Omit<LineCounts, "read">;

/** Singular and plural per part, in the order the sentence names them. */
const WORDS: Readonly<Record<Language, Readonly<Record<Part | "read", readonly [string, string]>>>> = {
  nl: {
    read: ["regel gelezen", "regels gelezen"],
    records: ["rij", "rijen"],
    totals: ["subtotaal", "subtotalen"],
    headers: ["kop", "koppen"],
    text: ["tekstregel", "tekstregels"],
    rejected: ["afgewezen regel", "afgewezen regels"],
  },
  en: {
    read: ["line read", "lines read"],
    records: ["row", "rows"],
    totals: ["total", "totals"],
    headers: ["header", "headers"],
    text: ["text line", "text lines"],
    rejected: ["rejected line", "rejected lines"],
  },
};
const PARTS: readonly Part[] = ["records", "totals", "headers", "text", "rejected"];

export function describeLineCounts(lines: LineCounts, language: Language): string {
  const counted = (count: number, key: Part | "read") =>
    `${formatCount(count, language)} ${WORDS[language][key][count === 1 ? 0 : 1]}`;
  const parts = PARTS.filter((part) => lines[part] > 0 || part === "records").map((part) => counted(lines[part], part));
  return `${counted(lines.read, "read")}: ${parts.join(", ")}`;
}

/** Shows the sentence as the first line of the preview's body, replacing the previous one. */
export function renderLineCounts(body: HTMLElement, lines: LineCounts | undefined, language: Language): void {
  let line = body.querySelector<HTMLElement>("p.line-counts");
  if (lines === undefined) {
    line?.remove();
    return;
  }
  if (line === null) {
    line = body.ownerDocument.createElement("p");
    line.className = "line-counts status";
    body.prepend(line);
  }
  line.textContent = describeLineCounts(lines, language);
}
