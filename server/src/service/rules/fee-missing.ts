/**
 * fee-missing: part 六 does not state the 信息处理费 charged, or that none was charged — in any of
 * the ways real reports say it (未发生收费情况, 未收取任何费用, 不收取费用 …).
 */
import { FEE_KEYWORDS, FEE_SENTENCE } from '../schema/format';
import { partOf } from '../model';
import { containsAny, defineRule, minimalWords, partAnchor } from './support';
import { partProse } from './prose';
import { FEE_STATEMENT } from './prose-words';

const FEE_WORDS = minimalWords(FEE_KEYWORDS);

export default defineRule({
  code: 'fee-missing',
  name: { zh: '信息处理费', en: 'processing fee' },
  defaultSeverity: 'warning',
  description: { zh: '第六部分未说明信息处理费收取情况', en: 'Part 6 does not state the processing fees charged' },
  messages: {
    missing: {
      zh: '“六、其他需要报告的事项”没有说明信息处理费的收取情况（未收取的也应写明，如“{example}”）',
      en: 'Part 6 does not state the information processing fees charged (or that none were charged)',
    },
  },
  data: { part: 'number' },
  check(ctx) {
    const part = partOf(ctx.model, 6);
    if (!part) return;
    const text = partProse(ctx.prose, ctx.model, 6);
    if (containsAny(text, FEE_WORDS) || FEE_STATEMENT.test(text)) return;
    ctx.report({ range: partAnchor(ctx.model, part), messageId: 'missing', args: { example: FEE_SENTENCE }, data: { part: 6 } });
  },
});
