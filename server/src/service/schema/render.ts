/**
 * The one canonical renderer of the statutory tables and the report skeleton.
 *
 * Snippets, the new-report template, table conversion and the fixes that insert a
 * missing table all render through here, so every table the extension writes has
 * the same layout — one the parser reads back (tested) and the formatter leaves
 * unchanged (rows are already aligned by display width).
 *
 * Canonical layouts (GitHub-flavoured Markdown, one table per statutory table):
 * - 表二: one table; each block is a caption row (第二十条第（一）项), a header row
 *   (信息内容 | columns…) and its data rows; 4 columns, shorter blocks leave cells empty.
 * - 表三: header row `note | 自然人 | … | 总计`, then the 25 data rows, each with its own
 *   official label in the first cell (group labels are implied by the row order).
 * - 表四: the two-level header as three header rows, then the single row of 15 values.
 */
import type { ParsedTable, ReportModel } from '../model';
import { chineseNumeral } from '../text/normalize';
import { type OutCell, textCells, writeAlignedTable } from '../features/markdownTable';
import {
  FEE_SENTENCE,
  OVERVIEW_TOPICS,
  PARTS,
  TABLE2_BLOCKS,
  TABLE2_HEADER_LABEL,
  TABLE3_COLUMNS,
  TABLE3_NOTE,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  TABLE4_OUTCOMES,
  TABLE4_ROW,
  TITLE_SUFFIX,
  type TableId,
  periodSentence,
} from './format';

/** A cell value: a number, the raw text as written ('/', '1.5', ''), or absent. */
export type CellValue = number | string | null | undefined;
/** Values by row key (RowDef.key), in column order. */
export type TableValues = Readonly<Record<string, readonly CellValue[]>>;

export interface RenderOptions {
  /**
   * Writes a data cell (snippets turn it into a tab stop). `text` is the value as it
   * would be written; the return value is written instead, padded as if it were `text`.
   */
  cell?: (cell: { rowKey: string; column: number; text: string }) => string;
  /** Writes literal text (snippets escape $ } \). */
  literal?: (text: string) => string;
  /** Rows that match no statutory row (or repeat one), kept after the statutory rows so no value is lost. */
  extraRows?: readonly ExtraRow[];
  /**
   * Table 三: write the official group rows (三、本年度办理结果, （三）不予公开 …) as label-only
   * rows above their first sub-row, as the form shows them (the template and the snippets).
   */
  groupRows?: boolean;
}

export interface ExtraRow {
  label: string;
  cells: readonly string[];
}

/** Columns of the canonical table 二: 信息内容 plus the widest block's columns. */
export const TABLE2_COLUMN_COUNT = 1 + Math.max(...TABLE2_BLOCKS.map((b) => b.columns.length));

function valueText(values: TableValues | undefined, rowKey: string, column: number): string {
  if (!values) return '0';
  const v = values[rowKey]?.[column];
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? String(v) : v;
}

function literalCells(texts: readonly string[], options: RenderOptions): OutCell[] {
  const cells = textCells(texts);
  if (!options.literal) return cells;
  return cells.map((c) => ({ display: c.display, out: options.literal!(c.out) }));
}

const UNESCAPED_PIPE = /(?<!\\)\|/g;

function dataCell(values: TableValues | undefined, rowKey: string, column: number, options: RenderOptions): OutCell {
  const text = valueText(values, rowKey, column).replace(UNESCAPED_PIPE, '\\|');
  const out = options.cell ? options.cell({ rowKey, column, text }) : options.literal ? options.literal(text) : text;
  return { display: text, out };
}

function table2Rows(values: TableValues | undefined, options: RenderOptions): OutCell[][] {
  const rows: OutCell[][] = [];
  const width = TABLE2_COLUMN_COUNT;
  const fill = (cells: string[]): string[] => [...cells, ...new Array<string>(Math.max(0, width - cells.length)).fill('')];
  for (const block of TABLE2_BLOCKS) {
    rows.push(literalCells(fill([block.caption]), options));
    rows.push(literalCells(fill([TABLE2_HEADER_LABEL, ...block.columns.map((c) => c.label)]), options));
    for (const row of block.rows) {
      const cells = [...literalCells([row.label], options), ...block.columns.map((_, i) => dataCell(values, row.key, i, options))];
      rows.push([...cells, ...literalCells(new Array<string>(width - cells.length).fill(''), options)]);
    }
  }
  return rows;
}

function table3Rows(values: TableValues | undefined, options: RenderOptions): OutCell[][] {
  const header = literalCells([TABLE3_NOTE, ...TABLE3_COLUMNS.map((c) => c.label)], options);
  const rows: OutCell[][] = [];
  const groupsWritten = new Set<string>();
  for (const row of TABLE3_ROWS) {
    for (const group of options.groupRows ? row.groups : []) {
      if (groupsWritten.has(group)) continue;
      groupsWritten.add(group);
      rows.push(literalCells([group, ...TABLE3_COLUMNS.map(() => '')], options));
    }
    rows.push([...literalCells([row.label], options), ...TABLE3_COLUMNS.map((_, i) => dataCell(values, row.key, i, options))]);
  }
  return [header, ...rows];
}

function table4Rows(values: TableValues | undefined, options: RenderOptions): OutCell[][] {
  const size = TABLE4_OUTCOMES.length;
  // 行政诉讼 spans its two subgroups: written once, above the first of them.
  const groupRow = TABLE4_GROUPS.flatMap((g, i) => {
    const first = g.parent === null ? g.label : TABLE4_GROUPS[i - 1]?.parent === g.parent ? '' : g.parent;
    return [first, ...new Array<string>(size - 1).fill('')];
  });
  const subgroupRow = TABLE4_GROUPS.flatMap((g) => [g.parent === null ? '' : g.label, ...new Array<string>(size - 1).fill('')]);
  const outcomeRow = TABLE4_GROUPS.flatMap(() => TABLE4_OUTCOMES.map((o) => o.label));
  const data = TABLE4_COLUMNS.map((_, i) => dataCell(values, TABLE4_ROW.key, i, options));
  return [literalCells(groupRow, options), literalCells(subgroupRow, options), literalCells(outcomeRow, options), data];
}

/**
 * The lines of a statutory table in the canonical Markdown layout, aligned by display
 * width. Without `values` every number is 0; with `values`, absent cells stay empty
 * (a blank cell is missing data, not zero).
 */
export function renderTableMarkdown(id: TableId, values?: TableValues, options: RenderOptions = {}): string[] {
  const rows = id === 'two' ? table2Rows(values, options) : id === 'three' ? table3Rows(values, options) : table4Rows(values, options);
  for (const extra of options.extraRows ?? []) rows.push(literalCells(id === 'four' ? extra.cells : [extra.label, ...extra.cells], options));
  return writeAlignedTable(rows, new Array(rows[0]!.length).fill('none'));
}

/**
 * The values of a parsed table by row key (raw text, so '/', decimals and blanks
 * survive), and the rows that have no statutory place (unknown or repeated) with
 * their label and cells, so that a conversion keeps every value.
 */
export function tableContentOf(table: ParsedTable): { values: Record<string, string[]>; extraRows: ExtraRow[] } {
  const values: Record<string, string[]> = {};
  const extraRows: ExtraRow[] = [];
  for (const row of table.rows) {
    const key = row.def?.key ?? (table.id === 'four' && row.cells.length > 0 && !values[TABLE4_ROW.key] ? TABLE4_ROW.key : null);
    const cells = row.cells.map((c) => c.raw);
    if (key && !values[key]) values[key] = cells;
    else if (cells.some((c) => c !== '') || row.label) extraRows.push({ label: row.label?.text ?? '', cells });
  }
  return { values, extraRows };
}

/** The canonical Markdown lines of a parsed table, every value kept. */
export function renderParsedTable(table: ParsedTable): string[] {
  const { values, extraRows } = tableContentOf(table);
  return renderTableMarkdown(table.id, values, { extraRows });
}

export interface SkeletonInput {
  agency: string;
  year: number;
}

export function reportTitle(agency: string, year: number): string {
  return `${agency}${year}年${TITLE_SUFFIX}`;
}

/** Sub-headings the skeleton gives part 五 (its two required elements). */
export const IMPROVEMENT_SUBHEADINGS = ['（一）存在的主要问题', '（二）改进情况'] as const;

/**
 * A whole report to fill in: title, statistics period, the six parts (part 一 with its
 * five topics, parts 二–四 with their tables, part 五 with problems and improvements,
 * part 六 with the fee sentence) and the 落款 with a date of Y+1 (31 January: it meets
 * every deadline).
 */
export function renderReportSkeleton(input: SkeletonInput): string {
  const { agency, year } = input;
  const lines: string[] = [reportTitle(agency, year), '', periodSentence(year), ''];
  for (const part of PARTS) {
    lines.push(part.heading, '');
    if (part.id === 1) {
      OVERVIEW_TOPICS.forEach((topic, i) => lines.push(`（${chineseNumeral(i + 1)}）${topic.title}`, '', ''));
      continue;
    }
    if (part.table) lines.push(...renderTableMarkdown(part.table), '');
    if (part.id === 5) for (const heading of IMPROVEMENT_SUBHEADINGS) lines.push(heading, '', '');
    if (part.id === 6) lines.push(FEE_SENTENCE, '');
  }
  lines.push(agency, `${year + 1}年1月31日`, '');
  return lines.join('\n');
}

/**
 * The document with every statutory table rewritten in the canonical layout, every
 * value kept; everything outside the tables is left exactly as it was.
 */
export function renderCanonicalReport(model: ReportModel): string {
  const out: string[] = [];
  const tables = model.parts.flatMap((p) => (p.table ? [p.table] : [])).sort((a, b) => a.startLine - b.startLine);
  let line = 0;
  for (const table of tables) {
    if (table.startLine < line) continue;
    out.push(...model.lines.slice(line, table.startLine));
    out.push(...renderParsedTable(table));
    line = table.endLine;
  }
  out.push(...model.lines.slice(line));
  return out.join(model.eol);
}
