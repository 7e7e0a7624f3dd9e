/** The report's agency (机关) and year, from the title, the period or the text. */
import type { Range, ReportModel, Span, StatisticsPeriod, YearMention } from '../model';
import { range } from '../model';
import { TITLE_SUFFIX } from '../schema/format';
import { halfWidthDigits } from '../text/normalize';
import { skipSpaces, trimEndIndex, withoutWhiteSpace } from '../text/spaces';
import type { LineSearch } from './search';

const TITLE_YEAR = /([0-9０-９]{4})\s*年/;
/** 现公布2024年度前进区商务和经济合作局政府信息公开工作年度报告 */
const ANNOUNCED = /(?:现公布|现发布|特发布|现将|公布)\s*([0-9]{4})\s*年度?\s*([^，。；,;\s《》“”"]{2,40}?)\s*政府信息公开工作年度报告/;

export interface TitleInfo {
  agency: Span | null;
  year: { value: number; range: Range } | null;
}

/** The words a name of an agency ends with (局, 人民政府, 办事处, 镇 …). */
const AGENCY_END = /(?:局|政府|委员会|委|办公室|办|办事处|中心|院|厅|部|所|站|队|会|社|馆|署|处|公司|镇|乡|街道|区|县|市|旗)$/;
/** Markdown's heading marks at a line's start. */
const HEADING_MARKS = /^#+\s*/;
/** A comma or a full stop: the line is a sentence, not a heading. */
const SENTENCE_MARK = /[，,。]/;

/** Page furniture that is no agency: breadcrumbs, site names, menus. */
const NOT_AGENCY = /首页|当前位置|您现在的位置|网站|门户|>|＞|»|\||：|:|。|，|,|\d/;

/** Whether a text reads as the name of an agency (a title's agency, or the line above a title). */
export function plausibleAgency(text: string): boolean {
  const name = withoutWhiteSpace(text);
  return name.length >= 2 && name.length <= 40 && !NOT_AGENCY.test(name) && AGENCY_END.test(name);
}

/**
 * The agency printed on the line above a title that lacks one (a title over two lines, as PDFs
 * and Word files set it: 淮安市洪泽区人民政府 / 2024 年政府信息公开工作年度报告). Only the nearest
 * non-blank line, and only when nothing but the agency stands on it.
 */
function agencyAbove(lines: readonly string[], titleLine: number): Span | null {
  for (let i = titleLine - 1; i >= 0 && i >= titleLine - 2; i--) {
    const line = lines[i]!;
    const start = skipSpaces(line, 0, line.length);
    const end = trimEndIndex(line, start, line.length);
    if (end <= start) continue;
    const text = line.slice(start, end).replace(HEADING_MARKS, '');
    if (!plausibleAgency(text)) return null;
    const at = line.indexOf(text, start);
    return { text, range: range(i, at, i, at + text.length) };
  }
  return null;
}

export function readTitle(title: Span, lines?: readonly string[]): TitleInfo {
  const info = readTitleLine(title);
  if (info.agency && !plausibleAgency(info.agency.text)) info.agency = null;
  if (!info.agency && lines) info.agency = agencyAbove(lines, title.range.start.line);
  return info;
}

/**
 * The agency named in the report's first sentence when neither title nor 落款 names one:
 * 2024年度，车辋镇人民政府在县委、县政府的领导下… (我局, 本单位 name none).
 */
const OPENING_AGENCY = /^\s*(?:(?:19|20)[0-9]{2}\s*年度?\s*[，,]?\s*)?((?![我本])[\u4e00-\u9fff（）]{2,30}?(?:人民政府|政府|局|委员会|办公室|办事处|街道|镇|乡|中心))(?=在|坚持|以|紧紧|深入|认真|严格|按照|围绕|全面|始终|持续|高度)/;

export function openingAgency(lines: readonly string[], from: number, to: number): Span | null {
  for (let i = from; i < to && i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.trim();
    // Blank lines and headings (一、总体情况) stand before the first sentence.
    if (text.length === 0 || (text.length < 20 && !SENTENCE_MARK.test(text))) continue;
    const m = OPENING_AGENCY.exec(line);
    if (!m) return null;
    const at = m.index + m[0].lastIndexOf(m[1]!);
    return { text: m[1]!, range: range(i, at, i, at + m[1]!.length) };
  }
  return null;
}

function readTitleLine(title: Span): TitleInfo {
  const line = title.range.start.line;
  const base = title.range.start.character;
  const text = title.text;
  const m = TITLE_YEAR.exec(text);
  let agency: Span | null = null;
  if (m) {
    const a = skipSpaces(text, 0, m.index);
    const b = trimEndIndex(text, a, m.index);
    if (b > a) agency = { text: text.slice(a, b), range: range(line, base + a, line, base + b) };
    else {
      const from = skipSpaces(text, m.index + m[0].length, text.length);
      const stop = text.indexOf('政府信息公开', from);
      const to = trimEndIndex(text, from, stop < 0 ? text.length : stop);
      const afterDu = text[from] === '度' ? skipSpaces(text, from + 1, to) : from;
      if (to > afterDu) agency = { text: text.slice(afterDu, to), range: range(line, base + afterDu, line, base + to) };
    }
  } else {
    const stop = text.indexOf('政府信息公开');
    const end = trimEndIndex(text, 0, stop < 0 ? Math.max(0, text.length - TITLE_SUFFIX.length) : stop);
    if (end > 0) agency = { text: text.slice(0, end), range: range(line, base, line, base + end) };
  }
  const year = m ? { value: Number(halfWidthDigits(m[1]!)), range: range(line, base + m.index, line, base + m.index + 4) } : null;
  return { agency, year };
}

/** The word every announcement holds. */
const ANNOUNCED_WORD = '年度报告';

/**
 * 现公布<Y>年度<机关>政府信息公开工作年度报告 in the opening text. Only the lines holding
 * ANNOUNCED_WORD are read, found by one search of the opening text (see LineSearch).
 */
export function announcedAgency(lines: readonly string[], search: LineSearch, from: number, to: number): { agency: Span; year: { value: number; range: Range } } | null {
  for (const i of search.linesWithin(ANNOUNCED_WORD, from, to)) {
    const line = lines[i]!;
    // The pattern opens with 公布, 发布 or 现将: most lines holding 年度报告 (the title, 年度报告格式 in the preamble) hold none.
    if (line.indexOf('公布') < 0 && line.indexOf('发布') < 0 && line.indexOf('现将') < 0) continue;
    const m = ANNOUNCED.exec(line);
    if (!m) continue;
    const yearAt = m.index + m[0].indexOf(m[1]!);
    const agencyAt = m.index + m[0].lastIndexOf(m[2]!, m[0].length - TITLE_SUFFIX.length);
    return {
      agency: { text: m[2]!, range: range(i, agencyAt, i, agencyAt + m[2]!.length) },
      year: { value: Number(m[1]), range: range(i, yearAt, i, yearAt + 4) },
    };
  }
  return null;
}

export function reportYear(
  title: TitleInfo | null,
  period: StatisticsPeriod | null,
  announced: { year: { value: number; range: Range } } | null,
  years: readonly YearMention[],
  contentStart: number,
  contentEnd: number,
  /** Lines of the 落款 date and the publication date: never the report year (they are a year later). */
  datedLines: readonly number[] = [],
): ReportModel['year'] {
  // Spelled out rather than spread: copying by spread is slow in the engine, and this runs per parse.
  if (title?.year) return { value: title.year.value, range: title.year.range, source: 'title' };
  const start = period?.start;
  const startYear = start?.date?.year ?? start?.readings[0]?.year;
  if (start && startYear !== undefined && !start.yearImplied) {
    return { value: startYear, source: 'period', range: range(start.line, start.range.start.character, start.line, start.range.start.character + 4) };
  }
  if (announced) return { value: announced.year.value, range: announced.year.range, source: 'text' };
  // The year the text speaks of most.
  const counts = new Map<number, number>();
  let best: YearMention | null = null;
  for (const y of years) {
    if (y.line < contentStart || y.line >= contentEnd || datedLines.includes(y.line)) continue;
    const n = (counts.get(y.value) ?? 0) + 1;
    counts.set(y.value, n);
    if (!best || n > counts.get(best.value)!) best = y;
  }
  if (!best) return null;
  const first = years.find((y) => y.value === best!.value && y.line >= contentStart && !datedLines.includes(y.line))!;
  return { value: best.value, source: 'text', range: first.range };
}
