/**
 * Parts 二, 三 and 四 without their heading: when a clerk deletes (or never writes) the heading
 * 三、…, table 三 stays where it was and would be read as part of the body of the part before
 * it. Found by its table, such a part is recovered as implicit (no heading), like part 一 by its
 * sub-headings: its body starts at the table's first line (caption or header lines included).
 * Only asked of documents that miss one of these parts.
 */
import { partById, TABLE3_COLUMNS, TABLE4_HEADER_WORDS, type PartId, type TableId } from '../schema/format';
import type { LineSpan, ParsedTable, Part, TableRow } from '../model';
import { parseTable } from './tables';
import { isBlankOrComment, isDelimiterRow, separatorsOf } from './tables/cells';
import { isProse } from './tables/layout';
import { normalizeLabel } from '../text/normalize';

/** The parts whose heading can be recovered from their statutory table. */
export const TABLE_PART_IDS: readonly PartId[] = [2, 3, 4];

/** The parts found so far and where the report proper lies. */
export interface PartsInText {
  lines: readonly string[];
  parts: readonly Part[];
  contentStartLine: number;
  contentEndLine: number;
}

/** A line of separators with no text (|||| between the blocks of a table copied from a web page). */
const ONLY_SEPARATORS = /^[\s|]*$/;

/** A region of lines [from, to) that may hold the table. */
interface Region {
  from: number;
  to: number;
  /** The part whose body the region is (null: the text before the first part). */
  owner: Part | null;
}

/** The text the missing part's table was left in: the body of the part before it, else the text before the first part. */
function regionOf(doc: PartsInText, id: PartId): Region | null {
  let owner: Part | null = null;
  for (const part of doc.parts) if (part.id < id && (!owner || part.bodyEndLine > owner.bodyEndLine)) owner = part;
  if (owner) return { from: owner.bodyStartLine, to: owner.bodyEndLine, owner };
  const first = doc.parts.reduce<number>((min, p) => Math.min(min, p.heading?.line ?? p.bodyStartLine), doc.contentEndLine);
  return first > doc.contentStartLine ? { from: doc.contentStartLine, to: first, owner: null } : null;
}

/** The line a row is known by: its label's (a cell stream may start the row on earlier lines). */
function anchorLine(row: TableRow): number {
  return row.label ? row.label.range.start.line : row.startLine;
}

/** A row of a labelled table (二, 三) whose label names a statutory row. */
function isRecognised(row: TableRow): boolean {
  return row.def !== null && (row.labelStatus === 'official' || row.labelStatus === 'variant');
}

/**
 * The first row that shows the table is there. Tables 二 and 三: the first of at least two rows
 * labelled as statutory rows (one matching label could be chance). Table 四 has no row labels: its
 * one row of figures, known by holding more figures than any row of table 三 can.
 */
function firstRowOf(table: ParsedTable): TableRow | null {
  if (table.id === 'four') {
    return table.rows.find((r) => r.cells.filter((c) => c.kind === 'integer' || c.kind === 'decimal').length > TABLE3_COLUMNS.length) ?? null;
  }
  const rows = [...table.rows].sort((a, b) => anchorLine(a) - anchorLine(b));
  if (rows.filter(isRecognised).length < 2) return null;
  let first = rows.findIndex(isRecognised);
  // Rows right before it that lost their label but were placed by position are the table's too.
  while (first > 0 && rows[first - 1]!.def !== null && rows[first - 1]!.labelStatus === 'missing') first--;
  return rows[first] ?? null;
}

/**
 * Where the tables standing before the missing part's table end in the region: after the last
 * labelled row of each (the tables of the owner and of other missing parts between), so that
 * their lines are never read as the missing table's.
 */
function afterEarlierTables(lines: readonly string[], region: Region, id: PartId): number {
  let cursor = region.from;
  const firstId = region.owner ? region.owner.id : 1;
  for (let earlier = firstId; earlier < id; earlier++) {
    const tableId = partById(earlier as PartId).table;
    if (!tableId || tableId === 'four') continue;
    const table = parseTable(lines, cursor, region.to, tableId);
    const rows = table ? table.rows.filter(isRecognised) : [];
    if (rows.length > 0) cursor = Math.max(cursor, ...rows.map(anchorLine)) + 1;
  }
  return cursor;
}

/**
 * Whether a header line the parser read is written as a table line. The parser reads the prose
 * and sub-headings of the part before the table as header cells; they are not the table's.
 */
function isTableLine(text: string, table: ParsedTable): boolean {
  if (separatorsOf(text) !== 0) return true;
  return table.layout === 'cellPerLine' && !isProse(text) && !text.trimStart().startsWith('#');
}

/**
 * The first line of a missing part's statutory table left in the text (its caption or header
 * lines, else its first row), or null when the text holds no such table.
 */
export function implicitTablePartStart(doc: PartsInText, id: PartId): number | null {
  const tableId: TableId | undefined = partById(id).table;
  if (!tableId) return null;
  const region = regionOf(doc, id);
  if (!region) return null;
  const from = afterEarlierTables(doc.lines, region, id);
  if (from >= region.to) return null;
  return tableIn(doc.lines, from, region.to, tableId)?.startLine ?? null;
}

/** The lines of statutory table `tableId` (caption and header lines, rows, the lines between) among lines [from, to), when its rows show it is there (firstRowOf). */
function tableIn(lines: readonly string[], from: number, to: number, tableId: TableId): LineSpan | null {
  const table = parseTable(lines, from, to, tableId);
  const first = table ? firstRowOf(table) : null;
  if (!table || !first) return null;
  const heads = new Set(table.headerLines);
  for (const caption of table.captions) heads.add(caption.span.range.start.line);
  let start = anchorLine(first);
  // A caption before the first row is the table's (table 二 opens with 第二十条第（一）项).
  for (const caption of table.captions) start = Math.min(start, Math.max(from, caption.span.range.start.line));
  // Above the first row (or caption): the table's header lines, with the blank and delimiter lines between them.
  for (let line = start - 1; line >= from; line--) {
    const text = lines[line] ?? '';
    if (heads.has(line) && isTableLine(text, table)) start = line;
    else if (!isBlankOrComment(text) && !isDelimiterRow(text) && !ONLY_SEPARATORS.test(text)) break;
  }
  // Table 四's row has no label: without its header above it, a run of figures could be the end of table 三's.
  if (tableId === 'four' && start === anchorLine(first)) return null;
  // It ends with its last statutory row: rows after it that match none (another table written
  // right after it, read as this one's unknown rows) are not its.
  let last = anchorLine(first) + 1;
  for (const row of table.rows) if (row.def !== null) last = Math.max(last, row.endLine);
  let end = Math.min(to, Math.max(last, start + 1));
  while (end > start + 1 && isBlankOrComment(lines[end - 1] ?? '')) end--;
  return { startLine: start, endLine: end };
}

/**
 * The searches of one document for tables written away from their headings: each region is
 * parsed at most once per table, and the lines normalised once, however many parts lack their
 * table (a long document of many reports run together has thousands of parts: searching every
 * region again for each of them made the analysis quadratic).
 */
export class ElsewhereSearch {
  private readonly found = new Map<string, LineSpan | null>();
  private readonly headed = new Map<string, boolean>();
  /** The answer for each part number: every part of one number excludes the same regions. */
  private readonly byPart = new Map<number, LineSpan | null>();
  private normalized: string[] | null = null;

  constructor(private readonly doc: PartsInText) {}

  /**
   * Where a part that has its heading but not its table left that table: in another part's
   * body, before the first part, or after the last part's body (after the 落款). Null when its
   * statutory table is nowhere in the report.
   */
  tableOf(missing: Part): LineSpan | null {
    const known = this.byPart.get(missing.id);
    if (known !== undefined) return known;
    const found = this.search(missing);
    this.byPart.set(missing.id, found);
    return found;
  }

  private search(missing: Part): LineSpan | null {
    const doc = this.doc;
    const tableId = partById(missing.id).table;
    if (!tableId || doc.parts.length === 0) return null;
    const regions: [number, number][] = [];
    const first = doc.parts.reduce<number>((min, p) => Math.min(min, p.heading?.line ?? p.bodyStartLine), doc.contentEndLine);
    regions.push([doc.contentStartLine, first]);
    let last = first;
    for (const part of doc.parts) {
      last = Math.max(last, part.bodyEndLine);
      // A part's whole body, its own table included: table 三 written right after table 二 is read
      // as table 二's unknown rows, yet its rows are table 三's.
      // A part of the same number (written twice: section-duplicate) holds its own table, not a lost one.
      if (part.id !== missing.id) regions.push([part.bodyStartLine, part.bodyEndLine]);
    }
    regions.push([last, doc.contentEndLine]);
    for (const [from, to] of regions) {
      if (from >= to) continue;
      // Table 四's header words must be in the table, so in its region: a region without them is not parsed.
      if (tableId === 'four' && !this.hasTable4Header(from, to)) continue;
      const found = this.tableIn(from, to, tableId);
      if (found && (tableId !== 'four' || this.hasTable4Header(found.startLine, found.endLine))) return found;
    }
    return null;
  }

  private tableIn(from: number, to: number, tableId: TableId): LineSpan | null {
    const key = `${tableId}:${from}:${to}`;
    const known = this.found.get(key);
    if (known !== undefined) return known;
    const found = tableIn(this.doc.lines, from, to, tableId);
    this.found.set(key, found);
    return found;
  }

  private hasTable4Header(from: number, to: number): boolean {
    const key = `${from}:${to}`;
    const known = this.headed.get(key);
    if (known !== undefined) return known;
    this.normalized ??= this.doc.lines.map(normalizeLabel);
    const result = hasTable4Header(this.normalized, { startLine: from, endLine: to });
    this.headed.set(key, result);
    return result;
  }
}

/**
 * Table 四 found anywhere must show its header (行政复议 … 结果维持 …): a run of figures under
 * some header line, enough when the table follows table 三, could be table 二's figures.
 */
function hasTable4Header(normalized: readonly string[], span: LineSpan): boolean {
  // Normalised, as header cells are matched: OCR splits words (结果 维持).
  let found = 0;
  for (const word of TABLE4_HEADER_WORDS) {
    for (let line = span.startLine; line < span.endLine; line++) {
      if (normalized[line]!.includes(word)) {
        found++;
        break;
      }
    }
  }
  return found >= 3;
}
