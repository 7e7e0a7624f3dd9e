/**
 * Where a statutory table stands in its part's body and how it is laid out.
 */
import type { TableLayout } from '../../model';
import { isBlankLine, skipSpaces, trimEndIndex } from '../../text/spaces';
import { isCommentLine, isDelimiterRow } from './cells';

/** A sentence of prose (intro or note) rather than a table line, for a line without separators. */
function isProse(line: string): boolean {
  const a = skipSpaces(line, 0, line.length);
  const b = trimEndIndex(line, a, line.length);
  const len = b - a;
  return len > 60 || (len > 15 && (line[b - 1] === '。' || line[b - 1] === '；'));
}

/** Non-blank cells of a pipe-separated line, counted up to two without building them. */
function filledPipeCells(line: string): number {
  let filled = 0;
  let segStart = 0;
  while (filled < 2) {
    const bar = line.indexOf('|', segStart);
    const segEnd = bar < 0 ? line.length : bar;
    if (skipSpaces(line, segStart, segEnd) < segEnd) filled++;
    if (bar < 0) break;
    segStart = bar + 1;
  }
  return filled;
}

export interface TablePlace {
  /** The lines [start, end) of the table: from its first table-like line to its last. */
  start: number;
  end: number;
  layout: TableLayout;
}

/**
 * Where the table stands in a body and how it is laid out, in one pass over the body (this
 * runs on every keystroke, and a cell-per-line table has hundreds of lines). Blank and comment
 * lines are ignored; prose (intro, notes) before or after the table is outside it, prose between
 * its lines counts as one of its lines. Null when the body holds no table-like line.
 */
export function locateTable(lines: readonly string[], from: number, to: number): TablePlace | null {
  let start = -1;
  let end = -1;
  let nonBlank = 0;
  let proseSinceLast = 0;
  let tabs = 0;
  let multiCell = 0;
  let delimiter = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isBlankLine(line) || isCommentLine(line)) continue;
    const hasBar = line.includes('|');
    const hasTab = line.includes('\t');
    if (!hasBar && !hasTab && isProse(line)) {
      if (start >= 0) proseSinceLast++;
      continue;
    }
    if (start < 0) start = i;
    end = i + 1;
    nonBlank += 1 + proseSinceLast;
    proseSinceLast = 0;
    if (hasTab) tabs++;
    if (hasBar) {
      if (isDelimiterRow(line)) delimiter = true;
      else if (filledPipeCells(line) >= 2) multiCell++;
    }
  }
  if (start < 0) return null;
  return { start, end, layout: layoutOf(nonBlank, tabs, multiCell, delimiter) };
}

/** A delimiter row makes Markdown; else tabs on half the lines; else pipes splitting 30% of them; else one cell per line. */
function layoutOf(nonBlank: number, tabs: number, multiCell: number, delimiter: boolean): TableLayout {
  if (delimiter) return 'markdown';
  if (tabs * 2 >= nonBlank && tabs > 0) return 'tab';
  if (multiCell * 10 >= nonBlank * 3 && multiCell > 0) return 'pipe';
  return 'cellPerLine';
}
