/** total-results: (七)总计 differs, in some column, from the sum of the result rows (一) … (六). */
import { TABLE3_ROWS } from '../schema/format';
import { sumMismatches } from '../sums';
import { defineRule, table3Label, tableOfModel } from './support';

const messages = {
  total: (column: string, expected: number, found: number) => ({
    zh: `（七）总计的“${column}”列应为 ${expected}（（一）至（六）各行之和），实际为 ${found}`,
    en: `The outcome total in column “${column}” should be ${expected} (the sum of rows (1) to (6)), but is ${found}`,
  }),
  addend: (label: string, value: number) => ({ zh: `${label}：${value}`, en: `${label}: ${value}` }),
};

/** （三）1.属于国家秘密: a numbered row is named with its group's numeral, as clerks cite it. */
const RESULT_LABEL = new Map(
  TABLE3_ROWS.map((r) => {
    const group = r.groups.length > 1 ? (r.groups[r.groups.length - 1] ?? '') : '';
    const numeral = /^（[一二三四五六七]）/.exec(group)?.[0] ?? '';
    return [r.key, numeral + r.label];
  }),
);

export default defineRule({
  code: 'total-results',
  name: { zh: '办理结果总计', en: 'outcome total' },
  defaultSeverity: 'error',
  description: { zh: '（七）总计不等于（一）至（六）各结果行之和', en: 'The outcome total differs from the sum of the result rows (1) to (6)' },
  fixable: true,
  check(ctx) {
    const table = tableOfModel(ctx.model, 'three');
    if (!table) return;
    // The relation is declared in the schema (SUM_RELATIONS), one check per column. A missing
    // result row or a blank addend leaves it unchecked: row-missing's or value-missing's finding.
    for (const sum of sumMismatches(table, 'total-results')) {
      const total = sum.left[0]!;
      const expected = sum.expectedTotal!;
      const found = total.value!;
      // Only the non-zero addends are listed: twenty zeros would hide the ones that matter.
      const addends = sum.right
        .filter((term) => term.value !== 0)
        .map((term) => ({ range: term.cell!.range, message: messages.addend(RESULT_LABEL.get(term.rowKey) ?? '', term.value!) }));
      ctx.report({
        range: total.cell!.range,
        message: messages.total(total.columnLabel, expected, found),
        relatedInformation: [...addends, { range: total.cell!.range, message: messages.addend(table3Label('resultsTotal'), found) }],
        data: { table: 'three', row: 'resultsTotal', column: total.column, expected, found },
      });
    }
  },
});
