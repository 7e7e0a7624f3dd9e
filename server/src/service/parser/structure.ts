/**
 * The document's frame: the title, the part headings and their bodies, the implicit
 * part 一, where the report proper starts and ends (web-page noise lies outside),
 * the preamble and the 落款.
 */
import type { DateMention, OverviewAsParts, Part, Span, SubHeading } from '../model';
import { range } from '../model';
import { OVERVIEW_TOPICS, TITLE_SUFFIX, partById, type PartId } from '../schema/format';
import { normalizeLabel } from '../text/normalize';
import { isBlankLine, skipSpaces, trimEndIndex } from '../text/spaces';
import { wholeLineDate } from './dates';
import { matchPartHeading, matchSubHeading, type PartHeadingMatch } from './headings';
import { ElsewhereSearch, TABLE_PART_IDS, implicitTablePartStart } from './implicit-parts';
import { findOverviewAsParts, headingsAroundRun, topicSubHeadings } from './overview-parts';
import { parseTable } from './tables';
import type { Draft } from './draft';

const NORMALIZED_SUFFIX = normalizeLabel(TITLE_SUFFIX);

/** Page furniture after the report: download links, share and print buttons (each may open with 【). */
const TRAILING_NOISE_WORDS = ['文件下载', '附件下载', '关联文件', '相关文件', '相关链接', '扫一扫', '打印本页', '打印', '关闭窗口', '关闭', '分享到', '上一篇', '下一篇', '责任编辑', '网站地图', '主办单位', '版权所有'];

/** Sticky: tried where a line's text starts, without slicing the line. */
const TRAILING_NOISE = new RegExp(`【?(${TRAILING_NOISE_WORDS.join('|')})`, 'y');

/** The characters page furniture can open with (【 and each word's first): other lines skip the regex. */
const TRAILING_NOISE_FIRST_CODES = new Set<number>(['【', ...TRAILING_NOISE_WORDS].map((w) => w.charCodeAt(0)));

/** Whether a line (from its first non-space character) is page furniture. */
function isTrailingNoise(line: string): boolean {
  const start = skipSpaces(line, 0, line.length);
  if (!TRAILING_NOISE_FIRST_CODES.has(line.charCodeAt(start))) return false;
  TRAILING_NOISE.lastIndex = start;
  return TRAILING_NOISE.test(line);
}

const AGENCY_END = /(局|政府|委员会|办公室|办事处|中心|院|厅|部|所|站|队|会|社|馆|署|处|公司|镇|乡|街道)$/;

function trimmed(line: string): { start: number; end: number } {
  const start = skipSpaces(line, 0, line.length);
  return { start, end: trimEndIndex(line, start, line.length) };
}

export function findTitle(lines: readonly string[], limit: number): Span | null {
  for (let i = 0; i < limit && i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 120 || line.indexOf('报告') < 0 || line.indexOf('。') >= 0) continue;
    let { start, end } = trimmed(line);
    while (line[start] === '#') start++;
    start = skipSpaces(line, start, end);
    if (line.startsWith('**', start) && line.startsWith('**', end - 2) && end - start > 4) {
      start = skipSpaces(line, start + 2, end);
      end = trimEndIndex(line, start, end - 2);
    }
    if (end - start > 80 || end <= start) continue;
    if (normalizeLabel(line.slice(start, end)).endsWith(NORMALIZED_SUFFIX)) {
      return { text: line.slice(start, end), range: range(i, start, i, end) };
    }
  }
  return null;
}

/** A date in figures at a line's start (2025-01-20): a line of page furniture, however long. */
const NUMERIC_DATE_START = /^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}/;
const SENTENCE_MARK = /[。，,；]/;

/** A line of running text (not page furniture): long, or carrying sentence punctuation. */
function isProseLike(line: string): boolean {
  const { start, end } = trimmed(line);
  if (NUMERIC_DATE_START.test(line.slice(start, start + 10))) return false;
  return end - start >= 20 || SENTENCE_MARK.test(line);
}

/** First line of the run of prose (and blank) lines that ends just before `before`. */
function proseRunStart(lines: readonly string[], from: number, before: number): number | null {
  let first: number | null = null;
  for (let i = before - 1; i >= from; i--) {
    const line = lines[i]!;
    if (isBlankLine(line)) continue;
    if (!isProseLike(line)) break;
    first = i;
  }
  return first;
}

interface HeadingAt {
  line: number;
  match: PartHeadingMatch | null;
  /** Implicit part (一 by its sub-headings, 二–四 by their table): first line of its body. */
  implicitStart?: number;
  /** Implicit part: which one (1 when not given). */
  implicitId?: PartId;
}

function implicitOverview(lines: readonly string[], from: number, to: number): number | null {
  let first: number | null = null;
  let topics = 0;
  for (let i = from; i < to; i++) {
    const sub = matchSubHeading(lines[i]!, i);
    if (!sub) continue;
    const title = sub.title.text;
    if (OVERVIEW_TOPICS.some((t) => t.keywords.some((k) => title.includes(k)))) {
      first ??= i;
      topics++;
    }
  }
  return topics >= 2 ? first : null;
}

/** Punctuation no agency's name holds. */
const NO_AGENCY_MARK = /[。，,；;：:（(]/;

function isAgencyLine(line: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 2 || len > 40) return false;
  const text = line.slice(start, end);
  return !NO_AGENCY_MARK.test(text) && AGENCY_END.test(text);
}

export interface Frame {
  title: Span | null;
  /** Drafts: a part's sub-headings and the table it lacks are completed after the frame is found. */
  parts: Draft<Part>[];
  contentStartLine: number;
  contentEndLine: number;
  preamble: { startLine: number; endLine: number } | null;
  signature: { agency: Span | null; date: Draft<DateMention> | null } | null;
  /** Part 一's topics numbered as parts (overview-parts.ts), or null. */
  overviewAsParts: OverviewAsParts | null;
}

function findSignature(lines: readonly string[], from: number, to: number): Frame['signature'] & { line: number } | null {
  let seen = 0;
  for (let i = to - 1; i >= from && seen < 6; i--) {
    const line = lines[i]!;
    const { start, end } = trimmed(line);
    if (start === end) continue;
    seen++;
    const date = wholeLineDate(line, i, start, end);
    if (!date) continue;
    date.role = 'signature';
    for (let j = i - 1, k = 0; j >= from && k < 2; j--) {
      const prev = lines[j]!;
      const t = trimmed(prev);
      if (t.start === t.end) continue;
      k++;
      if (isAgencyLine(prev, t.start, t.end)) {
        return { agency: { text: prev.slice(t.start, t.end), range: range(j, t.start, j, t.end) }, date, line: j };
      }
    }
    return { agency: null, date, line: i };
  }
  return null;
}

export function parseFrame(lines: readonly string[]): Frame {
  let headings: HeadingAt[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = matchPartHeading(lines[i]!, i);
    if (match) headings.push({ line: i, match });
  }
  const title = findTitle(lines, headings[0]?.line ?? lines.length);
  const titleLine = title ? title.range.start.line : -1;
  if (headings[0]?.line === titleLine) headings.shift();

  // Part 一's topics numbered as parts (一、主动公开 …): part 一's sub-headings, and the parts after
  // them read by their titles even when numbered on from them.
  const overviewAsParts = findOverviewAsParts(lines, headings, titleLine + 1);
  if (overviewAsParts) {
    headings = headingsAroundRun(lines, headings, overviewAsParts);
    // Without the overview's heading, part 一 starts with its first topic.
    if (!headings.some((h) => h.match?.id === 1)) {
      const start = overviewAsParts.headings[0]!.line;
      headings.push({ line: start, match: null, implicitStart: start });
      headings.sort((a, b) => a.line - b.line);
    }
  }

  // Part 一 without its heading: its （一）… topics stand before the first heading found.
  const first = headings[0];
  if (first && !overviewAsParts && !headings.some((h) => h.match?.id === 1)) {
    const start = implicitOverview(lines, titleLine + 1, first.line);
    if (start !== null) headings.unshift({ line: start, match: null, implicitStart: start });
  }

  let frame = frameOf(lines, title, headings);
  const recovered = implicitTableParts(lines, frame, headings);
  if (recovered.length > 0) frame = frameOf(lines, title, [...headings, ...recovered].sort((a, b) => a.line - b.line));
  locateTablesElsewhere(lines, frame);
  if (overviewAsParts) addTopicSubHeadings(frame, overviewAsParts);
  return frame;
}

/** The topics numbered as parts become sub-headings of the part 一 they stand in. */
function addTopicSubHeadings(frame: Frame, found: OverviewAsParts): void {
  frame.overviewAsParts = found;
  const first = found.headings[0]!.line;
  const part = frame.parts.find((p) => p.id === 1 && first >= p.bodyStartLine && first < p.bodyEndLine);
  if (!part) return;
  part.subheadings = [...part.subheadings, ...topicSubHeadings(found)].sort((a, b) => a.line - b.line);
}

/**
 * A part whose heading is there but whose table is not under it: the table may stand in
 * another part or after the 落款 (table-missing then says where, and its fix moves it).
 * Only a document that lacks a table pays for the search.
 */
function locateTablesElsewhere(lines: readonly string[], frame: Frame): void {
  let search: ElsewhereSearch | null = null;
  for (const part of frame.parts) {
    if (part.table || !part.heading || !partById(part.id).table) continue;
    search ??= new ElsewhereSearch({ lines, parts: frame.parts, contentStartLine: frame.contentStartLine, contentEndLine: frame.contentEndLine });
    part.tableElsewhere = search.tableOf(part);
  }
}

/**
 * Parts 二–四 whose heading is missing but whose table stands after the previous part's own
 * content. Only a document that lacks one of these parts pays for the search.
 */
function implicitTableParts(lines: readonly string[], frame: Frame, headings: readonly HeadingAt[]): HeadingAt[] {
  // A text without any part is no report with a lost heading (and is not searched on every keystroke).
  if (frame.parts.length === 0) return [];
  let present = 0;
  for (const h of headings) present |= 1 << (h.match?.id ?? h.implicitId ?? 1);
  const recovered: HeadingAt[] = [];
  for (const id of TABLE_PART_IDS) {
    if (present & (1 << id)) continue;
    const start = implicitTablePartStart({ lines, parts: frame.parts, contentStartLine: frame.contentStartLine, contentEndLine: frame.contentEndLine }, id);
    // A table on a line where a part starts is that part's, not a lost one.
    if (start === null || headings.some((h) => h.line === start)) continue;
    recovered.push({ line: start, match: null, implicitStart: start, implicitId: id });
  }
  return recovered;
}

/** The frame around the part headings found (implicit ones included). */
function frameOf(lines: readonly string[], title: Span | null, headings: readonly HeadingAt[]): Frame {
  const titleLine = title ? title.range.start.line : -1;
  const firstStart = headings[0]?.line ?? lines.length;
  let contentStartLine: number;
  if (title) contentStartLine = titleLine;
  else contentStartLine = proseRunStart(lines, 0, firstStart) ?? (headings[0] ? firstStart : firstNonBlank(lines));

  const lastStart = headings[headings.length - 1]?.line ?? contentStartLine;
  let endBound = lines.length;
  for (let i = lastStart + 1; i < lines.length; i++) {
    if (isTrailingNoise(lines[i]!)) {
      endBound = i;
      break;
    }
  }
  let contentEndLine = endBound;
  while (contentEndLine > contentStartLine && isBlankLine(lines[contentEndLine - 1]!)) contentEndLine--;

  const signature = headings.length > 0 ? findSignature(lines, lastStart + 1, contentEndLine) : null;

  let preamble: Frame['preamble'] = null;
  if (headings.length > 0) {
    const pStart = proseRunStart(lines, title ? titleLine + 1 : contentStartLine, firstStart);
    if (pStart !== null) {
      let pEnd = firstStart;
      while (pEnd > pStart && isBlankLine(lines[pEnd - 1]!)) pEnd--;
      preamble = { startLine: pStart, endLine: pEnd };
    }
  }

  const parts: Draft<Part>[] = [];
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k]!;
    const bodyStartLine = h.implicitStart ?? h.line + 1;
    let bodyEndLine = headings[k + 1]?.line ?? (signature ? Math.min(signature.line, contentEndLine) : contentEndLine);
    if (bodyEndLine < bodyStartLine) bodyEndLine = bodyStartLine;
    while (bodyEndLine > bodyStartLine && isBlankLine(lines[bodyEndLine - 1]!)) bodyEndLine--;
    const id = h.match?.id ?? h.implicitId ?? 1;
    const def = partById(id);
    const table = def.table ? parseTable(lines, bodyStartLine, bodyEndLine, def.table) : null;
    // Sub-headings stand in the body around the table: its lines are passed over at once.
    const subheadings: SubHeading[] = [];
    const tableStart = table ? Math.max(table.startLine, bodyStartLine) : bodyEndLine;
    const tableEnd = table ? Math.max(table.endLine, tableStart) : bodyEndLine;
    addSubHeadings(lines, bodyStartLine, Math.min(tableStart, bodyEndLine), subheadings);
    addSubHeadings(lines, tableEnd, bodyEndLine, subheadings);
    parts.push({
      id,
      heading: h.match?.heading ?? null,
      titleMatch: h.match?.titleMatch ?? 'implicit',
      bodyStartLine,
      bodyEndLine,
      subheadings,
      table,
      tableElsewhere: null,
    });
  }

  return {
    title,
    parts,
    contentStartLine,
    contentEndLine: Math.max(contentEndLine, contentStartLine),
    preamble,
    signature: signature ? { agency: signature.agency, date: signature.date } : null,
    overviewAsParts: null,
  };
}

function addSubHeadings(lines: readonly string[], from: number, to: number, out: SubHeading[]): void {
  for (let i = from; i < to; i++) {
    const sub = matchSubHeading(lines[i]!, i);
    if (sub) out.push(sub);
  }
}

function firstNonBlank(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) if (!isBlankLine(lines[i]!)) return i;
  return 0;
}
