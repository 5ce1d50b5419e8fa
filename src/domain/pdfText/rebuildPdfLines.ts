import { PdfPageItems, PdfTextItem } from "./pdfTextItem";

/**
 * Items whose baselines differ by less than this share of their font height stand on one line:
 * a right-aligned amount set in another font, or a superscript euro sign, sits a little off.
 */
const SAME_LINE_SHARE = 0.5;
/** A gap wider than this share of the font height separates two columns (written as a tab). */
const COLUMN_GAP_SHARE = 0.9;
/** A gap wider than this share separates two words of one cell (written as a space). */
const WORD_GAP_SHARE = 0.15;

interface Line {
  y: number;
  height: number;
  readonly items: PdfTextItem[];
}

/**
 * The text of a PDF as lines, rebuilt from where its text items stand: items on one baseline form a
 * line, read from left to right; a wide gap between two items (a table's column gap, the space before
 * a right-aligned amount) becomes a tab, a narrow one a space. Pages follow each other, each line on
 * a line of its own, blank lines between pages, so a page's header, footer or number stays a line the
 * text reader can recognise. Empty items (pure spacing) are dropped: positions carry the layout.
 */
export function rebuildPdfLines(pages: readonly PdfPageItems[]): string {
  return pages.map(rebuildPageLines).join("\n\n");
}

function rebuildPageLines(items: PdfPageItems): string {
  const lines: Line[] = [];
  const fromTop = items.filter((item) => item.text.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of fromTop) {
    const height = Math.max(item.height, 1);
    // Sorted from the top down, an item belongs to the line above it or starts a new one.
    const line = lines[lines.length - 1];
    if (line === undefined || line.y - item.y >= SAME_LINE_SHARE * Math.max(line.height, height)) {
      lines.push({ y: item.y, height, items: [item] });
    } else {
      line.items.push(item);
      line.height = Math.max(line.height, height);
    }
  }
  return lines.map(joinLineItems).join("\n");
}

function joinLineItems(line: Line): string {
  const items = [...line.items].sort((a, b) => a.x - b.x);
  let text = items[0].text.trim();
  for (let i = 1; i < items.length; i++) {
    const previous = items[i - 1];
    const gap = items[i].x - (previous.x + previous.width);
    text += separatorFor(gap, line.height) + items[i].text.trim();
  }
  return text;
}

function separatorFor(gap: number, height: number): string {
  if (gap > COLUMN_GAP_SHARE * height) return "\t";
  return gap > WORD_GAP_SHARE * height ? " " : "";
}
