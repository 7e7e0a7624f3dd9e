/**
 * total-results: (七)总计 differs, in some column, from the sum of the result rows (一) … (六).
 * Also reports a located cell of the （七）总计 row (see arithmetic/report.ts).
 */
import { reportArithmetic } from '../arithmetic/report';
import { defineLegacyRule } from './support';

export default defineLegacyRule({
  code: 'total-results',
  name: { zh: '办理结果总计', en: 'outcome total' },
  defaultSeverity: 'error',
  description: { zh: '（七）总计不等于（一）至（六）各结果行之和', en: 'The outcome total differs from the sum of the result rows (1) to (6)' },
  fixable: true,
  check(ctx) {
    reportArithmetic(ctx, 'total-results');
  },
});
