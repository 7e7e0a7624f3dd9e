/** date-invalid: a well-formed date that does not exist (2月30日). */
import { defineRule } from './support';

export default defineRule({
  code: 'date-invalid',
  name: { zh: '日期不存在', en: 'invalid date' },
  defaultSeverity: 'error',
  description: { zh: '日期不存在（如2月30日）', en: 'A date that does not exist (such as 30 February)' },
  messages: {
    invalid: { zh: '日期“{raw}”不存在，请核对', en: 'The date “{raw}” does not exist; please check it' },
  },
  data: { found: 'string' },
  check(ctx) {
    for (const mention of ctx.model.dates) {
      if (mention.status !== 'invalid') continue;
      ctx.report({ range: mention.range, messageId: 'invalid', args: { raw: mention.raw }, data: { found: mention.raw } });
    }
  },
});
