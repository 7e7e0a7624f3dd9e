/**
 * Parsing one statutory table (二, 三 or 四) out of its part's body, whatever the layout:
 * lines become rows of raw cells, rows are classified (header, caption, group, label,
 * data, stray), then matched against the schema's rows.
 */
import type { Cell, ParsedTable, Span, TableLayout, TableRow } from '../../model';
import { range } from '../../model';
import type { TableId } from '../../schema/format';
import { TABLE4_ROW } from '../../schema/format';
import { hasWordCharacter } from '../../text/spaces';
import { HAS_BAR, isBlankOrComment, isDelimiterRow, isPlaceholder, isValueKind, labelOf, makeCell, separatorsOf, splitCells, type RawCell } from './cells';
import { locateTable } from './layout';
import { isValueLike, readLead, streamRole, type RowLead } from './lead';
import { placeRows, type Placeable } from './place';
import { TABLE2_CAPTIONS, TABLE2_HEADER_NORM, VOCABULARY, captionKey, hasOutdatedMarker, type TableVocabulary } from './vocabulary';

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
  /** Column positions of the values in an aligned (Markdown, tab) table, from its header rows. */
  columnMap: number[] | null;
  /**
   * Normalised header labels by column index, merged over the header rows read since the last
   * data row: a two-level header puts 自然人 and 总计 on one row, 商业企业 … 其他 on the next.
   */
  headerColumns: string[][];
  /** The column labels the header rows should hold (table 二: those of the current block). */
  wanted: readonly string[];
}

/** Rows of raw cells: one per line in row-based layouts; grouped label-then-values in a cell stream. */
function rawRows(lines: readonly string[], start: number, end: number, layout: TableLayout, vocab: TableVocabulary): RawCell[][] {
  if (layout === 'cellPerLine') return streamRows(lines, start, end, vocab);
  const rows: RawCell[][] = [];
  const sep = layout === 'tab' ? '\t' : '|';
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlankOrComment(line) || (layout === 'markdown' && isDelimiterRow(line))) continue;
    const cells = splitCells(line, i, sep);
    if (hasCellFrom(cells, 0)) rows.push(cells);
  }
  return rows;
}

/**
 * One cell per line: a row is its leading text (headers, groups, the label) and the values
 * after it. Text after the label or the values starts the next row only when it is a row or
 * group label, a header or a caption; other text (三十五, 无) is one of the row's values.
 */
function streamRows(lines: readonly string[], start: number, end: number, vocab: TableVocabulary): RawCell[][] {
  const stream = new CellStream(vocab);
  // The cells of one line, taken into rows one by one: one list serves every line.
  const lineCells: RawCell[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlankOrComment(line)) continue;
    // Nearly every line of this layout is one cell: made directly, without splitting.
    if ((separatorsOf(line) & HAS_BAR) === 0) stream.add(makeCell(line, i, 0, line.length, -1));
    else {
      lineCells.length = 0;
      splitCells(line, i, '|', lineCells);
      for (const cell of lineCells) stream.add(cell);
    }
  }
  return stream.finish();
}

/** The rows of a cell stream, built one cell at a time (see streamRows). */
class CellStream {
  private readonly rows: RawCell[][] = [];
  private row: RawCell[] = [];
  private hasLabel = false;
  private hasValues = false;

  constructor(private readonly vocab: TableVocabulary) {}

  add(cell: RawCell): void {
    if (cell.kind === 'empty') return;
    cell.col = -1;
    if (isValueLike(cell)) {
      this.row.push(cell);
      this.hasValues = true;
      return;
    }
    if (!hasWordCharacter(cell.raw)) {
      this.row.push(cell);
      return;
    }
    const role = streamRole(labelOf(cell), this.vocab);
    if (this.hasLabel || this.hasValues) {
      if (!role.startsRow) {
        this.row.push(cell);
        this.hasValues = true;
        return;
      }
      this.rows.push(this.row);
      this.row = [];
      this.hasLabel = false;
      this.hasValues = false;
    }
    this.row.push(cell);
    if (role.isRowLabel) this.hasLabel = true;
  }

  finish(): RawCell[][] {
    if (this.row.length > 0) this.rows.push(this.row);
    return this.rows;
  }
}

function newDraft(labelCell: RawCell | null, groups: RawCell[], cells: RawCell[], strays: RawCell[]): Draft {
  return { labelCell, label: labelCell ? labelOf(labelCell) : null, groups, cells, strays, def: null, status: 'missing' };
}

/** The columns holding each wanted label in order, from the merged header rows; null when one is missing. */
function columnPositions(headerColumns: readonly (string[] | undefined)[], wanted: readonly string[]): number[] | null {
  if (wanted.length === 0) return null;
  const map: number[] = [];
  let col = 0;
  for (const label of wanted) {
    while (col < headerColumns.length && !headerColumns[col]?.includes(label)) col++;
    if (col >= headerColumns.length) return null;
    map.push(col++);
  }
  return map;
}

/** A header row (no values): captions, column headers; with the rows above it, it may fix the value columns. */
function headerRow(c: Collector, cells: RawCell[], aligned: boolean): void {
  let contentsHeader = false;
  for (const cell of cells) {
    if (cell.kind === 'empty') continue;
    const norm = labelOf(cell);
    if (hasOutdatedMarker(norm)) {
      c.outdated.push(cell);
      c.headerCells.push(cell);
      continue;
    }
    const key = c.vocab.id === 'two' ? captionKey(norm) : null;
    if (key) c.captions.push({ blockKey: key, cell });
    else c.headerCells.push(cell);
    if (c.vocab.id === 'two') {
      if (norm === TABLE2_HEADER_NORM) contentsHeader = true;
      for (const block of TABLE2_CAPTIONS) if (block.columns.includes(norm)) c.wanted = block.columns;
    }
    if (cell.col >= 0) (c.headerColumns[cell.col] ??= []).push(norm);
  }
  if (!aligned) return;
  const map = columnPositions(c.headerColumns, c.wanted);
  if (map) c.columnMap = map;
  else if (contentsHeader) c.columnMap = null;
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
  const extra: RawCell[] = [];
  for (const cell of cells) {
    // The map holds a few columns (3, 7 or 15): a scan costs less than building a set per row.
    if (cell.col <= lastTextCol || cell.kind === 'empty' || map.includes(cell.col)) continue;
    if (isValueLike(cell)) return null;
    extra.push(cell);
  }
  if (extra.length > 0) strays.push(...extra);
  const line = cells[0]!.line;
  const lineEnd = lines[line]!.length;
  return map.map(
    (col) => cells[col] ?? { raw: '', line, start: lineEnd, end: lineEnd, col, kind: 'empty', value: null, norm: null },
  );
}

function hasCellFrom(cells: readonly RawCell[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i]!.kind !== 'empty') return true;
  return false;
}

/** The last column holding the row's text (label, groups, stray marks); -1 when none. */
function lastTextColumn(label: RawCell | null, groups: readonly RawCell[], strays: readonly RawCell[]): number {
  let last = label?.col ?? -1;
  for (const g of groups) if (g.col > last) last = g.col;
  for (const s of strays) if (s.col > last) last = s.col;
  return last;
}

function dataRow(c: Collector, cells: RawCell[], lead: RowLead, layout: TableLayout, lines: readonly string[]): void {
  // Most rows carry none of these: skip the spread calls.
  if (lead.headers.length > 0) c.headerCells.push(...lead.headers);
  if (lead.outdated.length > 0) c.outdated.push(...lead.outdated);
  if (lead.captions.length > 0) c.captions.push(...lead.captions);
  const { label: labelCell, groups } = lead;
  const strays = lead.strays;

  let values: RawCell[] | null = null;
  // A row whose values are all lost keeps no cells, as in the unaligned layouts.
  if ((layout === 'markdown' || layout === 'tab') && c.columnMap && hasCellFrom(cells, lead.valuesFrom)) {
    values = alignedValues(cells, c.columnMap, lastTextColumn(labelCell, groups, strays), lines, strays);
  }
  if (!values) {
    values = [];
    for (let i = lead.valuesFrom; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell.kind === 'empty') continue;
      if (cell.kind === 'text' && !isPlaceholder(cell.raw) && !hasWordCharacter(cell.raw)) strays.push(cell);
      else values.push(cell);
    }
  }
  if (layout !== 'cellPerLine') {
    // One draft per row: the common case, without the list of chunks.
    c.drafts.push(newDraft(labelCell, groups, values, strays));
    return;
  }
  const chunks = splitValues(values, c.vocab.id === 'two' ? 0 : c.vocab.width);
  for (let k = 0; k < chunks.length; k++) {
    c.drafts.push(k === 0 ? newDraft(labelCell, groups, chunks[k]!, strays) : newDraft(null, [], chunks[k]!, []));
  }
}

/** A row holding numbers, or a statutory row's label with its values lost or written as text. */
function isDataRow(cells: readonly RawCell[], lead: RowLead, vocab: TableVocabulary): boolean {
  for (const cell of cells) if (isValueKind(cell.kind)) return true;
  return vocab.id !== 'four' && lead.matched && !lead.headerLike;
}

function span(cell: RawCell): Span {
  return { text: cell.raw, range: range(cell.line, cell.start, cell.line, cell.end) };
}

function toCell(cell: RawCell): Cell {
  return { raw: cell.raw, range: range(cell.line, cell.start, cell.line, cell.end), kind: cell.kind, value: cell.value };
}

interface Extent {
  first: RawCell;
  last: RawCell;
}

function widen(extent: Extent, cells: readonly RawCell[]): void {
  for (const cell of cells) {
    const { first, last } = extent;
    if (cell.line < first.line || (cell.line === first.line && cell.start < first.start)) extent.first = cell;
    if (cell.line > last.line || (cell.line === last.line && cell.end > last.end)) extent.last = cell;
  }
}

/** The first and last cells of a row in document order (a row is never empty). */
function rowExtent(d: Draft): Extent {
  const start = d.labelCell ?? d.groups[0] ?? d.cells[0] ?? d.strays[0]!;
  const extent = { first: start, last: start };
  widen(extent, d.groups);
  widen(extent, d.cells);
  widen(extent, d.strays);
  return extent;
}

function toRow(d: Draft): TableRow {
  const { first, last } = rowExtent(d);
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
  const region = locateTable(lines, from, to);
  if (!region) return null;
  const { layout } = region;
  const vocab = VOCABULARY[id];
  const c: Collector = { vocab, drafts: [], headerCells: [], captions: [], outdated: [], columnMap: null, headerColumns: [], wanted: vocab.columns };
  const aligned = layout === 'markdown' || layout === 'tab';
  for (const cells of rawRows(lines, region.start, region.end, layout, vocab)) {
    const lead = readLead(cells, vocab);
    if (isDataRow(cells, lead, vocab)) {
      dataRow(c, cells, lead, layout, lines);
      // Header rows after data start a new header (table 二's next block).
      if (c.headerColumns.length > 0) c.headerColumns = [];
      c.wanted = vocab.columns;
    } else headerRow(c, cells, aligned);
  }
  let drafts = c.drafts;
  if (id === 'four') drafts = joinTable4(drafts, c.vocab.width);
  else placeRows(drafts, c.vocab);
  if (drafts.length === 0 && c.captions.length === 0 && !c.headerCells.some((h) => c.vocab.id !== 'four' || hasWordCharacter(h.raw))) return null;

  const rows = drafts.map(toRow);
  // Every cell lies in the region: lines are flagged by their offset in it (a plain array: a
  // typed one costs more to create than to fill at these sizes).
  const dataLine = new Array<boolean>(region.end - region.start).fill(false);
  for (const r of rows) dataLine.fill(true, r.startLine - region.start, r.endLine - region.start);
  const headerLines = new Set<number>();
  for (const h of c.headerCells) if (!dataLine[h.line - region.start]) headerLines.add(h.line);
  for (const cap of c.captions) if (!dataLine[cap.cell.line - region.start]) headerLines.add(cap.cell.line);
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
