/**
 * balance: in some column, 一、本年新收 + 二、上年结转 ≠ （七）总计 + 四、结转下年度继续办理
 * (the 勾稽关系 printed in table 三's top-left cell).
 */
import { TABLE3_COLUMNS } from '../schema/format';
import { rowOf } from '../model';
import type { TableRow } from '../model';
import { defineRule, numberAt, shortTable3Label, table3Label, tableOfModel } from './support';

const NEW = shortTable3Label('new');
const CARRIED = shortTable3Label('carried');
const RESULTS = table3Label('resultsTotal');
const FORWARD = table3Label('carryForward');

const messages = {
  unbalanced: (column: string, incoming: number, outgoing: number) => ({
    zh: `“${column}”列不平衡：${NEW}＋${CARRIED}＝${incoming}，${RESULTS}＋${FORWARD}＝${outgoing}`,
    en: `Column “${column}” does not balance: new + carried over = ${incoming}, outcome total + carried into next year = ${outgoing}`,
  }),
  cell: (label: string, value: number) => ({ zh: `${label}：${value}`, en: `${label}: ${value}` }),
};

export default defineRule({
  code: 'balance',
  defaultSeverity: 'error',
  description: { zh: '一、本年新收＋二、上年结转 不等于（七）总计＋四、结转下年度继续办理', en: 'New + carried over differs from outcome total + carried into next year' },
  fixable: true,
  check(ctx) {
    const table = tableOfModel(ctx.model, 'three');
    const rows = { new: rowOf(table, 'new'), carried: rowOf(table, 'carried'), results: rowOf(table, 'resultsTotal'), forward: rowOf(table, 'carryForward') };
    if (!rows.new || !rows.carried || !rows.results || !rows.forward) return;
    const at = (row: TableRow, c: number) => numberAt(row, c);
    for (let c = 0; c < TABLE3_COLUMNS.length; c++) {
      const n = at(rows.new, c);
      const k = at(rows.carried, c);
      const t = at(rows.results, c);
      const f = at(rows.forward, c);
      if (n === null || k === null || t === null || f === null) continue;
      if (n + k === t + f) continue;
      // The usual slip is in 四 (carried forward); when that would go negative, 一 is the one to fix.
      const forwardFix = n + k - t;
      const newFix = t + f - k;
      const primary = forwardFix >= 0 ? { row: 'carryForward', expected: forwardFix, found: f } : { row: 'new', expected: newFix, found: n };
      const alternative = forwardFix >= 0 && newFix >= 0 ? { row: 'new', expected: newFix } : undefined;
      const forwardCell = rows.forward.cells[c]!;
      ctx.report({
        range: forwardCell.range,
        message: messages.unbalanced(TABLE3_COLUMNS[c]!.label, n + k, t + f),
        relatedInformation: [
          { range: rows.new.cells[c]!.range, message: messages.cell(NEW, n) },
          { range: rows.carried.cells[c]!.range, message: messages.cell(CARRIED, k) },
          { range: rows.results.cells[c]!.range, message: messages.cell(RESULTS, t) },
          { range: forwardCell.range, message: messages.cell(FORWARD, f) },
        ],
        data: { table: 'three', column: c, ...primary, ...(alternative ? { alternative } : {}) },
      });
    }
  },
});
