/**
 * Every date mention in the text: 2024年1月1日, 2024-02-14 08:50, 2025.2.14, 2025/2/14,
 * 12月31日 (year implied), full-width digits, spaces between, 二〇二五年二月十四日, and
 * dates whose 年/月 were lost in copying (202411日, 1231日) with their plausible readings.
 * Plain numbers (counts, phone numbers, postcodes, 〔2020〕109号) are not dates.
 * The forms themselves, with their names and readings, are the tables of date-forms.ts; this module
 * only finds where one may start, walks the table there and places the reading on its line.
 */
import type { DateMention } from '../model';
import { range } from '../model';
import type { Draft } from './draft';
import { chineseNumeralCodeValue, isAsciiDigit, isDigitOfEitherWidth, isRegExpSpace } from '../text/chars';
import { halfWidthDigits } from '../text/normalize';
import { DATE_FORMS, WHOLE_LINE_DATE_FORMS, type DateForm, type DateReading } from './date-forms';

export { daysInMonth, isValidDate, monthDayReadings, runReadings } from './date-forms';

/** How many groups a pattern source has (a match of the empty alternative lists them all). */
function groupCount(pattern: string): number {
  return new RegExp(`${pattern}|`).exec('')!.length - 1;
}

/** A form of the table inside one combined pattern: its whole match is group `group`, its own groups follow. */
interface PlacedForm {
  form: DateForm;
  group: number;
  groups: number;
}

function placeForms(forms: readonly DateForm[]): PlacedForm[] {
  let group = 1;
  return forms.map((form) => {
    const placed = { form, group, groups: groupCount(form.pattern) };
    group += 1 + placed.groups;
    return placed;
  });
}

const PLACED_DATE_FORMS = placeForms(DATE_FORMS);

/**
 * Every form of DATE_FORMS, each as one group, in table order. The lookahead changes no match
 * (every form opens with a digit or a Chinese digit) but lets a try where none opens fail at once.
 */
export const DATE_PATTERN =
  '(?<![0-9])(?=[0-9〇○零一二三四五六七八九])(?:' + DATE_FORMS.map((form) => `(${form.pattern})`).join('|') + ')';

/** The form that made a match of a combined pattern, with its own groups (index 1 on, as in the form's pattern). */
function matchedForm(m: RegExpExecArray, placed: readonly PlacedForm[]): { form: DateForm; groups: (string | undefined)[] } | null {
  for (const p of placed) {
    if (m[p.group] !== undefined) return { form: p.form, groups: m.slice(p.group, p.group + 1 + p.groups) };
  }
  return null;
}

/** DATE_PATTERN tried at one position (sticky): scanLineDates tries it only where a date may start (see nextDateMatch). */
const DATE_AT = new RegExp(DATE_PATTERN, 'y');

/** 日 or an ISO separator: every form of a date holds one. */
const DATE_ANCHOR = /[日\-/.]/g;

/**
 * Whether a character can stand in a date before its first 日 or separator: a digit (the line is
 * made half-width first), white space, 年, 月 or a Chinese digit (〇○零一…十).
 */
function mayLeadDate(code: number): boolean {
  if (isAsciiDigit(code) || isRegExpSpace(code)) return true;
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

function mention(
  line: string,
  lineNo: number,
  start: number,
  end: number,
  reading: DateReading,
): Draft<DateMention> {
  const { status, date, readings } = reading;
  const dm: Draft<DateMention> = { raw: line.slice(start, end), range: range(lineNo, start, lineNo, end), line: lineNo, status, date, readings, role: 'text' };
  if (reading.time !== undefined) dm.time = reading.time;
  if (reading.yearImplied) dm.yearImplied = true;
  return dm;
}

/** A word every date needs: 日, or the separator of the ISO form (2025-02-14, 2025.2.14, 2025/2/14). */
export const DATE_WORDS = ['日', '-', '/', '.'] as const;

/**
 * Without 日, a date needs a year and a separator (either digit width): table labels such as 1.属于国家秘密 have none.
 * A regex rather than a loop of charCodeAt: the lines are slices of the document, which the regex engine reads directly.
 */
const ISO_HINT = /[0-9０-９]{4}\s*[-/.]/;

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
  // JavaScript's \s: ISO_HINT allows it between a year and its separator.
  while (j > 0 && isRegExpSpace(text.charCodeAt(j - 1))) j--;
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
export function scanLineDates(line: string, lineNo: number, fallbackYear: number | null, out: Draft<DateMention>[]): void {
  if (line.length < SHORTEST_DATE || (line.indexOf('日') < 0 && !ISO_HINT.test(line))) return;
  const s = FULL_WIDTH_DIGIT.test(line) ? halfWidthDigits(line) : line;
  let lineYear: number | null = null;
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = nextDateMatch(s, from))) {
    const start = m.index;
    const end = start + m[0].length;
    from = end;
    const matched = matchedForm(m, PLACED_DATE_FORMS);
    const reading = matched?.form.read(matched.groups, lineYear ?? fallbackYear) ?? null;
    if (reading === null) continue;
    const dm = mention(line, lineNo, start, end, reading);
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

const WHOLE_LINE_FORMS = WHOLE_LINE_DATE_FORMS.map((form) => ({ form, regex: new RegExp(form.pattern) }));

/** A line that is nothing but a date (the 落款 date): written out, ISO, digits run together (2025214), or without its 日 (2025年2月15). */
export function wholeLineDate(line: string, lineNo: number, start: number, end: number): Draft<DateMention> | null {
  // Every form of a date opens with a digit (either width) or a Chinese digit: the 落款's agency
  // and the closing prose are rejected without slicing or scanning them.
  if (!opensDate(line.charCodeAt(start))) return null;
  const slice = line.slice(start, end);
  const text = FULL_WIDTH_DIGIT.test(slice) ? halfWidthDigits(slice) : slice;
  for (const { form, regex } of WHOLE_LINE_FORMS) {
    const m = regex.exec(text);
    // A line this form matches is read by it alone, even when that reading is no date.
    if (m !== null) {
      const reading = form.read(m, null);
      return reading === null ? null : mention(line, lineNo, start, end, reading);
    }
  }
  const found: Draft<DateMention>[] = [];
  scanLineDates(line, lineNo, null, found);
  const only = found.length === 1 ? found[0]! : null;
  return only && only.range.start.character === start && only.range.end.character === end && !only.yearImplied ? only : null;
}
