/**
 * Parsing one statutory table (二, 三 or 四) out of its part's body, whatever the layout:
 * lines become rows of raw cells, rows are classified (header, caption, group, label,
 * data, stray), then matched against the schema's rows.
 */
import type { Cell, ParsedTable, Span, TableLayout, TableRow } from '../../model';
import { range } from '../../model';
import type { TableId } from '../../schema/format';
import { TABLE4_ROW } from '../../schema/format';
import { normalizeLabel } from '../../text/normalize';
import { hasWordCharacter, isBlankLine } from '../../text/spaces';
import { isDelimiterRow, isValueKind, splitCells, type RawCell } from './cells';
import { detectLayout, tableRegion } from './layout';
import { matchRowLabel, placeRows, type Placeable } from './place';
import { NORMALIZED_OUTDATED, TABLE2_CAPTIONS, VOCABULARY, isTable3Note, type TableVocabulary } from './vocabulary';

interface Draft extends Placeable {
  labelCell: RawCell | null;
  groups: RawCell[];
  cells: RawCell[];
  strays: RawCell[];
}

interface Collector {
  vocab: TableVocabulary;
  drafts: Draft[];
  headerCells: RawCell[];
  captions: { blockKey: string; cell: RawCell }[];
  outdated: RawCell[];
  /** Column positions of the values in an aligned (Markdown) table, from its header row. */
  columnMap: number[] | null;
}

/** Rows of raw cells: one per line in row-based layouts; grouped label-then-values in a cell stream. */
function rawRows(lines: readonly string[], start: number, end: number, layout: TableLayout): RawCell[][] {
  const rows: RawCell[][] = [];
  if (layout === 'cellPerLine') {
    let row: RawCell[] = [];
    let hasValues = false;
    for (let i = start; i < end; i++) {
      const line = lines[i]!;
      if (isBlankLine(line)) continue;
      for (const cell of splitCells(line, i, '|')) {
        if (cell.kind === 'empty') continue;
        const value = isValueKind(cell.kind);
        if (!value && hasValues) {
          rows.push(row);
          row = [];
          hasValues = false;
        }
        cell.col = -1;
        row.push(cell);
        if (value) hasValues = true;
      }
    }
    if (row.length > 0) rows.push(row);
    return rows;
  }
  const sep = layout === 'tab' ? '\t' : '|';
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlankLine(line) || (layout === 'markdown' && isDelimiterRow(line))) continue;
    const cells = splitCells(line, i, sep);
    if (cells.some((c) => c.kind !== 'empty')) rows.push(cells);
  }
  return rows;
}

function isHeaderWord(norm: string, vocab: TableVocabulary): boolean {
  if (vocab.id === 'four') return true;
  if (vocab.id === 'three' && isTable3Note(norm)) return true;
  if (norm.length < 2) return false;
  for (const w of vocab.headerWords) if (w.includes(norm)) return true;
  return false;
}

function isGroup(norm: string, vocab: TableVocabulary): boolean {
  if (norm.length < 2 || vocab.exactRows.has(norm)) return false;
  for (const g of vocab.groups) if (g.includes(norm)) return true;
  return false;
}

function captionKey(norm: string): string | null {
  if (!norm.startsWith('第二十条')) return null;
  for (const c of TABLE2_CAPTIONS) if (c.norm === norm) return c.key;
  for (const c of TABLE2_CAPTIONS) if (norm.includes(c.norm.slice(c.norm.indexOf('(')))) return c.key;
  return null;
}

function newDraft(labelCell: RawCell | null, groups: RawCell[]): Draft {
  return { labelCell, label: labelCell ? normalizeLabel(labelCell.raw) : null, groups, cells: [], strays: [], def: null, status: 'missing' };
}

function noteOutdated(c: Collector, cell: RawCell, norm: string): boolean {
  let found = false;
  for (const m of NORMALIZED_OUTDATED) if (norm.includes(m.norm)) found = true;
  if (found) c.outdated.push(cell);
  return found;
}

/** A header row (no values): captions, column headers; it may fix the value columns. */
function headerRow(c: Collector, cells: RawCell[], aligned: boolean): void {
  const found: number[] = [];
  let wanted = c.vocab.columns;
  for (const cell of cells) {
    if (cell.kind === 'empty') continue;
    const norm = normalizeLabel(cell.raw);
    if (noteOutdated(c, cell, norm)) {
      c.headerCells.push(cell);
      continue;
    }
    const key = c.vocab.id === 'two' ? captionKey(norm) : null;
    if (key) c.captions.push({ blockKey: key, cell });
    else c.headerCells.push(cell);
    if (c.vocab.id === 'two') {
      for (const block of TABLE2_CAPTIONS) if (block.columns.includes(norm)) wanted = block.columns;
    }
    if (wanted.length > 0 && norm === wanted[found.length]) found.push(cell.col);
  }
  if (!aligned) return;
  if (found.length > 0 && found.length === wanted.length) c.columnMap = found;
  else if (c.vocab.id === 'two' && cells.some((cell) => normalizeLabel(cell.raw) === '信息内容')) c.columnMap = null;
}

function splitValues(values: RawCell[], width: number): RawCell[][] {
  if (width <= 1 || values.length <= width || values.length % width !== 0) return [values];
  const out: RawCell[][] = [];
  for (let i = 0; i < values.length; i += width) out.push(values.slice(i, i + width));
  return out;
}

/** Values of a row aligned on the header's columns; null when the row does not fit them. */
function alignedValues(cells: RawCell[], map: number[], lastTextCol: number, lines: readonly string[], strays: RawCell[]): RawCell[] | null {
  if (map[0]! <= lastTextCol) return null;
  const mapped = new Set(map);
  const extra: RawCell[] = [];
  for (const cell of cells) {
    if (cell.col <= lastTextCol || mapped.has(cell.col) || cell.kind === 'empty') continue;
    if (isValueKind(cell.kind)) return null;
    extra.push(cell);
  }
  strays.push(...extra);
  const line = cells[0]!.line;
  const lineEnd = lines[line]!.length;
  return map.map(
    (col) => cells[col] ?? { raw: '', line, start: lineEnd, end: lineEnd, col, kind: 'empty', value: null },
  );
}

function dataRow(c: Collector, cells: RawCell[], layout: TableLayout, lines: readonly string[]): void {
  const vocab = c.vocab;
  let firstValue = cells.findIndex((cell) => isValueKind(cell.kind));
  if (firstValue < 0) firstValue = cells.length;
  const texts: RawCell[] = [];
  const strays: RawCell[] = [];
  for (let i = 0; i < firstValue; i++) {
    const cell = cells[i]!;
    if (cell.kind === 'empty') continue;
    if (!hasWordCharacter(cell.raw)) strays.push(cell);
    else texts.push(cell);
  }
  let groups: RawCell[] = [];
  let labelCell: RawCell | null = null;
  for (let i = 0; i < texts.length; i++) {
    const cell = texts[i]!;
    const norm = normalizeLabel(cell.raw);
    if (noteOutdated(c, cell, norm)) {
      c.headerCells.push(cell);
      continue;
    }
    const key = vocab.id === 'two' ? captionKey(norm) : null;
    if (key) {
      c.captions.push({ blockKey: key, cell });
      continue;
    }
    if (vocab.id === 'four') {
      c.headerCells.push(cell);
      continue;
    }
    const last = i === texts.length - 1;
    if (last) {
      const m = matchRowLabel(norm, vocab, 0);
      if (m || !isGroup(norm, vocab)) labelCell = cell;
      else groups.push(cell);
    } else if (vocab.exactRows.has(norm)) {
      // A label whose values were lost, run together with the next row in a cell stream.
      c.drafts.push(newDraft(cell, groups));
      groups = [];
    } else if (isHeaderWord(norm, vocab)) c.headerCells.push(cell);
    else if (isGroup(norm, vocab)) groups.push(cell);
    else strays.push(cell);
  }

  let values: RawCell[] | null = null;
  if (layout === 'markdown' && c.columnMap) {
    const lastTextCol = Math.max(labelCell?.col ?? -1, ...groups.map((g) => g.col), ...strays.map((s) => s.col));
    values = alignedValues(cells, c.columnMap, lastTextCol, lines, strays);
  }
  if (!values) {
    values = [];
    for (let i = firstValue; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell.kind === 'empty') continue;
      if (cell.kind === 'text' && !hasWordCharacter(cell.raw)) strays.push(cell);
      else values.push(cell);
    }
  }
  const chunks = layout === 'cellPerLine' ? splitValues(values, vocab.id === 'two' ? 0 : vocab.width) : [values];
  chunks.forEach((chunk, k) => {
    const d = newDraft(k === 0 ? labelCell : null, k === 0 ? groups : []);
    d.cells = chunk;
    if (k === 0) d.strays = strays;
    c.drafts.push(d);
  });
}

/** A row without values whose text is a row label: a statutory row with every value lost. */
function labelOnlyRow(c: Collector, cells: RawCell[]): boolean {
  if (c.vocab.id === 'four') return false;
  const texts = cells.filter((cell) => cell.kind !== 'empty');
  const last = texts[texts.length - 1];
  if (!last || !hasWordCharacter(last.raw)) return false;
  const norm = normalizeLabel(last.raw);
  const m = matchRowLabel(norm, c.vocab, 0);
  if (!m || (m.status === 'variant' && isHeaderWord(norm, c.vocab))) return false;
  dataRow(c, cells, 'pipe', []);
  return true;
}

function span(cell: RawCell): Span {
  return { text: cell.raw, range: range(cell.line, cell.start, cell.line, cell.end) };
}

function toCell(cell: RawCell): Cell {
  return { raw: cell.raw, range: range(cell.line, cell.start, cell.line, cell.end), kind: cell.kind, value: cell.value };
}

function toRow(d: Draft): TableRow {
  const all = [...(d.labelCell ? [d.labelCell] : []), ...d.groups, ...d.cells, ...d.strays];
  let first = all[0]!;
  let last = all[0]!;
  for (const cell of all) {
    if (cell.line < first.line || (cell.line === first.line && cell.start < first.start)) first = cell;
    if (cell.line > last.line || (cell.line === last.line && cell.end > last.end)) last = cell;
  }
  return {
    def: d.def,
    label: d.labelCell ? span(d.labelCell) : null,
    groupLabels: d.groups.map((g) => span(g)),
    labelStatus: d.status,
    cells: d.cells.map(toCell),
    strayCells: d.strays.map(toCell),
    startLine: first.line,
    endLine: last.line + 1,
    range: range(first.line, first.start, last.line, last.end),
  };
}

/** Table 四 has one row of 15 values; a row broken over lines is joined back. */
function joinTable4(drafts: Draft[], width: number): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && prev.cells.length + d.cells.length <= width) {
      prev.cells.push(...d.cells);
      prev.strays.push(...d.strays);
    } else out.push(d);
  }
  out.forEach((d, i) => {
    d.def = i === 0 ? TABLE4_ROW : null;
    d.status = i === 0 ? 'official' : 'unknown';
  });
  return out;
}

export function parseTable(lines: readonly string[], from: number, to: number, id: TableId): ParsedTable | null {
  const region = tableRegion(lines, from, to);
  if (!region) return null;
  const layout = detectLayout(lines, region.start, region.end);
  const c: Collector = { vocab: VOCABULARY[id], drafts: [], headerCells: [], captions: [], outdated: [], columnMap: null };
  for (const cells of rawRows(lines, region.start, region.end, layout)) {
    if (cells.some((cell) => isValueKind(cell.kind))) dataRow(c, cells, layout, lines);
    else if (!labelOnlyRow(c, cells)) headerRow(c, cells, layout === 'markdown');
  }
  let drafts = c.drafts;
  if (id === 'four') drafts = joinTable4(drafts, c.vocab.width);
  else placeRows(drafts, c.vocab);
  if (drafts.length === 0 && c.captions.length === 0 && !c.headerCells.some((h) => c.vocab.id !== 'four' || hasWordCharacter(h.raw))) return null;

  const rows = drafts.map(toRow);
  const dataLines = new Set<number>();
  for (const r of rows) for (let l = r.startLine; l < r.endLine; l++) dataLines.add(l);
  const headerLines = new Set<number>();
  for (const h of c.headerCells) if (!dataLines.has(h.line)) headerLines.add(h.line);
  for (const cap of c.captions) if (!dataLines.has(cap.cell.line)) headerLines.add(cap.cell.line);
  const lastLine = region.end - 1;
  return {
    id,
    layout,
    startLine: region.start,
    endLine: region.end,
    range: range(region.start, 0, lastLine, lines[lastLine]!.length),
    rows,
    captions: c.captions.map((cap) => ({ blockKey: cap.blockKey, span: span(cap.cell) })),
    headerLines: [...headerLines].sort((a, b) => a - b),
    outdatedMarkers: c.outdated.map((cell) => span(cell)),
  };
}
