/** The report's agency (机关) and year, from the title, the period or the text. */
import type { Range, ReportModel, Span, StatisticsPeriod, YearMention } from '../model';
import { range } from '../model';
import { TITLE_SUFFIX } from '../schema/format';
import { halfWidthDigits } from '../text/normalize';
import { skipSpaces, trimEndIndex } from '../text/spaces';
import type { LineSearch } from './search';

const TITLE_YEAR = /([0-9０-９]{4})\s*年/;
/** 现公布2024年度前进区商务和经济合作局政府信息公开工作年度报告 */
const ANNOUNCED = /(?:现公布|现发布|特发布|现将|公布)\s*([0-9]{4})\s*年度?\s*([^，。；,;\s《》“”"]{2,40}?)\s*政府信息公开工作年度报告/;

export interface TitleInfo {
  agency: Span | null;
  year: { value: number; range: Range } | null;
}

export function readTitle(title: Span): TitleInfo {
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
    if (y.line < contentStart || y.line >= contentEnd) continue;
    const n = (counts.get(y.value) ?? 0) + 1;
    counts.set(y.value, n);
    if (!best || n > counts.get(best.value)!) best = y;
  }
  if (!best) return null;
  const first = years.find((y) => y.value === best!.value && y.line >= contentStart)!;
  return { value: best.value, source: 'text', range: first.range };
}
