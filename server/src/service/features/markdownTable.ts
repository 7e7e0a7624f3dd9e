/**
 * Markdown (GFM) table text: splitting rows into cells and writing aligned rows.
 * Shared by the canonical renderer (schema/render.ts) and the formatter, so a table
 * the extension inserts is already formatted (formatting it again changes nothing).
 */
import { displayWidth } from './displayWidth';

export type ColumnAlign = 'none' | 'left' | 'center' | 'right';

/** A cell to write: `display` decides the width, `out` is written (a snippet placeholder may differ). */
export interface OutCell {
  display: string;
  out: string;
}

const EDGE_SPACE = /^[ \t]+|[ \t]+$/g;
const DELIMITER_CELL = /^:?-+:?$/;
const SPACES = / /g;
const UNESCAPED_PIPE = /(?<!\\)\|/g;

/** The cells of a table row, trimmed of spaces and tabs; `\|` stays inside its cell. */
export function splitRow(line: string): string[] {
  let body = line.replace(EDGE_SPACE, '');
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') i++;
    else if (ch === '|') {
      cells.push(body.slice(start, i).replace(EDGE_SPACE, ''));
      start = i + 1;
    }
  }
  cells.push(body.slice(start).replace(EDGE_SPACE, ''));
  return cells;
}

/** The alignments of a delimiter row (| --- | :-: |), or null when the line is not one. */
export function parseDelimiterRow(line: string): ColumnAlign[] | null {
  if (!line.includes('-')) return null;
  const cells = splitRow(line);
  const aligns: ColumnAlign[] = [];
  for (const cell of cells) {
    const compact = cell.replace(SPACES, '');
    if (!DELIMITER_CELL.test(compact)) return null;
    const left = compact.startsWith(':');
    const right = compact.endsWith(':');
    aligns.push(left && right ? 'center' : right ? 'right' : left ? 'left' : 'none');
  }
  // A bare "---" line is a thematic break or a setext underline, not a table.
  if (cells.length === 1 && !line.includes('|')) return null;
  return aligns;
}

function delimiterCell(align: ColumnAlign, width: number): string {
  const dashes = (n: number): string => '-'.repeat(Math.max(1, n));
  switch (align) {
    case 'left':
      return ':' + dashes(width - 1);
    case 'right':
      return dashes(width - 1) + ':';
    case 'center':
      return ':' + dashes(width - 2) + ':';
    default:
      return dashes(width);
  }
}

function pad(cell: OutCell, width: number, align: ColumnAlign): string {
  const gap = Math.max(0, width - displayWidth(cell.display));
  if (align === 'right') return ' '.repeat(gap) + cell.out;
  if (align === 'center') {
    const before = Math.floor(gap / 2);
    return ' '.repeat(before) + cell.out + ' '.repeat(gap - before);
  }
  return cell.out + ' '.repeat(gap);
}

/**
 * Writes a table's rows aligned by display width. `rows` excludes the delimiter row,
 * which is written after `rows[0]` from `aligns`. Every column is at least 3 wide.
 * Rows shorter than the header are completed with empty cells.
 */
export function writeAlignedTable(rows: readonly (readonly OutCell[])[], aligns: readonly ColumnAlign[], indent = ''): string[] {
  const columns = Math.max(aligns.length, ...rows.map((r) => r.length));
  const widths: number[] = new Array<number>(columns).fill(3);
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i]!, displayWidth(cell.display));
    });
  }
  const headerColumns = aligns.length;
  const empty: OutCell = { display: '', out: '' };
  const write = (row: readonly OutCell[], count: number): string => {
    const cells: string[] = [];
    for (let i = 0; i < count; i++) cells.push(pad(row[i] ?? empty, widths[i]!, aligns[i] ?? 'none'));
    return `${indent}| ${cells.join(' | ')} |`;
  };
  const lines: string[] = [];
  rows.forEach((row, index) => {
    lines.push(write(row, Math.max(row.length, headerColumns)));
    if (index === 0) lines.push(`${indent}| ${aligns.map((a, i) => delimiterCell(a, widths[i]!)).join(' | ')} |`);
  });
  return lines;
}

/** Plain text cells (display = output), with `|` escaped. */
export function textCells(cells: readonly string[]): OutCell[] {
  return cells.map((c) => {
    const out = c.replace(UNESCAPED_PIPE, '\\|');
    return { display: out, out };
  });
}
