/** row-label: a row's label differs from the official one, or was lost while its values remain. */
import { normalizeLabel } from '../text/normalize';
import { defineLegacyRule, rowAnchor, checkedTables } from './support';
import { tableName } from '../i18n';

const messages = {
  variant: (written: string, official: string) => ({
    zh: `行标签“${written}”与法定标签“${official}”不一致`,
    en: `The row label “${written}” differs from the official label “${official}”`,
  }),
  lost: (table: { zh: string; en: string }, official: string) => ({
    zh: `此行缺少行标签，按位置应为${table.zh}的“${official}”`,
    en: `This row has lost its label; by its position it is “${official}” of ${table.en}`,
  }),
};

export default defineLegacyRule({
  code: 'row-label',
  name: { zh: '行标签', en: 'row label' },
  defaultSeverity: 'warning',
  description: { zh: '行标签与法定标签不一致，或行标签缺失', en: 'A row’s label differs from the official one, or was lost' },
  fixable: true,
  check(ctx) {
    for (const table of checkedTables(ctx.model)) {
      for (const row of table.rows) {
        const def = row.def;
        if (!def || !def.label) continue; // table 四's single row has no label of its own
        if (row.labelStatus === 'missing') {
          ctx.report({
            range: rowAnchor(ctx.model, row),
            message: messages.lost(tableName(table.id), def.label),
            data: { table: table.id, row: def.key, official: def.label, found: null },
          });
        } else if (row.labelStatus === 'variant' && row.label && normalizeLabel(row.label.text) !== normalizeLabel(def.label)) {
          ctx.report({
            range: row.label.range,
            message: messages.variant(row.label.text, def.label),
            data: { table: table.id, row: def.key, official: def.label, found: row.label.text },
          });
        }
      }
    }
  },
});
