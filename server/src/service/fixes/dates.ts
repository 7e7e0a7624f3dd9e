/**
 * Writing dates and years back as the text wrote them, for the fixes of the date rules
 * (period-year, date-malformed, year-mismatch): the ISO dates their findings carry, and digits
 * replaced in place with their width and full-width form kept.
 */
import type { CalendarDate } from '../model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LEADING_ZERO = /^[0０]/;
const FULL_WIDTH_DIGIT = /[０-９]/;
/** Runs of half- or full-width digits (only ever used with matchAll, which copies the regex). */
const DIGIT_RUNS = /[0-9０-９]+/g;

/** 2024-01-01 (as a finding's data carries a date) → the calendar date; null for anything else. */
export function parseIso(text: string | undefined): CalendarDate | null {
  const m = text ? ISO_DATE.exec(text) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

const FULL_WIDTH_ZERO = 0xff10;

/** `value` written like the digit run it replaces. */
export function digitsLike(run: string, value: number): string {
  let text = String(value);
  // 01 stays two digits wide; a full-width run stays full-width.
  if (run.length === 2 && text.length === 1 && LEADING_ZERO.test(run)) text = '0' + text;
  if (FULL_WIDTH_DIGIT.test(run)) text = [...text].map((d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d))).join('');
  return text;
}

/** The date as written with its digits replaced, every other character kept (2023 年1月1日 → 2024 年1月1日). */
export function rewriteDate(raw: string, date: CalendarDate, yearImplied: boolean): string | null {
  const runs = [...raw.matchAll(DIGIT_RUNS)];
  const values = runs.length === 3 ? [date.year, date.month, date.day] : runs.length === 2 && yearImplied ? [date.month, date.day] : null;
  if (!values) return null;
  let out = '';
  let cursor = 0;
  runs.forEach((run, i) => {
    out += raw.slice(cursor, run.index) + digitsLike(run[0], values[i]!);
    cursor = run.index + run[0].length;
  });
  return out + raw.slice(cursor);
}
