/** The statistics period (统计期限 自2024年1月1日起至12月31日止) and the page's publication date. */
import type { DateMention, StatisticsPeriod } from '../model';
import { range } from '../model';
import type { Draft } from './draft';
import { PERIOD_MARKERS, PUBLISHED_MARKERS } from '../schema/format';
import { skipSpaces } from '../text/spaces';

/** Longest first, so 统计期限 wins over 统计期 at the same place. */
const MARKERS = [...PERIOD_MARKERS].sort((a, b) => b.length - a.length);
const START_WINDOW = 30;
const END_WINDOW = 20;

/** Dates are sorted by position: binary search keeps this logarithmic per line. */
function datesOnLine(dates: readonly Draft<DateMention>[], line: number): Draft<DateMention>[] {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]!.line < line) lo = mid + 1;
    else hi = mid;
  }
  const out: Draft<DateMention>[] = [];
  for (let i = lo; i < dates.length && dates[i]!.line === line; i++) out.push(dates[i]!);
  return out;
}

/** The word every period marker holds. */
export const PERIOD_WORDS = ['统计'] as const;

/** `candidates`: the lines holding one of PERIOD_WORDS, ascending (see LineSearch). */
export function findPeriod(lines: readonly string[], dates: readonly Draft<DateMention>[], from: number, to: number, candidates: readonly number[]): StatisticsPeriod | null {
  for (const i of candidates) {
    if (i < from || i >= to) continue;
    const line = lines[i]!;
    let at = 0;
    while (at < line.length) {
      let best = -1;
      let marker = '';
      for (const m of MARKERS) {
        const idx = line.indexOf(m, at);
        if (idx >= 0 && (best < 0 || idx < best)) {
          best = idx;
          marker = m;
        }
      }
      if (best < 0) break;
      const markerEnd = best + marker.length;
      const onLine = datesOnLine(dates, i);
      const start = onLine.find((d) => d.range.start.character >= markerEnd && d.range.start.character <= markerEnd + START_WINDOW) ?? null;
      if (start) {
        const end =
          onLine.find((d) => d.range.start.character >= start.range.end.character && d.range.start.character <= start.range.end.character + END_WINDOW) ??
          null;
        start.role = 'period-start';
        if (end) end.role = 'period-end';
        const last = end ?? start;
        return {
          line: i,
          range: range(i, best, i, last.range.end.character),
          marker: { text: marker, range: range(i, best, i, markerEnd) },
          start,
          end,
        };
      }
      at = markerEnd;
    }
  }
  return null;
}

const DATE_AT_START = /^[0-9０-９]{4}\s*[-/.年]/;

/** 发布日期：… / 发布时间：…, else a page line before the body that opens with a date and time (2025-02-14 08:50 来源:…). */
export function findPublished(lines: readonly string[], dates: readonly Draft<DateMention>[], bodyStart: number): DateMention | null {
  for (const d of dates) {
    const line = lines[d.line]!;
    for (const m of PUBLISHED_MARKERS) {
      const idx = line.indexOf(m);
      if (idx >= 0 && idx < d.range.start.character && d.range.start.character - (idx + m.length) <= 6) {
        d.role = 'published';
        return d;
      }
    }
  }
  for (const d of dates) {
    if (d.line >= bodyStart) break;
    const line = lines[d.line]!;
    const first = skipSpaces(line, 0, line.length);
    if (d.range.start.character === first && DATE_AT_START.test(line.slice(first)) && (d.time !== undefined || line.includes('来源'))) {
      d.role = 'published';
      return d;
    }
  }
  return null;
}
