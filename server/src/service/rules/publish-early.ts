/** publish-early: the report is dated inside (or before) the year it reports on — a date left over from last year's report. */
import { defineLegacyRule, reportDate } from './support';
import { dateText, isoDate } from '../i18n';

const messages = {
  early: (date: { zh: string; en: string }, year: number) => ({
    zh: `报告日期 ${date.zh} 早于报告年度 ${year} 年结束，可能沿用了上一年度报告的日期`,
    en: `The report is dated ${date.en}, before the year ${year} it reports on has ended; the date may be left over from last year’s report`,
  }),
};

export default defineLegacyRule({
  code: 'publish-early',
  name: { zh: '日期过早', en: 'dated too early' },
  defaultSeverity: 'warning',
  description: { zh: '报告日期在报告年度结束之前', en: 'The report’s date falls before the end of the year it reports on' },
  fixable: false,
  check(ctx) {
    const year = ctx.model.year?.value;
    const dated = reportDate(ctx.model);
    if (year === undefined || !dated || dated.date.year > year) return;
    ctx.report({
      range: dated.mention.range,
      message: messages.early(dateText(dated.date), year),
      data: { date: isoDate(dated.date), deadline: isoDate({ year: year + 1, month: 1, day: 1 }) },
    });
  },
});
