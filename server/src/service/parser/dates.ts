/**
 * Every date mention in the text: 2024年1月1日, 2024-02-14 08:50, 2025.2.14, 2025/2/14,
 * 12月31日 (year implied), full-width digits, spaces between, 二〇二五年二月十四日, and
 * dates whose 年/月 were lost in copying (202411日, 1231日) with their plausible readings.
 * Plain numbers (counts, phone numbers, postcodes, 〔2020〕109号) are not dates.
 */
import type { CalendarDate, DateMention } from '../model';
import { range } from '../model';
import { chineseNumeralCodeValue, halfWidthDigits } from '../text/normalize';

const CN_DIGITS = '〇一二三四五六七八九';

/**
 * Every form of a date. The lookahead changes no match (every form opens with a digit or a
 * Chinese digit) but lets a try where none opens fail at once.
 */
export const DATE_PATTERN =
  '(?<![0-9])(?=[0-9〇○零一二三四五六七八九])(?:' +
  [
    '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日', // 1-3: 2024年1月1日
    '(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\5\\s*(\\d{1,2})(?![0-9])(?:\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)(?![0-9]))?', // 4-8: 2025-02-14 08:50
    '(\\d{4})(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日', // 9-11: 年 lost
    '(\\d{4})\\s*年\\s*(\\d{2,4})\\s*日', // 12-13: 月 lost
    '(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日', // 14-15: 12月31日
    '(\\d{3,8})\\s*日', // 16: 202411日, 1231日
    '([〇○零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日', // 17-19
  ].join('|') +
  ')';

/** DATE_PATTERN tried at one position (sticky): scanLineDates tries it only where a date may start (see nextDateMatch). */
const DATE_AT = new RegExp(DATE_PATTERN, 'y');

/** 日 or an ISO separator: every form of a date holds one. */
const DATE_ANCHOR = /[日\-/.]/g;

/**
 * Whether a character can stand in a date before its first 日 or separator: a digit (the line is
 * made half-width first), white space, 年, 月 or a Chinese digit (〇○零一…十).
 */
function mayLeadDate(code: number): boolean {
  if ((code >= 0x30 && code <= 0x39) || isJsSpace(code)) return true;
  switch (code) {
    case 0x5e74: // 年
    case 0x6708: // 月
    case 0x3007: // 〇
    case 0x25cb: // ○
    case 0x96f6: // 零
      return true;
    default:
      return chineseNumeralCodeValue(code) !== null; // 一 … 十
  }
}

/**
 * The leftmost date in s at or after `from`, exactly as a global search with the same pattern
 * would find it, without trying the pattern at every character of a long line: a date holds 日 or
 * a separator, and before the first of them only characters that mayLeadDate. So, for each such
 * anchor in turn, only the run of those characters just before it can start a date.
 */
export function nextDateMatch(s: string, from: number): RegExpExecArray | null {
  let scanFrom = from;
  for (;;) {
    DATE_ANCHOR.lastIndex = scanFrom;
    if (!DATE_ANCHOR.test(s)) return null;
    const anchor = DATE_ANCHOR.lastIndex - 1;
    let start = anchor;
    while (start > from && mayLeadDate(s.charCodeAt(start - 1))) start--;
    // The anchor itself (日 or a separator) starts no date.
    for (let at = start; at < anchor; at++) {
      DATE_AT.lastIndex = at;
      const m = DATE_AT.exec(s);
      if (m !== null) return m;
    }
    scanFrom = anchor + 1;
  }
}

/** Native search, not a loop of charCodeAt: the lines are slices of the document, which the regex engine reads directly. */
const FULL_WIDTH_DIGIT = /[０-９]/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Month/day readings of digits run together: 11 → 1-1; 214 → 2-14 (21-4 is no date); 1231 → 12-31. */
export function monthDayReadings(year: number, digits: string): CalendarDate[] {
  const out: CalendarDate[] = [];
  for (let cut = 1; cut <= 2 && cut < digits.length; cut++) {
    if (digits.length - cut > 2) continue;
    const month = Number(digits.slice(0, cut));
    const day = Number(digits.slice(cut));
    if (digits[cut] === '0' && digits.length - cut === 1) continue;
    if (isValidDate(year, month, day)) out.push({ year, month, day });
  }
  return out;
}

/** Readings of a run such as 202411 or 2025214: a plausible year, then month and day. */
export function runReadings(digits: string): CalendarDate[] {
  if (digits.length < 5 || digits.length > 8) return [];
  const year = Number(digits.slice(0, 4));
  if (year < 1990 || year > 2099) return [];
  return monthDayReadings(year, digits.slice(4));
}

function cnNumber(s: string): number {
  if (s.length === 4) {
    let n = 0;
    for (const ch of s) n = n * 10 + Math.max(0, CN_DIGITS.indexOf(ch === '○' || ch === '零' ? '〇' : ch));
    return n;
  }
  const ten = s.indexOf('十');
  if (ten < 0) return CN_DIGITS.indexOf(s);
  const tens = ten === 0 ? 1 : CN_DIGITS.indexOf(s[0]!);
  const ones = ten === s.length - 1 ? 0 : CN_DIGITS.indexOf(s[ten + 1]!);
  return tens * 10 + ones;
}

function mention(
  line: string,
  lineNo: number,
  start: number,
  end: number,
  status: DateMention['status'],
  date: CalendarDate | null,
  readings: CalendarDate[],
): DateMention {
  return { raw: line.slice(start, end), range: range(lineNo, start, lineNo, end), line: lineNo, status, date, readings, role: 'text' };
}

function full(line: string, lineNo: number, start: number, end: number, y: number, m: number, d: number): DateMention {
  const date = { year: y, month: m, day: d };
  const ok = isValidDate(y, m, d);
  return mention(line, lineNo, start, end, ok ? 'valid' : 'invalid', date, []);
}

/** A word every date needs: 日, or the separator of the ISO form (2025-02-14, 2025.2.14, 2025/2/14). */
export const DATE_WORDS = ['日', '-', '/', '.'] as const;

/**
 * Without 日, a date needs a year and a separator (either digit width): table labels such as 1.属于国家秘密 have none.
 * A regex rather than a loop of charCodeAt: the lines are slices of the document, which the regex engine reads directly.
 */
const ISO_HINT = /[0-9０-９]{4}\s*[-/.]/;

function isDigitOfEitherWidth(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** JavaScript's \s (ISO_HINT allows it between a year and its separator). */
function isJsSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Which hits of DATE_WORDS in the whole text can belong to a date (a HitFilter for LineSearch):
 * 日 always; a separator only where ISO_HINT could match it, right after four digits and white
 * space. Most separators are not (1.属于国家秘密, | --- |): their lines then skip scanLineDates,
 * and the search goes on after the run of that separator (a repeated one has no digit before it).
 * Returns -1 to keep the hit, else where to search on.
 */
export function dateWordHit(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x65e5 /* 日 */) return -1;
  let j = at;
  while (j > 0 && isJsSpace(text.charCodeAt(j - 1))) j--;
  if (
    j >= 4 &&
    isDigitOfEitherWidth(text.charCodeAt(j - 1)) &&
    isDigitOfEitherWidth(text.charCodeAt(j - 2)) &&
    isDigitOfEitherWidth(text.charCodeAt(j - 3)) &&
    isDigitOfEitherWidth(text.charCodeAt(j - 4))
  ) {
    return -1;
  }
  let next = at + 1;
  while (text.charCodeAt(next) === c) next++;
  return next;
}

/** The shortest date written: 1月1日, or digits run together before 日 (101日). Shorter lines (most table cells) hold none. */
const SHORTEST_DATE = 4;

/**
 * Date mentions of one line. Month-day mentions take their year from an earlier
 * date on the line, else from `fallbackYear` (the report year), else stay unread.
 */
export function scanLineDates(line: string, lineNo: number, fallbackYear: number | null, out: DateMention[]): void {
  if (line.length < SHORTEST_DATE || (line.indexOf('日') < 0 && !ISO_HINT.test(line))) return;
  const s = FULL_WIDTH_DIGIT.test(line) ? halfWidthDigits(line) : line;
  let lineYear: number | null = null;
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = nextDateMatch(s, from))) {
    const start = m.index;
    const end = start + m[0].length;
    from = end;
    let dm: DateMention | null = null;
    if (m[1]) dm = full(line, lineNo, start, end, +m[1], +m[2]!, +m[3]!);
    else if (m[4]) {
      const y = +m[4];
      if (y < 1990 || y > 2099) continue;
      dm = full(line, lineNo, start, end, y, +m[6]!, +m[7]!);
      if (m[8]) dm.time = m[8];
    } else if (m[9]) {
      const date = { year: +m[9], month: +m[10]!, day: +m[11]! };
      const ok = isValidDate(date.year, date.month, date.day);
      dm = mention(line, lineNo, start, end, 'malformed', ok ? date : null, ok ? [date] : []);
    } else if (m[12]) {
      const readings = monthDayReadings(+m[12], m[13]!);
      dm = mention(line, lineNo, start, end, 'malformed', readings.length === 1 ? readings[0]! : null, readings);
    } else if (m[14]) {
      const month = +m[14];
      const day = +m[15]!;
      const year = lineYear ?? fallbackYear;
      const ok = month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? 29 : daysInMonth(2001, month));
      dm = mention(line, lineNo, start, end, ok ? 'valid' : 'invalid', year === null ? null : { year, month, day }, []);
      dm.yearImplied = true;
    } else if (m[16]) {
      const digits = m[16];
      if (digits.length >= 5) {
        const readings = runReadings(digits);
        if (readings.length === 0) continue;
        dm = mention(line, lineNo, start, end, 'malformed', readings.length === 1 ? readings[0]! : null, readings);
      } else {
        const year = lineYear ?? fallbackYear;
        const readings = monthDayReadings(year ?? 2000, digits);
        if (readings.length === 0) continue;
        const read = year === null ? [] : readings;
        dm = mention(line, lineNo, start, end, 'malformed', read.length === 1 ? read[0]! : null, read);
        dm.yearImplied = true;
      }
    } else if (m[17]) {
      dm = full(line, lineNo, start, end, cnNumber(m[17]), cnNumber(m[18]!), cnNumber(m[19]!));
    }
    if (!dm) continue;
    if (!dm.yearImplied) {
      const y = dm.date?.year ?? dm.readings[0]?.year;
      if (y !== undefined) lineYear = y;
    }
    out.push(dm);
  }
}

/** Whether a date can start with this character: a digit of either width or one of 〇○零一二三四五六七八九. */
function opensDate(code: number): boolean {
  return isDigitOfEitherWidth(code) || CN_DATE_DIGIT_CODES.has(code);
}

const CN_DATE_DIGIT_CODES = new Set<number>([...'〇○零一二三四五六七八九'].map((c) => c.charCodeAt(0)));

/** A line that is nothing but a date (the 落款 date): written out, ISO, digits run together (2025214), or without its 日 (2025年2月15). */
export function wholeLineDate(line: string, lineNo: number, start: number, end: number): DateMention | null {
  // Every form of a date opens with a digit (either width) or a Chinese digit: the 落款's agency
  // and the closing prose are rejected without slicing or scanning them.
  if (!opensDate(line.charCodeAt(start))) return null;
  const text = line.slice(start, end);
  if (/^[0-9０-９]{6,8}$/.test(text)) {
    const readings = runReadings(halfWidthDigits(text));
    if (readings.length === 0) return null;
    return mention(line, lineNo, start, end, 'malformed', readings.length === 1 ? readings[0]! : null, readings);
  }
  // 2025年2月15: a 落款 date whose 日 was lost (it stands alone on its line, so the digits are a day).
  const noDay = /^([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})$/.exec(text);
  if (noDay) {
    const date = { year: Number(halfWidthDigits(noDay[1]!)), month: Number(halfWidthDigits(noDay[2]!)), day: Number(halfWidthDigits(noDay[3]!)) };
    const ok = isValidDate(date.year, date.month, date.day);
    return mention(line, lineNo, start, end, 'malformed', ok ? date : null, ok ? [date] : []);
  }
  const found: DateMention[] = [];
  scanLineDates(line, lineNo, null, found);
  const only = found.length === 1 ? found[0]! : null;
  return only && only.range.start.character === start && only.range.end.character === end && !only.yearImplied ? only : null;
}
