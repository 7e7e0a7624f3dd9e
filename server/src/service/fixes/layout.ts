/**
 * Editing a statutory table in the layout the draft already uses (Markdown, pipe
 * rows, tab rows, one cell per line): setting a cell, appending cells, writing a
 * new row by copying a neighbouring row's own characters, inserting a lost label.
 * A fix must look as if the clerk had typed it into their own table.
 */
import type { RowDef } from '../schema/format';
import { TABLE2_BLOCKS } from '../schema/format';
import type { ParsedTable, ReportModel, TableLayout, TableRow } from '../model';
import { columnsOf } from '../rules/support';
import { displayWidth } from '../features/displayWidth';
import { minimalReplace, type TextEdit } from './edits';
import { at, insertLines, isBlank, pos } from './support';

const SEPARATORS_ONLY = /^[\s|]*$/;
const LEADING_SPACES = /^ */;
/** A line that ends with a pipe after white space (a one-cell-per-line row written `0 |`). */
const SPACED_TRAILING_PIPE = /\s\|\s*$/;
/** The pipe (with the white space around it) that separates a removed cell from the next. */
const LEADING_PIPE_AND_SPACE = /^\s*\|\s*/;
/** What ends a row after its last cell: white space and the closing pipe, if any. */
const ROW_END = /\s*\|?\s*$/;
const WHITE_SPACE_ONLY = /^\s*$/;
const LEADING_PIPE = /^\s*\|/;

/** A line of a table made only of separators (blank, or pipes as web copies leave between rows). */
function isSeparatorLine(text: string | undefined): boolean {
  return text !== undefined && SEPARATORS_ONLY.test(text);
}

const alignedCache = new WeakMap<ParsedTable, boolean>();

/** Display columns of a line's pipes. */
function pipeColumns(text: string): string {
  const out: number[] = [];
  let width = 0;
  for (const ch of text) {
    if (ch === '|') out.push(width);
    width += displayWidth(ch);
  }
  return out.join(',');
}

/** Whether a Markdown table is padded so its pipes line up (then edits keep them lined up). */
function isAligned(model: ReportModel, table: ParsedTable): boolean {
  if (table.layout !== 'markdown') return false;
  const cached = alignedCache.get(table);
  if (cached !== undefined) return cached;
  const seen = new Set<string>();
  let count = 0;
  for (let l = table.startLine; l < table.endLine && count < 6; l++) {
    const text = model.lines[l] ?? '';
    if (!text.includes('|')) continue;
    seen.add(pipeColumns(text));
    count++;
  }
  const aligned = count >= 2 && seen.size === 1;
  alignedCache.set(table, aligned);
  return aligned;
}

/**
 * For aligned Markdown tables: widen or narrow the replacement by the spaces that
 * follow it, so the column's pipes stay where they were. Returns the end to replace
 * up to and the text to write.
 */
function keepWidth(line: string, start: number, end: number, text: string): { end: number; text: string } {
  const oldWidth = displayWidth(line.slice(start, end));
  const diff = displayWidth(text) - oldWidth;
  const spaces = LEADING_SPACES.exec(line.slice(end))?.[0].length ?? 0;
  const closes = line.charAt(end + spaces) === '|';
  if (!closes) return { end, text };
  if (diff > 0 && spaces > diff) return { end: end + diff, text };
  if (diff < 0) return { end, text: text + ' '.repeat(-diff) };
  return { end, text };
}

/** Display column of the nth pipe (0-based) of a line, or null when it has fewer. */
function pipeColumn(text: string, nth: number): number | null {
  let width = 0;
  let seen = 0;
  for (const ch of text) {
    if (ch === '|' && seen++ === nth) return width;
    width += displayWidth(ch);
  }
  return null;
}

/**
 * For aligned Markdown tables: the replacement padded so the pipe that closes the cell lands
 * where the same pipe stands on the table's other lines. A cell a slip has widened (10 typed
 * for 0 pushes its pipe right) is then written back as it was, padding included. Null when
 * the closing pipe or a line to align with cannot be found, or the text would not fit.
 */
function alignedTo(model: ReportModel, table: ParsedTable, lineNo: number, start: number, end: number, text: string): { end: number; text: string } | null {
  const line = model.lines[lineNo] ?? '';
  const spaces = LEADING_SPACES.exec(line.slice(end))?.[0].length ?? 0;
  const pipeAt = end + spaces;
  if (line.charAt(pipeAt) !== '|') return null;
  let ordinal = 0;
  for (let i = 0; i < pipeAt; i++) if (line.charCodeAt(i) === 0x7c) ordinal++;
  let target: number | null = null;
  for (let l = table.startLine; l < table.endLine && target === null; l++) {
    if (l !== lineNo) target = pipeColumn(model.lines[l] ?? '', ordinal);
  }
  if (target === null) return null;
  const pad = target - displayWidth(line.slice(0, start)) - displayWidth(text);
  return pad >= 1 ? { end: pipeAt, text: text + ' '.repeat(pad) } : null;
}

/** Sets one cell's text; writes into an empty cell, or appends cells when the row is short. */
export function setCellEdits(model: ReportModel, table: ParsedTable, row: TableRow, column: number, value: string): TextEdit[] {
  const cell = row.cells[column];
  if (!cell) {
    const missing = column - row.cells.length;
    return appendCellEdits(model, table, row, [...new Array<string>(missing).fill('0'), value]);
  }
  const { start, end } = cell.range;
  if (start.line !== end.line) return [{ range: cell.range, newText: value }];
  const line = model.lines[start.line] ?? '';
  let text = value;
  const from = start.character;
  let to = end.character;
  if (cell.kind === 'empty' || from === to) {
    // Writing into an empty cell: keep a space on each side of the pipes.
    if (line.charAt(from - 1) === '|') text = ' ' + text;
    if (line.charAt(to) === '|') text = text + ' ';
    if (isAligned(model, table) && line.charAt(from) === ' ') {
      // `|   |`: write over the padding instead of pushing the pipe right.
      const spaces = LEADING_SPACES.exec(line.slice(from))?.[0].length ?? 0;
      const take = Math.min(Math.max(0, spaces - 1), displayWidth(text));
      to = from + take;
    }
    return [{ range: { start: pos(start.line, from), end: pos(start.line, to) }, newText: text }];
  }
  if (isAligned(model, table)) {
    const fitted = alignedTo(model, table, start.line, from, to, text) ?? keepWidth(line, from, to, text);
    to = fitted.end;
    text = fitted.text;
  }
  const edit = minimalReplace({ start: pos(start.line, from), end: pos(start.line, to) }, line.slice(from, to), text);
  return edit ? [edit] : [];
}

/** Appends cells after a row's last cell, in the table's layout. */
export function appendCellEdits(model: ReportModel, table: ParsedTable, row: TableRow, values: readonly string[]): TextEdit[] {
  if (values.length === 0) return [];
  const last = row.cells[row.cells.length - 1];
  const anchor = last?.range.end ?? row.label?.range.end ?? pos(row.startLine, (model.lines[row.startLine] ?? '').length);
  switch (table.layout) {
    case 'tab':
      return [{ range: at(anchor.line, anchor.character), newText: values.map((v) => '\t' + v).join('') }];
    case 'cellPerLine': {
      const lastLine = anchor.line;
      const text = model.lines[lastLine] ?? '';
      const prefix = last ? text.slice(0, last.range.start.character) : '';
      const suffix = last ? text.slice(last.range.end.character) : cellSuffix(model, table);
      const gap = cellGap(model, row);
      const lines: string[] = [];
      for (const v of values) lines.push(...gap, `${prefix}${v}${suffix}`);
      return [insertLines(model, lastLine + 1, lines)];
    }
    default:
      return [{ range: at(anchor.line, anchor.character), newText: values.map((v) => ' | ' + v).join('') }];
  }
}

/** Blank lines between a row's cells (seed-style one-cell-per-line tables often have one). */
function cellGap(model: ReportModel, row: TableRow): string[] {
  const cells = row.cells;
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1]!.range.end.line;
    const b = cells[i]!.range.start.line;
    if (b > a) return new Array<string>(b - a - 1).fill('');
  }
  return [];
}

/** What follows a cell on its line in a one-cell-per-line table (' |' or nothing), by majority. */
function cellSuffix(model: ReportModel, table: ParsedTable): string {
  let piped = 0;
  let plain = 0;
  for (let l = table.startLine; l < table.endLine; l++) {
    const t = model.lines[l] ?? '';
    if (isBlank(t)) continue;
    if (SPACED_TRAILING_PIPE.test(t)) piped++;
    else plain++;
  }
  return piped > plain ? ' |' : '';
}

function blockOf(def: RowDef): string | null {
  for (const block of TABLE2_BLOCKS) if (block.rows.some((r) => r.key === def.key)) return block.key;
  return null;
}

/** The neighbouring row whose characters a new row copies: same columns, no group labels, near in order. */
function pickTemplate(table: ParsedTable, def: RowDef): TableRow | null {
  const width = columnsOf(def).length;
  const block = blockOf(def);
  let best: TableRow | null = null;
  let bestScore = -Infinity;
  for (const row of table.rows) {
    if (!row.def || !row.label || row.labelStatus === 'missing' || row.cells.length === 0) continue;
    if (row.label.range.start.line !== row.label.range.end.line) continue;
    let score = 0;
    if (columnsOf(row.def).length === width && row.cells.length === width) score += 64;
    if (row.groupLabels.length === 0) score += 32;
    if (row.def.depth === def.depth) score += 16;
    if (block !== null && blockOf(row.def) === block) score += 8;
    if (row.strayCells.length === 0) score += 4;
    if (row.cells.every((c) => c.kind === 'integer')) score += 2;
    score -= Math.abs(row.def.index - def.index) / 100;
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  return best;
}

interface Replacement {
  line: number;
  start: number;
  end: number;
  text: string;
  /** Remove the cell entirely (its separator too) rather than leave it empty. */
  remove?: boolean;
}

/** The lines of a new row for `def` with `values`, written like the table's other rows. */
export function renderRowLines(model: ReportModel, table: ParsedTable, def: RowDef, values: readonly string[]): string[] {
  const template = pickTemplate(table, def);
  if (!template) return defaultRowLines(model, table, def, values);
  const replacements: Replacement[] = [];
  const label = template.label!;
  replacements.push({ line: label.range.start.line, start: label.range.start.character, end: label.range.end.character, text: def.label });
  for (const g of template.groupLabels) {
    if (g.range.start.line !== g.range.end.line) continue;
    replacements.push({ line: g.range.start.line, start: g.range.start.character, end: g.range.end.character, text: '', remove: true });
  }
  template.cells.forEach((cell, i) => {
    if (cell.range.start.line !== cell.range.end.line) return;
    replacements.push({ line: cell.range.start.line, start: cell.range.start.character, end: cell.range.end.character, text: values[i] ?? '' });
  });
  for (const s of template.strayCells) {
    if (s.range.start.line !== s.range.end.line) continue;
    replacements.push({ line: s.range.start.line, start: s.range.start.character, end: s.range.end.character, text: '', remove: true });
  }
  const out: string[] = [];
  const aligned = isAligned(model, table);
  const dropped = new Set<number>();
  for (let l = template.startLine; l < template.endLine; l++) {
    let text = model.lines[l] ?? '';
    const original = text;
    const onLine = replacements.filter((r) => r.line === l).sort((a, b) => b.start - a.start);
    for (const r of onLine) {
      let end = r.end;
      let newText = r.text;
      if (r.remove && table.layout === 'pipe') {
        end += LEADING_PIPE_AND_SPACE.exec(text.slice(end))?.[0].length ?? 0;
      } else if (r.start === end && newText !== '') {
        // An empty cell of the template: keep a space on each side of its pipes.
        if (text.charAt(r.start - 1) === '|') newText = ' ' + newText;
        if (text.charAt(end) === '|') newText = newText + ' ';
      } else if (aligned) {
        const fitted = keepWidth(text, r.start, end, newText);
        end = fitted.end;
        newText = fitted.text;
      }
      text = text.slice(0, r.start) + newText + text.slice(end);
    }
    if (table.layout === 'cellPerLine' && !isSeparatorLine(original) && isSeparatorLine(text)) {
      dropped.add(l);
      // The blank line that followed the dropped cell goes with it.
      if (isBlank(model.lines[l + 1]) && l + 1 < template.endLine) dropped.add(l + 1);
      continue;
    }
    if (dropped.has(l)) continue;
    out.push(text);
  }
  if (values.length > template.cells.length) {
    const extra = values.slice(template.cells.length);
    if (table.layout === 'cellPerLine') {
      const lastCell = template.cells[template.cells.length - 1]!;
      const lastText = model.lines[lastCell.range.end.line] ?? '';
      const prefix = lastText.slice(0, lastCell.range.start.character);
      const suffix = lastText.slice(lastCell.range.end.character);
      const gap = cellGap(model, template);
      for (const v of extra) out.push(...gap, `${prefix}${v}${suffix}`);
    } else {
      // Appended after the last rendered cell of the last line.
      const i = out.length - 1;
      const sep = table.layout === 'tab' ? '\t' : ' | ';
      const line = out[i] ?? '';
      const trailing = table.layout === 'tab' ? '' : (ROW_END.exec(line)?.[0] ?? '');
      out[i] = line.slice(0, line.length - trailing.length) + extra.map((v) => sep + v).join('') + trailing;
    }
  }
  return out;
}

/** A row written from scratch, when the table has no row to copy (table 四, or a table of headers only). */
function defaultRowLines(model: ReportModel, table: ParsedTable, def: RowDef, values: readonly string[]): string[] {
  const cells = def.label ? [def.label, ...values] : [...values];
  switch (table.layout) {
    case 'markdown':
      return [`| ${cells.join(' | ')} |`];
    case 'pipe':
      return [`${cells.join(' | ')} |`];
    case 'tab':
      return [cells.join('\t')];
    default: {
      const suffix = cellSuffix(model, table);
      const spaced = tableUsesBlankLines(model, table);
      const out: string[] = [];
      cells.forEach((c, i) => {
        if (i > 0 && spaced) out.push('');
        out.push(c + suffix);
      });
      return out;
    }
  }
}

function tableUsesBlankLines(model: ReportModel, table: ParsedTable): boolean {
  let blank = 0;
  for (let l = table.startLine; l < table.endLine; l++) if (isBlank(model.lines[l])) blank++;
  return blank * 3 >= table.endLine - table.startLine;
}

/** Separator lines between two consecutive rows of the table (blank or pipe-only lines), copied for a new row. */
function rowGap(model: ReportModel, table: ParsedTable, near: TableRow): string[] {
  const rows = [...table.rows].sort((a, b) => a.startLine - b.startLine);
  const gaps: { distance: number; lines: string[] }[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    const lines = model.lines.slice(a.endLine, b.startLine);
    if (!lines.every((t) => isSeparatorLine(t))) continue;
    gaps.push({ distance: Math.abs(a.startLine - near.startLine), lines });
  }
  gaps.sort((x, y) => x.distance - y.distance);
  return gaps[0]?.lines ?? (table.layout === 'cellPerLine' && tableUsesBlankLines(model, table) ? [''] : []);
}

/** Where a missing row goes and the edit that writes it there. */
export function insertRowEdit(model: ReportModel, table: ParsedTable, def: RowDef, values: readonly string[], fallbackLine?: number): TextEdit {
  const rendered = renderRowLines(model, table, def, values);
  const block = blockOf(def);
  const sameGroup = (row: TableRow) => row.def !== null && row.def.table === def.table && (block === null || blockOf(row.def) === block);
  let previous: TableRow | null = null;
  let next: TableRow | null = null;
  for (const row of table.rows) {
    if (!row.def || !sameGroup(row)) continue;
    if (row.def.index < def.index && (!previous || row.def.index > previous.def!.index)) previous = row;
    if (row.def.index > def.index && (!next || row.def.index < next.def!.index)) next = row;
  }
  if (previous) return insertLines(model, previous.endLine, [...rowGap(model, table, previous), ...rendered]);
  if (next) return insertLines(model, next.startLine, [...rendered, ...rowGap(model, table, next)]);
  if (block !== null) {
    const afterHeader = blockHeaderEnd(model, table, block);
    if (afterHeader !== null) {
      // The separators that follow the header (|| or a blank line) stand before the row; the same follow it.
      let line = afterHeader;
      while (line < table.endLine && isSeparatorLine(model.lines[line])) line++;
      return insertLines(model, line, [...rendered, ...model.lines.slice(afterHeader, line)]);
    }
  }
  const line = fallbackLine !== undefined && fallbackLine >= table.startLine && fallbackLine <= table.endLine ? fallbackLine : table.endLine;
  return insertLines(model, lastContentLine(model, table, line), rendered);
}

/** A table's end may include trailing blank lines: a row appended at the end goes after the last non-blank one. */
function lastContentLine(model: ReportModel, table: ParsedTable, line: number): number {
  let l = line;
  while (l > table.startLine && isBlank(model.lines[l - 1])) l--;
  return l;
}

/** The line after a table 二 block's header lines (caption, 信息内容 …). */
function blockHeaderEnd(model: ReportModel, table: ParsedTable, blockKey: string): number | null {
  const caption = table.captions.find((c) => c.blockKey === blockKey);
  if (!caption) return null;
  const captionLine = caption.span.range.start.line;
  const nextCaption = table.captions
    .map((c) => c.span.range.start.line)
    .filter((l) => l > captionLine)
    .sort((a, b) => a - b)[0] ?? table.endLine;
  let last = captionLine;
  for (const h of table.headerLines) if (h > last && h < nextCaption) last = h;
  return last + 1;
}

/** Puts a lost label back: into the empty cell before the first value, or as a new cell before it. */
export function insertLabelEdit(model: ReportModel, table: ParsedTable, row: TableRow, label: string): TextEdit | null {
  const first = row.cells[0];
  if (!first) return null;
  const { line, character } = first.range.start;
  const text = model.lines[line] ?? '';
  const before = text.slice(0, character);
  switch (table.layout as TableLayout) {
    case 'cellPerLine': {
      const suffix = text.slice(first.range.end.character);
      const prefix = WHITE_SPACE_ONLY.test(before) ? before : '';
      const gap = cellGap(model, row);
      return insertLines(model, line, [`${prefix}${label}${suffix}`, ...gap]);
    }
    case 'tab': {
      const segments = before.split('\t');
      // segments[last] is what stands between the last tab and the value (normally nothing).
      if (segments.length >= 2 && segments[segments.length - 2]!.trim() === '') {
        const emptyEnd = before.length - segments[segments.length - 1]!.length - 1;
        return { range: at(line, emptyEnd), newText: label };
      }
      return { range: at(line, character), newText: label + '\t' };
    }
    default: {
      const segments = before.split('|');
      const leading = table.layout === 'markdown' || LEADING_PIPE.test(text) ? 1 : 0;
      const cellsBefore = segments.slice(leading, segments.length - 1);
      const previousCell = cellsBefore[cellsBefore.length - 1];
      if (previousCell !== undefined && previousCell.trim() === '') {
        // `|   | 0 |`: write the label into the empty cell.
        const cellEnd = before.length - segments[segments.length - 1]!.length - 1;
        const cellStart = cellEnd - previousCell.length;
        if (previousCell.length >= 2) return { range: { start: pos(line, cellStart + 1), end: pos(line, cellEnd - 1) }, newText: label };
        // `| |` keeps its one space and gains one after the label; `||` gains both: nothing is rewritten with itself.
        if (previousCell.length === 1) return { range: at(line, cellEnd), newText: `${label} ` };
        return { range: at(line, cellStart), newText: ` ${label} ` };
      }
      return { range: at(line, character), newText: label + ' | ' };
    }
  }
}
