/** row-order: statutory rows are present but out of the official order. */
import type { RowDef } from '../schema/format';
import { defineRule, rowAnchor, checkedTables } from './support';
import { tableName } from '../i18n';

export default defineRule({
  code: 'row-order',
  name: { zh: '行顺序', en: 'row order' },
  defaultSeverity: 'warning',
  description: { zh: '法定行齐全但顺序不对', en: 'Statutory rows are present but out of order' },
  messages: {
    // The English names the rows by their official (Chinese) labels, as the clerk sees them in the table.
    order: { zh: '{table}中“{label}”行应排在“{after}”行之前', en: 'In {table}, the row “{label}” should come before “{after}”' },
  },
  data: { table: 'string', row: 'string', official: 'string' },
  check(ctx) {
    for (const table of checkedTables(ctx.model)) {
      let highest: RowDef | null = null;
      for (const row of table.rows) {
        const def = row.def;
        if (!def) continue;
        if (highest && def.index < highest.index) {
          ctx.report({
            range: rowAnchor(ctx.model, row),
            messageId: 'order',
            args: { table: tableName(table.id), label: def.label, after: highest.label },
            data: { table: table.id, row: def.key, official: def.label },
          });
          continue;
        }
        highest = def;
      }
    }
  },
});
