/**
 * Which lines hold a word, found by searching the whole document at once.
 *
 * The line scanners (dates, years, directives, narrative figures, the statistics period) each
 * need a word on the line first (日, 年, nianbao-, 申请 …), and most lines — table cells, one
 * per line in many drafts — hold none. Searching each line costs one call per line and word;
 * the engine's indexOf over the whole text skips ahead natively and costs one call per hit.
 */

export class LineSearch {
  /** Offset of each line's first character in the text; one more entry for the text's end. */
  private readonly starts: number[];

  constructor(
    private readonly text: string,
    lines: readonly string[],
  ) {
    this.starts = lineStarts(text, lines);
  }

  /** The numbers of the lines that hold at least one of the words, ascending, each once. */
  linesWithAny(words: readonly string[]): number[] {
    const found: number[] = [];
    for (const word of words) this.addLinesWith(word, found);
    if (words.length === 1) return found;
    found.sort((a, b) => a - b);
    let kept = 0;
    for (const line of found) if (kept === 0 || found[kept - 1] !== line) found[kept++] = line;
    found.length = kept;
    return found;
  }

  private addLinesWith(word: string, found: number[]): void {
    const lastLine = this.starts.length - 2;
    let from = 0;
    for (;;) {
      const at = this.text.indexOf(word, from);
      if (at < 0) return;
      const line = this.lineAt(at);
      found.push(line);
      // One hit per line is enough: go on from the next line.
      if (line >= lastLine) return;
      from = this.starts[line + 1]!;
    }
  }

  /** The line holding an offset (binary search over the line starts). */
  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Where each line starts: the previous line's start, its length and its line break (\r\n, \n or \r). */
function lineStarts(text: string, lines: readonly string[]): number[] {
  const starts = new Array<number>(lines.length + 1);
  // Without \r (nearly every draft) every line break is one character.
  const breaksAreSingle = text.indexOf('\r') < 0;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i]!.length;
    if (breaksAreSingle) offset++;
    else if (offset < text.length) offset += text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  }
  starts[lines.length] = text.length;
  return starts;
}
