/**
 * Which lines hold a word, found by searching the whole document at once.
 *
 * The line scanners (dates, years, directives, narrative figures, the statistics period) each
 * need a word on the line first (日, 年, nianbao-, 申请 …), and most lines — table cells, one
 * per line in many drafts — hold none. Searching each line costs one call per line and word;
 * the engine's indexOf over the whole text skips ahead natively and costs one call per hit.
 */

/** Up to this many hits are merged by sorting them; more by marking their lines (linear however many). */
const FEW_HITS = 32;

/**
 * Decides whether a word found at `at` in the text counts: -1 when it does, else the offset
 * from which to search on (a later hit on the same line may still count).
 */
export type HitFilter = (text: string, at: number) => number;

/**
 * Decides whether a line holding a hit counts: -1 when it does, else the first line worth
 * searching on from (greater than the line; the search stops past the last line).
 */
export type LineSkip = (line: number) => number;

export class LineSearch {
  /** Offset of each line's first character in the text; one more entry for the text's end. */
  private readonly starts: number[];

  /**
   * `singleBreaks`: the caller knows that every line break is one character (the text holds no \r),
   * which spares a search of the whole text for \r.
   */
  constructor(
    private readonly text: string,
    lines: readonly string[],
    singleBreaks = text.indexOf('\r') < 0,
  ) {
    this.starts = lineStarts(text, lines, singleBreaks);
  }

  /**
   * The numbers of the lines that hold at least one of the words (at most 31), ascending, each once;
   * with `accept`, only hits it keeps count; with `skip`, only lines it keeps. With `wordsOut`, the
   * words each line holds are pushed there too, one bit per word (bit k: words[k]), so that a
   * scanner need not search the line for them again.
   */
  linesWithAny(words: readonly string[], accept: HitFilter | null = null, skip: LineSkip | null = null, wordsOut: number[] | null = null): number[] {
    const found: number[] = [];
    if (words.length === 1) {
      const count = this.addLinesWith(words[0]!, accept, skip, found, 0);
      if (wordsOut !== null) for (let k = 0; k < count; k++) wordsOut.push(1);
      return found;
    }
    // Each word's hits ascend, but the words interleave: gather them all (hits[h] the line,
    // hitWords[h] the bit of the word found there).
    const hits: number[] = [];
    const hitWords: number[] = [];
    for (let k = 0; k < words.length; k++) {
      const count = this.addLinesWith(words[k]!, accept, skip, hits, hits.length);
      for (let h = hitWords.length; h < count; h++) hitWords.push(1 << k);
    }
    if (hits.length <= FEW_HITS) mergeFewHits(hits, hitWords, found, wordsOut);
    else mergeManyHits(hits, hitWords, found, wordsOut);
    return found;
  }

  /** The line holding an offset of the text, at `fromLine` or after (offsets asked in ascending order pass the last answer on). */
  lineOf(offset: number, fromLine = 0): number {
    return lineAt(this.starts, offset, fromLine, this.starts.length - 2);
  }

  /** The offset of a line's first character in the text. */
  startOf(line: number): number {
    return this.starts[line]!;
  }

  /**
   * The lines in [fromLine, toLine) holding `word`, ascending: the search reads only those lines'
   * text (a slice of the document, which the engine makes without copying).
   */
  linesWithin(word: string, fromLine: number, toLine: number): number[] {
    const found: number[] = [];
    const lineCount = this.starts.length - 1;
    if (toLine > lineCount) toLine = lineCount;
    if (fromLine < 0) fromLine = 0;
    if (fromLine >= toLine) return found;
    const base = this.starts[fromLine]!;
    const region = this.text.slice(base, this.starts[toLine]!);
    let line = fromLine;
    for (let at = region.indexOf(word); at >= 0; ) {
      line = lineAt(this.starts, base + at, line, toLine - 1);
      found.push(line);
      // One hit per line is enough: go on from the next line.
      if (++line >= toLine) break;
      at = region.indexOf(word, this.starts[line]! - base);
    }
    return found;
  }

  /** Writes the lines holding `word` into found[count…] and returns the new count. */
  private addLinesWith(word: string, accept: HitFilter | null, skip: LineSkip | null, found: number[], count: number): number {
    const starts = this.starts;
    const lastLine = starts.length - 2;
    let line = 0;
    let from = 0;
    for (;;) {
      const at = this.text.indexOf(word, from);
      if (at < 0) return count;
      if (accept !== null) {
        const next = accept(this.text, at);
        if (next >= 0) {
          from = next;
          continue;
        }
      }
      line = lineAt(starts, at, line, lastLine);
      if (skip !== null) {
        const next = skip(line);
        if (next >= 0) {
          // The lines before `next` do not count: search on from there (a whole table at once).
          if (next > lastLine) return count;
          line = next > line ? next : line + 1;
          from = starts[line]!;
          continue;
        }
      }
      found[count++] = line;
      // One hit per line is enough: go on from the next line.
      if (line >= lastLine) return count;
      line++;
      from = starts[line]!;
    }
  }
}

/** Few hits (the usual case): sort them in place by line and merge the words of each line. */
function mergeFewHits(hits: number[], hitWords: number[], found: number[], wordsOut: number[] | null): void {
  const total = hits.length;
  for (let a = 1; a < total; a++) {
    const line = hits[a]!;
    const held = hitWords[a]!;
    let b = a;
    for (; b > 0 && hits[b - 1]! > line; b--) {
      hits[b] = hits[b - 1]!;
      hitWords[b] = hitWords[b - 1]!;
    }
    hits[b] = line;
    hitWords[b] = held;
  }
  for (let a = 0; a < total; ) {
    const line = hits[a]!;
    let held = 0;
    while (a < total && hits[a] === line) held |= hitWords[a++]!;
    found.push(line);
    if (wordsOut !== null) wordsOut.push(held);
  }
}

/**
 * Many hits: mark each line between the first and the last hit with its words, then read the
 * marks in line order (linear time, no sort).
 */
function mergeManyHits(hits: readonly number[], hitWords: readonly number[], found: number[], wordsOut: number[] | null): void {
  let first = hits[0]!;
  let last = first;
  for (const line of hits) {
    if (line < first) first = line;
    if (line > last) last = line;
  }
  const marks = new Int32Array(last - first + 1);
  for (let h = 0; h < hits.length; h++) marks[hits[h]! - first]! |= hitWords[h]!;
  for (let k = 0; k < marks.length; k++) {
    const held = marks[k]!;
    if (held === 0) continue;
    found.push(first + k);
    if (wordsOut !== null) wordsOut.push(held);
  }
}

/** The line holding an offset, searched in [lo, hi] (binary search over the line starts). */
function lineAt(starts: readonly number[], offset: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where each line starts: the previous line's start, its length and its line break (\r\n, \n or \r). */
function lineStarts(text: string, lines: readonly string[], singleBreaks: boolean): number[] {
  // A plain array of small integers, sized once (a typed array this size would need a separate
  // backing store per parse; growing by push would copy it several times).
  const starts = new Array<number>(lines.length + 1);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i]!.length;
    if (singleBreaks) offset++;
    else if (offset < text.length) offset += text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  }
  starts[lines.length] = text.length;
  return starts;
}
