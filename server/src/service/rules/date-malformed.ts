/** date-malformed: a date whose 年/月/日 were lost or run together (202411日, 2025214). */
import type { CalendarDate, DateMention, ReportModel } from '../model';
import type { Diagnostic } from '../diagnostics';
import type { FixProposal } from '../fixes/types';
import { minimalReplace } from '../fixes/edits';
import { textAt } from '../fixes/support';
import { parseIso } from '../fixes/dates';
import { defineRule } from './support';
import { dateText, isoDate } from '../i18n';

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

/** The date written as read (the suggestion), when the text still holds what was found. */
function writeAsRead(model: ReportModel, data: { found: string; reading?: string; suggestion?: string }, diagnostic: Diagnostic): FixProposal[] {
  const suggestion = data.suggestion;
  if (!suggestion) return [];
  const written = textAt(model, diagnostic.range);
  if (written !== data.found) return [];
  const edit = minimalReplace(diagnostic.range, written, suggestion);
  const reading = parseIso(data.reading);
  const en = reading ? `${reading.year}-${reading.month}-${reading.day}` : suggestion;
  return edit ? [{ title: { zh: `改为“${suggestion}”`, en: `Change to “${suggestion}” (${en})` }, edits: [edit], safe: true }] : [];
}

export default defineRule({
  code: 'date-malformed',
  name: { zh: '日期残缺', en: 'malformed date' },
  defaultSeverity: 'error',
  description: { zh: '日期的“年”“月”“日”字样缺失或数字连写', en: 'A date whose characters were lost or run together' },
  messages: {
    /** Read one way only, and it lacks some of 年/月/日. */
    lostMarks: {
      zh: '日期“{raw}”缺少{missing}字样，应为“{suggestion}”',
      en: 'The date “{raw}” has lost characters; it should read “{suggestion}” ({date})',
    },
    /** Read one way only, its marks all there but characters lost or run together. */
    lostCharacters: {
      zh: '日期“{raw}”有字符缺失或连写，应为“{suggestion}”',
      en: 'The date “{raw}” has lost characters; it should read “{suggestion}” ({date})',
    },
    /** Read several ways, lacking some of 年/月/日. */
    ambiguousLostMarks: {
      zh: '日期“{raw}”缺少{missing}字样，无法确定是哪一天，请写成“××××年×月×日”',
      en: 'The date “{raw}” has lost characters and cannot be read unambiguously; write it as “YYYY年M月D日”',
    },
    ambiguousLostCharacters: {
      zh: '日期“{raw}”有字符缺失或连写，无法确定是哪一天，请写成“××××年×月×日”',
      en: 'The date “{raw}” has lost characters and cannot be read unambiguously; write it as “YYYY年M月D日”',
    },
  },
  data: { found: 'string', reading: 'string?', suggestion: 'string?' },
  fix: writeAsRead,
  check(ctx) {
    for (const mention of ctx.model.dates) {
      if (mention.status !== 'malformed') continue;
      const missing = missingMarks(mention);
      const raw = mention.raw;
      const date = mention.readings.length === 1 ? (mention.date ?? mention.readings[0]!) : null;
      if (!date) {
        ctx.report({
          range: mention.range,
          ...(missing ? { messageId: 'ambiguousLostMarks' as const, args: { raw, missing } } : { messageId: 'ambiguousLostCharacters' as const, args: { raw } }),
          data: { found: raw },
        });
        continue;
      }
      const suggestion = suggestionFor(mention, date);
      ctx.report({
        range: mention.range,
        ...(missing
          ? { messageId: 'lostMarks' as const, args: { raw, missing, suggestion, date: dateText(date) } }
          : { messageId: 'lostCharacters' as const, args: { raw, suggestion, date: dateText(date) } }),
        data: { found: raw, reading: isoDate(date), suggestion },
      });
    }
  },
});
