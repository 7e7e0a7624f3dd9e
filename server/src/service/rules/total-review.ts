/** total-review: in table 四, a group's 总计 differs from the sum of its four outcome columns. */
import { TABLE4_GROUPS } from '../schema/format';
import { sumMismatches } from '../sums';
import { defineRule, tableOfModel } from './support';

const messages = {
  total: (group: (typeof TABLE4_GROUPS)[number], expected: number, found: number) => ({
    zh: `${group.label}的“总计”应为 ${expected}（结果维持＋结果纠正＋其他结果＋尚未审结），实际为 ${found}`,
    en: `The total for ${group.englishLabel} should be ${expected} (upheld + corrected + other + pending), but is ${found}`,
  }),
  cell: (label: string, value: number) => ({ zh: `${label}：${value}`, en: `${label}: ${value}` }),
};

export default defineRule({
  code: 'total-review',
  name: { zh: '复议诉讼总计', en: 'review total' },
  defaultSeverity: 'error',
  description: { zh: '表四中某组的“总计”不等于其四项结果之和', en: 'In table 4, a total differs from the sum of its four outcome columns' },
  fixable: true,
  check(ctx) {
    const table = tableOfModel(ctx.model, 'four');
    if (!table) return;
    // One declared relation per group (SUM_RELATIONS); a blank or invalid addend leaves it unchecked.
    for (const sum of sumMismatches(table, 'total-review')) {
      const total = sum.left[0]!;
      const group = TABLE4_GROUPS.find((g) => sum.relation.left[0]?.column?.startsWith(`${g.key}.`))!;
      const expected = sum.expectedTotal!;
      const found = total.value!;
      ctx.report({
        range: total.cell!.range,
        message: messages.total(group, expected, found),
        relatedInformation: [...sum.right, total].map((term) => ({ range: term.cell!.range, message: messages.cell(`${group.label}${term.columnLabel}`, term.value!) })),
        data: { table: 'four', row: total.rowKey, column: total.column, expected, found },
      });
    }
  },
});
