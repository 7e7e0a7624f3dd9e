/**
 * balance: in some column, 一、本年新收 + 二、上年结转 ≠ （七）总计 + 四、结转下年度继续办理
 * (the 勾稽关系 printed in table 三's top-left cell, declared in the schema's SUM_RELATIONS).
 */
import { sumMismatches, type SumTerm } from '../sums';
import { defineRule, shortTable3Label, table3Label, tableOfModel } from './support';

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
  name: { zh: '勾稽关系', en: 'balance' },
  defaultSeverity: 'error',
  description: { zh: '一、本年新收＋二、上年结转 不等于（七）总计＋四、结转下年度继续办理', en: 'New + carried over differs from outcome total + carried into next year' },
  fixable: true,
  check(ctx) {
    const table = tableOfModel(ctx.model, 'three');
    if (!table) return;
    for (const sum of sumMismatches(table, 'balance')) {
      const term = (key: string): SumTerm => [...sum.left, ...sum.right].find((t) => t.rowKey === key)!;
      const forward = term('carryForward');
      const [n, k, t, f] = [term('new').value!, term('carried').value!, term('resultsTotal').value!, forward.value!];
      // The usual slip is in 四 (carried forward); when that would go negative, 一 is the one to fix.
      const forwardFix = n + k - t;
      const newFix = t + f - k;
      const primary = forwardFix >= 0 ? { row: 'carryForward', expected: forwardFix, found: f } : { row: 'new', expected: newFix, found: n };
      const alternative = forwardFix >= 0 && newFix >= 0 ? { row: 'new', expected: newFix } : undefined;
      ctx.report({
        range: forward.cell!.range,
        message: messages.unbalanced(forward.columnLabel, n + k, t + f),
        relatedInformation: [
          { range: term('new').cell!.range, message: messages.cell(NEW, n) },
          { range: term('carried').cell!.range, message: messages.cell(CARRIED, k) },
          { range: term('resultsTotal').cell!.range, message: messages.cell(RESULTS, t) },
          { range: forward.cell!.range, message: messages.cell(FORWARD, f) },
        ],
        data: { table: 'three', column: forward.column, ...primary, ...(alternative ? { alternative } : {}) },
      });
    }
  },
});
