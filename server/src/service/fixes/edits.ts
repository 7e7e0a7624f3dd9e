/**
 * Text edits as plain data, and the arithmetic on them: applying, minimising,
 * checking overlap and composing rounds. Offsets are UTF-16 code units, positions
 * are LSP-style (line, character) over the lines the parser splits on.
 */
import type { Position, Range } from '../model';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Offsets of every line start; line breaks are \r\n, \n or \r, as the parser splits them. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The offset of a position, clamped to its line (a character past the line's end means its end). */
export function offsetAt(text: string, starts: readonly number[], position: Position): number {
  if (position.line < 0) return 0;
  if (position.line >= starts.length) return text.length;
  const start = starts[position.line]!;
  const next = position.line + 1 < starts.length ? starts[position.line + 1]! : text.length;
  let end = next;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return Math.min(start + Math.max(0, position.character), end);
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low]! };
}

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
  /** Position in the input, so inserts at one point keep the caller's order. */
  order: number;
}

function toOffsets(text: string, edits: readonly TextEdit[]): OffsetEdit[] {
  const starts = lineStarts(text);
  return edits.map((e, order) => {
    const a = offsetAt(text, starts, e.range.start);
    const b = offsetAt(text, starts, e.range.end);
    return { start: Math.min(a, b), end: Math.max(a, b), newText: e.newText, order };
  });
}

function sorted(edits: OffsetEdit[]): OffsetEdit[] {
  return edits.sort((x, y) => x.start - y.start || x.end - y.end || x.order - y.order);
}

/**
 * Applies non-overlapping edits in one go (inserts at the same point in the order
 * given). An edit that overlaps an earlier one is skipped rather than corrupting text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const list = sorted(toOffsets(text, edits));
  let out = '';
  let cursor = 0;
  for (const e of list) {
    if (e.start < cursor) continue;
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** Two edits conflict when their ranges share a character (inserts at a shared point do not). */
export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether an insert point lies strictly inside a replaced range (so the two would fight). */
function touchesInside(a: Range, b: Range): boolean {
  const inside = (p: Position, r: Range) => comparePositions(r.start, p) < 0 && comparePositions(p, r.end) < 0;
  return inside(a.start, b) || inside(b.start, a);
}

export function editsConflict(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  for (const x of a) for (const y of b) if (rangesOverlap(x.range, y.range) || touchesInside(x.range, y.range)) return true;
  return false;
}

/**
 * The smallest replacement of `oldText` (which stands at `range`, on one line) by
 * `newText`: the common prefix and suffix are left alone, so a fix touches only the
 * characters that change. Returns null when nothing changes.
 */
export function minimalReplace(range: Range, oldText: string, newText: string): TextEdit | null {
  if (oldText === newText) return null;
  let prefix = 0;
  const max = Math.min(oldText.length, newText.length);
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  // Never split a surrogate pair.
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  if (range.start.line !== range.end.line) {
    return { range, newText };
  }
  const line = range.start.line;
  const from = range.start.character + prefix;
  const to = range.end.character - suffix;
  return { range: { start: { line, character: from }, end: { line, character: to } }, newText: newText.slice(prefix, newText.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Edits composed over several rounds: spans of the original text and what now stands there. */
export interface Composition {
  original: string;
  current: string;
  spans: { start: number; end: number; text: string }[];
}

export function startComposition(original: string): Composition {
  return { original, current: original, spans: [] };
}

/**
 * Adds a round of edits (expressed on `composition.current`) to the composition, so
 * that fix-all can run several rounds and still hand back edits on the original text,
 * each covering only what the rounds changed.
 */
export function composeRound(composition: Composition, edits: readonly TextEdit[]): void {
  const list = sorted(toOffsets(composition.current, edits));
  const accepted: OffsetEdit[] = [];
  let cursor = 0;
  for (const e of list) {
    if (e.start < cursor) continue;
    accepted.push(e);
    cursor = e.end;
  }
  let current = composition.current;
  const spans = composition.spans;
  for (let k = accepted.length - 1; k >= 0; k--) {
    const e = accepted[k]!;
    let delta = 0;
    let first = -1;
    let last = -1;
    let touchedDelta = 0;
    let firstCs = 0;
    let lastCe = 0;
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      const cs = s.start + delta + touchedDelta;
      const ce = cs + s.text.length;
      const shift = s.text.length - (s.end - s.start);
      if (ce < e.start) {
        delta += shift;
        continue;
      }
      if (cs > e.end) break;
      if (first < 0) {
        first = i;
        firstCs = cs;
      }
      last = i;
      lastCe = ce;
      touchedDelta += shift;
    }
    let regionStart = e.start;
    let regionEnd = e.end;
    let origStart = e.start - delta;
    let origEnd = e.end - delta - touchedDelta;
    if (first >= 0) {
      if (firstCs <= e.start) {
        regionStart = firstCs;
        origStart = spans[first]!.start;
      }
      if (lastCe >= e.end) {
        regionEnd = lastCe;
        origEnd = spans[last]!.end;
      }
    }
    const text = current.slice(regionStart, e.start) + e.newText + current.slice(e.end, regionEnd);
    const merged = { start: origStart, end: origEnd, text };
    if (first >= 0) spans.splice(first, last - first + 1, merged);
    else {
      let at = 0;
      while (at < spans.length && spans[at]!.start < origStart) at++;
      spans.splice(at, 0, merged);
    }
    current = current.slice(0, e.start) + e.newText + current.slice(e.end);
  }
  composition.current = current;
}

/** The composition as minimal edits on the original text. */
export function composedEdits(composition: Composition): TextEdit[] {
  const { original } = composition;
  const starts = lineStarts(original);
  const out: TextEdit[] = [];
  for (const s of composition.spans) {
    const old = original.slice(s.start, s.end);
    if (old === s.text) continue;
    let prefix = 0;
    const max = Math.min(old.length, s.text.length);
    while (prefix < max && old.charCodeAt(prefix) === s.text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === s.text.charCodeAt(s.text.length - 1 - suffix)) suffix++;
    // Never cut through a \r\n pair or a surrogate pair: positions cannot point inside either.
    while (prefix > 0 && splitsPair(original, s.start + prefix)) prefix--;
    while (suffix > 0 && splitsPair(original, s.end - suffix)) suffix--;
    out.push({
      range: { start: positionAt(starts, s.start + prefix), end: positionAt(starts, s.end - suffix) },
      newText: s.text.slice(prefix, s.text.length - suffix),
    });
  }
  return out;
}

function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before === 13 && after === 10) || (isHighSurrogate(before) && isLowSurrogate(after));
}
