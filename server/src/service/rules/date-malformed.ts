/** date-malformed: a date whose 年/月/日 were lost or run together (202411日, 2025214). */
import type { CalendarDate, DateMention } from '../model';
import { defineLegacyRule } from './support';
import { enDate, isoDate } from '../i18n';

const messages = {
  readable: (raw: string, missing: string, suggestion: string, en: string) => ({
    zh: missing ? `日期“${raw}”缺少${missing}字样，应为“${suggestion}”` : `日期“${raw}”有字符缺失或连写，应为“${suggestion}”`,
    en: `The date “${raw}” has lost characters; it should read “${suggestion}” (${en})`,
  }),
  ambiguous: (raw: string, missing: string) => ({
    zh: `日期“${raw}”${missing ? `缺少${missing}字样` : '有字符缺失或连写'}，无法确定是哪一天，请写成“××××年×月×日”`,
    en: `The date “${raw}” has lost characters and cannot be read unambiguously; write it as “YYYY年M月D日”`,
  }),
};

/** Which of 年/月/日 the written date lacks (年 is not missing when the year is implied). */
function missingMarks(mention: DateMention): string {
  let missing = '';
  if (!mention.yearImplied && !mention.raw.includes('年')) missing += '年';
  if (!mention.raw.includes('月')) missing += '月';
  if (!mention.raw.includes('日')) missing += '日';
  return missing;
}

function suggestionFor(mention: DateMention, date: CalendarDate): string {
  return mention.yearImplied ? `${date.month}月${date.day}日` : `${date.year}年${date.month}月${date.day}日`;
}

export default defineLegacyRule({
  code: 'date-malformed',
  name: { zh: '日期残缺', en: 'malformed date' },
  defaultSeverity: 'error',
  description: { zh: '日期的“年”“月”“日”字样缺失或数字连写', en: 'A date whose characters were lost or run together' },
  fixable: true,
  check(ctx) {
    for (const mention of ctx.model.dates) {
      if (mention.status !== 'malformed') continue;
      const missing = missingMarks(mention);
      const date = mention.readings.length === 1 ? (mention.date ?? mention.readings[0]!) : null;
      if (!date) {
        ctx.report({ range: mention.range, message: messages.ambiguous(mention.raw, missing), data: { found: mention.raw } });
        continue;
      }
      const suggestion = suggestionFor(mention, date);
      ctx.report({
        range: mention.range,
        message: messages.readable(mention.raw, missing, suggestion, enDate(date)),
        data: { found: mention.raw, reading: isoDate(date), suggestion },
      });
    }
  },
});
