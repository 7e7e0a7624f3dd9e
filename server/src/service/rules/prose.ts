/**
 * The prose of a report as a reviewer reads it, for the rules about sentences: the text of
 * the report proper outside the statutory tables, with the white space PDFs put inside words
 * (2024 年, 申请 17 件) taken out and the lines a PDF wraps mid-sentence joined again, cut
 * into sentences; every character keeps where it stands in the document.
 *
 * Built at most once per analysis, when a rule first asks for it (RuleContext.prose), and
 * dropped with the analysis.
 */
import type { Part, Range, ReportModel } from '../model';
import { range } from '../model';
import type { PartId } from '../schema/format';
import { isParagraphEnd, isProseClauseBound, isProseDropped, isRegExpSpace } from '../text/chars';

export interface Sentence {
  /** Offsets in Prose.text: [start, end), the closing punctuation included. */
  start: number;
  end: number;
  text: string;
  /** The part the sentence stands in, or null (title, preamble, 落款). */
  partId: PartId | null;
  /** The document line it starts on. */
  line: number;
}

/** What closes a sentence: 。！？!? and a paragraph's end (；; close a clause only). */
const SENTENCE_END = /[。！？!?\n]/g;

export class Prose {
  /** The prose, spaces removed, paragraphs separated by \n. */
  readonly text: string;
  /**
   * Where text stands in the document, run by run: text[runStart[r] .. runStart[r + 1]) is the
   * document's line runLine[r] from character runChar[r] on, unbroken (a paragraph's \n is a run
   * of its own, placed just after the character before it).
   */
  private readonly runStart: readonly number[];
  private readonly runLine: readonly number[];
  private readonly runChar: readonly number[];
  /** For each document line: the offset in text of its first kept character, or -1 when none of it is prose. */
  private readonly lineStart: Int32Array;
  readonly sentences: Sentence[];

  constructor(text: string, runs: { start: number[]; line: number[]; char: number[] }, lineStart: Int32Array, partOfLine: Int8Array) {
    this.text = text;
    this.runStart = runs.start;
    this.runLine = runs.line;
    this.runChar = runs.char;
    this.lineStart = lineStart;
    this.sentences = [];
    // Each sentence end found by the regex engine (a test moves lastIndex past it and makes no match
    // object), then the end of the text. Sentences come in order: the run of each one's start is
    // found by walking the runs once.
    let start = 0;
    let run = 0;
    SENTENCE_END.lastIndex = 0;
    for (;;) {
      const found = SENTENCE_END.test(text);
      const i = found ? SENTENCE_END.lastIndex - 1 : text.length;
      const end = found && text.charCodeAt(i) !== 0x0a ? i + 1 : i;
      if (end > start) {
        while (run + 1 < this.runStart.length && this.runStart[run + 1]! <= start) run++;
        const line = this.runLine[run] ?? 0;
        const id = partOfLine[line] ?? -1;
        this.sentences.push({ start, end, text: text.slice(start, end), partId: id < 0 ? null : (id as PartId), line });
      }
      if (!found) break;
      start = i + 1;
    }
  }

  /** Where the character at `offset` stands in the document. */
  positionAt(offset: number): { line: number; character: number } {
    const k = Math.max(0, Math.min(offset, this.text.length - 1));
    const r = this.runAt(k);
    if (r < 0) return { line: 0, character: 0 };
    return { line: this.runLine[r]!, character: this.runChar[r]! + (k - this.runStart[r]!) };
  }

  /** positionAt(offset).line, without making the position. */
  lineAt(offset: number): number {
    const r = this.runAt(Math.max(0, Math.min(offset, this.text.length - 1)));
    return r < 0 ? 0 : this.runLine[r]!;
  }

  /** The run holding text offset k: the last run starting at or before it (-1 when there is none). */
  private runAt(k: number): number {
    let lo = 0;
    let hi = this.runStart.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.runStart[mid]! <= k) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The document range of text[start, end): from its first character to just after its last. */
  rangeOf(start: number, end: number): Range {
    const a = this.positionAt(start);
    const b = this.positionAt(Math.max(start, end - 1));
    return range(a.line, a.character, b.line, b.character + 1);
  }

  /** Whether text[start, end) stands on one line, written without anything between its characters. */
  contiguous(start: number, end: number): boolean {
    const a = this.positionAt(start);
    const b = this.positionAt(Math.max(start, end - 1));
    return a.line === b.line && b.character - a.character === end - 1 - start;
  }

  /** The offset in text of a document position, or -1 when that character is not prose. */
  offsetAt(line: number, character: number): number {
    const first = line >= 0 && line < this.lineStart.length ? this.lineStart[line]! : -1;
    if (first < 0) return -1;
    for (let r = this.runAt(first); r >= 0 && r < this.runStart.length && this.runLine[r] === line; r++) {
      const end = r + 1 < this.runStart.length ? this.runStart[r + 1]! : this.text.length;
      const at = character - this.runChar[r]!;
      if (at >= 0 && at < end - this.runStart[r]! && this.text[this.runStart[r]! + at] !== '\n') return this.runStart[r]! + at;
    }
    return -1;
  }

  /** The sentence holding the offset. */
  sentenceAt(offset: number): Sentence | null {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return null;
  }

  /** The clause (between commas, colons and sentence punctuation) around text[start, end). */
  clauseAround(start: number, end: number): { start: number; end: number; text: string } {
    let a = start;
    while (a > 0 && !isProseClauseBound(this.text.charCodeAt(a - 1))) a--;
    let b = end;
    while (b < this.text.length && !isProseClauseBound(this.text.charCodeAt(b))) b++;
    return { start: a, end: b, text: this.text.slice(a, b) };
  }
}

/** A line shorter than this is not cut by the page's width: a short title or heading ends its paragraph. */
const WRAPPED_LINE = 12;

/** Markdown that is no part of the words, at a line's first character: heading marks, list bullets, block quotes. */
const LEADING_MARKUP = /#{1,6}\s+|[-*+]\s+|>\s*/y;

/** A table row (| cells |) or a tab-separated line: no prose. */
const TABLE_OR_TAB = /[|\t]/;

/**
 * Prose keeps everything but white space (\s holds the form feed) and Markdown's *: the next kept
 * and the next dropped character of a line, found by the regex engine (a test only moves lastIndex).
 */
const KEPT_CHAR = /[^\s*]/g;
const DROPPED_CHAR = /[\s*]/g;

/** # - * + >: the characters LEADING_MARKUP can open with (most lines open with a word and skip the regex). */
function mayOpenMarkup(code: number): boolean {
  return code === 0x23 || code === 0x2d || code === 0x2a || code === 0x2b || code === 0x3e;
}

/**
 * The prose of the report proper: part headings and sub-headings stand as paragraphs of their own.
 * Built once per analysis (RuleContext.prose) and by the workspace summary.
 */
export function proseOf(model: ReportModel): Prose {
  const count = model.lines.length;
  // 1: a sub-heading (a paragraph starts there; a long one may wrap on), 2: a part heading or the title (a paragraph of its own)
  const own = new Uint8Array(count);
  const skip = new Uint8Array(count); // 1: not prose (table, comment)
  const partOfLine = new Int8Array(count).fill(-1);
  for (const part of model.parts) markPart(part, own, skip, partOfLine, count);
  if (model.title) own[model.title.range.start.line] = 2;

  const from = Math.max(0, model.contentStartLine);
  const to = Math.min(count, model.contentEndLine);
  const lineStart = new Int32Array(count).fill(-1);
  // The text is made of slices of the lines (runs of kept characters), joined once at the end;
  // each run records where it stands in the document.
  const pieces: string[] = [];
  const runStart: number[] = [];
  const runLine: number[] = [];
  const runChar: number[] = [];
  let length = 0;
  let lastLine = 0;
  let lastChar = 0;
  let endsWithBreak = true;
  let previousOpen = false; // the previous line may continue on this one

  const pushRun = (text: string, line: number, char: number): void => {
    pieces.push(text);
    runStart.push(length);
    runLine.push(line);
    runChar.push(char);
    length += text.length;
    lastLine = line;
    lastChar = char + text.length - 1;
  };
  const pushBreak = (): void => {
    pushRun('\n', lastLine, lastChar + 1);
    endsWithBreak = true;
  };

  for (let i = from; i < to; i++) {
    const raw = model.lines[i]!;
    // The line's first and last characters that are no white space (most lines have none to pass over).
    let first = 0;
    while (first < raw.length && isRegExpSpace(raw.charCodeAt(first))) first++;
    let last = raw.length - 1;
    while (last > first && isRegExpSpace(raw.charCodeAt(last))) last--;
    if (skip[i] || first === raw.length || raw.startsWith('<!--', first) || TABLE_OR_TAB.test(raw)) {
      if (!endsWithBreak) pushBreak();
      previousOpen = false;
      continue;
    }
    if (!endsWithBreak && (!previousOpen || own[i])) pushBreak();
    let begin = first;
    if (mayOpenMarkup(raw.charCodeAt(first))) {
      LEADING_MARKUP.lastIndex = first;
      if (LEADING_MARKUP.test(raw)) begin = LEADING_MARKUP.lastIndex;
    }
    let kept = 0;
    // The runs of kept characters, each a slice of the line (the whole line, unsliced, when it is one run).
    for (let at = begin; at < raw.length; ) {
      if (isProseDropped(raw.charCodeAt(at))) {
        KEPT_CHAR.lastIndex = at;
        if (!KEPT_CHAR.test(raw)) break;
        at = KEPT_CHAR.lastIndex - 1;
      }
      DROPPED_CHAR.lastIndex = at;
      const runEnd = DROPPED_CHAR.test(raw) ? DROPPED_CHAR.lastIndex - 1 : raw.length;
      if (kept === 0) lineStart[i] = length;
      pushRun(at === 0 && runEnd === raw.length ? raw : raw.slice(at, runEnd), i, at);
      kept += runEnd - at;
      at = runEnd;
    }
    if (kept > 0) endsWithBreak = false;
    previousOpen = own[i] !== 2 && kept >= WRAPPED_LINE && !isParagraphEnd(raw.charCodeAt(last));
  }

  return new Prose(pieces.join(''), { start: runStart, line: runLine, char: runChar }, lineStart, partOfLine);
}

function markPart(part: Part, own: Uint8Array, skip: Uint8Array, partOfLine: Int8Array, count: number): void {
  const first = part.heading ? part.heading.line : part.bodyStartLine;
  for (let i = Math.max(0, first); i < Math.min(part.bodyEndLine, count); i++) partOfLine[i] = part.id;
  for (const sub of part.subheadings) if (sub.line < count) own[sub.line] = 1;
  if (part.heading) own[part.heading.line] = 2;
  const table = part.table;
  if (table) for (let i = Math.max(0, table.startLine); i < Math.min(table.endLine, count); i++) skip[i] = 1;
}

/** The sentences of one part. */
export function sentencesOf(prose: Prose, partId: PartId): Sentence[] {
  return prose.sentences.filter((s) => s.partId === partId);
}

/** The body of one part as one string (its heading left out; spaces removed, wrapped lines joined), a sentence a line: for keyword checks. */
export function partProse(prose: Prose, model: ReportModel, partId: PartId): string {
  const headings = new Set<number>();
  for (const part of model.parts) if (part.id === partId && part.heading) headings.add(part.heading.line);
  const texts: string[] = [];
  for (const s of prose.sentences) if (s.partId === partId && !headings.has(s.line)) texts.push(s.text);
  if (texts.length === 0) return '';
  // Each sentence followed by \n, joined into one flat string (adding the last \n after the join
  // would make a string of two pieces, copied again by the first search).
  texts.push('');
  return texts.join('\n');
}

/**
 * Whether the body of a part, as partProse gives it, holds one of the words — found in the whole
 * prose, without making the part's text (part 一 is most of a long report). A word lies within a
 * sentence of the part: partProse puts a line break between sentences, which no keyword holds.
 */
export function partHoldsAny(prose: Prose, model: ReportModel, partId: PartId, words: readonly string[]): boolean {
  const headings = new Set<number>();
  for (const part of model.parts) if (part.id === partId && part.heading) headings.add(part.heading.line);
  for (const word of words) {
    if (word.length === 0) return true; // as ''.includes('') says
    for (let at = prose.text.indexOf(word); at >= 0; at = prose.text.indexOf(word, at + 1)) {
      const s = prose.sentenceAt(at);
      if (s !== null && s.partId === partId && at + word.length <= s.end && !headings.has(s.line)) return true;
    }
  }
  return false;
}

/** A sentence shorter than this (无。, 一是加强培训。) repeats by nature and says nothing of copying. */
export const COPY_MIN_LENGTH = 12;

/** A sentence as compared for copying: punctuation and white space left out. */
export function copyForm(text: string): string {
  return text.replace(/[\s\u3000，,。；;：:、！!？?“”"'‘’（）()《》〈〉【】—…·.-]/g, '');
}

/** A 32-bit FNV-1a hash of a text: what last year's report keeps of each of its sentences. */
export function sentenceHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The sentences of parts 一 and 五 that copying is judged on, with their compared form. */
export function copySentences(prose: Prose, model: ReportModel): { sentence: Sentence; form: string }[] {
  const headings = new Set<number>();
  for (const part of model.parts) if (part.heading) headings.add(part.heading.line);
  for (const part of model.parts) for (const sub of part.subheadings) headings.add(sub.line);
  const out: { sentence: Sentence; form: string }[] = [];
  for (const s of prose.sentences) {
    if (s.partId !== 1 && s.partId !== 5) continue;
    if (headings.has(s.line) && !/[。；;]/.test(s.text)) continue;
    const form = copyForm(s.text);
    if (form.length >= COPY_MIN_LENGTH) out.push({ sentence: s, form });
  }
  return out;
}

/** Whether an offset lies inside 《》 or “” of its sentence (a citation or a quoted title). */
export function insideQuotes(prose: Prose, sentence: Sentence, offset: number): boolean {
  let book = 0;
  let quote = 0;
  for (let k = sentence.start; k < offset; k++) {
    const code = prose.text.charCodeAt(k);
    if (code === 0x300a /* 《 */ || code === 0x3008 /* 〈 */) book++;
    else if ((code === 0x300b /* 》 */ || code === 0x3009 /* 〉 */) && book > 0) book--;
    else if (code === 0x201c /* “ */) quote++;
    else if (code === 0x201d /* ” */ && quote > 0) quote--;
  }
  return book > 0 || quote > 0;
}
