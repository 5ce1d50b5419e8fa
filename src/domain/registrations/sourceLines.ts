const LINE_FEED = 10;

/**
 * The lines of an input text (`\n` line ends, numbered from 1), found again by number without a copy
 * of each. `isLine` walks forward from the last line it was asked about, so asking in line order
 * reads the text once; `readLine` indexes every line start on first use.
 */
export class SourceLines {
  private cursorLine = 1;
  private cursorStart = 0;
  private starts: Int32Array | undefined;

  constructor(private readonly text: string) {}

  /**
   * Whether `quote` is line `line` of the text as written. Asked about a line before the last one
   * asked, it answers false rather than read the text again from its start.
   */
  isLine(line: number, quote: string): boolean {
    if (!this.moveTo(line)) return false;
    const start = this.cursorStart;
    const end = start + quote.length;
    return (
      (end === this.text.length || this.text.charCodeAt(end) === LINE_FEED) && isWrittenAt(this.text, start, quote)
    );
  }

  /** Line `line` as written; "" beyond the last line. */
  readLine(line: number): string {
    const starts = (this.starts ??= indexLineStarts(this.text));
    if (line < 1 || line > starts.length) return "";
    const start = starts[line - 1];
    const end = line < starts.length ? starts[line] - 1 : this.text.length;
    return this.text.slice(start, end);
  }

  private moveTo(line: number): boolean {
    if (line < this.cursorLine) return false;
    while (this.cursorLine < line) {
      const lineFeed = this.text.indexOf("\n", this.cursorStart);
      if (lineFeed < 0) return false;
      this.cursorStart = lineFeed + 1;
      this.cursorLine++;
    }
    return true;
  }
}

/**
 * `text.startsWith(quote, start)` without crossing a line end; startsWith with a position took several
 * times as long per call.
 */
function isWrittenAt(text: string, start: number, quote: string): boolean {
  for (let i = 0; i < quote.length; i++) {
    const code = quote.charCodeAt(i);
    if (code === LINE_FEED || text.charCodeAt(start + i) !== code) return false;
  }
  return true;
}

function indexLineStarts(text: string): Int32Array {
  let count = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  const starts = new Int32Array(count);
  for (let i = 1, at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts[i++] = at + 1;
  return starts;
}
