/**
 * Part 一's topics numbered as parts. Real drafts write the five topics of 一、总体情况 as
 * 一、主动公开 … 五、监督保障 (or 二、 … 六、 after the overview's heading) instead of （一）…（五）,
 * then the statutory parts follow with their own numerals or numbered on (六、主动公开政府信息情况
 * …). Read line by line, the topics look like parts with wrong titles and the parts after them
 * like parts with wrong numerals: five structure findings for one slip. This module finds the run
 * of topics so that the frame reads them as part 一's sub-headings, and tells by how much the
 * numerals of the parts after them run on, so that those parts are read by their titles.
 *
 * Only a plain run is taken: three to five headings right after the overview's heading (or where
 * it belongs, when it is missing), each a short title naming one topic (none twice, no digits),
 * numbered one after the other from 一 or 二. Anything else is left to the structure rules.
 */
import type { OverviewAsParts, OverviewTopicHeading, SubHeading } from '../model';
import { range } from '../model';
import { OVERVIEW_TOPICS } from '../schema/format';
import { chineseNumeralCodeValue, isNumeralSeparator } from '../text/chars';
import { normalizeLabel } from '../text/normalize';
import { skipSpaces, trimEndIndex } from '../text/spaces';
import { matchPartHeading, matchShiftedPartHeading, type PartHeadingMatch } from './headings';

/** The fewest topics that make a run: two numbered lines naming topics could be chance. */
const MIN_TOPICS = 3;
/** A topic heading's title is short: 政府信息公开平台建设情况 has 12 characters. */
const MAX_TOPIC_TITLE = 24;
/** How many lines after the run the next part heading is looked for. */
const NEXT_HEADING_WINDOW = 400;

/** A part heading found by the frame (or none where an implicit part starts). */
export interface FoundHeading {
  line: number;
  match: PartHeadingMatch | null;
}

/** A line that opens with a numeral of 一 … 十九 and a separator, as a part heading does. */
interface NumberedLine {
  line: number;
  range: OverviewTopicHeading['range'];
  marker: OverviewTopicHeading['marker'];
  value: number;
  title: OverviewTopicHeading['title'];
}

/** Where a numbered heading's title stops: sentence punctuation (a run-in heading: 一、主动公开。本年度…). */
function isTitleStop(code: number): boolean {
  return code === 0x3002 /* 。 */ || code === 0xff1a /* ： */ || code === 0x3a /* : */ || code === 0xff1b /* ； */ || code === 0x3b /* ; */;
}

/**
 * The line as a numbered heading (# and ** markers, outer spaces aside): its numeral, separator
 * and title, or null. Hot path: asked of the lines of part 一, most of which open with prose.
 */
export function numberedLine(text: string, lineNo: number): NumberedLine | null {
  const first = text.charCodeAt(0);
  if (chineseNumeralCodeValue(first) === null && first !== 0x23 /* # */ && first !== 0x2a /* * */ && first !== 0x20 && first !== 0x3000 && first !== 0x09) return null;
  let start = skipSpaces(text, 0, text.length);
  let end = trimEndIndex(text, start, text.length);
  while (start < end && text.charCodeAt(start) === 0x23) start++;
  start = skipSpaces(text, start, end);
  // Bold: **一、主动公开**, or **一、主动公开**。本年度… (the title's own ** closes it below).
  if (text.startsWith('**', start)) {
    start = skipSpaces(text, start + 2, end);
    if (end - start > 2 && text.startsWith('**', end - 2)) end = trimEndIndex(text, start, end - 2);
  }
  let value = chineseNumeralCodeValue(text.charCodeAt(start));
  if (value === null) return null;
  let numeralEnd = start + 1;
  if (value === 10) {
    const units = chineseNumeralCodeValue(text.charCodeAt(numeralEnd));
    if (units !== null && units < 10) {
      value += units;
      numeralEnd++;
    }
  }
  const sepAt = skipSpaces(text, numeralEnd, end);
  let titleStart: number;
  if (sepAt < end && isNumeralSeparator(text.charCodeAt(sepAt))) titleStart = skipSpaces(text, sepAt + 1, end);
  else if (sepAt > numeralEnd) titleStart = sepAt; // 一 主动公开
  else return null; // 一是… / 一年来…: prose
  let stop = titleStart;
  while (stop < end && !isTitleStop(text.charCodeAt(stop))) stop++;
  let titleEnd = trimEndIndex(text, titleStart, stop);
  if (text.startsWith('**', titleEnd - 2)) titleEnd = trimEndIndex(text, titleStart, titleEnd - 2);
  if (titleEnd <= titleStart || titleEnd - titleStart > MAX_TOPIC_TITLE) return null;
  return {
    line: lineNo,
    range: range(lineNo, start, lineNo, titleEnd),
    marker: { text: text.slice(start, titleStart), range: range(lineNo, start, lineNo, titleStart) },
    value,
    title: { text: text.slice(titleStart, titleEnd), range: range(lineNo, titleStart, lineNo, titleEnd) },
  };
}

/** A digit of either width or a comma: a title holding one is a sentence (一、全年公开信息356条). */
const FIGURE_OR_COMMA = /[0-9０-９，,]/;

/** The one topic a heading's title names (by the schema's keywords), or -1 (none, several, or a sentence). */
export function topicOfTitle(title: string): number {
  const norm = normalizeLabel(title);
  // A heading names its topic; a title with a figure or a comma is a sentence (一、全年公开信息356条).
  if (FIGURE_OR_COMMA.test(norm)) return -1;
  let found = -1;
  for (let t = 0; t < OVERVIEW_TOPICS.length; t++) {
    if (!OVERVIEW_TOPICS[t]!.keywords.some((k) => norm.includes(k))) continue;
    if (found >= 0) return -1;
    found = t;
  }
  return found;
}

/**
 * Whether a found heading ends the search: a part after 一 by its exact title (standard or
 * variant: 二、主动公开政府信息情况 or 六、…), or by keywords that name no topic (四、行政复议情况).
 * A heading whose keywords name a topic (二、主动公开情况 after 一、总体情况) may be one of the run.
 */
function endsSearch(h: FoundHeading): boolean {
  if (h.match === null || h.match.id < 2) return false;
  return h.match.titleMatch === 'standard' || h.match.titleMatch === 'variant' || topicOfTitle(h.match.heading.title.text) < 0;
}

/**
 * The run of part 一's topics numbered as parts, and by how much the parts after it are
 * numbered on; null when the text has none. `headings` are the part headings the frame found
 * (document order), `from` the first line part 一 may start on (after the title).
 */
export function findOverviewAsParts(lines: readonly string[], headings: readonly FoundHeading[], from: number): OverviewAsParts | null {
  const overview = headings.find((h) => h.match?.id === 1 && h.line >= from);
  const start = overview ? overview.line + 1 : from;
  // The run stands before the first part found after part 一 (a list in part 五 is no run).
  const end = headings.find((h) => h.line >= start && endsSearch(h))?.line ?? lines.length;
  const run: NumberedLine[] = [];
  const topics: number[] = [];
  for (let i = start; i < end; i++) {
    const numbered = numberedLine(lines[i]!, i);
    if (!numbered) continue;
    const topic = topicOfTitle(numbered.title.text);
    const last = run[run.length - 1];
    const continues = last ? numbered.value === last.value + 1 && !topics.includes(topic) : numbered.value === 1 || numbered.value === 2;
    if (topic < 0 || !continues || run.length === OVERVIEW_TOPICS.length) {
      // The first numbered line after the overview's heading must open the run; any later one ends it.
      if (run.length === 0 && overview) return null;
      if (run.length > 0) break;
      continue;
    }
    run.push(numbered);
    topics.push(topic);
  }
  if (run.length < MIN_TOPICS) return null;
  const shift = numberedOnShift(lines, run[run.length - 1]!);
  return { headings: run, shifted: shift > 0, shift };
}

/**
 * How far the parts after the run are numbered on: the last topic's numeral less 1 when the next
 * part heading carries the numeral after it and reads as part 二 or later by its title with that
 * shift (五、监督保障 then 六、主动公开政府信息情况: 4); else 0 (the parts keep their own numerals,
 * or a slip of another kind, which the structure rules report).
 */
function numberedOnShift(lines: readonly string[], last: NumberedLine): number {
  const shift = last.value - 1;
  const limit = Math.min(lines.length, last.line + 1 + NEXT_HEADING_WINDOW);
  for (let i = last.line + 1; i < limit; i++) {
    const numbered = numberedLine(lines[i]!, i);
    if (!numbered) continue;
    if (numbered.value !== last.value + 1) return 0;
    const match = matchShiftedPartHeading(lines[i]!, i, shift);
    return match && match.id >= 2 && match.heading.numeral?.value === match.id + shift ? shift : 0;
  }
  return 0;
}

/**
 * The part headings once the run is known: none on a topic's line, and after the run each line
 * read with the shift (a title known only by its keywords is read against its numeral less the
 * shift; an exact title as it is), falling back to the plain reading.
 */
export function headingsAroundRun(lines: readonly string[], headings: readonly FoundHeading[], found: OverviewAsParts): FoundHeading[] {
  const topicLines = new Set(found.headings.map((h) => h.line));
  const after = found.headings[found.headings.length - 1]!.line + 1;
  const out: FoundHeading[] = headings.filter((h) => !topicLines.has(h.line) && (found.shift === 0 || h.line < after));
  if (found.shift === 0) return out;
  for (let i = after; i < lines.length; i++) {
    const match = matchShiftedPartHeading(lines[i]!, i, found.shift) ?? matchPartHeading(lines[i]!, i);
    if (match) out.push({ line: i, match });
  }
  return out;
}

/** The topic headings as sub-headings of part 一 (symbols, folding and the prose rules read them). */
export function topicSubHeadings(found: OverviewAsParts): SubHeading[] {
  return found.headings.map((h) => ({ line: h.line, range: h.range, marker: h.marker, index: h.value, title: h.title }));
}
