/** total-row: in table 三, a row's 总计 differs from the sum of its six applicant columns. */
import { TABLE3_COLUMNS, TABLE3_TOTAL_COLUMN } from '../schema/format';
import type { ColumnDef } from '../schema/format';
import { defineRule, numberAt, tableOfModel } from './support';

const messages = {
  total: (expected: number, found: number) => ({
    zh: `总计应为 ${expected}（各列之和），实际为 ${found}`,
    en: `The total should be ${expected} (the sum of the columns), but is ${found}`,
  }),
  addend: (column: ColumnDef, value: number) => ({ zh: `${column.label}：${value}`, en: `${column.englishLabel}: ${value}` }),
};

export default defineRule({
  code: 'total-row',
  defaultSeverity: 'error',
  description: { zh: '表三某行的“总计”不等于六个申请人类别之和', en: 'In table 3, a row’s total differs from the sum of its six applicant columns' },
  fixable: true,
  check(ctx) {
    const table = tableOfModel(ctx.model, 'three');
    if (!table) return;
    for (const row of table.rows) {
      if (!row.def) continue;
      const found = numberAt(row, TABLE3_TOTAL_COLUMN);
      if (found === null) continue;
      let expected = 0;
      let complete = true;
      for (let c = 0; c < TABLE3_TOTAL_COLUMN; c++) {
        const v = numberAt(row, c);
        if (v === null) complete = false;
        else expected += v;
      }
      // An empty or invalid addend is value-missing's or value-invalid's finding, not a wrong sum.
      if (!complete || expected === found) continue;
      const totalCell = row.cells[TABLE3_TOTAL_COLUMN]!;
      ctx.report({
        range: totalCell.range,
        message: messages.total(expected, found),
        relatedInformation: [
          ...row.cells.slice(0, TABLE3_TOTAL_COLUMN).map((cell, c) => ({ range: cell.range, message: messages.addend(TABLE3_COLUMNS[c]!, cell.value ?? 0) })),
          { range: totalCell.range, message: messages.addend(TABLE3_COLUMNS[TABLE3_TOTAL_COLUMN]!, found) },
        ],
        data: { table: 'three', row: row.def.key, column: TABLE3_TOTAL_COLUMN, expected, found },
      });
    }
  },
});
