/**
 * Where a statutory table stands in its part's body and how it is laid out.
 */
import type { TableLayout } from '../../model';
import { isBlankLine, isSpaceCode, skipSpaces, trimEndIndex } from '../../text/spaces';
import { isCommentLine, isDelimiterRow } from './cells';

/** A sentence of prose (intro or note) rather than a table line. */
function isProse(line: string): boolean {
  if (line.includes('|') || line.includes('\t')) return false;
  const a = skipSpaces(line, 0, line.length);
  const b = trimEndIndex(line, a, line.length);
  const len = b - a;
  return len > 60 || (len > 15 && (line[b - 1] === '。' || line[b - 1] === '；'));
}

/** The lines [start, end) of the table in a body, or null when the body holds no table-like line. */
export function tableRegion(lines: readonly string[], from: number, to: number): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isBlankLine(line) || isProse(line) || isCommentLine(line)) continue;
    if (start < 0) start = i;
    end = i + 1;
  }
  return start < 0 ? null : { start, end };
}

/** Non-blank cells of a pipe-separated line, counted up to two without building them. */
function filledPipeCells(line: string): number {
  let filled = 0;
  let inCell = false;
  for (let i = 0; i < line.length && filled < 2; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x7c) inCell = false;
    else if (!inCell && !isSpaceCode(c)) {
      inCell = true;
      filled++;
    }
  }
  return filled;
}

export function detectLayout(lines: readonly string[], start: number, end: number): TableLayout {
  let nonBlank = 0;
  let tabs = 0;
  let multiCell = 0;
  let delimiter = false;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlankLine(line) || isCommentLine(line)) continue;
    nonBlank++;
    if (line.includes('\t')) tabs++;
    if (line.includes('|')) {
      if (isDelimiterRow(line)) {
        delimiter = true;
        continue;
      }
      if (filledPipeCells(line) >= 2) multiCell++;
    }
  }
  if (delimiter) return 'markdown';
  if (tabs * 2 >= nonBlank && tabs > 0) return 'tab';
  if (multiCell * 10 >= nonBlank * 3 && multiCell > 0) return 'pipe';
  return 'cellPerLine';
}
