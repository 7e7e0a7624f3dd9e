/** Every year mention (2024年, and the year of 2025-02-14 or 202411日) with where it stands. */
import type { DateMention, Part, Range, StatisticsPeriod, YearMention } from '../model';
import { range } from '../model';
import type { PartId } from '../schema/format';
import { halfWidthDigits } from '../text/normalize';

const YEAR_RE = /(?<![0-9])((?:19|20)[0-9]{2})\s*年/g;
const NO_DATES: readonly DateMention[] = [];
/** 。；;！!？? by character code: a clause is scanned character by character, a set lookup each costs more. */
function isSentenceEnd(code: number): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff01: // ！
    case 0x21: // !
    case 0xff1f: // ？
    case 0x3f: // ?
      return true;
    default:
      return false;
  }
}

function clauseAround(line: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !isSentenceEnd(line.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < line.length && !isSentenceEnd(line.charCodeAt(b))) b++;
  return line.slice(a, b).trim();
}

function within(r: Range, line: number, start: number, end: number): boolean {
  return r.start.line === line && r.start.character <= start && r.end.character >= end;
}

/**
 * The part a line belongs to (its heading or its body; a later part wins where two claim a line),
 * asked only of the few lines naming a year, instead of a table of every line.
 */
export function partIdAt(parts: readonly Part[], line: number): PartId | null {
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k]!;
    if (p.heading?.line === line || (line >= p.bodyStartLine && line < p.bodyEndLine)) return p.id;
  }
  return null;
}

/** The word every year mention outside a date holds. */
export const YEAR_WORDS = ['年'] as const;

/** `yearWordLines`: the lines holding one of YEAR_WORDS, ascending (see LineSearch); dates bring their own years. */
export function findYears(
  lines: readonly string[],
  dates: readonly DateMention[],
  parts: readonly Part[],
  titleLine: number,
  period: StatisticsPeriod | null,
  yearWordLines: readonly number[],
): YearMention[] {
  const out: YearMention[] = [];
  let d = 0;
  let y = 0;
  // Only the lines holding 年 or a date can name a year: visit those alone, in order (both lists ascend).
  for (;;) {
    const nextWord = y < yearWordLines.length ? yearWordLines[y]! : lines.length;
    const nextDate = d < dates.length ? dates[d]!.line : lines.length;
    const i = Math.min(nextWord, nextDate);
    if (i >= lines.length) break;
    const line = lines[i]!;
    const dayStart = d;
    while (d < dates.length && dates[d]!.line === i) d++;
    const hasYearWord = nextWord === i;
    if (hasYearWord) y++;
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
        partId: partIdAt(parts, i),
        inDate: lineDates.some((dm) => within(dm.range, i, f.start, end)),
        inTitle: i === titleLine,
        inPeriod: period !== null && within(period.range, i, f.start, end),
        clause: clauseAround(line, f.start, end),
      });
    }
  }
  return out;
}
