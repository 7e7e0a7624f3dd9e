/**
 * A report as the published document shows it: title, headings, paragraphs, the 落款, and
 * the three statutory tables laid out as the official form draws them (merged group cells,
 * captions across table 二, table 四's two header levels), whatever layout the draft used.
 * One layout that the report view (a webview beside the text) and the Word export both draw.
 *
 * Every block and cell keeps where it stands in the text, so the view can mark a finding on
 * its cell and jump back to it. Labels, captions and columns come from the schema; a table
 * read without confidence is shown as its lines, never rebuilt from a guess.
 */
import type { Diagnostic, Severity } from '../diagnostics';
import type { ParsedTable, Range, ReportModel, TableRow } from '../model';
import {
  TABLE2_BLOCKS,
  TABLE2_HEADER_LABEL,
  TABLE3_APPLICANT_CAPTION,
  TABLE3_COLUMNS,
  TABLE3_NOTE,
  TABLE3_ORG_CAPTION,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  TABLE4_OUTCOMES,
  type TableId,
} from '../schema/format';
import { splitRow } from './markdownTable';
import { HEADING_MARK, HTML_COMMENT } from '../text/markup';

export type DocCellRole = 'caption' | 'header' | 'group' | 'label' | 'value';

export interface DocCell {
  text: string;
  colspan: number;
  rowspan: number;
  role: DocCellRole;
  /** Where the cell's text stands in the draft; absent for labels the form prints (and the draft may not). */
  range?: Range;
}

export interface DocGrid {
  /** A statutory table, or null for another table of the draft (drawn as written). */
  table: TableId | null;
  /** Relative widths of the grid columns, in centimetres of an A4 page with the official margins. */
  columnsCm: number[];
  rows: DocCell[][];
  /** Header rows at the top (Word repeats them on every page for table 三). */
  headerRows: number;
  /** Font size in points: 五号 10.5, 小五 9. */
  fontPt: number;
}

/** Lines [startLine, endLine) of the draft a block was made from. */
export interface LineExtent {
  startLine: number;
  endLine: number;
}

export type DocBlock =
  | ({ kind: 'title' | 'paragraph' | 'signature'; text: string } & LineExtent)
  | ({ kind: 'heading'; level: 2 | 3; text: string } & LineExtent)
  | ({ kind: 'table'; grid: DocGrid } & LineExtent)
  /** A statutory table that could not be read with confidence: its lines as written. */
  | ({ kind: 'unreadable'; table: TableId; lines: string[] } & LineExtent);

export interface ReportDocument {
  title: string;
  blocks: DocBlock[];
}

const cell = (text: string, role: DocCellRole, colspan = 1, rowspan = 1, range?: Range): DocCell => ({ text, colspan, rowspan, role, ...(range ? { range } : {}) });

const BOLD = /\*\*(.+?)\*\*/g;

/** Markdown emphasis and heading marks a published document does not print. */
function plain(text: string): string {
  return text
    .replace(HEADING_MARK, '')
    .replace(BOLD, '$1')
    .replace(HTML_COMMENT, '')
    .trim();
}

function valueCell(row: TableRow | null, index: number): DocCell {
  const written = row?.cells[index];
  return written ? cell(written.raw, 'value', 1, 1, written.range) : cell('', 'value');
}

function labelRange(row: TableRow | null): Range | undefined {
  return row?.label?.range ?? row?.range;
}

function rowByKey(table: ParsedTable, key: string): TableRow | null {
  for (const row of table.rows) if (row.def?.key === key) return row;
  return null;
}

function table2Grid(table: ParsedTable): DocGrid {
  const width = 1 + Math.max(...TABLE2_BLOCKS.map((b) => b.columns.length));
  const rows: DocCell[][] = [];
  for (const block of TABLE2_BLOCKS) {
    const columns = block.columns.length;
    const spread = (cells: DocCell[]): DocCell[] => cells.map((c, i) => (i === cells.length - 1 ? { ...c, colspan: width - columns } : c));
    const caption = table.captions.find((c) => c.blockKey === block.key);
    rows.push([cell(block.caption, 'caption', width, 1, caption?.span.range)]);
    rows.push([cell(TABLE2_HEADER_LABEL, 'header'), ...spread(block.columns.map((c) => cell(c.label, 'header')))]);
    for (const def of block.rows) {
      const row = rowByKey(table, def.key);
      if (!row) continue; // left out as the draft leaves it out (row-missing names it)
      rows.push([cell(def.label, 'label', 1, 1, labelRange(row)), ...spread(block.columns.map((_, i) => valueCell(row, i)))]);
    }
  }
  for (const row of table.rows) if (!row.def) rows.push(unknownRow(row, width));
  return { table: 'two', columnsCm: [3.6, 4, 4, 4], rows, headerRows: 0, fontPt: 10.5 };
}

/** A row whose label matches no statutory row: shown as written, so the finding on it has a place. */
function unknownRow(row: TableRow, width: number, labelSpan = 1): DocCell[] {
  const values = row.cells.slice(0, width - labelSpan).map((c) => cell(c.raw, 'value', 1, 1, c.range));
  while (values.length < width - labelSpan) values.push(cell('', 'value'));
  return [cell(row.label?.text ?? '', 'label', labelSpan, 1, labelRange(row)), ...values];
}

function table3Grid(table: ParsedTable): DocGrid {
  const columns = TABLE3_COLUMNS.map((c) => c.label);
  const rows: DocCell[][] = [
    [cell(TABLE3_NOTE, 'header', 3, 3), cell(TABLE3_APPLICANT_CAPTION, 'header', 7)],
    [cell(columns[0]!, 'header', 1, 2), cell(TABLE3_ORG_CAPTION, 'header', 5), cell(columns[6]!, 'header', 1, 2)],
    columns.slice(1, 6).map((text) => cell(text, 'header')),
  ];
  // The statutory rows the draft writes, in the official order (a row it leaves out is left out
  // here too: the export must read back to the same findings, and row-missing names it).
  const present = TABLE3_ROWS.filter((def) => rowByKey(table, def.key));
  present.forEach((def, i) => {
    const row = rowByKey(table, def.key);
    const out: DocCell[] = [];
    def.groups.forEach((group, depth) => {
      if (present[i - 1]?.groups[depth] === group) return; // covered by the group cell above
      const written = row?.groupLabels.find((g) => plain(g.text) === group);
      out.push(cell(group, 'group', 1, present.filter((r) => r.groups[depth] === group).length, written?.range));
    });
    out.push(cell(def.label, 'label', 3 - def.groups.length, 1, labelRange(row)));
    for (let c = 0; c < TABLE3_COLUMNS.length; c++) out.push(valueCell(row, c));
    rows.push(out);
  });
  for (const row of table.rows) if (!row.def) rows.push(unknownRow(row, 10, 3));
  // Narrow label columns (group, sub-group, row label) so the long labels wrap inside their cells.
  return { table: 'three', columnsCm: [1.3, 1.7, 3.9, ...Array<number>(7).fill(1.24)], rows, headerRows: 3, fontPt: 10.5 };
}

function table4Grid(table: ParsedTable): DocGrid {
  const [review, direct, afterReview] = TABLE4_GROUPS;
  const outcomes = TABLE4_OUTCOMES.length;
  const row = table.rows.find((r) => r.def) ?? table.rows[0] ?? null;
  const rows: DocCell[][] = [
    [cell(review.label, 'header', outcomes, 2), cell(direct.parent, 'header', outcomes * 2)],
    [cell(direct.label, 'header', outcomes), cell(afterReview.label, 'header', outcomes)],
    TABLE4_COLUMNS.map((c) => cell(c.label, 'header')),
    TABLE4_COLUMNS.map((_, i) => valueCell(row, i)),
  ];
  return { table: 'four', columnsCm: Array<number>(TABLE4_COLUMNS.length).fill(1.04), rows, headerRows: 3, fontPt: 9 };
}

const GRIDS: Record<TableId, (table: ParsedTable) => DocGrid> = { two: table2Grid, three: table3Grid, four: table4Grid };

/** Could be a Markdown delimiter row (| --- | :-: |); the caller also wants a dash in it. */
const DELIMITER_ROW = /^\s*\|?[\s:|-]+\|?\s*$/;
const PIPE_LINE = /^\s*\|.*\|\s*$/;
/** A stop right after a sub-heading (（一）主动公开。): the line is still only a heading. */
const SUBHEADING_STOP = /^[。.：:]/;
/** A line holding only an HTML comment (a directive). */
const COMMENT_ONLY_LINE = /^\s*<!--.*-->\s*$/;

/** A Markdown or pipe table that is none of the statutory ones, drawn as written. */
function otherTable(lines: readonly string[], start: number, end: number): DocGrid {
  const rows: DocCell[][] = [];
  for (let line = start; line < end; line++) {
    const text = lines[line] ?? '';
    if (DELIMITER_ROW.test(text) && text.includes('-')) continue; // delimiter row
    rows.push(splitRow(text).map((c) => cell(plain(c), 'value')));
  }
  const width = Math.max(1, ...rows.map((r) => r.length));
  for (const row of rows) while (row.length < width) row.push(cell('', 'value'));
  return { table: null, columnsCm: Array<number>(width).fill(15.6 / width), rows, headerRows: 0, fontPt: 10.5 };
}

function isPipeLine(text: string): boolean {
  return PIPE_LINE.test(text);
}

export function reportDocument(model: ReportModel): ReportDocument {
  const { lines } = model;
  const tables = new Map<number, ParsedTable>();
  for (const part of model.parts) if (part.table) tables.set(part.table.startLine, part.table);
  const headings = new Map<number, 2 | 3>();
  for (const part of model.parts) {
    if (part.heading) headings.set(part.heading.line, 2);
    for (const sub of part.subheadings) {
      // A sub-heading followed by its text on the same line is a paragraph.
      const rest = (lines[sub.line] ?? '').slice(sub.title.range.end.character).trim();
      if (rest.replace(SUBHEADING_STOP, '') === '' && !headings.has(sub.line)) headings.set(sub.line, 3);
    }
  }
  const signatureLines = new Set<number>();
  if (model.signature?.agency) signatureLines.add(model.signature.agency.range.start.line);
  if (model.signature?.date) signatureLines.add(model.signature.date.line);
  const directiveLines = new Set(model.directives.map((d) => d.line));

  const blocks: DocBlock[] = [];
  const start = model.contentStartLine;
  const end = Math.min(model.contentEndLine, lines.length);
  for (let line = start; line < end; line++) {
    const table = tables.get(line);
    if (table) {
      const extent = { startLine: table.startLine, endLine: table.endLine };
      if (table.uncertain) blocks.push({ kind: 'unreadable', table: table.id, lines: lines.slice(table.startLine, table.endLine).filter((l) => l.trim() !== ''), ...extent });
      else blocks.push({ kind: 'table', grid: GRIDS[table.id](table), ...extent });
      line = table.endLine - 1;
      continue;
    }
    const raw = lines[line] ?? '';
    if (isPipeLine(raw)) {
      let last = line;
      while (last + 1 < end && isPipeLine(lines[last + 1] ?? '') && !tables.has(last + 1)) last++;
      blocks.push({ kind: 'table', grid: otherTable(lines, line, last + 1), startLine: line, endLine: last + 1 });
      line = last;
      continue;
    }
    if (directiveLines.has(line) && COMMENT_ONLY_LINE.test(raw)) continue;
    const text = plain(raw);
    if (text === '') continue;
    const extent = { startLine: line, endLine: line + 1 };
    if (model.title && model.title.range.start.line === line) blocks.push({ kind: 'title', text, ...extent });
    else if (headings.has(line)) blocks.push({ kind: 'heading', level: headings.get(line)!, text, ...extent });
    else if (signatureLines.has(line)) blocks.push({ kind: 'signature', text, ...extent });
    else blocks.push({ kind: 'paragraph', text, ...extent });
  }
  return { title: model.title ? plain(model.title.text) : '', blocks };
}

/** A finding as the report view marks it: on a cell, on a block, or about the whole report. */
export interface PlacedFinding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Index of the block it is marked on, or -1 when no block holds its line (e.g. a missing part). */
  block: number;
  /** [row, column] of the cell within the block's grid, when it stands in a cell. */
  cell?: [number, number];
}

function inside(range: Range, line: number, character: number): boolean {
  const { start, end } = range;
  if (line < start.line || line > end.line) return false;
  if (line === start.line && character < start.character) return false;
  if (line === end.line && character > end.character) return false;
  return true;
}

/** Places each finding on the cell or block of the document that holds its start. */
export function placeFindings(document: ReportDocument, diagnostics: readonly Diagnostic[]): PlacedFinding[] {
  return diagnostics.map((d) => {
    const { line, character } = d.range.start;
    const placed: PlacedFinding = { code: d.code, severity: d.severity, message: d.message, range: d.range, block: -1 };
    let nearest = -1;
    document.blocks.forEach((block, index) => {
      if (block.startLine <= line) nearest = index;
      if (placed.block >= 0 || line < block.startLine || line >= block.endLine) return;
      placed.block = index;
      if (block.kind !== 'table') return;
      block.grid.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          if (!placed.cell && c.range && inside(c.range, line, character)) placed.cell = [r, col];
        }),
      );
    });
    // A finding on a blank line (a missing part, a missing row) goes with the block before it.
    if (placed.block < 0 && nearest >= 0 && line < (document.blocks.at(-1)?.endLine ?? 0)) placed.block = nearest;
    return placed;
  });
}
