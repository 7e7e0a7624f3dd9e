/** year-unknown: the report year cannot be determined from the title, the period or the text. */
import { TITLE_SUFFIX } from '../schema/format';
import { range } from '../model';
import { defineRule } from './support';

export default defineRule({
  code: 'year-unknown',
  name: { zh: '报告年度不明', en: 'unknown year' },
  defaultSeverity: 'warning',
  description: { zh: '无法从标题、统计期限或正文确定报告年度', en: 'The report year cannot be determined' },
  messages: {
    unknown: {
      zh: '无法确定报告年度：标题、统计期限和正文中都没有找到年份（标题应为“××机关××××年政府信息公开工作年度报告”）',
      en: 'The report year cannot be determined: no year in the title, the statistics period or the text (the title reads “<agency> <year> {titleSuffix}”)',
    },
  },
  // Its findings carry no facts (there is no fix), but an empty record, as they always have.
  data: {},
  check(ctx) {
    if (ctx.model.year) return;
    const at = ctx.model.title?.range ?? range(ctx.model.contentStartLine, 0, ctx.model.contentStartLine, 0);
    ctx.report({ range: at, messageId: 'unknown', args: { titleSuffix: TITLE_SUFFIX }, data: {} });
  },
});
