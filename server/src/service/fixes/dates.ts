/** Fixes of years and dates: the statistics period, dates that lost 年/月/日, a year copied from another report. */
import type { CalendarDate, DateMention, ReportModel } from '../model';
import type { Diagnostic } from '../diagnostics';
import { halfWidthDigits } from '../text/normalize';
import { minimalReplace, type TextEdit } from './edits';
import { dataNumber, dataString, textAt } from './support';
import type { FixProposal } from './types';

function parseIso(text: string | undefined): CalendarDate | null {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

const FULL_WIDTH_ZERO = 0xff10;

function digitsLike(run: string, value: number): string {
  let text = String(value);
  // 01 stays two digits wide; a full-width run stays full-width.
  if (run.length === 2 && text.length === 1 && /^[0０]/.test(run)) text = '0' + text;
  if (/[０-９]/.test(run)) text = [...text].map((d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d))).join('');
  return text;
}

/** The date as written with its digits replaced, every other character kept (2023 年1月1日 → 2024 年1月1日). */
export function rewriteDate(raw: string, date: CalendarDate, yearImplied: boolean): string | null {
  const runs = [...raw.matchAll(/[0-9０-９]+/g)];
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

function sameDay(a: CalendarDate | null, b: CalendarDate, yearImplied: boolean): boolean {
  return a !== null && (yearImplied || a.year === b.year) && a.month === b.month && a.day === b.day;
}

function dateEdit(model: ReportModel, mention: DateMention | null, expected: CalendarDate): TextEdit | null {
  if (!mention || mention.status === 'malformed') return null;
  if (sameDay(mention.date, expected, mention.yearImplied === true)) return null;
  const written = textAt(model, mention.range);
  if (written !== mention.raw) return null;
  const rewritten = rewriteDate(written, expected, mention.yearImplied === true);
  return rewritten === null ? null : minimalReplace(mention.range, written, rewritten);
}

export function periodYearFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const start = parseIso(dataString(diagnostic, 'expectedStart'));
  const end = parseIso(dataString(diagnostic, 'expectedEnd'));
  const period = model.period;
  if (!start || !end || !period) return [];
  const edits = [dateEdit(model, period.start, start), dateEdit(model, period.end, end)].filter((e): e is TextEdit => e !== null);
  if (edits.length === 0) return [];
  const zh = `将统计期限改为${start.year}年1月1日至${end.year}年12月31日`;
  return [{ title: { zh, en: `Set the statistics period to 1 January – 31 December ${start.year}` }, edits, safe: true }];
}

export function dateMalformedFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const suggestion = dataString(diagnostic, 'suggestion');
  const found = dataString(diagnostic, 'found');
  if (!suggestion) return [];
  const written = textAt(model, diagnostic.range);
  if (found !== undefined && written !== found) return [];
  const edit = minimalReplace(diagnostic.range, written, suggestion);
  const reading = parseIso(dataString(diagnostic, 'reading'));
  const en = reading ? `${reading.year}-${reading.month}-${reading.day}` : suggestion;
  return edit ? [{ title: { zh: `改为“${suggestion}”`, en: `Change to “${suggestion}” (${en})` }, edits: [edit], safe: true }] : [];
}

/**
 * year-mismatch: the report year in place of the copied one. Not for fix-all: the
 * rule is a warning about prose, and the clerk may have meant another year.
 */
export function yearMismatchFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const expected = dataNumber(diagnostic, 'expected');
  const found = dataNumber(diagnostic, 'found');
  if (expected === undefined || found === undefined) return [];
  const written = textAt(model, diagnostic.range);
  const offset = halfWidthDigits(written).indexOf(String(found));
  if (offset < 0) return [];
  const line = diagnostic.range.start.line;
  const from = diagnostic.range.start.character + offset;
  const digits = written.slice(offset, offset + String(found).length);
  const edit = minimalReplace({ start: { line, character: from }, end: { line, character: from + digits.length } }, digits, digitsLike(digits, expected));
  return edit ? [{ title: { zh: `将 ${found} 改为 ${expected}`, en: `Change ${found} to ${expected}` }, edits: [edit], safe: false }] : [];
}
