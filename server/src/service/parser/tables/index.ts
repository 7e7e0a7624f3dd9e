/**
 * Parsing one statutory table (二, 三 or 四) out of its part's body, whatever the layout:
 * lines become rows of raw cells, rows are classified (header, caption, group, label,
 * data, stray), then matched against the schema's rows.
 */
import type { Cell, ParsedTable, Position, Range, Span, TableLayout, TableRow } from '../../model';
import { range } from '../../model';
import type { TableId } from '../../schema/format';
import { TABLE4_ROW } from '../../schema/format';
import { hasWordCharacter, skipSpaces } from '../../text/spaces';
import { isBlankOrComment, isDelimiterRow, isPlaceholder, isValueKind, labelOf, makeCell, nextBar, splitCells, toCell, toSpan, type RawCell } from './cells';
import { locateTable } from './layout';
import { NO_MODEL_CELLS, NO_SPANS, isValueLike, readLead, streamRole, withItem, type RowLead, type TableCaption } from './lead';
import { placeRows } from './place';
import type { Draft } from '../draft';
import { isPageNumberLine, spacedRowValues, spacedTable } from './spaced';
import { normalizeLabel } from '../../text/normalize';
import { TABLE2_COLUMN_BLOCK, TABLE2_HEADER_NORM, VOCABULARY, captionKey, hasOutdatedMarker, isHeaderWord, isTable3Note, rowWidth, type TableVocabulary } from './vocabulary';

/** A header cell's normalised label and its column. */
interface HeaderLabel {
  norm: string;
  col: number;
}

interface Collector {
  vocab: TableVocabulary;
  /**
   * The model's rows, made once where each row is read; their extents (startLine, endLine,
   * range) are set by setExtent once the rows are final (table 四 joins rows broken over lines).
   */
  rows: Draft<TableRow>[];
  /** The normalised own label of rows[i], or null when lost (what placeRows matches). */
  labelNorms: (string | null)[];
  /** The lines holding header cells (column headers, notes, outdated markers). */
  headerLines: number[];
  /** Whether a header cell would still count when no row was found (table 四: only one with words). */
  countingHeader: boolean;
  captions: TableCaption[];
  outdated: Span[];
  /** Column positions of the values in an aligned (Markdown, tab) table, from its header rows. */
  columnMap: number[] | null;
  /**
   * Normalised header labels with their column, merged over the header rows read since the last
   * data row: a two-level header puts 自然人 and 总计 on one row, 商业企业 … 其他 on the next.
   */
  headerLabels: HeaderLabel[];
  /** The column labels the header rows should hold (table 二: those of the current block). */
  wanted: readonly string[];
}

/** Receives each row of raw cells in document order. */
type RowVisitor = (cells: readonly RawCell[]) => void;

/** Rows of raw cells: one per line in row-based layouts; grouped label-then-values in a cell stream. */
function visitRows(lines: readonly string[], start: number, end: number, layout: TableLayout, vocab: TableVocabulary, visit: RowVisitor): void {
  if (layout === 'cellPerLine') {
    streamRows(lines, start, end, vocab, visit);
    return;
  }
  const sep = layout === 'tab' ? '\t' : '|';
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlankOrComment(line) || (layout === 'markdown' && isDelimiterRow(line)) || isPageNumberLine(line)) continue;
    const cells = splitCells(line, i, sep);
    if (hasCellFrom(cells, 0)) visit(cells);
  }
}

/**
 * One cell per line: a row is its leading text (headers, groups, the label) and the values
 * after it. Text after the label or the values starts the next row only when it is a row or
 * group label, a header or a caption; other text (三十五, 无) is one of the row's values.
 */
function streamRows(lines: readonly string[], start: number, end: number, vocab: TableVocabulary, visit: RowVisitor): void {
  const stream = new CellStream(vocab, visit);
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    // A page number printed inside the table (text taken out of a PDF) belongs to no row.
    if (isBlankOrComment(line) || isPageNumberLine(line)) continue;
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
  stream.finish();
}

/** The rows of a cell stream, built one cell at a time (see streamRows). */
class CellStream {
  /** The cells of the row being read (handed to the visitor when the next row starts). */
  private row: RawCell[] = [];
  private hasLabel = false;
  private hasValues = false;

  constructor(
    private readonly vocab: TableVocabulary,
    private readonly visit: RowVisitor,
  ) {}

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
      this.visit(this.row);
      this.row = [];
      this.hasLabel = false;
      this.hasValues = false;
    }
    this.row.push(cell);
    if (role.isRowLabel) this.hasLabel = true;
  }

  finish(): void {
    if (this.row.length > 0) this.visit(this.row);
    this.row = [];
  }
}

/** Every row's range until setExtent sets its own: never read, never part of a returned model. */
const PENDING_RANGE: Range = range(0, 0, 0, 0);

/** A row as read, in the model's shape (fields in the model's order); placed and measured later. */
function newRow(label: Span | null, groupLabels: Span[], cells: Cell[], strayCells: Cell[]): Draft<TableRow> {
  return { def: null, label, groupLabels, labelStatus: 'missing', cells, strayCells, startLine: 0, endLine: 0, range: PENDING_RANGE };
}

function addRow(c: Collector, row: Draft<TableRow>, labelNorm: string | null): void {
  c.rows.push(row);
  c.labelNorms.push(labelNorm);
}

/**
 * The columns holding each wanted label in order (each the leftmost one after the previous label's
 * column), from the merged header rows; null when one is missing.
 */
function columnPositions(c: Collector, wanted: readonly string[]): number[] | null {
  if (wanted.length === 0) return null;
  let map: number[] | null = null;
  let from = 0;
  for (let w = 0; w < wanted.length; w++) {
    const label = wanted[w]!;
    let found = -1;
    for (const { norm, col } of c.headerLabels) {
      if (col >= from && (found < 0 || col < found) && norm === label) found = col;
    }
    if (found < 0) return null;
    // Sized once: a complete map holds one column per wanted label.
    (map ??= new Array<number>(wanted.length))[w] = found;
    from = found + 1;
  }
  return map;
}

function addHeaderCell(c: Collector, cell: RawCell): void {
  c.headerLines.push(cell.line);
  if (!c.countingHeader) c.countingHeader = holdsHeaderWord(labelOf(cell), c.vocab);
}

/**
 * Whether a header cell names something of this table (a column, a caption, the note): a table
 * with no row is a table only then. A sentence standing where the table belongs (本年度未发生
 * 行政复议、行政诉讼。) is no table, and table-missing says so.
 */
function holdsHeaderWord(norm: string, vocab: TableVocabulary): boolean {
  if (norm.length < 2) return false;
  if (vocab.id === 'three' && isTable3Note(norm)) return true;
  return vocab.headerWords.some((word) => word.length >= 2 && (norm.includes(word) || (norm.length <= word.length && word.includes(norm))));
}

/** A header row (no values): captions, column headers; with the rows above it, it may fix the value columns. */
function headerRow(c: Collector, cells: readonly RawCell[], aligned: boolean): void {
  let contentsHeader = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.kind === 'empty') continue;
    const norm = labelOf(cell);
    if (hasOutdatedMarker(norm)) {
      c.outdated.push(toSpan(cell));
      addHeaderCell(c, cell);
      continue;
    }
    const key = c.vocab.id === 'two' ? captionKey(norm) : null;
    if (key) c.captions.push({ blockKey: key, span: toSpan(cell) });
    else addHeaderCell(c, cell);
    if (c.vocab.id === 'two') {
      if (norm === TABLE2_HEADER_NORM) contentsHeader = true;
      c.wanted = TABLE2_COLUMN_BLOCK.get(norm) ?? c.wanted;
    }
    if (cell.col >= 0) c.headerLabels.push({ norm, col: cell.col });
  }
  if (!aligned) return;
  const map = columnPositions(c, c.wanted);
  if (map) c.columnMap = map;
  else if (contentsHeader) c.columnMap = null;
}

/**
 * Values of a row aligned on the header's columns; null when the row does not fit them. Text in
 * other columns after the row's text joins the row's stray marks.
 */
function alignedValues(cells: readonly RawCell[], map: number[], lastTextCol: number, lines: readonly string[], row: Draft<TableRow>): Cell[] | null {
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
      if (cell.kind !== 'empty' && !map.includes(i)) addStray(row, cell);
    }
  }
  const line = cells[0]!.line;
  const lineEnd = lines[line]!.length;
  // Sized once: the row holds exactly one value per mapped column.
  const values = new Array<Cell>(map.length);
  for (let k = 0; k < map.length; k++) {
    const col = map[k]!;
    const cell = cells[col];
    values[k] = cell ? toCell(cell) : { raw: '', range: range(line, lineEnd, line, lineEnd), kind: 'empty', value: null };
  }
  return values;
}

function hasCellFrom(cells: readonly RawCell[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i]!.kind !== 'empty') return true;
  return false;
}

/** A cell after a row's text that is one of its values: any text but a stray mark (a lone symbol). */
function isValueCell(cell: RawCell): boolean {
  if (cell.kind === 'empty') return false;
  return cell.kind !== 'text' || isPlaceholder(cell.raw) || hasWordCharacter(cell.raw);
}

function addStray(row: Draft<TableRow>, cell: RawCell): void {
  row.strayCells = withItem(row.strayCells, toCell(cell), NO_MODEL_CELLS);
}

function appendAll<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]!);
}

function dataRow(c: Collector, cells: readonly RawCell[], lead: RowLead, layout: TableLayout, lines: readonly string[]): void {
  // Most rows carry none of these.
  if (lead.headerLines.length > 0) {
    appendAll(c.headerLines, lead.headerLines);
    // Every header cell of a row's lead holds a word.
    c.countingHeader = true;
  }
  if (lead.outdated.length > 0) appendAll(c.outdated, lead.outdated);
  if (lead.captions.length > 0) appendAll(c.captions, lead.captions);
  const row = newRow(lead.label, lead.groups, NO_MODEL_CELLS, lead.strays);

  let values: Cell[] | null = null;
  // A row whose values are all lost keeps no cells, as in the unaligned layouts.
  if ((layout === 'markdown' || layout === 'tab') && c.columnMap && hasCellFrom(cells, lead.valuesFrom)) {
    values = alignedValues(cells, c.columnMap, lead.textColumn, lines, row);
  }
  if (!values) {
    // Counted first so the list is made at its size, not grown push by push (hot path: every data row).
    let valueCount = 0;
    for (let i = lead.valuesFrom; i < cells.length; i++) if (isValueCell(cells[i]!)) valueCount++;
    values = new Array<Cell>(valueCount);
    for (let i = lead.valuesFrom, k = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (isValueCell(cell)) values[k++] = toCell(cell);
      else if (cell.kind !== 'empty') addStray(row, cell);
    }
  }
  row.cells = values;
  // One model row per line's row: the common case, without the list of chunks.
  if (layout !== 'cellPerLine') {
    addRow(c, row, lead.labelNorm);
    return;
  }
  const width = c.vocab.id === 'two' ? 0 : c.vocab.width;
  if (width <= 1 || values.length <= width || values.length % width !== 0) {
    addRow(c, row, lead.labelNorm);
    return;
  }
  // A stream row holding the values of several rows (their labels lost): one model row per row.
  row.cells = values.slice(0, width);
  addRow(c, row, lead.labelNorm);
  for (let i = width; i < values.length; i += width) addRow(c, newRow(null, NO_SPANS, values.slice(i, i + width), NO_MODEL_CELLS), null);
}

/** A row holding numbers, or a statutory row's label with its values lost or written as text. */
function isDataRow(cells: readonly RawCell[], lead: RowLead, vocab: TableVocabulary): boolean {
  for (let i = 0; i < cells.length; i++) if (isValueKind(cells[i]!.kind)) return true;
  return vocab.id !== 'four' && lead.matched && !lead.headerLike;
}

/** Whether position a comes before position b in the document. */
function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Sets a final row's lines and range from its cells. */
function setExtent(row: Draft<TableRow>): void {
  // The first and last cells in document order (a row is never empty), starting from the
  // first of its label, groups, values and strays.
  const seed = (row.label ?? row.groupLabels[0] ?? row.cells[0] ?? row.strayCells[0]!).range;
  let first = seed.start;
  let last = seed.end;
  for (const items of [row.groupLabels, row.cells, row.strayCells]) {
    for (const { range: r } of items) {
      if (isBefore(r.start, first)) first = r.start;
      if (isBefore(last, r.end)) last = r.end;
    }
  }
  row.startLine = first.line;
  row.endLine = last.line + 1;
  row.range = range(first.line, first.character, last.line, last.character);
}

/** Table 四 has one row of 15 values; a row broken over lines is joined back. */
function joinTable4(rows: Draft<TableRow>[], width: number): Draft<TableRow>[] {
  const out: Draft<TableRow>[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (prev && prev.cells.length + row.cells.length <= width) {
      appendAll(prev.cells, row.cells);
      for (const stray of row.strayCells) prev.strayCells = withItem(prev.strayCells, stray, NO_MODEL_CELLS);
    } else out.push(row);
  }
  for (let i = 0; i < out.length; i++) {
    const row = out[i]!;
    row.def = i === 0 ? TABLE4_ROW : null;
    row.labelStatus = i === 0 ? 'official' : 'unknown';
  }
  return out;
}

/**
 * A value cell that holds another row (a statutory label, or a label and its numbers run
 * together, as text copied out of a PDF into a one-cell-per-line table gives): the rows were
 * not told apart, and every finding on this table would rest on that misreading.
 */
function misreadCell(rows: readonly TableRow[], vocab: TableVocabulary): { line: number; text: string } | null {
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.kind !== 'text') continue;
      const norm = normalizeLabel(cell.raw);
      const holdsLabel = vocab.normalizedRows.some((label) => label.length >= 4 && norm.includes(label));
      if (holdsLabel || spacedRowValues(cell.raw) >= 2) return { line: cell.range.start.line, text: cell.raw };
    }
  }
  return null;
}

/**
 * One cell per line read in an order that is not the table's (text taken out of a PDF without its
 * layout comes in the order the PDF stores it: labels of several rows, then their numbers): rows
 * whose numbers do not fill their columns, or statutory rows out of order, more often than a
 * clerk's slip would make them. A single short row stays an ordinary finding.
 */
function streamMisread(rows: readonly TableRow[], vocab: TableVocabulary): { line: number; text: string } | null {
  let short: TableRow | null = null;
  let shortCount = 0;
  let backwards = 0;
  let highest = -1;
  for (const row of rows) {
    // Numbers under a column header's name (本年处理决定数量 550): the header and the values of
    // another row read as one row.
    if (!row.def && row.label && row.cells.length > 0 && isHeaderWord(normalizeLabel(row.label.text), vocab)) return { line: row.startLine, text: row.label.text };
    if (!row.def) continue;
    if (row.cells.length !== rowWidth(row.def, vocab)) {
      shortCount++;
      short ??= row;
    }
    if (row.def.index < highest) backwards++;
    highest = Math.max(highest, row.def.index);
  }
  if (shortCount < 3 && backwards < 2) return null;
  const first = short ?? rows[0]!;
  return { line: first.startLine, text: first.label?.text ?? first.cells.map((cell) => cell.raw).join(' ') };
}

/**
 * Table 四's fifteen values split by header words (结果 维持 12 1 1 6 总计 351 …): the order the PDF
 * stores them in, not the table's, so which value is in which column is not known.
 */
function table4Interleaved(rows: readonly TableRow[], headerLines: readonly number[]): { line: number; text: string } | null {
  const row = rows[0];
  if (!row || row.def?.table !== 'four' || row.cells.length === 0) return null;
  const first = row.cells[0]!.range.start.line;
  const last = row.cells[row.cells.length - 1]!.range.start.line;
  const between = headerLines.find((line) => line > first && line < last);
  return between === undefined ? null : { line: between, text: row.cells.map((cell) => cell.raw).join(' ') };
}

/**
 * A label on a row of its own and its values on the next row, without a label (as OCR and
 * conversion tools write a table: the label cell, then the row of numbers): one row. Rows are
 * joined only in that shape, so a row whose values are truly lost keeps its own finding.
 */
function attachValuesBelow(rows: Draft<TableRow>[], labelNorms: (string | null)[]): void {
  for (let i = 0; i + 1 < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1]!;
    if (row.label === null || row.cells.some((cell) => cell.kind !== 'empty')) continue;
    if (next.label !== null || next.groupLabels.length > 0 || !next.cells.some((cell) => cell.kind !== 'empty')) continue;
    row.cells = next.cells;
    if (next.strayCells.length > 0) row.strayCells = [...row.strayCells, ...next.strayCells];
    rows.splice(i + 1, 1);
    labelNorms.splice(i + 1, 1);
  }
}

/** What each line of the region holds (see headerLinesOf). */
const ROW_LINE = 1;
const HEADER_LINE = 2;

/** The lines holding header cells or captions but no row, ascending. */
function headerLinesOf(c: Collector, rows: readonly TableRow[], regionStart: number, regionEnd: number): number[] {
  const out: number[] = [];
  if (c.headerLines.length === 0 && c.captions.length === 0) return out;
  // Every cell lies in the region: one flag per line of it, by offset in the region.
  const flags = new Uint8Array(regionEnd - regionStart);
  for (const r of rows) for (let line = r.startLine; line < r.endLine; line++) flags[line - regionStart] = ROW_LINE;
  for (const line of c.headerLines) if (flags[line - regionStart] === 0) flags[line - regionStart] = HEADER_LINE;
  for (const cap of c.captions) {
    const line = cap.span.range.start.line;
    if (flags[line - regionStart] === 0) flags[line - regionStart] = HEADER_LINE;
  }
  // Read in line order: ascending, each line once, with no sort.
  for (let k = 0; k < flags.length; k++) if (flags[k] === HEADER_LINE) out.push(regionStart + k);
  return out;
}

export function parseTable(lines: readonly string[], from: number, to: number, id: TableId): ParsedTable | null {
  const region = locateTable(lines, from, to);
  if (!region) return null;
  const { layout } = region;
  if (layout === 'spaced') return spacedTable(lines, region.start, region.end, id);
  const vocab = VOCABULARY[id];
  const c: Collector = {
    vocab,
    rows: [],
    labelNorms: [],
    headerLines: [],
    countingHeader: false,
    captions: [],
    outdated: [],
    columnMap: null,
    headerLabels: [],
    wanted: vocab.columns,
  };
  const aligned = layout === 'markdown' || layout === 'tab';
  visitRows(lines, region.start, region.end, layout, vocab, (cells) => {
    const lead = readLead(cells, vocab);
    if (isDataRow(cells, lead, vocab)) {
      dataRow(c, cells, lead, layout, lines);
      // Header rows after data start a new header (table 二's next block).
      c.headerLabels = [];
      c.wanted = vocab.columns;
    } else headerRow(c, cells, aligned);
  });
  let rows = c.rows;
  if (id === 'four') rows = joinTable4(rows, c.vocab.width);
  else {
    attachValuesBelow(rows, c.labelNorms);
    placeRows(rows, c.labelNorms, c.vocab);
  }
  if (rows.length === 0 && c.captions.length === 0 && !c.countingHeader) return null;

  for (const row of rows) setExtent(row);
  const lastLine = region.end - 1;
  const headerLines = headerLinesOf(c, rows, region.start, region.end);
  const uncertain = misreadCell(rows, vocab) ?? (layout === 'cellPerLine' ? streamMisread(rows, vocab) : null) ?? table4Interleaved(rows, c.headerLines);
  return {
    id,
    layout,
    startLine: region.start,
    endLine: region.end,
    range: range(region.start, 0, lastLine, lines[lastLine]!.length),
    rows,
    captions: c.captions,
    headerLines,
    outdatedMarkers: c.outdated,
    uncertain,
  };
}
