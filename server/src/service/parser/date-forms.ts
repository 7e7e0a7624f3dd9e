/**
 * The forms a date can take, as a table: each form has a name, the pattern it matches (its groups
 * numbered from 1) and how it reads (year, month and day; valid, invalid or malformed; for a
 * malformed one its plausible readings). dates.ts walks these tables; nothing else here matches.
 */
import type { CalendarDate, DateMention } from '../model';

/** How a matched form reads, before it is placed on its line. */
export interface DateReading {
  status: DateMention['status'];
  /** The date as read; for a malformed one the likely reading, or null when ambiguous or unread. */
  date: CalendarDate | null;
  /** Every plausible reading of a malformed date (one means unambiguous). */
  readings: CalendarDate[];
  /** The clock time after an ISO date (2025-02-14 08:50). */
  time?: string;
  /** Month and day only: the year came from the line or the report (or is unknown). */
  yearImplied?: true;
}

export interface DateForm {
  name: string;
  /** Regex source (digits already half-width). Forms are tried in table order at each position. */
  pattern: string;
  /**
   * The reading of one match: `groups` are the form's own groups (index 1 on), `impliedYear` the
   * year of an earlier date on the line or else the report year. null: not a date after all.
   */
  read(groups: readonly (string | undefined)[], impliedYear: number | null): DateReading | null;
}

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
  if (!isPlausibleYear(year)) return [];
  return monthDayReadings(year, digits.slice(4));
}

/** Years a report's date can have: a four-digit number outside them (0000-12345678) is no ISO date. */
function isPlausibleYear(year: number): boolean {
  return year >= 1990 && year <= 2099;
}

const CN_DIGITS = '〇一二三四五六七八九';

/** 二〇二五 → 2025 (four digits, 〇/○/零 for zero); 二 → 2, 十 → 10, 十四 → 14, 二十 → 20, 三十一 → 31. */
function chineseNumber(s: string): number {
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

/** A date written out in full: valid if the calendar has it, else invalid (2月30日). */
function written(year: number, month: number, day: number): DateReading {
  return { status: isValidDate(year, month, day) ? 'valid' : 'invalid', date: { year, month, day }, readings: [] };
}

/** A malformed date with one candidate reading: kept if the calendar has it, else unread. */
function malformedAs(year: number, month: number, day: number): DateReading {
  const date = { year, month, day };
  const ok = isValidDate(year, month, day);
  return { status: 'malformed', date: ok ? date : null, readings: ok ? [date] : [] };
}

/** A malformed date with several candidate readings: read only when exactly one is left. */
function malformedAmong(readings: CalendarDate[]): DateReading {
  return { status: 'malformed', date: readings.length === 1 ? readings[0]! : null, readings };
}

/** 2025-02-14 08:50, 2025.2.14, 2025/2/14: the same form with one separator throughout. */
function isoForm(name: string, separator: string): DateForm {
  const sep = `\\s*${separator}\\s*`;
  return {
    name,
    pattern: `(\\d{4})${sep}(\\d{1,2})${sep}(\\d{1,2})(?![0-9])(?:\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)(?![0-9]))?`,
    read([, year, month, day, time]) {
      if (!isPlausibleYear(+year!)) return null;
      const reading = written(+year!, +month!, +day!);
      if (time !== undefined) reading.time = time;
      return reading;
    },
  };
}

/**
 * The forms a date takes inside a line, in the order they are tried at a position (the first that
 * matches wins: a full date before the same digits read as a date whose 年 was lost).
 * Every form opens with a digit or a Chinese digit (DATE_PATTERN relies on it).
 */
export const DATE_FORMS: readonly DateForm[] = [
  {
    name: 'full', // 2024年1月1日, 2025 年 1 月 20 日
    pattern: '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日',
    read: ([, year, month, day]) => written(+year!, +month!, +day!),
  },
  isoForm('dashed', '-'), // 2025-02-14, 2025-02-14 08:50
  isoForm('slashed', '/'), // 2025/2/14
  isoForm('dotted', '\\.'), // 2025.2.14
  {
    name: 'lostYearMark', // 20241月1日: 年 lost
    pattern: '(\\d{4})(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日',
    read: ([, year, month, day]) => malformedAs(+year!, +month!, +day!),
  },
  {
    name: 'lostMonthMark', // 2024年11日, 2024年1231日: 月 lost, month and day run together
    pattern: '(\\d{4})\\s*年\\s*(\\d{2,4})\\s*日',
    read: ([, year, monthDay]) => malformedAmong(monthDayReadings(+year!, monthDay!)),
  },
  {
    name: 'monthDay', // 12月31日: the year is the line's or the report's
    pattern: '(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日',
    read([, monthText, dayText], impliedYear) {
      const month = +monthText!;
      const day = +dayText!;
      // Without a year of its own, 2月29日 may exist even when the year it is read in has none: a
      // report on 2023 is written and published early in 2024, and a bare 2月29日 in it may be
      // 2024's. Calling it invalid would be a false alarm; only the month's longest length counts.
      const ok = month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? 29 : daysInMonth(2001, month));
      const date = impliedYear === null ? null : { year: impliedYear, month, day };
      return { status: ok ? 'valid' : 'invalid', date, readings: [], yearImplied: true };
    },
  },
  {
    name: 'runTogether', // 202411日, 2025214日: 年 and 月 lost, year, month and day run together
    pattern: '(\\d{5,8})\\s*日',
    read([, digits]) {
      const readings = runReadings(digits!);
      return readings.length === 0 ? null : malformedAmong(readings);
    },
  },
  {
    name: 'monthDayRunTogether', // 1231日: 月 lost, no year; read in the line's or the report's year
    pattern: '(\\d{3,4})\\s*日',
    read([, digits], impliedYear) {
      // Without a year, the cuts are tried in 2000 (a leap year: 2月29日 may exist) and none is kept.
      const readings = monthDayReadings(impliedYear ?? 2000, digits!);
      if (readings.length === 0) return null;
      return { ...malformedAmong(impliedYear === null ? [] : readings), yearImplied: true };
    },
  },
  {
    name: 'chinese', // 二〇二五年二月十四日
    pattern: '([〇○零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日',
    read: ([, year, month, day]) => written(chineseNumber(year!), chineseNumber(month!), chineseNumber(day!)),
  },
];

/**
 * Forms a date takes only when it stands alone on its line (the 落款 date), tried before DATE_FORMS:
 * alone, digits without 日 or a day without its 日 cannot be a count or a clause. Patterns are
 * anchored at both ends of the line's text (digits already half-width).
 */
export const WHOLE_LINE_DATE_FORMS: readonly DateForm[] = [
  {
    name: 'runTogetherAlone', // 2025214, 20250214
    pattern: '^(\\d{6,8})$',
    read([, digits]) {
      const readings = runReadings(digits!);
      return readings.length === 0 ? null : malformedAmong(readings);
    },
  },
  {
    name: 'lostDayMark', // 2025年2月15: 日 lost
    pattern: '^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})$',
    read: ([, year, month, day]) => malformedAs(+year!, +month!, +day!),
  },
];
