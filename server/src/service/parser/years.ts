/** Every year mention (2024年, and the year of 2025-02-14 or 202411日) with where it stands. */
import type { DateMention, Part, Range, StatisticsPeriod, YearMention } from '../model';
import { range } from '../model';
import type { PartId } from '../schema/format';
import { halfWidthDigits } from '../text/normalize';

const YEAR_RE = /(?<![0-9])((?:19|20)[0-9]{2})\s*年/g;
const NO_DATES: readonly DateMention[] = [];
const SENTENCE_END = new Set([...'。；;！!？?'].map((c) => c.charCodeAt(0)));

function clauseAround(line: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.has(line.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < line.length && !SENTENCE_END.has(line.charCodeAt(b))) b++;
  return line.slice(a, b).trim();
}

function within(r: Range, line: number, start: number, end: number): boolean {
  return r.start.line === line && r.start.character <= start && r.end.character >= end;
}

export function partIdByLine(lineCount: number, parts: readonly Part[]): (PartId | null)[] {
  const byLine: (PartId | null)[] = new Array<PartId | null>(lineCount).fill(null);
  for (const p of parts) {
    if (p.heading) byLine[p.heading.line] = p.id;
    for (let l = p.bodyStartLine; l < p.bodyEndLine && l < lineCount; l++) byLine[l] = p.id;
  }
  return byLine;
}

export function findYears(
  lines: readonly string[],
  dates: readonly DateMention[],
  partOfLine: readonly (PartId | null)[],
  titleLine: number,
  period: StatisticsPeriod | null,
): YearMention[] {
  const out: YearMention[] = [];
  let d = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const dayStart = d;
    while (d < dates.length && dates[d]!.line === i) d++;
    const hasYearWord = line.indexOf('年') >= 0;
    // Most lines name no year and hold no date: nothing to allocate for them.
    if (!hasYearWord && d === dayStart) continue;
    const lineDates = d > dayStart ? dates.slice(dayStart, d) : NO_DATES;
    const found: { start: number; value: number }[] = [];
    if (hasYearWord) {
      const s = /[０-９]/.test(line) ? halfWidthDigits(line) : line;
      YEAR_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = YEAR_RE.exec(s))) found.push({ start: m.index, value: Number(m[1]) });
    }
    for (const date of lineDates) {
      const start = date.range.start.character;
      const digits = halfWidthDigits(date.raw.slice(0, 4));
      if (!/^(19|20)[0-9]{2}$/.test(digits) || found.some((f) => f.start === start)) continue;
      found.push({ start, value: Number(digits) });
    }
    if (found.length === 0) continue;
    found.sort((a, b) => a.start - b.start);
    for (const f of found) {
      const end = f.start + 4;
      out.push({
        value: f.value,
        range: range(i, f.start, i, end),
        line: i,
        partId: partOfLine[i] ?? null,
        inDate: lineDates.some((dm) => within(dm.range, i, f.start, end)),
        inTitle: i === titleLine,
        inPeriod: period !== null && within(period.range, i, f.start, end),
        clause: clauseAround(line, f.start, end),
      });
    }
  }
  return out;
}
