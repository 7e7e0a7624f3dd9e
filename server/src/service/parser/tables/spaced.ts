/**
 * Tables whose cells are separated by spaces: the text poppler's `pdftotext -layout`, a PDF
 * viewer's copy or a Markdown conversion gives of a published table (`行政许可   97`).
 *
 * Each line is read as text segments (runs separated by two or more spaces) followed by its
 * values (the trailing number tokens). A line with values is one row. Its label is the text on
 * its line, or — when a label wrapped inside its cell — that text with the label-only lines just
 * above or below it, whichever joins into a statutory label. The vertical merged cells
 * (三、本年度办理结果, （三）不予公开) come out a character or two at a time, on their own lines
 * or at the left of a row: they are group labels, never part of a row's label.
 *
 * Reading is honest: text between the rows that belongs to no row, group or header, and rows
 * whose values cannot be placed in their columns, make the table `uncertain`, and the rules
 * then report one finding for the table instead of what a guess would give.
 */
import type { Cell, ParsedTable, Range, Span, TableRow } from '../../model';
import { range } from '../../model';
import type { TableId } from '../../schema/format';
import { TABLE4_ROW } from '../../schema/format';
import { normalizeLabel } from '../../text/normalize';
import { isBlankOrComment, isPlaceholder, readValue } from './cells';
import { LABEL_THRESHOLD, nearestSimilarity, placeRows } from './place';
import type { Draft } from '../draft';
import { VOCABULARY, canonicalNumbering, captionKey, rowWidth, hasOutdatedMarker, isHeaderWord, isTable3Note, type TableVocabulary } from './vocabulary';

/** A run of non-space characters on a line. */
interface Token {
  text: string;
  start: number;
  end: number;
}

type SegmentRole = 'label' | 'group' | 'header' | 'caption' | 'outdated';

/** A piece of text on a line: tokens separated by at most one space. */
interface Segment {
  text: string;
  norm: string;
  line: number;
  start: number;
  end: number;
  role: SegmentRole;
}

interface ReadLine {
  line: number;
  segments: Segment[];
  values: Cell[];
}

/** Page numbers printed inside a table: -3-, — 3 —, 第 3 页, 第3页 共6页, 3/6. */
const PAGE_NUMBER = /^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})\s*$/;

export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER.test(line);
}

/** A token of a space-separated line: a run of anything but white space. */
const TOKEN = /\S+/g;
const WHITE_SPACE_RUNS = /\s+/;

function tokensOf(line: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m; m = TOKEN.exec(line)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

function isValueToken(text: string): boolean {
  const kind = readValue(text).kind;
  return kind === 'integer' || kind === 'decimal' || kind === 'slash' || isPlaceholder(text);
}

/** How many of the line's last tokens are values (a run of them ends the line). */
function trailingValueCount(tokens: readonly Token[]): number {
  let n = 0;
  while (n < tokens.length && isValueToken(tokens[tokens.length - 1 - n]!.text)) n++;
  return n;
}

/**
 * How many values a line holds as a row of a space-separated table (0 when it is none): text
 * then at least one number, or at least two numbers, all separated by spaces (and no pipe or
 * tab, which other layouts own).
 */
export function spacedRowValues(line: string): number {
  if (line.includes('|') || line.includes('\t')) return 0;
  const tokens = tokensOf(line);
  if (tokens.length < 2) return 0;
  const values = trailingValueCount(tokens);
  if (values === 0 || values === tokens.length) return values;
  // A sentence ending in a number (共收到申请 21) is prose: the label of a row is a cell, set
  // apart from its values by a gap, or short.
  const lastText = tokens[tokens.length - values - 1]!;
  const firstValue = tokens[tokens.length - values]!;
  return firstValue.start - lastText.end >= 2 || lastText.end - tokens[0]!.start <= 40 ? values : 0;
}

/**
 * The line's text as segments with their roles. Tokens one space apart are one segment (a label
 * printed with a space inside), except that group pieces leading a segment stand apart: a merged
 * cell's piece printed one space before a row's label (（四）无 2.没有现成信息需要).
 */
function segmentsOf(line: string, lineNo: number, tokens: readonly Token[], vocab: TableVocabulary): Segment[] {
  const segments: Segment[] = [];
  const make = (from: number, to: number): Segment => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const text = line.slice(start, end);
    const segment: Segment = { text, norm: normalizeLabel(text), line: lineNo, start, end, role: 'label' };
    segment.role = roleOf(segment, vocab);
    return segment;
  };
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.start - tokens[i - 1]!.end < 2) continue;
    const whole = make(first, i);
    let from = first;
    if (whole.role === 'label' && i - first > 1) {
      while (from < i - 1 && isGroupPiece(normalizeLabel(tokens[from]!.text), WORDS[vocab.id])) segments.push(make(from, ++from));
    }
    segments.push(from === first ? whole : make(from, i));
    first = i;
  }
  return segments;
}

/** Words of the table's group labels, and of its row labels, for telling fragments apart. */
interface Words {
  groups: readonly string[];
  rows: readonly string[];
}

const WORDS: Record<TableId, Words> = {
  two: { groups: VOCABULARY.two.groups, rows: VOCABULARY.two.normalizedRows },
  three: { groups: VOCABULARY.three.groups, rows: VOCABULARY.three.normalizedRows },
  four: { groups: VOCABULARY.four.groups, rows: VOCABULARY.four.normalizedRows },
};

/**
 * A group label or a piece of one printed apart (三、, 本, （三）不, 予公开): a piece of a group
 * label that is no piece of a row label, or a piece of one or two characters (a vertical label
 * prints that few a line; a label that wraps leaves longer pieces).
 */
function isGroupPiece(norm: string, words: Words): boolean {
  if (norm.length === 0 || !words.groups.some((g) => g.includes(norm))) return false;
  return norm.length <= 2 || !words.rows.some((r) => r.includes(norm));
}

function roleOf(segment: Segment, vocab: TableVocabulary): SegmentRole {
  const norm = segment.norm;
  if (vocab.exactRows.has(canonicalNumbering(norm))) return 'label';
  if (vocab.id === 'two' && captionKey(norm)) return 'caption';
  if (hasOutdatedMarker(norm)) return 'outdated';
  if (isGroupPiece(norm, WORDS[vocab.id])) return 'group';
  if (vocab.id === 'four' || isHeaderWord(norm, vocab) || (vocab.id === 'three' && isTable3Note(norm))) return 'header';
  // Header words printed one space apart (社会 法律, a header repeated on a new page).
  const words = segment.text.split(WHITE_SPACE_RUNS);
  if (words.length > 1 && words.every((w) => isHeaderWord(normalizeLabel(w), vocab))) return 'header';
  return 'label';
}

function toValueCell(line: number, token: Token): Cell {
  const { kind, value } = readValue(token.text);
  return { raw: token.text, range: range(line, token.start, line, token.end), kind: isPlaceholder(token.text) ? 'text' : kind, value };
}

function readLine(line: string, lineNo: number, vocab: TableVocabulary): ReadLine {
  const tokens = tokensOf(line);
  const valueCount = trailingValueCount(tokens);
  const textTokens = tokens.slice(0, tokens.length - valueCount);
  const segments = textTokens.length > 0 ? segmentsOf(line, lineNo, textTokens, vocab) : [];
  if (valueCount === 0) markHeaderPieces(segments, vocab);
  return { line: lineNo, segments, values: tokens.slice(tokens.length - valueCount).map((t) => toValueCell(lineNo, t)) };
}

/**
 * On a header line, the pieces of header words printed apart (自然 / 人, 商业 / 企业) are header
 * too: a line holding a header word and otherwise only such pieces is all header.
 */
function markHeaderPieces(segments: Segment[], vocab: TableVocabulary): void {
  if (!segments.some((s) => s.role === 'header')) return;
  const pieces = segments.filter((s) => s.role !== 'header');
  if (pieces.every((s) => s.norm.length > 0 && vocab.headerWords.some((word) => word.includes(s.norm)))) for (const s of pieces) s.role = 'header';
}

/** How well a label reads as the table's row: 2 for an official label, its similarity for a near one, 0 for none. */
function labelScore(written: string, vocab: TableVocabulary): number {
  const norm = canonicalNumbering(written);
  if (norm.length === 0) return 0;
  if (vocab.exactRows.has(norm)) return 2;
  const best = nearestSimilarity(norm, vocab);
  return best >= LABEL_THRESHOLD ? best : 0;
}

/** The label pieces of a label-only line (its segments that may belong to a row's label). */
function labelPieces(read: ReadLine): Segment[] {
  return read.segments.filter((s) => s.role === 'label');
}

interface SpacedReading {
  rows: TableRow[];
  captions: { blockKey: string; span: Span }[];
  headerLines: number[];
  outdated: Span[];
  /** Why the table cannot be read with confidence, or null when it can. */
  uncertain: { line: number; text: string } | null;
}

/**
 * Reads the lines [start, end) of a space-separated table. Pure; never throws.
 */
function readSpacedTable(lines: readonly string[], start: number, end: number, id: TableId): SpacedReading {
  const vocab = VOCABULARY[id];
  const reads: ReadLine[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlankOrComment(line) || isPageNumberLine(line)) continue;
    reads.push(readLine(line, i, vocab));
  }
  const used = new Set<Segment>();
  const rows: Draft<TableRow>[] = [];
  const labelNorms: (string | null)[] = [];
  const captions: { blockKey: string; span: Span }[] = [];
  const headerLines = new Set<number>();
  const outdated: Span[] = [];

  for (let k = 0; k < reads.length; k++) {
    const read = reads[k]!;
    read.segments.forEach((segment) => {
      const role = segment.role;
      const span = { text: segment.text, range: range(segment.line, segment.start, segment.line, segment.end) };
      if (role === 'caption') captions.push({ blockKey: captionKey(segment.norm)!, span });
      else if (role === 'outdated') outdated.push(span);
      if (role === 'caption' || role === 'outdated' || role === 'header') {
        used.add(segment);
        if (read.values.length === 0) headerLines.add(read.line);
      }
    });
    if (read.values.length === 0) continue;
    const label = id === 'four' ? [] : chooseLabel(reads, k, used, vocab);
    for (const piece of label) used.add(piece);
    const groups: Span[] = [];
    read.segments.forEach((segment) => {
      if (segment.role === 'group' && !used.has(segment)) {
        used.add(segment);
        groups.push({ text: segment.text, range: range(segment.line, segment.start, segment.line, segment.end) });
      }
    });
    const labelSpan = spanOf(label);
    rows.push({ def: null, label: labelSpan, groupLabels: groups, labelStatus: 'missing', cells: read.values, strayCells: [], startLine: 0, endLine: 0, range: range(0, 0, 0, 0) });
    labelNorms.push(labelSpan ? normalizeLabel(label.map((p) => p.text).join('')) : null);
  }

  // Group pieces on lines of their own are accounted for too.
  for (const read of reads) for (const segment of read.segments) if (segment.role === 'group') used.add(segment);

  const finalRows = id === 'four' ? joinValueLines(rows, vocab.width) : rows;
  if (id !== 'four') placeRows(finalRows, labelNorms, vocab);
  for (const row of finalRows) setExtent(row);
  return { rows: finalRows, captions, headerLines: [...headerLines].sort((a, b) => a - b), outdated, uncertain: uncertainty(reads, used, finalRows, vocab) };
}

/** A line next to a row's numbers that may hold a piece of its label. */
interface NearLine {
  /** Its pieces not yet taken, in order: label pieces, and group pieces (a label's last character may look like one). */
  pieces: Segment[];
  /** Only group pieces (三、, 本, （三）不): taken into a label only when that makes it an official one. */
  groupOnly: boolean;
  /**
   * The normalised text of its label pieces, and of all its pieces: normalisation goes character
   * by character, so a window's label is the concatenation of these, made without re-reading pieces.
   */
  labelNorm: string;
  allNorm: string;
  hasGroup: boolean;
}

/** How many lines above and below a row's numbers its label may reach (a label wrapped over five lines). */
const REACH = 5;

/**
 * The pieces of a value line's label: its own label text, joined with lines just above and
 * below it when that makes a better label (a label wrapped inside its cell). Lines already given
 * to an earlier row are not taken again. An official label made of any of the nearby lines wins
 * (fewest lines first, the lines above before those below: a label is printed before its numbers
 * or around them, and a whole label below the numbers is the next row's); otherwise runs of
 * label lines next to the numbers are tried for a near label.
 */
function chooseLabel(reads: readonly ReadLine[], k: number, used: ReadonlySet<Segment>, vocab: TableVocabulary): Segment[] {
  const own = labelPieces(reads[k]!).filter((s) => !used.has(s));
  if (vocab.exactRows.has(canonicalNumbering(joinNorm(own)))) return own;
  const above = nearLines(reads, k, -1, used);
  const below = nearLines(reads, k, +1, used);
  const exact = exactLabel(own, above, below, vocab);
  if (exact) return exact;

  const aboveRun = labelRun(above, 'above');
  const belowRun = labelRun(below, 'below');
  let best: Segment[] = own;
  let bestScore = labelScore(joinNorm(own), vocab);
  for (let lines = 1; lines <= aboveRun.length + belowRun.length; lines++) {
    for (let a = Math.min(lines, aboveRun.length); a >= 0; a--) {
      const b = lines - a;
      if (b > belowRun.length) continue;
      const pieces = [...aboveRun.slice(aboveRun.length - a).flat(), ...own, ...belowRun.slice(0, b).flat()];
      const score = labelScore(joinNorm(pieces), vocab);
      // A neighbour's line is taken only when it makes a clearly better label.
      if (score > bestScore + 0.05) {
        best = pieces;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * An official label made of the row's own text and the nearby lines, or null. The lines are
 * taken outwards from the numbers, fewest first and those above before those below; the group
 * pieces among them are left out, then tried in (a label's last characters may look like a
 * group's: 公开).
 */
function exactLabel(own: readonly Segment[], above: readonly NearLine[], below: readonly NearLine[], vocab: TableVocabulary): Segment[] | null {
  const ownNorm = joinNorm(own);
  for (let lines = 1; lines <= above.length + below.length; lines++) {
    for (let a = Math.min(lines, above.length); a >= 0; a--) {
      const b = lines - a;
      if (b > below.length) continue;
      const up = above.slice(above.length - a);
      const down = below.slice(0, b);
      for (const withGroups of [false, true]) {
        if (withGroups && !up.some((line) => line.hasGroup) && !down.some((line) => line.hasGroup)) continue;
        const normOf = (line: NearLine): string => (withGroups ? line.allNorm : line.labelNorm);
        const candidate = up.map(normOf).join('') + ownNorm + down.map(normOf).join('');
        if (!vocab.exactRows.has(canonicalNumbering(candidate))) continue;
        const take = (near: readonly NearLine[]): Segment[] => near.flatMap((line) => (withGroups ? line.pieces : line.pieces.filter((s) => s.role !== 'group')));
        return [...take(up), ...own, ...take(down)];
      }
    }
  }
  return null;
}

/** The label lines of `near` next to the numbers (group-only lines passed over), as lists of label pieces. */
function labelRun(near: readonly NearLine[], side: 'above' | 'below'): Segment[][] {
  const ordered = side === 'above' ? [...near].reverse() : near;
  const run: Segment[][] = [];
  for (const line of ordered) {
    if (line.groupOnly) continue;
    run.push(line.pieces.filter((s) => s.role !== 'group'));
  }
  return side === 'above' ? run.reverse() : run;
}

/**
 * Up to REACH lines next to reads[k] in a direction, in document order, that hold only label
 * and group pieces not yet taken; stops at a line with numbers or a header.
 */
function nearLines(reads: readonly ReadLine[], k: number, step: -1 | 1, used: ReadonlySet<Segment>): NearLine[] {
  const found: NearLine[] = [];
  for (let j = k + step; j >= 0 && j < reads.length && found.length < REACH; j += step) {
    const read = reads[j]!;
    // The table's header printed again on a new page stands between a row's label pieces when
    // the row is cut by the page break: look past it.
    if (read.values.length === 0 && read.segments.length > 0 && read.segments.every((s) => s.role === 'header')) continue;
    if (read.values.length > 0 || read.segments.some((s) => s.role !== 'label' && s.role !== 'group')) break;
    const pieces = read.segments.filter((s) => !used.has(s));
    if (pieces.length === 0) break;
    const labels = pieces.filter((s) => s.role !== 'group');
    found.push({
      pieces,
      groupOnly: labels.length === 0,
      labelNorm: labels.map((s) => s.norm).join(''),
      allNorm: pieces.map((s) => s.norm).join(''),
      hasGroup: labels.length < pieces.length,
    });
  }
  return step === -1 ? found.reverse() : found;
}

function joinNorm(pieces: readonly Segment[]): string {
  return normalizeLabel(pieces.map((p) => p.text).join(''));
}

function spanOf(pieces: readonly Segment[]): Span | null {
  if (pieces.length === 0) return null;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  return { text: pieces.map((p) => p.text).join(''), range: range(first.line, first.start, last.line, last.end) };
}

/** Table 四: its values may be broken over lines; consecutive value lines are joined up to the row's width. */
function joinValueLines(rows: Draft<TableRow>[], width: number): Draft<TableRow>[] {
  const out: Draft<TableRow>[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (prev && prev.cells.length + row.cells.length <= width) prev.cells = [...prev.cells, ...row.cells];
    else out.push({ ...row, label: null, groupLabels: [] });
  }
  out.forEach((row, i) => {
    row.def = i === 0 ? TABLE4_ROW : null;
    row.labelStatus = i === 0 ? 'official' : 'unknown';
  });
  return out;
}

function setExtent(row: Draft<TableRow>): void {
  const ranges: Range[] = [];
  if (row.label) ranges.push(row.label.range);
  for (const g of row.groupLabels) ranges.push(g.range);
  for (const c of row.cells) ranges.push(c.range);
  const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
  let first = ranges[0]!.start;
  let last = ranges[0]!.end;
  for (const r of ranges) {
    if (before(r.start, first)) first = r.start;
    if (before(last, r.end)) last = r.end;
  }
  row.startLine = first.line;
  row.endLine = last.line + 1;
  row.range = { start: first, end: last };
}

/**
 * What makes the reading uncertain: text between the first and the last row that no row, group
 * or header took; a row whose values do not fill its columns (space-separated text loses blank
 * cells, so which column a value stands in is not known); a row whose label was lost and whose
 * place cannot be told.
 */
function uncertainty(reads: readonly ReadLine[], used: ReadonlySet<Segment>, rows: readonly TableRow[], vocab: TableVocabulary): { line: number; text: string } | null {
  const valueLines = reads.filter((r) => r.values.length > 0);
  if (valueLines.length === 0) return null;
  const firstLine = valueLines[0]!.line;
  const lastLine = valueLines[valueLines.length - 1]!.line;
  for (const read of reads) {
    if (read.line < firstLine || read.line > lastLine) continue;
    for (const segment of read.segments) if (!used.has(segment)) return { line: segment.line, text: segment.text };
  }
  for (const row of rows) {
    const width = row.def ? rowWidth(row.def, vocab) : vocab.width;
    if ((row.def === null && row.mergedGroup === undefined) || row.cells.length !== width) {
      const line = row.startLine;
      return { line, text: row.label?.text ?? row.cells.map((c) => c.raw).join(' ') };
    }
  }
  return null;
}


/** For parseTable: the model's table from a reading. */
export function spacedTable(lines: readonly string[], start: number, end: number, id: TableId): ParsedTable | null {
  const reading = readSpacedTable(lines, start, end, id);
  if (reading.rows.length === 0 && reading.captions.length === 0) return null;
  const lastLine = end - 1;
  return {
    id,
    layout: 'spaced',
    startLine: start,
    endLine: end,
    range: range(start, 0, lastLine, lines[lastLine]!.length),
    rows: reading.rows,
    captions: reading.captions,
    headerLines: reading.headerLines,
    outdatedMarkers: reading.outdated,
    uncertain: reading.uncertain,
  };
}
