/** publish-early: the report is dated inside (or before) the year it reports on — a date left over from last year's report. */
import { defineRule, reportDate } from './support';
import { dateText, isoDate } from '../i18n';

export default defineRule({
  code: 'publish-early',
  name: { zh: '日期过早', en: 'dated too early' },
  defaultSeverity: 'warning',
  description: { zh: '报告日期在报告年度结束之前', en: 'The report’s date falls before the end of the year it reports on' },
  messages: {
    early: {
      zh: '报告日期 {date} 早于报告年度 {year} 年结束，可能沿用了上一年度报告的日期',
      en: 'The report is dated {date}, before the year {year} it reports on has ended; the date may be left over from last year’s report',
    },
  },
  data: { date: 'string', deadline: 'string' },
  check(ctx) {
    const year = ctx.model.year?.value;
    const dated = reportDate(ctx.model);
    if (year === undefined || !dated || dated.date.year > year) return;
    ctx.report({
      range: dated.mention.range,
      messageId: 'early',
      args: { date: dateText(dated.date), year },
      data: { date: isoDate(dated.date), deadline: isoDate({ year: year + 1, month: 1, day: 1 }) },
    });
  },
});
