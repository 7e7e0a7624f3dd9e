/** total-row: in table 三, a row's 总计 differs from the sum of its six applicant columns. */
import { sumMismatches, type SumTerm } from '../sums';
import { defineRule, tableOfModel } from './support';

const messages = {
  total: (expected: number, found: number) => ({
    zh: `总计应为 ${expected}（各列之和），实际为 ${found}`,
    en: `The total should be ${expected} (the sum of the columns), but is ${found}`,
  }),
  addend: (term: SumTerm) => ({ zh: `${term.columnLabel}：${term.value}`, en: `${term.englishColumnLabel}: ${term.value}` }),
};

export default defineRule({
  code: 'total-row',
  name: { zh: '行总计', en: 'row total' },
  defaultSeverity: 'error',
  description: { zh: '表三某行的“总计”不等于六个申请人类别之和', en: 'In table 3, a row’s total differs from the sum of its six applicant columns' },
  fixable: true,
  check(ctx) {
    const table = tableOfModel(ctx.model, 'three');
    if (!table) return;
    // The relation is declared in the schema (SUM_RELATIONS); an incomplete row (a blank or
    // invalid addend) is value-missing's or value-invalid's finding, not a wrong sum.
    for (const sum of sumMismatches(table, 'total-row')) {
      const total = sum.left[0]!;
      const expected = sum.expectedTotal!;
      const found = total.value!;
      ctx.report({
        range: total.cell!.range,
        message: messages.total(expected, found),
        relatedInformation: [...sum.right, total].map((term) => ({ range: term.cell!.range, message: messages.addend(term) })),
        data: { table: 'three', row: total.rowKey, column: total.column, expected, found },
      });
    }
  },
});

