/**
 * Where a finding is, in words a reviewer can find in the original document: the page, the
 * part, the statutory table, its row and column. For converted files (Word, web pages, PDF)
 * a line and column of the converted text mean nothing to someone holding the original.
 * Every label comes from the schema; only the label of a row that matches none is quoted as
 * written.
 */
import type { Lang } from '../diagnostics';
import type { Range, ReportModel, SubHeading, TableRow } from '../model';
import { partAtLine } from '../model';
import { columnsOf } from '../rules/support';
import { PARTS, TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, type Bilingual, type PartId, type TableId } from '../schema/format';
import { tableHit } from './locate';

/** The place of a finding; a field is present only when it is known. */
export interface FindingLocation {
  /** 1-based page of a paged input (PDF). */
  page?: number;
  /** The statutory part (1 = 一 … 6 = 六) whose heading or body holds the finding. */
  part?: PartId;
  /** Outside the parts: the report's title, the lines before part 一, or the 落款. */
  area?: 'title' | 'preamble' | 'signature';
  /** Within a part's prose: the sub-heading above the finding as written, e.g. （一）主动公开. */
  subheading?: string;
  table?: TableId;
  /** The row's official label, or its label as written when it matches no statutory row. */
  row?: string;
  /** The column's label; table 四's carries its group: 行政复议·结果维持. */
  column?: string;
  /** Outside a table row: the text where the finding starts, to search for in the original. */
  excerpt?: string;
}

/** How much of the line an excerpt quotes: enough to search for, short enough to read. */
const EXCERPT_LENGTH = 20;
/** A finding at the very end of a line quotes the line instead of a scrap of it. */
const EXCERPT_MINIMUM = 4;

/**
 * The place of a finding that starts at `range.start`. `pages` is a paged input's page map
 * (InputText.pages: the zero-based line on which each page starts, ascending).
 */
export function locateFinding(model: ReportModel, range: Range, pages?: readonly number[]): FindingLocation {
  const location: FindingLocation = {};
  const line = range.start.line;
  const page = pageOfLine(pages, line);
  if (page !== null) location.page = page;
  const part = partAtLine(model, line);
  if (part) location.part = part.id;
  else {
    const area = areaAtLine(model, line);
    if (area) location.area = area;
  }
  const hit = tableHit(model, range.start);
  if (hit) {
    location.table = hit.table.id;
    const row = hit.row ? rowLabelOf(hit.row) : null;
    if (row) location.row = row;
    const column = hit.row && hit.cell ? columnLabelOf(hit.table.id, hit.row, hit.column) : null;
    if (column) location.column = column;
    // A named row (or table 四's single row) says where; a row without a name is quoted instead.
    if (row || hit.row?.def) return location;
  } else if (part) {
    let subheading: SubHeading | null = null;
    for (const sub of part.subheadings) if (sub.line <= line) subheading = sub;
    const written = subheading ? model.lines[subheading.line]?.slice(subheading.range.start.character, subheading.range.end.character).trim() : '';
    if (written) location.subheading = headingOnly(written);
  }
  const excerpt = excerptAt(model.lines[line] ?? '', range.start.character);
  if (excerpt) location.excerpt = excerpt;
  return location;
}

/** The 1-based page holding a zero-based line, or null without a page map (or before its first page). */
export function pageOfLine(pages: readonly number[] | undefined, line: number): number | null {
  if (!pages || pages.length === 0 || line < pages[0]!) return null;
  let low = 0;
  let high = pages.length - 1;
  // The last page whose first line is at or before the line.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pages[middle]! <= line) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** The title, the preamble or the 落款 holding a line outside the parts, or null. */
function areaAtLine(model: ReportModel, line: number): FindingLocation['area'] | null {
  if (model.title && line >= model.title.range.start.line && line <= model.title.range.end.line) return 'title';
  const signature = model.signature;
  const signatureLines = [signature?.agency?.range.start.line, signature?.date?.line].filter((l): l is number => l !== undefined);
  if (signatureLines.length > 0 && line >= Math.min(...signatureLines) && line <= Math.max(...signatureLines)) return 'signature';
  if (model.preamble && line >= model.preamble.startLine && line < model.preamble.endLine) return 'preamble';
  return null;
}

/** The official label; else the label as written; else the group label written on the row (（六）其他处理 filled as one row). */
function rowLabelOf(row: TableRow): string | null {
  if (row.def) return row.def.label || null; // table 四's single row has no label of its own
  const written = (row.label ?? row.groupLabels[row.groupLabels.length - 1])?.text.trim();
  return written ? written : null;
}

function columnLabelOf(table: TableId, row: TableRow, index: number): string | null {
  const columns = row.def ? columnsOf(row.def) : table === 'three' ? TABLE3_COLUMNS : table === 'four' ? TABLE4_COLUMNS : [];
  const column = columns[index];
  if (!column) return null;
  if (table !== 'four') return column.label;
  const group = TABLE4_GROUPS.find((g) => column.key.startsWith(`${g.key}.`));
  return group ? `${group.label}·${column.label}` : column.label;
}

/** Markdown's heading and emphasis marks are not in the original. */
const MARKUP = /^[#>*\s]+|[*\s]+$/g;
const DIGIT = /\d/;

function excerptAt(lineText: string, character: number): string | null {
  let text = lineText.slice(character).replace(MARKUP, '');
  if ([...text].length < EXCERPT_MINIMUM) text = lineText.replace(MARKUP, '');
  const chars = [...text];
  if (chars.length === 0) return null;
  if (chars.length <= EXCERPT_LENGTH) return text;
  // A number is not cut in two (12月3… would read as the 3rd).
  let end = EXCERPT_LENGTH;
  while (end < chars.length && DIGIT.test(chars[end - 1]!) && DIGIT.test(chars[end]!)) end++;
  return end === chars.length ? text : `${chars.slice(0, end).join('')}…`;
}

const AREA_WORDS: Readonly<Record<NonNullable<FindingLocation['area']>, Bilingual>> = {
  title: { zh: '标题', en: 'title' },
  preamble: { zh: '正文开头（第一部分之前）', en: 'opening lines (before part 一)' },
  signature: { zh: '落款', en: 'signature' },
};

/** 表二 / 表三 / 表四: a statutory table is named by the part it belongs to. */
function tableNumeral(table: TableId): string {
  return PARTS.find((p) => p.table === table)?.numeral ?? '';
}

/**
 * The place in words. Chinese: 第3页 表三“（一）予以公开”行“自然人”列; English: page 3, table 三,
 * row “（一）予以公开”, column “自然人” (labels stay as the original prints them). Empty when
 * nothing is known.
 */
export function describeLocation(location: FindingLocation, lang: Lang): string {
  const en = lang === 'en';
  const words: string[] = [];
  if (location.page !== undefined) words.push(en ? `page ${location.page}` : `第${location.page}页`);
  if (location.table) {
    const numeral = tableNumeral(location.table);
    if (en) {
      words.push(`table ${numeral}`);
      if (location.row) words.push(`row “${location.row}”`);
      if (location.column) words.push(`column “${location.column}”`);
    } else {
      words.push(`表${numeral}${location.row ? `“${location.row}”行` : ''}${location.column ? `“${location.column}”列` : ''}`);
    }
  } else if (location.part !== undefined) {
    const heading = PARTS[location.part - 1]!.heading;
    words.push(en ? `part ${heading}` : heading);
    if (location.subheading) words.push(location.subheading);
  } else if (location.area) {
    words.push(AREA_WORDS[location.area][en ? 'en' : 'zh']);
  }
  if (location.excerpt) words.push(`“${location.excerpt}”`);
  return words.join(en ? ', ' : ' ');
}

/** The punctuation after which a sub-heading's line runs on as prose. */
const HEADING_END = /[。；;：:]/;

/**
 * A sub-heading as a reviewer finds it: the heading itself, without the sentences that run on
 * after it on the same line (（二）依申请公开情况。根据《条例》…).
 */
function headingOnly(written: string): string {
  const end = written.search(HEADING_END);
  return end > 0 ? written.slice(0, end) : written;
}
