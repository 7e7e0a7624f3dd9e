/** total-results: (七)总计 differs, in some column, from the sum of the result rows (一) … (六). */
import { TABLE3_COLUMNS, TABLE3_RESULT_ROW_KEYS, TABLE3_ROWS } from '../schema/format';
import type { Range, TableRow } from '../model';
import { defineRule, numberAt, rowsByKey, table3Label, tableOfModel } from './support';

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
  defaultSeverity: 'error',
  description: { zh: '（七）总计不等于（一）至（六）各结果行之和', en: 'The outcome total differs from the sum of the result rows (1) to (6)' },
  fixable: true,
  check(ctx) {
    const table = tableOfModel(ctx.model, 'three');
    if (!table) return;
    const byKey = rowsByKey(table);
    const totalRow = byKey.get('resultsTotal');
    if (!totalRow) return;
    const rows: TableRow[] = [];
    for (const key of TABLE3_RESULT_ROW_KEYS) {
      const row = byKey.get(key);
      if (!row) return; // row-missing's finding: the sum cannot be judged
      rows.push(row);
    }
    for (let c = 0; c < TABLE3_COLUMNS.length; c++) {
      const found = numberAt(totalRow, c);
      if (found === null) continue;
      let expected = 0;
      let complete = true;
      const addends: { range: Range; message: { zh: string; en: string } }[] = [];
      for (const row of rows) {
        const v = numberAt(row, c);
        if (v === null) {
          complete = false;
          break;
        }
        expected += v;
        // Only the non-zero addends are listed: twenty zeros would hide the ones that matter.
        if (v !== 0) addends.push({ range: row.cells[c]!.range, message: messages.addend(RESULT_LABEL.get(row.def!.key) ?? '', v) });
      }
      if (!complete || expected === found) continue;
      const cell = totalRow.cells[c]!;
      const column = TABLE3_COLUMNS[c]!.label;
      ctx.report({
        range: cell.range,
        message: messages.total(column, expected, found),
        relatedInformation: [...addends, { range: cell.range, message: messages.addend(table3Label('resultsTotal'), found) }],
        data: { table: 'three', row: 'resultsTotal', column: c, expected, found },
      });
    }
  },
});
