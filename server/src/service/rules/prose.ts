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
  readonly sentences: Sentence[];
  /** Where text stands in the document, line by line (see ProseLines). */
  private readonly at: ProseLines;

  constructor(text: string, at: ProseLines, partOfLine: Int8Array) {
    this.text = text;
    this.at = at;
    this.sentences = [];
    // Each sentence end found by the regex engine (a test moves lastIndex past it and makes no match
    // object), then the end of the text. Sentences come in order: the line of each one's start is
    // found by walking the lines of prose once.
    let start = 0;
    let k = 0;
    SENTENCE_END.lastIndex = 0;
    for (;;) {
      const found = SENTENCE_END.test(text);
      const i = found ? SENTENCE_END.lastIndex - 1 : text.length;
      const end = found && text.charCodeAt(i) !== 0x0a ? i + 1 : i;
      if (end > start) {
        while (k + 1 < at.count && at.start[k + 1]! <= start) k++;
        const line = at.count > 0 ? at.line[k]! : 0;
        const id = partOfLine[line] ?? -1;
        this.sentences.push({ start, end, text: text.slice(start, end), partId: id < 0 ? null : (id as PartId), line });
      }
      if (!found) break;
      start = i + 1;
    }
  }

  /** Where the character at `offset` stands in the document. */
  positionAt(offset: number): { line: number; character: number } {
    const offsetIn = Math.max(0, Math.min(offset, this.text.length - 1));
    const k = this.lineOfProseAt(offsetIn);
    if (k < 0) return { line: 0, character: 0 };
    return { line: this.at.line[k]!, character: this.characterOf(k, offsetIn - this.at.start[k]!) };
  }

  /** The line of prose holding text offset `offset` (its kept characters, or the \n after them); -1 when there is none. */
  private lineOfProseAt(offset: number): number {
    let lo = 0;
    let hi = this.at.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.at.start[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * The document character of the nth kept character of line of prose k (n = its count of kept
   * characters: the \n after them, just after the last one). A line written with white space or *
   * between its words is read again to find it.
   */
  private characterOf(k: number, n: number): number {
    const first = this.at.char[k]!;
    if (this.at.spread[k] === 0) return first + n;
    const raw = this.at.lines[this.at.line[k]!]!;
    let left = n;
    for (let from = first; ; ) {
      DROPPED_CHAR.lastIndex = from;
      const runEnd = DROPPED_CHAR.test(raw) ? DROPPED_CHAR.lastIndex - 1 : raw.length;
      if (left < runEnd - from) return from + left;
      left -= runEnd - from;
      KEPT_CHAR.lastIndex = runEnd;
      if (!KEPT_CHAR.test(raw)) return runEnd + left;
      from = KEPT_CHAR.lastIndex - 1;
    }
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
    const first = line >= 0 && line < this.at.startOfLine.length ? this.at.startOfLine[line]! : -1;
    if (first < 0) return -1;
    const k = this.lineOfProseAt(first);
    const kept = this.at.kept[k]!;
    const from = this.at.char[k]!;
    if (this.at.spread[k] === 0) return character >= from && character < from + kept ? first + character - from : -1;
    // Run by run: the kept characters before `character`'s run, and where it stands in it.
    const raw = this.at.lines[line]!;
    let before = 0;
    for (let at = from; ; ) {
      DROPPED_CHAR.lastIndex = at;
      const runEnd = DROPPED_CHAR.test(raw) ? DROPPED_CHAR.lastIndex - 1 : raw.length;
      if (character < at) return -1;
      if (character < runEnd) return first + before + character - at;
      before += runEnd - at;
      KEPT_CHAR.lastIndex = runEnd;
      if (!KEPT_CHAR.test(raw)) return -1;
      at = KEPT_CHAR.lastIndex - 1;
    }
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
const DROPPED_RUN = /[\s*]+/g;
/**
 * Where the prose stands in the document, one entry per line of prose (a line with characters
 * kept), in document order: entry k is document line line[k], whose kept characters are
 * text[start[k], start[k] + kept[k]) and begin at its character char[k]. They stand together
 * unless spread[k] (white space or * between them: the line is read again when asked where one
 * stands). A paragraph's \n, when one follows, is text[start[k] + kept[k]], placed just after the
 * line's last kept character.
 */
interface ProseLines {
  readonly lines: readonly string[];
  count: number;
  readonly line: Int32Array;
  readonly start: Int32Array;
  readonly kept: Int32Array;
  readonly char: Int32Array;
  readonly spread: Uint8Array;
  /** For each document line: the offset in text of its first kept character, or -1 when none of it is prose. */
  readonly startOfLine: Int32Array;
}

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
  const at: ProseLines = {
    lines: model.lines,
    count: 0,
    line: new Int32Array(count),
    start: new Int32Array(count),
    kept: new Int32Array(count),
    char: new Int32Array(count),
    spread: new Uint8Array(count),
    startOfLine: new Int32Array(count).fill(-1),
  };
  // The text is made of the lines' kept characters (the whole line, unsliced, when it is all kept),
  // joined once at the end.
  const pieces: string[] = [];
  let length = 0;
  let endsWithBreak = true;
  let previousOpen = false; // the previous line may continue on this one
  const pushBreak = (): void => {
    pieces.push('\n');
    length++;
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
    // The first kept character, the end of its run, and whether another run follows.
    let kept = 0;
    let start = begin;
    if (isProseDropped(raw.charCodeAt(start))) {
      KEPT_CHAR.lastIndex = start;
      start = KEPT_CHAR.test(raw) ? KEPT_CHAR.lastIndex - 1 : raw.length;
    }
    if (start < raw.length) {
      DROPPED_CHAR.lastIndex = start;
      const runEnd = DROPPED_CHAR.test(raw) ? DROPPED_CHAR.lastIndex - 1 : raw.length;
      KEPT_CHAR.lastIndex = runEnd;
      const spread = runEnd < raw.length && KEPT_CHAR.test(raw);
      const piece = spread ? raw.slice(start).replace(DROPPED_RUN, '') : start === 0 && runEnd === raw.length ? raw : raw.slice(start, runEnd);
      kept = piece.length;
      const k = at.count++;
      at.line[k] = i;
      at.start[k] = length;
      at.kept[k] = kept;
      at.char[k] = start;
      at.spread[k] = spread ? 1 : 0;
      at.startOfLine[i] = length;
      pieces.push(piece);
      length += kept;
      endsWithBreak = false;
    }
    previousOpen = own[i] !== 2 && kept >= WRAPPED_LINE && !isParagraphEnd(raw.charCodeAt(last));
  }

  return new Prose(pieces.join(''), at, partOfLine);
}

function markPart(part: Part, own: Uint8Array, skip: Uint8Array, partOfLine: Int8Array, count: number): void {
  const first = part.heading ? part.heading.line : part.bodyStartLine;
  for (let i = Math.max(0, first); i < Math.min(part.bodyEndLine, count); i++) partOfLine[i] = part.id;
  for (const sub of part.subheadings) if (sub.line < count) own[sub.line] = 1;
  if (part.heading) own[part.heading.line] = 2;
  const table = part.table;
  if (table) for (let i = Math.max(0, table.startLine); i < Math.min(table.endLine, count); i++) skip[i] = 1;
}

/** The lines of a part's headings (a part may be written twice): partProse leaves their sentences out. */
function headingLinesOf(model: ReportModel, partId: PartId): Set<number> {
  const headings = new Set<number>();
  for (const part of model.parts) if (part.id === partId && part.heading) headings.add(part.heading.line);
  return headings;
}

/** The body of one part as one string (its heading left out; spaces removed, wrapped lines joined), a sentence a line: for keyword checks. */
export function partProse(prose: Prose, model: ReportModel, partId: PartId): string {
  const headings = headingLinesOf(model, partId);
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
  const headings = headingLinesOf(model, partId);
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

/** What copying is not judged on: punctuation and white space. */
const NOT_COMPARED = /[\s\u3000，,。；;：:、！!？?“”"'‘’（）()《》〈〉【】—…·.-]/g;
/** Punctuation that closes a sentence or a clause: a heading holding it is a sentence too. */
const CLAUSE_END = /[。；;]/;

/** A sentence as compared for copying: punctuation and white space left out. */
export function copyForm(text: string): string {
  return text.replace(NOT_COMPARED, '');
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
    if (headings.has(s.line) && !CLAUSE_END.test(s.text)) continue;
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
