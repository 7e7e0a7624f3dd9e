/** table-missing: part 二, 三 or 四 has its heading but not its statutory table. */
import { partById } from '../schema/format';
import { defineRule, partAnchor } from './support';
import { tableName } from '../i18n';

const messages = {
  missing: (heading: string, table: { zh: string; en: string }) => ({
    zh: `“${heading}”下没有法定表格（${table.zh}）`,
    en: `“${heading}” has no statutory table (${table.en})`,
  }),
};

export default defineRule({
  code: 'table-missing',
  name: { zh: '缺少表格', en: 'missing table' },
  defaultSeverity: 'error',
  description: { zh: '第二、三、四部分缺少法定表格', en: 'The statutory table of part 2, 3 or 4 is missing' },
  fixable: true,
  check(ctx) {
    for (const part of ctx.model.parts) {
      const def = partById(part.id);
      if (!def.table || part.table) continue;
      ctx.report({
        range: partAnchor(ctx.model, part),
        message: messages.missing(def.heading, tableName(def.table)),
        data: { part: part.id, table: def.table, afterLine: part.heading?.line ?? part.bodyStartLine },
      });
    }
  },
});
