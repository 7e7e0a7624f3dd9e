/** row-missing: a statutory row of a table is absent. */
import type { RowDef } from '../schema/format';
import type { ParsedTable, ReportModel } from '../model';
import { defineRule, lineRange, statutoryRows, tablesOf } from './support';
import { tableName } from '../i18n';

const messages = {
  missing: (table: { zh: string; en: string }, def: RowDef) =>
    def.label
      ? { zh: `${table.zh}缺少“${def.label}”行`, en: `${table.en} lacks the row “${def.label}” (${def.englishLabel})` }
      : { zh: `${table.zh}缺少数据行`, en: `${table.en} has no data row` },
};

/** The line the missing row belongs before: the next statutory row present, or the table's end. */
function insertionLine(table: ParsedTable, def: RowDef): number {
  let best: number | null = null;
  for (const row of table.rows) {
    if (!row.def || row.def.index <= def.index) continue;
    if (best === null || row.startLine < best) best = row.startLine;
  }
  return best ?? table.endLine;
}

function anchorLine(model: ReportModel, table: ParsedTable, line: number): number {
  // At the table's end the row goes after its last line: show that last line.
  return line >= table.endLine ? Math.max(table.startLine, table.endLine - 1) : line;
}

export default defineRule({
  code: 'row-missing',
  name: { zh: '缺少行', en: 'missing row' },
  defaultSeverity: 'error',
  description: { zh: '表格缺少法定行', en: 'A statutory row of a table is missing' },
  fixable: true,
  check(ctx) {
    for (const table of tablesOf(ctx.model)) {
      const present = new Set<string>();
      for (const row of table.rows) if (row.def) present.add(row.def.key);
      for (const def of statutoryRows(table.id)) {
        if (present.has(def.key)) continue;
        const beforeLine = insertionLine(table, def);
        ctx.report({
          range: lineRange(ctx.model, anchorLine(ctx.model, table, beforeLine)),
          message: messages.missing(tableName(table.id), def),
          data: { table: table.id, row: def.key, beforeLine },
        });
      }
    }
  },
});
