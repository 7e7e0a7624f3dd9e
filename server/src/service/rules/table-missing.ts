/**
 * table-missing: part 二, 三 or 四 has its heading but not its statutory table. When the table
 * stands elsewhere in the report (another part, after the 落款), the message says where.
 */
import { partById } from '../schema/format';
import { partAtLine, range, type ReportModel } from '../model';
import { defineLegacyRule, partAnchor } from './support';
import { tableName } from '../i18n';

const messages = {
  missing: (heading: string, table: { zh: string; en: string }) => ({
    zh: `“${heading}”下没有法定表格（${table.zh}）`,
    en: `“${heading}” has no statutory table (${table.en})`,
  }),
  elsewhere: (heading: string, table: { zh: string; en: string }, where: { zh: string; en: string }) => ({
    zh: `“${heading}”下没有法定表格（${table.zh}）：${table.zh}写在了${where.zh}，应移到此标题下`,
    en: `“${heading}” has no statutory table (${table.en}): the table stands ${where.en}; move it under this heading`,
  }),
  here: (table: { zh: string; en: string }) => ({ zh: `${table.zh}在这里`, en: `${table.en} is here` }),
};

export default defineLegacyRule({
  code: 'table-missing',
  name: { zh: '缺少表格', en: 'missing table' },
  defaultSeverity: 'error',
  description: { zh: '第二、三、四部分缺少法定表格', en: 'The statutory table of part 2, 3 or 4 is missing' },
  fixable: true,
  check(ctx) {
    for (const part of ctx.model.parts) {
      const def = partById(part.id);
      if (!def.table || part.table) continue;
      const afterLine = part.heading?.line ?? part.bodyStartLine;
      const elsewhere = part.tableElsewhere;
      if (!elsewhere) {
        ctx.report({ range: partAnchor(ctx.model, part), message: messages.missing(def.heading, tableName(def.table)), data: { part: part.id, table: def.table, afterLine } });
        continue;
      }
      const first = ctx.model.lines[elsewhere.startLine] ?? '';
      ctx.report({
        range: partAnchor(ctx.model, part),
        // Where the table stands in words, not as a line number: the finding stays the same finding while lines are added above it.
        message: messages.elsewhere(def.heading, tableName(def.table), placeOf(ctx.model, elsewhere.startLine)),
        relatedInformation: [{ range: range(elsewhere.startLine, 0, elsewhere.startLine, first.length), message: messages.here(tableName(def.table)) }],
        data: { part: part.id, table: def.table, afterLine, tableStartLine: elsewhere.startLine, tableEndLine: elsewhere.endLine },
      });
    }
  },
});

/**
 * Where in the report a line outside its part stands, in words: in which part, before the first,
 * or after the 落款 (the last part's body ends at the 落款, so nothing else lies after it).
 */
function placeOf(model: ReportModel, line: number): { zh: string; en: string } {
  const part = partAtLine(model, line);
  if (part) {
    const heading = partById(part.id).heading;
    return { zh: `“${heading}”中`, en: `in “${heading}”` };
  }
  const first = model.parts[0];
  if (first && line < (first.heading?.line ?? first.bodyStartLine)) return { zh: '第一部分之前', en: 'before the first part' };
  return { zh: '落款之后', en: 'after the signature' };
}
