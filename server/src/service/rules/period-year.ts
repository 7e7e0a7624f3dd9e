/** period-year: the statistics period is not 1 January to 31 December of the report year. */
import type { CalendarDate, DateMention } from '../model';
import { defineLegacyRule, readableDate } from './support';
import { isoDate } from '../i18n';

const messages = {
  wrong: (year: number, written: string) => ({
    zh: `统计期限应为${year}年1月1日至${year}年12月31日，实际为“${written}”`,
    en: `The statistics period should run from 1 January to 31 December ${year}, but reads “${written}”`,
  }),
};

function matches(mention: DateMention, date: CalendarDate, year: number, month: number, day: number): boolean {
  // A period end written without its year (至12月31日) takes the year of its start.
  return (mention.yearImplied || date.year === year) && date.month === month && date.day === day;
}

export default defineLegacyRule({
  code: 'period-year',
  name: { zh: '统计期限', en: 'statistics period' },
  defaultSeverity: 'error',
  description: { zh: '统计期限不是报告年度的1月1日至12月31日', en: 'The statistics period is not 1 January to 31 December of the report year' },
  fixable: true,
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
      message: messages.wrong(year, text || period.marker.text),
      data: { expectedStart: isoDate({ year, month: 1, day: 1 }), expectedEnd: isoDate({ year, month: 12, day: 31 }) },
    });
  },
});
