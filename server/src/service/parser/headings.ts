/**
 * Part headings (一、总体情况 …) and sub-headings (（一）… / 1、…).
 *
 * A part heading is a short line: an optional Markdown (#) or bold (**) wrapper,
 * a Chinese numeral with a separator, and a title that the schema recognises
 * (standard title, a variant, or its keywords). Numbered prose and the row labels of
 * table 三 (一、本年新收政府信息公开申请数量 …) are not headings.
 */
import type { Heading, Position, SubHeading } from '../model';
import { range } from '../model';
import { PARTS, TABLE3_GROUPS, TABLE3_ROWS, type PartId } from '../schema/format';
import { chineseNumeralCodeValue, isAsciiDigit, isNumeralSeparator, isSpaceCode } from '../text/chars';
import { firstLabelCode, keepsCode, normalizeLabel } from '../text/normalize';
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

/** ：:。.；;，, closing a heading line. */
function isTrailingPunctuation(code: number): boolean {
  switch (code) {
    case 0xff1a: // ：
    case 0x3a: // :
    case 0x3002: // 。
    case 0x2e: // .
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff0c: // ，
    case 0x2c: // ,
      return true;
    default:
      return false;
  }
}

/**
 * The first character of every exact title, normalised: a line without a numeral can only be an
 * exact title, so a line opening with any other character is rejected without slicing or
 * normalising it (most short lines: table labels, prose, page furniture).
 */
const EXACT_TITLE_FIRST_CODES = new Set<number>([...EXACT_TITLES.keys()].map((t) => t.charCodeAt(0)));

/**
 * The characters a part heading's line can open with (one flag per UTF-16 code): white space, the
 * # ** __ markers, a numeral, the first character of an exact title, or a character that
 * normalising drops or replaces (it may hide the title's first character). Any other opening
 * character (prose, table labels, cells) ends the test at once: the line is then neither a
 * numbered heading nor an exact title.
 */
const MAY_OPEN_HEADING = ((): Uint8Array => {
  const flags = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (isSpaceCode(code) || !keepsCode(code) || chineseNumeralCodeValue(code) !== null || EXACT_TITLE_FIRST_CODES.has(code)) flags[code] = 1;
  }
  flags[0x23 /* # */] = 1;
  flags[0x2a /* * */] = 1;
  flags[0x5f /* _ */] = 1;
  return flags;
})();

/** Whether text[at] and text[at + 1] are both `code` (** or __), without a call to startsWith. */
function isPairAt(text: string, at: number, code: number): boolean {
  return text.charCodeAt(at) === code && text.charCodeAt(at + 1) === code;
}

/** Whether line[start, end) holds a | or a tab (a table row, not a heading). */
function holdsCellSeparator(line: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x7c || c === 0x09) return true;
  }
  return false;
}

function matchTitle(norm: string, numeral: number | null): { id: PartId; titleMatch: TitleMatch } | null {
  const exact = EXACT_TITLES.get(norm);
  if (exact) return exact;
  // Keywords and near-misses only count when the numeral agrees: 一、主动公开情况 inside part 一 is no part 二.
  if (numeral === null || numeral < 1 || numeral > 6) return null;
  const p = NORMALIZED_PARTS[numeral - 1]!;
  if (holdsKeywordGroup(norm, p.def.keywords)) return { id: p.def.id, titleMatch: 'keyword' };
  if (similarity(norm, p.title) >= NEAR_MISS) return { id: p.def.id, titleMatch: 'keyword' };
  return null;
}

/** Whether the title holds every word of one of the groups. */
function holdsKeywordGroup(norm: string, groups: readonly (readonly string[])[]): boolean {
  for (const words of groups) {
    let all = true;
    for (const w of words) {
      if (norm.indexOf(w) < 0) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

export function matchPartHeading(line: string, lineNo: number): PartHeadingMatch | null {
  return matchPartHeadingIn(line, 0, line.length, lineNo);
}

/**
 * matchPartHeading of a part whose numeral runs on by `shift` (六、主动公开政府信息情况 after part
 * 一's five topics numbered 一、 to 五、: shift 4): a title that only its keywords identify is
 * read against the numeral less the shift. The heading keeps its numeral as written (十一 included).
 */
export function matchShiftedPartHeading(line: string, lineNo: number, shift: number): PartHeadingMatch | null {
  return matchPartHeadingIn(line, 0, line.length, lineNo, shift);
}

/**
 * matchPartHeading of the line text[from, to) inside a larger text (detectReport reads the
 * document's lines without slicing them); ranges count from `from`.
 * Hot path: runs for every line of every draft on every keystroke, so the rejections come
 * first and nothing is sliced or allocated before a line can still be a heading.
 */
export function matchPartHeadingIn(text: string, from: number, to: number, lineNo: number, numeralShift = 0): PartHeadingMatch | null {
  if (to - from < MIN_HEADING_LENGTH || MAY_OPEN_HEADING[text.charCodeAt(from)] === 0) return null;

  // The heading text without # / ** markers and outer spaces; table-like lines are no headings.
  let start = skipSpaces(text, from, to);
  // A line opening with | (a table row) keeps that pipe inside the text and is rejected below:
  // say so at once, before trimming and searching the row.
  if (start < to && text.charCodeAt(start) === 0x7c) return null;
  let end = trimEndIndex(text, start, to);
  // Trailing pipes (a heading copied from a table cell) are tolerated, inner separators are not.
  while (end > start && text.charCodeAt(end - 1) === 0x7c) end = trimEndIndex(text, start, end - 1);
  if (end - start === 0 || end - start > MAX_HEADING_LENGTH) return null;
  // The text that must hold no | or tab: before the # and ** markers (and the spaces or tabs after them) come off.
  const outerStart = start;
  const outerEnd = end;
  let style: Heading['style'] = 'plain';
  if (text.charCodeAt(start) === 0x23 /* # */) {
    let i = start;
    while (i < end && text.charCodeAt(i) === 0x23) i++;
    if (i - start > 6) return null;
    start = skipSpaces(text, i, end);
    style = 'markdown';
  }
  if (end - start > 4 && isPairAt(text, start, 0x2a /* * */) && isPairAt(text, end - 2, 0x2a)) {
    start = skipSpaces(text, start + 2, end);
    end = trimEndIndex(text, start, end - 2);
    if (style === 'plain') style = 'bold';
  } else if (end - start > 4 && isPairAt(text, start, 0x5f /* _ */) && isPairAt(text, end - 2, 0x5f)) {
    start = skipSpaces(text, start + 2, end);
    end = trimEndIndex(text, start, end - 2);
    if (style === 'plain') style = 'bold';
  }
  if (end <= start) return null;

  let value = chineseNumeralCodeValue(text.charCodeAt(start));
  // Without a numeral only an exact title matches, and normalising never lengthens text: most
  // lines (table cells, one per line) are shorter than every title and rejected unsliced.
  if (value === null && end - start < SHORTEST_TITLE) return null;
  let numeralEnd = start + 1;
  // Parts numbered on after part 一's topics (overview-parts.ts) reach 十一、.
  if (numeralShift > 0 && value === 10) {
    const units = chineseNumeralCodeValue(text.charCodeAt(start + 1));
    if (units !== null && units < 10) {
      value += units;
      numeralEnd++;
    }
  }

  let titleStart = start;
  if (value !== null) {
    const after = numeralEnd;
    const sepAt = skipSpaces(text, after, end);
    if (sepAt < end && isNumeralSeparator(text.charCodeAt(sepAt))) titleStart = skipSpaces(text, sepAt + 1, end);
    else if (sepAt > after) titleStart = sepAt; // 一 总体情况
    else return null; // 一是… / 一年来… : prose, not a numbered heading
  }
  let titleEnd = end;
  while (titleEnd > titleStart && isTrailingPunctuation(text.charCodeAt(titleEnd - 1))) titleEnd--;
  titleEnd = trimEndIndex(text, titleStart, titleEnd);
  if (titleEnd <= titleStart || titleEnd - titleStart > MAX_TITLE_LENGTH) return null;
  if (value === null && !EXACT_TITLE_FIRST_CODES.has(firstLabelCode(text, titleStart, titleEnd))) return null;
  // The remaining tests cost a scan of the line or a string: they come after the cheap ones
  // (every test only rejects, so their order does not change the result).
  if (holdsCellSeparator(text, outerStart, outerEnd)) return null;
  // Table 三's top-level labels (一、本年新收…) start with a numeral; without one, only an exact
  // title can match, and no table label is one.
  if (value !== null && TABLE_LABELS.has(normalizeLabel(text.slice(start, end)))) return null;
  const title = text.slice(titleStart, titleEnd);
  const m = matchTitle(normalizeLabel(title), value === null ? null : value - numeralShift);
  if (!m) return null;
  const numeral: Heading['numeral'] =
    value === null ? null : { text: text.slice(start, numeralEnd), value, range: range(lineNo, start - from, lineNo, numeralEnd - from) };
  return {
    id: m.id,
    titleMatch: m.titleMatch,
    heading: {
      line: lineNo,
      range: range(lineNo, start - from, lineNo, end - from),
      numeral,
      title: { text: title, range: range(lineNo, titleStart - from, lineNo, titleEnd - from) },
      style,
    },
  };
}

/** Where a sub-heading's title stops: 。：:；;，, (by character code, no string made per character). */
function isSubTitleStop(code: number): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0xff1a: // ：
    case 0x3a: // :
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff0c: // ，
    case 0x2c: // ,
      return true;
    default:
      return false;
  }
}

/**
 * The characters a sub-heading's line can open with: white space, a list bullet (- * +), #, a
 * bracket or a digit. Any other (prose, most table labels) ends the test at once.
 */
function mayOpenSubHeading(code: number): boolean {
  switch (code) {
    case 0x2d: // -
    case 0x2a: // *
    case 0x2b: // +
    case 0x23: // #
    case 0xff08: // （
    case 0x28: // (
      return true;
    default:
      return isAsciiDigit(code) || isSpaceCode(code);
  }
}

const MAX_SUB_TITLE = 30;
const MIN_SUB_HEADING_LENGTH = 3;

/** The value of the numeral run line[start, end) of 一…十 (一 … 十, 十一 … 十九), else null. */
function numeralRunValue(line: string, start: number, end: number): number | null {
  if (end - start === 1) return chineseNumeralCodeValue(line.charCodeAt(start));
  if (end - start === 2 && line.charCodeAt(start) === 0x5341 /* 十 */) {
    const v = chineseNumeralCodeValue(line.charCodeAt(start + 1));
    return v !== null && v < 10 ? 10 + v : null;
  }
  return null;
}

/**
 * （一）主动公开情况 / (一) 主动公开: / 1、主动公开方面。… / - (一)存在问题。…
 * Hot path: asked of every body line outside the tables; a line that opens with anything but a
 * bracket or a digit is rejected by character code, without making any string.
 */
export function matchSubHeading(line: string, lineNo: number): SubHeading | null {
  // A marker (1、 at least) and a title character: shorter lines (table cells, one per line) are none.
  if (line.length < MIN_SUB_HEADING_LENGTH || !mayOpenSubHeading(line.charCodeAt(0))) return null;
  const end = trimEndIndex(line, 0, line.length);
  let i = skipSpaces(line, 0, end);
  const bullet = line.charCodeAt(i);
  if ((bullet === 0x2d /* - */ || bullet === 0x2a /* * */ || bullet === 0x2b /* + */) && line.charCodeAt(i + 1) === 0x20) i = skipSpaces(line, i + 1, end);
  while (line.charCodeAt(i) === 0x23 /* # */) i++;
  i = skipSpaces(line, i, end);
  if (line.charCodeAt(i) === 0x2a && line.charCodeAt(i + 1) === 0x2a) i = skipSpaces(line, i + 2, end);
  const markerStart = i;
  let index: number | null = null;
  let markerEnd = i;
  const open = line.charCodeAt(i);
  if (open === 0xff08 /* （ */ || open === 0x28 /* ( */) {
    let j = skipSpaces(line, i + 1, end);
    const numStart = j;
    while (j < end && chineseNumeralCodeValue(line.charCodeAt(j)) !== null) j++;
    const numEnd = j;
    j = skipSpaces(line, j, end);
    const close = line.charCodeAt(j);
    if (numEnd > numStart && (close === 0xff09 /* ） */ || close === 0x29 /* ) */)) {
      index = numeralRunValue(line, numStart, numEnd);
      markerEnd = j + 1;
    }
  } else if (isAsciiDigit(open)) {
    let j = i;
    let n = 0;
    while (j < end && j - i < 2 && isAsciiDigit(line.charCodeAt(j))) n = n * 10 + line.charCodeAt(j++) - 0x30;
    const sep = line.charCodeAt(j);
    if ((sep === 0x3001 /* 、 */ || sep === 0x2e /* . */ || sep === 0xff0e /* ． */) && !isAsciiDigit(line.charCodeAt(j + 1))) {
      index = n;
      markerEnd = j + 1;
    }
  }
  if (index === null || index < 1) return null;
  const titleStart = skipSpaces(line, markerEnd, end);
  let stop = titleStart;
  while (stop < end && !isSubTitleStop(line.charCodeAt(stop))) stop++;
  let titleEnd = trimEndIndex(line, titleStart, stop);
  if (line.startsWith('**', titleEnd - 2)) titleEnd = trimEndIndex(line, titleStart, titleEnd - 2);
  if (titleEnd <= titleStart || titleEnd - titleStart > MAX_SUB_TITLE) return null;
  // Where the three ranges meet, one position serves them all (the model is readonly): a long
  // report has a sub-heading every few lines.
  const at = (character: number): Position => ({ line: lineNo, character });
  const start = at(markerStart);
  const markerEndAt = at(markerEnd);
  const titleStartAt = titleStart === markerEnd ? markerEndAt : at(titleStart);
  const titleEndAt = at(titleEnd);
  return {
    line: lineNo,
    range: { start, end: end === titleEnd ? titleEndAt : at(end) },
    marker: { text: line.slice(markerStart, markerEnd), range: { start, end: markerEndAt } },
    index,
    title: { text: line.slice(titleStart, titleEnd), range: { start: titleStartAt, end: titleEndAt } },
  };
}
