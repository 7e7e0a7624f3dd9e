/**
 * balance: in some column, 一、本年新收 + 二、上年结转 ≠ （七）总计 + 四、结转下年度继续办理
 * (the 勾稽关系 printed in table 三's top-left cell, declared in the schema's SUM_RELATIONS).
 */
import { reportArithmetic } from '../arithmetic/report';
import { defineLegacyRule } from './support';

export default defineLegacyRule({
  code: 'balance',
  name: { zh: '勾稽关系', en: 'balance' },
  defaultSeverity: 'error',
  description: { zh: '一、本年新收＋二、上年结转 不等于（七）总计＋四、结转下年度继续办理', en: 'New + carried over differs from outcome total + carried into next year' },
  fixable: true,
  check(ctx) {
    reportArithmetic(ctx, 'balance');
  },
});
