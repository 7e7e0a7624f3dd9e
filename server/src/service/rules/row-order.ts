/** row-order: statutory rows are present but out of the official order. */
import type { RowDef } from '../schema/format';
import { defineLegacyRule, rowAnchor, checkedTables } from './support';
import { tableName } from '../i18n';

const messages = {
  order: (table: { zh: string; en: string }, def: RowDef, after: RowDef) => ({
    zh: `${table.zh}中“${def.label}”行应排在“${after.label}”行之前`,
    en: `In ${table.en}, the row “${def.label}” should come before “${after.label}”`,
  }),
};

export default defineLegacyRule({
  code: 'row-order',
  name: { zh: '行顺序', en: 'row order' },
  defaultSeverity: 'warning',
  description: { zh: '法定行齐全但顺序不对', en: 'Statutory rows are present but out of order' },
  fixable: false,
  check(ctx) {
    for (const table of checkedTables(ctx.model)) {
      let highest: RowDef | null = null;
      for (const row of table.rows) {
        const def = row.def;
        if (!def) continue;
        if (highest && def.index < highest.index) {
          ctx.report({
            range: rowAnchor(ctx.model, row),
            message: messages.order(tableName(table.id), def, highest),
            data: { table: table.id, row: def.key, official: def.label },
          });
          continue;
        }
        highest = def;
      }
    }
  },
});
