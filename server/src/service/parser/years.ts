/** Every year mention (2024年, and the year of 2025-02-14 or 202411日) with where it stands. */
import { isCommentLine } from './tables/cells';
import type { DateMention, Part, Range, StatisticsPeriod, YearMention } from '../model';
import { range } from '../model';
import type { PartId } from '../schema/format';
import type { LineSearch } from './search';
import { digitValue, isClauseEnd, isRegExpSpace } from '../text/chars';


/** The year 19xx/20xx written by the four digits at text[at, at + 4) (either width), else -1. */
function yearAt(text: string, at: number): number {
  if (at < 0 || at + 4 > text.length) return -1;
  const a = digitValue(text.charCodeAt(at));
  const b = digitValue(text.charCodeAt(at + 1));
  const c = digitValue(text.charCodeAt(at + 2));
  const d = digitValue(text.charCodeAt(at + 3));
  if (c < 0 || d < 0 || !((a === 1 && b === 9) || (a === 2 && b === 0))) return -1;
  return a * 1000 + b * 100 + c * 10 + d;
}

/** The years written before 年 in a text: line, character and value of each, in text order. */
export interface YearWords {
  lines: number[];
  starts: number[];
  values: number[];
}

/** \s inside a line: JavaScript's white space without the line breaks \n and \r (a line never holds them). */
function isSpaceInLine(code: number): boolean {
  return code !== 0x0a && code !== 0x0d && isRegExpSpace(code);
}

/**
 * The years written before 年 in the whole text: four digits of either width, 19xx or 20xx, not
 * preceded by another digit, then optional white space and 年, on one line (as
 * /(?<![0-9０-９])((?:19|20)\d{2})\s*年/g finds them on each line; each 年 closes at most one such
 * year, so looking back from each 年 finds them all, in order). One search of the text, however
 * many lines hold 年 without a year (本年新收, 年度报告 …), and no line is visited for them.
 */
export function findYearWords(text: string, search: LineSearch): YearWords {
  const found: YearWords = { lines: [], starts: [], values: [] };
  let line = 0;
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    let digitsEnd = at;
    while (digitsEnd > 0 && isSpaceInLine(text.charCodeAt(digitsEnd - 1))) digitsEnd--;
    const start = digitsEnd - 4;
    const value = yearAt(text, start);
    // Before the digits: the line's start (a line break) or any character but a digit.
    if (value < 0 || (start > 0 && digitValue(text.charCodeAt(start - 1)) >= 0)) continue;
    line = search.lineOf(start, line);
    found.lines.push(line);
    found.starts.push(start - search.startOf(line));
    found.values.push(value);
  }
  return found;
}

/** A clause of a line: its bounds between sentence punctuation, and its text trimmed. */
interface Clause {
  start: number;
  end: number;
  text: string;
}

/** The clause around [start, end): between sentence punctuation, trimmed as String.prototype.trim would. */
function clauseAround(line: string, start: number, end: number): Clause {
  let clauseStart = start;
  while (clauseStart > 0 && !isClauseEnd(line.charCodeAt(clauseStart - 1))) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < line.length && !isClauseEnd(line.charCodeAt(clauseEnd))) clauseEnd++;
  let a = clauseStart;
  let b = clauseEnd;
  while (a < b && isRegExpSpace(line.charCodeAt(a))) a++;
  while (b > a && isRegExpSpace(line.charCodeAt(b - 1))) b--;
  return { start: clauseStart, end: clauseEnd, text: line.slice(a, b) };
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

/** `words`: the years before 年 (see findYearWords); dates bring their own years. */
export function findYears(
  lines: readonly string[],
  dates: readonly DateMention[],
  parts: readonly Part[],
  titleLine: number,
  period: StatisticsPeriod | null,
  words: YearWords,
): YearMention[] {
  const out: YearMention[] = [];
  const wordLines = words.lines;
  let d = 0;
  let y = 0;
  // Only the lines with a year before 年 or a date can name a year: visit those alone, in order (both lists ascend).
  for (;;) {
    const nextWord = y < wordLines.length ? wordLines[y]! : lines.length;
    const nextDate = d < dates.length ? dates[d]!.line : lines.length;
    const i = nextWord < nextDate ? nextWord : nextDate;
    if (i >= lines.length) break;
    const line = lines[i]!;
    const datesStart = d;
    while (d < dates.length && dates[d]!.line === i) d++;
    const datesEnd = d;
    const wordsStart = y;
    while (y < wordLines.length && wordLines[y] === i) y++;
    const wordsEnd = y;
    // A comment line is not in the published report: its years are nobody's.
    if (isCommentLine(line)) continue;
    // Every mention on the line shares its part and title flag; mentions in one clause share its text.
    const partId = partIdAt(parts, i);
    let clause: Clause | null = null;
    // Merge, by position, the years before 年 with the years opening this line's dates (dates
    // ascend by position; a date whose year was already found before 年 adds nothing).
    let w = wordsStart;
    let k = datesStart;
    let lastDateStart = -1;
    for (;;) {
      let dateStart = -1;
      let dateValue = -1;
      while (k < datesEnd) {
        const date = dates[k]!;
        const start = date.range.start.character;
        const value = yearAt(date.raw, 0);
        if (value >= 0 && start !== lastDateStart && !isWordStart(words.starts, wordsStart, wordsEnd, start)) {
          dateStart = start;
          dateValue = value;
          break;
        }
        k++;
      }
      let start: number;
      let value: number;
      if (w < wordsEnd && (dateStart < 0 || words.starts[w]! < dateStart)) {
        start = words.starts[w]!;
        value = words.values[w]!;
        w++;
      } else if (dateStart >= 0) {
        start = dateStart;
        value = dateValue;
        lastDateStart = dateStart;
        k++;
      } else break;
      const end = start + 4;
      if (clause === null || start < clause.start || end > clause.end) clause = clauseAround(line, start, end);
      out.push({
        value,
        range: range(i, start, i, end),
        line: i,
        partId,
        inDate: anyDateCovers(dates, datesStart, datesEnd, i, start, end),
        inTitle: i === titleLine,
        inPeriod: period !== null && within(period.range, i, start, end),
        clause: clause.text,
      });
    }
  }
  return out;
}

function isWordStart(starts: readonly number[], from: number, to: number, start: number): boolean {
  for (let w = from; w < to; w++) if (starts[w] === start) return true;
  return false;
}

function anyDateCovers(dates: readonly DateMention[], from: number, to: number, line: number, start: number, end: number): boolean {
  for (let k = from; k < to; k++) if (within(dates[k]!.range, line, start, end)) return true;
  return false;
}
