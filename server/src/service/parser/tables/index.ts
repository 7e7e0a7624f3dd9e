/**
 * Parsing one statutory table (二, 三 or 四) out of its part's body, whatever the layout:
 * lines become rows of raw cells, rows are classified (header, caption, group, label,
 * data, stray), then matched against the schema's rows.
 */
import type { Cell, ParsedTable, Span, TableLayout, TableRow } from '../../model';
import { range } from '../../model';
import type { TableId } from '../../schema/format';
import { TABLE4_ROW } from '../../schema/format';
import { hasWordCharacter, skipSpaces } from '../../text/spaces';
import { isBlankOrComment, isDelimiterRow, isPlaceholder, isValueKind, labelOf, makeCell, nextBar, splitCells, type RawCell } from './cells';
import { locateTable } from './layout';
import { NO_CELLS, isValueLike, readLead, streamRole, withCell, type RowLead, type TableCaption } from './lead';
import { placeRows, type Placeable } from './place';
import { TABLE2_COLUMN_BLOCK, TABLE2_HEADER_NORM, VOCABULARY, captionKey, hasOutdatedMarker, type TableVocabulary } from './vocabulary';

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
  captions: TableCaption[];
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
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlankOrComment(line)) continue;
    // The cells between pipes, as splitCells reads them (most lines are one cell, often with a
    // trailing pipe: 0 |). The stream skips empty cells, so none is made for a blank segment.
    let segStart = 0;
    for (;;) {
      const bar = nextBar(line, segStart);
      const segEnd = bar < 0 ? line.length : bar;
      if (skipSpaces(line, segStart, segEnd) < segEnd) stream.add(makeCell(line, i, segStart, segEnd, -1));
      if (bar < 0) break;
      segStart = bar + 1;
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

  /** A non-empty cell, in document order. */
  add(cell: RawCell): void {
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
      c.wanted = TABLE2_COLUMN_BLOCK.get(norm) ?? c.wanted;
    }
    if (cell.col >= 0) (c.headerColumns[cell.col] ??= []).push(norm);
  }
  if (!aligned) return;
  const map = columnPositions(c.headerColumns, c.wanted);
  if (map) c.columnMap = map;
  else if (contentsHeader) c.columnMap = null;
}

/**
 * Values of a row aligned on the header's columns; null when the row does not fit them. Text in
 * other columns after the row's text joins the draft's stray marks.
 */
function alignedValues(cells: RawCell[], map: number[], lastTextCol: number, lines: readonly string[], d: Draft): RawCell[] | null {
  if (map[0]! <= lastTextCol) return null;
  let extraFrom = -1;
  for (let i = lastTextCol + 1, k = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    // A cell's column is its index; the map's columns ascend: one walk over both tells which
    // cells are mapped, without a search of the map per cell.
    while (k < map.length && map[k]! < i) k++;
    if (cell.kind === 'empty' || map[k] === i) continue;
    if (isValueLike(cell)) return null;
    if (extraFrom < 0) extraFrom = i;
  }
  if (extraFrom >= 0) {
    // Rare: read again, now that the row is known to fit, rather than list the extras on every row.
    for (let i = extraFrom; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell.kind !== 'empty' && !map.includes(i)) addStray(d, cell);
    }
  }
  const line = cells[0]!.line;
  const lineEnd = lines[line]!.length;
  const values: RawCell[] = [];
  for (let k = 0; k < map.length; k++) {
    const col = map[k]!;
    values.push(cells[col] ?? { raw: '', line, start: lineEnd, end: lineEnd, col, kind: 'empty', value: null, norm: null });
  }
  return values;
}

function hasCellFrom(cells: readonly RawCell[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i]!.kind !== 'empty') return true;
  return false;
}

/** The last column holding the row's text (label, groups, stray marks); -1 when none. */
function lastTextColumn(d: Draft): number {
  let last = d.labelCell?.col ?? -1;
  for (const g of d.groups) if (g.col > last) last = g.col;
  for (const s of d.strays) if (s.col > last) last = s.col;
  return last;
}

function addStray(d: Draft, cell: RawCell): void {
  d.strays = withCell(d.strays, cell);
}

function appendAll<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]!);
}

function dataRow(c: Collector, cells: RawCell[], lead: RowLead, layout: TableLayout, lines: readonly string[]): void {
  // Most rows carry none of these.
  if (lead.headers.length > 0) appendAll(c.headerCells, lead.headers);
  if (lead.outdated.length > 0) appendAll(c.outdated, lead.outdated);
  if (lead.captions.length > 0) appendAll(c.captions, lead.captions);
  const d = newDraft(lead.label, lead.groups, NO_CELLS, lead.strays);

  let values: RawCell[] | null = null;
  // A row whose values are all lost keeps no cells, as in the unaligned layouts.
  if ((layout === 'markdown' || layout === 'tab') && c.columnMap && hasCellFrom(cells, lead.valuesFrom)) {
    values = alignedValues(cells, c.columnMap, lastTextColumn(d), lines, d);
  }
  if (!values) {
    values = [];
    for (let i = lead.valuesFrom; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell.kind === 'empty') continue;
      if (cell.kind === 'text' && !isPlaceholder(cell.raw) && !hasWordCharacter(cell.raw)) addStray(d, cell);
      else values.push(cell);
    }
  }
  d.cells = values;
  // One draft per row: the common case, without the list of chunks.
  if (layout !== 'cellPerLine') {
    c.drafts.push(d);
    return;
  }
  const width = c.vocab.id === 'two' ? 0 : c.vocab.width;
  if (width <= 1 || values.length <= width || values.length % width !== 0) {
    c.drafts.push(d);
    return;
  }
  // A stream row holding the values of several rows (their labels lost): one draft per row.
  d.cells = values.slice(0, width);
  c.drafts.push(d);
  for (let i = width; i < values.length; i += width) c.drafts.push(newDraft(null, NO_CELLS, values.slice(i, i + width), NO_CELLS));
}

/** A row holding numbers, or a statutory row's label with its values lost or written as text. */
function isDataRow(cells: readonly RawCell[], lead: RowLead, vocab: TableVocabulary): boolean {
  for (const cell of cells) if (isValueKind(cell.kind)) return true;
  return vocab.id !== 'four' && lead.matched && !lead.headerLike;
}

function span(cell: RawCell): Span {
  return { text: cell.raw, range: range(cell.line, cell.start, cell.line, cell.end) };
}

function spans(cells: readonly RawCell[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < cells.length; i++) out.push(span(cells[i]!));
  return out;
}

function toCells(cells: readonly RawCell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    out.push({ raw: cell.raw, range: range(cell.line, cell.start, cell.line, cell.end), kind: cell.kind, value: cell.value });
  }
  return out;
}

function isBefore(a: RawCell, b: RawCell): boolean {
  return a.line < b.line || (a.line === b.line && a.start < b.start);
}

function endsAfter(a: RawCell, b: RawCell): boolean {
  return a.line > b.line || (a.line === b.line && a.end > b.end);
}

function firstOf(cells: readonly RawCell[], first: RawCell): RawCell {
  for (let i = 0; i < cells.length; i++) if (isBefore(cells[i]!, first)) first = cells[i]!;
  return first;
}

function lastOf(cells: readonly RawCell[], last: RawCell): RawCell {
  for (let i = 0; i < cells.length; i++) if (endsAfter(cells[i]!, last)) last = cells[i]!;
  return last;
}

function toRow(d: Draft): TableRow {
  // The first and last cells in document order (a row is never empty).
  const start = d.labelCell ?? d.groups[0] ?? d.cells[0] ?? d.strays[0]!;
  const first = firstOf(d.strays, firstOf(d.cells, firstOf(d.groups, start)));
  const last = lastOf(d.strays, lastOf(d.cells, lastOf(d.groups, start)));
  return {
    def: d.def,
    label: d.labelCell ? span(d.labelCell) : null,
    groupLabels: spans(d.groups),
    labelStatus: d.status,
    cells: toCells(d.cells),
    strayCells: toCells(d.strays),
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
      appendAll(prev.cells, d.cells);
      for (const stray of d.strays) addStray(prev, stray);
    } else out.push(d);
  }
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    d.def = i === 0 ? TABLE4_ROW : null;
    d.status = i === 0 ? 'official' : 'unknown';
  }
  return out;
}

/** Whether a header cell would still count when no row was found (table 四: only one with words). */
function hasCountingHeader(c: Collector): boolean {
  for (const h of c.headerCells) if (c.vocab.id !== 'four' || hasWordCharacter(h.raw)) return true;
  return false;
}

/**
 * What each line of the region holds, by offset in the region (ROW_LINE, HEADER_LINE): one list
 * serves every table (grown when needed, cleared per table), instead of a new array per table.
 */
let lineFlags = new Uint8Array(256);
const ROW_LINE = 1;
const HEADER_LINE = 2;

/** The lines holding header cells or captions but no row, ascending. */
function headerLinesOf(c: Collector, rows: readonly TableRow[], regionStart: number, regionEnd: number): number[] {
  const out: number[] = [];
  if (c.headerCells.length === 0 && c.captions.length === 0) return out;
  // Every cell lies in the region.
  const size = regionEnd - regionStart;
  if (lineFlags.length < size) lineFlags = new Uint8Array(Math.max(size, lineFlags.length * 2));
  const flags = lineFlags;
  flags.fill(0, 0, size);
  for (const r of rows) for (let line = r.startLine; line < r.endLine; line++) flags[line - regionStart] = ROW_LINE;
  for (const h of c.headerCells) if (flags[h.line - regionStart] === 0) flags[h.line - regionStart] = HEADER_LINE;
  for (const cap of c.captions) if (flags[cap.cell.line - regionStart] === 0) flags[cap.cell.line - regionStart] = HEADER_LINE;
  // Read in line order: ascending, each line once, with no sort.
  for (let k = 0; k < size; k++) if (flags[k] === HEADER_LINE) out.push(regionStart + k);
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
  if (drafts.length === 0 && c.captions.length === 0 && !hasCountingHeader(c)) return null;

  const rows: TableRow[] = [];
  for (const d of drafts) rows.push(toRow(d));
  const captions: ParsedTable['captions'] = [];
  for (const cap of c.captions) captions.push({ blockKey: cap.blockKey, span: span(cap.cell) });
  const lastLine = region.end - 1;
  return {
    id,
    layout,
    startLine: region.start,
    endLine: region.end,
    range: range(region.start, 0, lastLine, lines[lastLine]!.length),
    rows,
    captions,
    headerLines: headerLinesOf(c, rows, region.start, region.end),
    outdatedMarkers: spans(c.outdated),
  };
}
