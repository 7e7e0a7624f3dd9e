/** total-review: in table 四, a group's 总计 differs from the sum of its four outcome columns. */
import { TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_OUTCOMES } from '../schema/format';
import { defineRule, numberAt, tableOfModel } from './support';

const OUTCOMES = TABLE4_OUTCOMES.length; // four outcomes and their 总计

const messages = {
  total: (group: (typeof TABLE4_GROUPS)[number], expected: number, found: number) => ({
    zh: `${group.label}的“总计”应为 ${expected}（结果维持＋结果纠正＋其他结果＋尚未审结），实际为 ${found}`,
    en: `The total for ${group.englishLabel} should be ${expected} (upheld + corrected + other + pending), but is ${found}`,
  }),
  cell: (label: string, value: number) => ({ zh: `${label}：${value}`, en: `${label}: ${value}` }),
};

export default defineRule({
  code: 'total-review',
  defaultSeverity: 'error',
  description: { zh: '表四中某组的“总计”不等于其四项结果之和', en: 'In table 4, a total differs from the sum of its four outcome columns' },
  fixable: true,
  check(ctx) {
    const table = tableOfModel(ctx.model, 'four');
    if (!table) return;
    for (const row of table.rows) {
      if (!row.def) continue;
      TABLE4_GROUPS.forEach((group, g) => {
        const first = g * OUTCOMES;
        const totalColumn = first + OUTCOMES - 1;
        const found = numberAt(row, totalColumn);
        if (found === null) return;
        let expected = 0;
        for (let c = first; c < totalColumn; c++) {
          const v = numberAt(row, c);
          if (v === null) return;
          expected += v;
        }
        if (expected === found) return;
        const totalCell = row.cells[totalColumn]!;
        ctx.report({
          range: totalCell.range,
          message: messages.total(group, expected, found),
          relatedInformation: row.cells.slice(first, totalColumn + 1).map((cell, i) => ({
            range: cell.range,
            message: messages.cell(`${group.label}${TABLE4_COLUMNS[first + i]!.label}`, cell.value ?? 0),
          })),
          data: { table: 'four', row: row.def!.key, column: totalColumn, expected, found },
        });
      });
    }
  },
});
