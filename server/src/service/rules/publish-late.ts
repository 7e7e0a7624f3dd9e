/** publish-late: the report's date is after the statutory deadline (条例第四十九条). */
import { DEADLINES } from '../schema/format';
import type { DeadlineKind } from '../schema/format';
import { compareDates, defineLegacyRule, reportDate } from './support';
import { dateText, enDayMonth, isoDate } from '../i18n';

const KIND_TEXT: Record<DeadlineKind, { zh: string; en: string }> = {
  department: { zh: '部门年度报告', en: 'a department’s report' },
  government: { zh: '县级以上人民政府年度报告', en: 'a people’s government’s report on its whole government' },
};

const messages = {
  late: (date: { zh: string; en: string }, deadline: { zh: string; en: string }, kind: DeadlineKind) => ({
    zh: `报告日期 ${date.zh} 晚于法定公开时限 ${deadline.zh}（${KIND_TEXT[kind].zh}应于次年${DEADLINES[kind].month}月${DEADLINES[kind].day}日前公布）`,
    en: `The report is dated ${date.en}, after the statutory deadline of ${deadline.en} (${KIND_TEXT[kind].en} is due by ${enDayMonth(DEADLINES[kind].month, DEADLINES[kind].day)} of the following year)`,
  }),
};

export default defineLegacyRule({
  code: 'publish-late',
  name: { zh: '逾期公开', en: 'published late' },
  defaultSeverity: 'warning',
  description: { zh: '报告日期晚于法定公开时限（部门1月31日，县级以上人民政府3月31日）', en: 'The report’s date is after the statutory deadline' },
  fixable: false,
  check(ctx) {
    const year = ctx.model.year?.value;
    const dated = reportDate(ctx.model);
    if (year === undefined || !dated) return;
    const rule = DEADLINES[ctx.deadline];
    const deadline = { year: year + 1, month: rule.month, day: rule.day };
    if (compareDates(dated.date, deadline) <= 0) return;
    ctx.report({
      range: dated.mention.range,
      message: messages.late(dateText(dated.date), dateText(deadline), ctx.deadline),
      data: { date: isoDate(dated.date), deadline: isoDate(deadline), kind: ctx.deadline },
    });
  },
});
