/** Test helpers for the editor features: a cursor marker and exact ranges found by searching the text. */
import type { Position, Range } from '../../server/src/service/model';

export const CURSOR = '‸';

/** Removes the single cursor marker and returns the text and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position } {
  const at = marked.indexOf(CURSOR);
  if (at < 0 || marked.indexOf(CURSOR, at + 1) >= 0) throw new Error('exactly one cursor marker expected');
  return { text: marked.slice(0, at) + marked.slice(at + CURSOR.length), position: positionAt(marked, at) };
}

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Range of the nth (0-based) occurrence of `needle`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`“${needle}” occurrence ${nth} not found`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

/** Applies non-overlapping edits (LSP ranges) to a text. */
export function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: Position): number => {
    let o = 0;
    for (let l = 0; l < p.line; l++) o += lines[l]!.length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
