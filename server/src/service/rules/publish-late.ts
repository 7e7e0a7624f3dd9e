/** publish-late: the report's date is after the statutory deadline (条例第四十九条). */
import { DEADLINES } from '../schema/format';
import type { Bilingual, DeadlineKind } from '../schema/format';
import { compareDates, defineRule, reportDate } from './support';
import { dateText, enDayMonth, isoDate } from '../i18n';

/** Whose report it is, as the deadline's explanation names it. */
const KIND_TEXT: Record<DeadlineKind, Bilingual> = {
  department: { zh: '部门年度报告', en: 'a department’s report' },
  government: { zh: '县级以上人民政府年度报告', en: 'a people’s government’s report on its whole government' },
};

/** The deadline's day of the following year: 1月31日 / 31 January. */
function dueDayText(kind: DeadlineKind): Bilingual {
  const { month, day } = DEADLINES[kind];
  return { zh: `${month}月${day}日`, en: enDayMonth(month, day) };
}

export default defineRule({
  code: 'publish-late',
  name: { zh: '逾期公开', en: 'published late' },
  defaultSeverity: 'warning',
  description: { zh: '报告日期晚于法定公开时限（部门1月31日，县级以上人民政府3月31日）', en: 'The report’s date is after the statutory deadline' },
  messages: {
    late: {
      zh: '报告日期 {date} 晚于法定公开时限 {deadline}（{kind}应于次年{dueDay}前公布）',
      en: 'The report is dated {date}, after the statutory deadline of {deadline} ({kind} is due by {dueDay} of the following year)',
    },
  },
  data: { date: 'string', deadline: 'string', kind: 'string' },
  check(ctx) {
    const year = ctx.model.year?.value;
    const dated = reportDate(ctx.model);
    if (year === undefined || !dated) return;
    const rule = DEADLINES[ctx.deadline];
    const deadline = { year: year + 1, month: rule.month, day: rule.day };
    if (compareDates(dated.date, deadline) <= 0) return;
    ctx.report({
      range: dated.mention.range,
      messageId: 'late',
      args: { date: dateText(dated.date), deadline: dateText(deadline), kind: KIND_TEXT[ctx.deadline], dueDay: dueDayText(ctx.deadline) },
      data: { date: isoDate(dated.date), deadline: isoDate(deadline), kind: ctx.deadline },
    });
  },
});
