/**
 * row-unknown: a row inside a statutory table matches no statutory row (rows of another part's
 * table that stands there are table-missing's).
 */
import { defineRule, rowAnchor, checkedTables } from './support';
import { tableName } from '../i18n';

export default defineRule({
  code: 'row-unknown',
  name: { zh: '多余的行', en: 'unknown row' },
  defaultSeverity: 'warning',
  description: { zh: '法定表格中有不属于任何法定行的行', en: 'A row inside a statutory table matches no statutory row' },
  messages: {
    unknown: { zh: '“{written}”不是{table}的法定行', en: '“{written}” is not a statutory row of {table}' },
  },
  /** row is null: the row is no statutory row. */
  data: { table: 'string', row: 'string|null' },
  check(ctx) {
    // Another part's table written inside this one (table 三 right after table 二): table-missing
    // already says it belongs under its own heading; its rows are not strays of this table.
    const parts = ctx.model.parts;
    const misplaced = (line: number): boolean => parts.some((p) => p.tableElsewhere !== null && line >= p.tableElsewhere.startLine && line < p.tableElsewhere.endLine);
    for (const table of checkedTables(ctx.model)) {
      for (const row of table.rows) {
        if (row.def || row.labelStatus !== 'unknown' || misplaced(row.startLine)) continue;
        const written = row.label?.text ?? (ctx.model.lines[row.startLine] ?? '').trim();
        ctx.report({
          range: rowAnchor(ctx.model, row),
          messageId: 'unknown',
          args: { written, table: tableName(table.id) },
          data: { table: table.id, row: null },
        });
      }
    }
  },
});
