/**
 * Where a statutory table stands in its part's body and how it is laid out.
 */
import type { TableLayout } from '../../model';
import { skipSpaces, trimEndIndex } from '../../text/spaces';
import { HAS_BAR, HAS_TAB, isDelimiterRow, nextBar, separatorsOf, tableTextStart } from './cells';
import { spacedRowValues } from './spaced';

const DIGIT = /\d/;
const NOT_SPACE = /\S/;

/** A sentence of prose (intro or note) rather than a table line, for a line without separators. */
export function isProse(line: string): boolean {
  // Trimming never lengthens: a short line (a cell of a one-cell-per-line table) is no prose.
  if (line.length <= 15) return false;
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
    const bar = nextBar(line, segStart);
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
  let spaced = 0;
  let spacedLine = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const first = tableTextStart(line);
    if (first < 0) continue;
    // Past a delimiter row the layout is Markdown: a row's tabs no longer count (see below). A
    // Markdown row opens with its pipe, known without a search.
    const separators = line.charCodeAt(first) === 0x7c ? HAS_BAR | (!delimiter && line.includes('\t') ? HAS_TAB : 0) : separatorsOf(line, !delimiter);
    const hasBar = (separators & HAS_BAR) !== 0;
    const hasTab = (separators & HAS_TAB) !== 0;
    const spacedValues = !hasBar && !hasTab ? spacedRowValues(line) : 0;
    const spacedRow = spacedValues > 0;
    if (spacedRow) spaced++;
    // A line of several numbers apart (table 四's fifteen values) is a space-separated row, whatever the header around it.
    if (spacedValues >= 3 && !NOT_SPACE.test(line.slice(0, line.search(DIGIT)))) spacedLine = true;
    if (!hasBar && !hasTab && !spacedRow && isProse(line)) {
      if (start >= 0) proseSinceLast++;
      continue;
    }
    if (start < 0) start = i;
    end = i + 1;
    nonBlank += 1 + proseSinceLast;
    proseSinceLast = 0;
    if (hasTab) tabs++;
    // Once a delimiter row is seen the layout is Markdown whatever the other rows hold: the
    // rows' cells and tabs are counted only until then.
    if (hasBar && !delimiter) {
      if (isDelimiterRow(line)) delimiter = true;
      else if (filledPipeCells(line) >= 2) multiCell++;
    }
  }
  if (start < 0) return null;
  return { start, end, layout: layoutOf(nonBlank, tabs, multiCell, spacedLine ? nonBlank : spaced, delimiter) };
}

/**
 * A delimiter row makes Markdown; else tabs on half the lines; else pipes splitting 30% of them;
 * else label-and-numbers lines separated by spaces on a fifth of them (a wrapped label, the
 * pieces of vertical group labels and the header take many lines of their own); else one cell per line.
 */
function layoutOf(nonBlank: number, tabs: number, multiCell: number, spaced: number, delimiter: boolean): TableLayout {
  if (delimiter) return 'markdown';
  if (tabs * 2 >= nonBlank && tabs > 0) return 'tab';
  if (multiCell * 10 >= nonBlank * 3 && multiCell > 0) return 'pipe';
  if (spaced * 5 >= nonBlank && spaced > 0) return 'spaced';
  return 'cellPerLine';
}
