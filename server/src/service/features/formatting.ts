/**
 * Document and range formatting: aligns Markdown tables by display width (CJK counts
 * double) and touches nothing else — prose, headings, and the non-Markdown tables of
 * real drafts (pipe rows without a delimiter row, tab rows, one cell per line) stay
 * exactly as written. Edits replace only the lines that change; formatting formatted
 * text yields no edits.
 */
import type { Range } from '../model';
import { parseDelimiterRow, splitRow, textCells, writeAlignedTable } from './markdownTable';

export interface TextEdit {
  range: Range;
  newText: string;
}

interface MarkdownTableBlock {
  /** Header line; the delimiter row follows it. */
  startLine: number;
  /** Exclusive. */
  endLine: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINE_BREAK = /\r\n|\r|\n/;
/** Four spaces or a tab: an indented code block, never a table. */
const INDENTED_CODE = /^( {4}|\t)/;
const LEADING_SPACES = /^[ ]*/;
const ESCAPED_PIPE = /\\\|/g;

function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

function hasPipe(line: string): boolean {
  return line.includes('|') && line.trim() !== '';
}

/** Markdown tables of the text: a header row, a delimiter row with as many cells, body rows up to a blank line. */
export function findMarkdownTables(lines: readonly string[]): MarkdownTableBlock[] {
  const tables: MarkdownTableBlock[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null || !hasPipe(line) || INDENTED_CODE.test(line)) continue;
    const next = lines[i + 1];
    if (next === undefined) continue;
    const aligns = parseDelimiterRow(next);
    if (!aligns || aligns.length !== splitRow(line).length) continue;
    let end = i + 2;
    while (end < lines.length && hasPipe(lines[end]!) && !FENCE.test(lines[end]!)) end++;
    tables.push({ startLine: i, endLine: end });
    i = end - 1;
  }
  return tables;
}

function formatTable(lines: readonly string[], table: MarkdownTableBlock): string[] {
  const indent = LEADING_SPACES.exec(lines[table.startLine]!)![0];
  const aligns = parseDelimiterRow(lines[table.startLine + 1]!)!;
  const rows = [lines[table.startLine]!, ...lines.slice(table.startLine + 2, table.endLine)].map((l) => textCells(splitRow(l).map(unescapeForWrite)));
  return writeAlignedTable(rows, aligns, indent);
}

/** splitRow keeps `\|` as written; textCells escapes `|` again, so undo the escape in between. */
function unescapeForWrite(cell: string): string {
  return cell.replace(ESCAPED_PIPE, '|');
}

function editsFor(lines: readonly string[], tables: readonly MarkdownTableBlock[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const table of tables) {
    const formatted = formatTable(lines, table);
    // The delimiter row sits at formatted[1]; lines and formatted correspond one to one.
    formatted.forEach((text, k) => {
      const line = table.startLine + k;
      const old = lines[line]!;
      if (old !== text) edits.push({ range: { start: { line, character: 0 }, end: { line, character: old.length } }, newText: text });
    });
  }
  return edits;
}

export function formatDocument(text: string): TextEdit[] {
  const lines = splitLines(text);
  return editsFor(lines, findMarkdownTables(lines));
}

/** Formats the Markdown tables that the range touches (each table as a whole: alignment needs every row). */
export function formatRange(text: string, range: Range): TextEdit[] {
  const lines = splitLines(text);
  const touched = findMarkdownTables(lines).filter((t) => t.startLine <= range.end.line && t.endLine > range.start.line);
  return editsFor(lines, touched);
}
