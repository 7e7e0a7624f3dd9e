/**
 * Part headings (一、总体情况 …) and sub-headings (（一）… / 1、…).
 *
 * A part heading is a short line: an optional Markdown (#) or bold (**) wrapper,
 * a Chinese numeral with a separator, and a title that the schema recognises
 * (standard title, a variant, or its keywords). Numbered prose and the row labels of
 * table 三 (一、本年新收政府信息公开申请数量 …) are not headings.
 */
import type { Heading, SubHeading } from '../model';
import { range } from '../model';
import { PARTS, TABLE3_GROUPS, TABLE3_ROWS, type PartId } from '../schema/format';
import { chineseNumeralCodeValue, chineseNumeralValue, normalizeLabel } from '../text/normalize';
import { similarity } from '../text/similarity';
import { skipSpaces, trimEndIndex } from '../text/spaces';

export type TitleMatch = 'standard' | 'variant' | 'keyword';

export interface PartHeadingMatch {
  id: PartId;
  heading: Heading;
  titleMatch: TitleMatch;
}

const MAX_HEADING_LENGTH = 60;
const MAX_TITLE_LENGTH = 40;

const NORMALIZED_PARTS = PARTS.map((p) => ({
  def: p,
  title: normalizeLabel(p.title),
  variants: p.variants.map(normalizeLabel),
}));

/** Exact titles by normalised text: the standard titles, then the variants in part order (the first part listing one wins). */
const EXACT_TITLES = new Map<string, { id: PartId; titleMatch: TitleMatch }>();
for (const p of NORMALIZED_PARTS) EXACT_TITLES.set(p.title, { id: p.def.id, titleMatch: 'standard' });
for (const p of NORMALIZED_PARTS) for (const v of p.variants) if (!EXACT_TITLES.has(v)) EXACT_TITLES.set(v, { id: p.def.id, titleMatch: 'variant' });

/** The shortest exact title (standard or variant): the only match a line without a numeral can have. */
const SHORTEST_TITLE = Math.min(...NORMALIZED_PARTS.flatMap((p) => [p.title, ...p.variants]).map((t) => t.length));

/** How close a garbled title must come to the standard one (similarity) to count. */
const NEAR_MISS = 0.7;

/** The shortest title a keyword match accepts: one holding every word of a keyword group. */
const SHORTEST_KEYWORD_TITLE = Math.min(...PARTS.flatMap((p) => p.keywords.map((words) => Math.max(...words.map((w) => w.length)))));

/**
 * No shorter line is a heading: an exact title alone, or a numeral, a separator and a title
 * that holds a keyword group or comes within NEAR_MISS of a standard title (which takes
 * 0.7 of its length at least). Normalising never lengthens text, so the raw length bounds it.
 * Most cells of a one-cell-per-line table (0, 总计) are rejected before any other work.
 */
const MIN_HEADING_LENGTH = Math.min(SHORTEST_TITLE, 2 + Math.min(SHORTEST_KEYWORD_TITLE, Math.ceil(NEAR_MISS * SHORTEST_TITLE)));

/** Table 三 row and group labels: they look like part headings (一、… 四、…) but are table rows. */
const TABLE_LABELS = new Set<string>([
  ...TABLE3_ROWS.filter((r) => r.depth === 0).map((r) => normalizeLabel(r.label)),
  normalizeLabel(TABLE3_GROUPS.results),
]);

const SEPARATORS = codes('、.．，,');
const TRAILING_PUNCTUATION = codes('：:。.；;，,');

/** Character codes, tested without making a string of each character. */
function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

interface Unwrapped {
  start: number;
  end: number;
  style: Heading['style'];
}

/** The heading text without # / ** markers and outer spaces, or null for table-like lines. */
function unwrap(line: string): Unwrapped | null {
  let start = skipSpaces(line, 0, line.length);
  // A line opening with | (a table row) keeps that pipe inside the text and is rejected below:
  // say so at once, before trimming and searching the row.
  if (line.charCodeAt(start) === 0x7c) return null;
  let end = trimEndIndex(line, start, line.length);
  // Trailing pipes (a heading copied from a table cell) are tolerated, inner separators are not.
  while (end > start && line.charCodeAt(end - 1) === 0x7c) end = trimEndIndex(line, start, end - 1);
  if (end - start === 0 || end - start > MAX_HEADING_LENGTH) return null;
  if (containsCode(line, '|', start, end) || containsCode(line, '\t', start, end)) return null;
  let style: Heading['style'] = 'plain';
  if (line.charCodeAt(start) === 0x23 /* # */) {
    let i = start;
    while (i < end && line.charCodeAt(i) === 0x23) i++;
    if (i - start > 6) return null;
    start = skipSpaces(line, i, end);
    style = 'markdown';
  }
  if (line.startsWith('**', start) && end - start > 4 && line.startsWith('**', end - 2)) {
    start = skipSpaces(line, start + 2, end);
    end = trimEndIndex(line, start, end - 2);
    if (style === 'plain') style = 'bold';
  } else if (line.startsWith('__', start) && end - start > 4 && line.startsWith('__', end - 2)) {
    start = skipSpaces(line, start + 2, end);
    end = trimEndIndex(line, start, end - 2);
    if (style === 'plain') style = 'bold';
  }
  return end > start ? { start, end, style } : null;
}

/** Whether `ch` occurs in line[start, end): the engine's search, no loop over each character. */
function containsCode(line: string, ch: string, start: number, end: number): boolean {
  const at = line.indexOf(ch, start);
  return at >= 0 && at < end;
}

function matchTitle(norm: string, numeral: number | null): { id: PartId; titleMatch: TitleMatch } | null {
  const exact = EXACT_TITLES.get(norm);
  if (exact) return exact;
  // Keywords and near-misses only count when the numeral agrees: 一、主动公开情况 inside part 一 is no part 二.
  if (numeral === null || numeral < 1 || numeral > 6) return null;
  const p = NORMALIZED_PARTS[numeral - 1]!;
  if (p.def.keywords.some((words) => words.every((w) => norm.includes(w)))) return { id: p.def.id, titleMatch: 'keyword' };
  if (similarity(norm, p.title) >= NEAR_MISS) return { id: p.def.id, titleMatch: 'keyword' };
  return null;
}

export function matchPartHeading(line: string, lineNo: number): PartHeadingMatch | null {
  if (line.length < MIN_HEADING_LENGTH) return null;
  const w = unwrap(line);
  if (!w) return null;
  const { start, end, style } = w;
  const value = chineseNumeralCodeValue(line.charCodeAt(start));
  // Without a numeral only an exact title matches, and normalising never lengthens text: most
  // lines (table cells, one per line) are shorter than every title and rejected unsliced.
  if (value === null && end - start < SHORTEST_TITLE) return null;
  // Table 三's top-level labels (一、本年新收…) start with a numeral; without one, only an exact
  // title can match, and no table label is one.
  if (value !== null && TABLE_LABELS.has(normalizeLabel(line.slice(start, end)))) return null;

  let numeral: Heading['numeral'] = null;
  let titleStart = start;
  if (value !== null) {
    const after = start + 1;
    const sepAt = skipSpaces(line, after, end);
    if (sepAt < end && SEPARATORS.has(line.charCodeAt(sepAt))) titleStart = skipSpaces(line, sepAt + 1, end);
    else if (sepAt > after) titleStart = sepAt; // 一 总体情况
    else titleStart = -1; // 一是… / 一年来… : prose, not a numbered heading
    if (titleStart >= 0) numeral = { text: line[start]!, value, range: range(lineNo, start, lineNo, start + 1) };
  }
  if (titleStart < 0) return null;
  let titleEnd = end;
  while (titleEnd > titleStart && TRAILING_PUNCTUATION.has(line.charCodeAt(titleEnd - 1))) titleEnd--;
  titleEnd = trimEndIndex(line, titleStart, titleEnd);
  if (titleEnd <= titleStart || titleEnd - titleStart > MAX_TITLE_LENGTH) return null;
  const title = line.slice(titleStart, titleEnd);
  const m = matchTitle(normalizeLabel(title), numeral?.value ?? null);
  if (!m) return null;
  return {
    id: m.id,
    titleMatch: m.titleMatch,
    heading: {
      line: lineNo,
      range: range(lineNo, start, lineNo, end),
      numeral,
      title: { text: title, range: range(lineNo, titleStart, lineNo, titleEnd) },
      style,
    },
  };
}

/** Where a sub-heading's title stops, by character code (no string made per character). */
const SUB_TITLE_STOP = codes('。：:；;，,');
const MAX_SUB_TITLE = 30;

function numeralRunValue(s: string): number | null {
  if (s.length === 1) return chineseNumeralValue(s);
  if (s.length === 2 && s[0] === '十') {
    const v = chineseNumeralValue(s[1]!);
    return v !== null && v < 10 ? 10 + v : null;
  }
  return null;
}

/** （一）主动公开情况 / (一) 主动公开: / 1、主动公开方面。… / - (一)存在问题。… */
export function matchSubHeading(line: string, lineNo: number): SubHeading | null {
  const end = trimEndIndex(line, 0, line.length);
  let i = skipSpaces(line, 0, end);
  if ((line[i] === '-' || line[i] === '*' || line[i] === '+') && line[i + 1] === ' ') i = skipSpaces(line, i + 1, end);
  while (line[i] === '#') i++;
  i = skipSpaces(line, i, end);
  if (line.startsWith('**', i)) i = skipSpaces(line, i + 2, end);
  const markerStart = i;
  let index: number | null = null;
  let markerEnd = i;
  const open = line[i];
  if (open === '（' || open === '(') {
    let j = skipSpaces(line, i + 1, end);
    const numStart = j;
    while (j < end && '一二三四五六七八九十'.includes(line[j]!)) j++;
    const numEnd = j;
    j = skipSpaces(line, j, end);
    if (numEnd > numStart && (line[j] === '）' || line[j] === ')')) {
      index = numeralRunValue(line.slice(numStart, numEnd));
      markerEnd = j + 1;
    }
  } else {
    let j = i;
    while (j < end && j - i < 2 && line.charCodeAt(j) >= 0x30 && line.charCodeAt(j) <= 0x39) j++;
    if (j > i && (line[j] === '、' || line[j] === '.' || line[j] === '．') && !(line.charCodeAt(j + 1) >= 0x30 && line.charCodeAt(j + 1) <= 0x39)) {
      index = Number(line.slice(i, j));
      markerEnd = j + 1;
    }
  }
  if (index === null || index < 1) return null;
  const titleStart = skipSpaces(line, markerEnd, end);
  let stop = titleStart;
  while (stop < end && !SUB_TITLE_STOP.has(line.charCodeAt(stop))) stop++;
  let titleEnd = trimEndIndex(line, titleStart, stop);
  if (line.startsWith('**', titleEnd - 2)) titleEnd = trimEndIndex(line, titleStart, titleEnd - 2);
  if (titleEnd <= titleStart || titleEnd - titleStart > MAX_SUB_TITLE) return null;
  return {
    line: lineNo,
    range: range(lineNo, markerStart, lineNo, end),
    marker: { text: line.slice(markerStart, markerEnd), range: range(lineNo, markerStart, lineNo, markerEnd) },
    index,
    title: { text: line.slice(titleStart, titleEnd), range: range(lineNo, titleStart, lineNo, titleEnd) },
  };
}
