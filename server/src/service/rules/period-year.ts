/** period-year: the statistics period is not 1 January to 31 December of the report year. */
import type { CalendarDate, DateMention, ReportModel } from '../model';
import type { FixProposal } from '../fixes/types';
import { minimalReplace, type TextEdit } from '../fixes/edits';
import { textAt } from '../fixes/support';
import { parseIso, rewriteDate } from '../fixes/dates';
import { defineRule, readableDate } from './support';
import { isoDate } from '../i18n';

function matches(mention: DateMention, date: CalendarDate, year: number, month: number, day: number): boolean {
  // A period end written without its year (至12月31日) takes the year of its start.
  return (mention.yearImplied || date.year === year) && date.month === month && date.day === day;
}

function sameDay(a: CalendarDate | null, b: CalendarDate, yearImplied: boolean): boolean {
  return a !== null && (yearImplied || a.year === b.year) && a.month === b.month && a.day === b.day;
}

/** The period's date rewritten to the expected one, its other characters kept; null when it is right or cannot be rewritten. */
function dateEdit(model: ReportModel, mention: DateMention | null, expected: CalendarDate): TextEdit | null {
  if (!mention || mention.status === 'malformed') return null;
  if (sameDay(mention.date, expected, mention.yearImplied === true)) return null;
  const written = textAt(model, mention.range);
  if (written !== mention.raw) return null;
  const rewritten = rewriteDate(written, expected, mention.yearImplied === true);
  return rewritten === null ? null : minimalReplace(mention.range, written, rewritten);
}

/** The period's start and end set to 1 January and 31 December of the report year. */
function periodOfReportYear(model: ReportModel, data: { expectedStart: string; expectedEnd: string }): FixProposal[] {
  const start = parseIso(data.expectedStart);
  const end = parseIso(data.expectedEnd);
  const period = model.period;
  if (!start || !end || !period) return [];
  const edits = [dateEdit(model, period.start, start), dateEdit(model, period.end, end)].filter((e): e is TextEdit => e !== null);
  if (edits.length === 0) return [];
  const zh = `将统计期限改为${start.year}年1月1日至${end.year}年12月31日`;
  return [{ title: { zh, en: `Set the statistics period to 1 January – 31 December ${start.year}` }, edits, safe: true }];
}

export default defineRule({
  code: 'period-year',
  name: { zh: '统计期限', en: 'statistics period' },
  defaultSeverity: 'error',
  description: { zh: '统计期限不是报告年度的1月1日至12月31日', en: 'The statistics period is not 1 January to 31 December of the report year' },
  messages: {
    wrong: {
      zh: '统计期限应为{year}年1月1日至{year}年12月31日，实际为“{written}”',
      en: 'The statistics period should run from 1 January to 31 December {year}, but reads “{written}”',
    },
  },
  data: { expectedStart: 'string', expectedEnd: 'string' },
  fix: periodOfReportYear,
  check(ctx) {
    const { model } = ctx;
    const period = model.period;
    const year = model.year?.value;
    if (!period || year === undefined) return;
    const start = readableDate(period.start);
    const end = readableDate(period.end);
    // Unreadable dates are date-malformed's or date-invalid's finding.
    if ((period.start && !start) || (period.end && !end) || (!start && !end)) return;
    const startOk = !start || matches(period.start!, start, year, 1, 1);
    const endOk = !end || matches(period.end!, end, year, 12, 31);
    if (startOk && endOk) return;
    const text = (model.lines[period.range.start.line] ?? '').slice(
      period.start?.range.start.character ?? period.range.start.character,
      period.range.start.line === period.range.end.line ? period.range.end.character : undefined,
    );
    ctx.report({
      range: period.range,
      messageId: 'wrong',
      args: { year, written: text || period.marker.text },
      data: { expectedStart: isoDate({ year, month: 1, day: 1 }), expectedEnd: isoDate({ year, month: 12, day: 31 }) },
    });
  },
});
