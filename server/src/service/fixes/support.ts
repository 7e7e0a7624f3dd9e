/** Small helpers the fixes share: reading the document, inserting lines. */
import type { Position, Range, ReportModel } from '../model';
import type { TextEdit } from './edits';

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function at(line: number, character: number): Range {
  return { start: pos(line, character), end: pos(line, character) };
}

/** The document text a one-line range covers ('' for ranges across lines or outside the text). */
export function textAt(model: ReportModel, range: Range): string {
  if (range.start.line !== range.end.line) return '';
  return (model.lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
}

/**
 * Inserts whole lines before `line` (at the document's end: after its last line),
 * with the document's own line terminator.
 */
export function insertLines(model: ReportModel, line: number, lines: readonly string[]): TextEdit {
  const eol = model.eol;
  const count = model.lines.length;
  if (line < count) return { range: at(Math.max(0, line), 0), newText: lines.map((l) => l + eol).join('') };
  const last = Math.max(0, count - 1);
  const lastText = model.lines[last] ?? '';
  // A document that ends with a line break has an empty last line: write into it.
  if (count > 0 && lastText === '') return { range: at(last, 0), newText: lines.map((l) => l + eol).join('') };
  return { range: at(last, lastText.length), newText: lines.map((l) => eol + l).join('') };
}

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

const LEADING_WHITE_SPACE = /^\s*/;

/** Leading white space of a line (kept when a line is inserted above it). */
export function indentOf(text: string): string {
  return LEADING_WHITE_SPACE.exec(text)?.[0] ?? '';
}
