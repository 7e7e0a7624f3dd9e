/**
 * total-review: in table 四, a group's 总计 differs from the sum of its four outcome columns. One
 * broken group can be mended at any of its five cells: the 总计 is the fix, the others choices.
 */
import { reportArithmetic } from '../arithmetic/report';
import { defineLegacyRule } from './support';

export default defineLegacyRule({
  code: 'total-review',
  name: { zh: '复议诉讼总计', en: 'review total' },
  defaultSeverity: 'error',
  description: { zh: '表四中某组的“总计”不等于其四项结果之和', en: 'In table 4, a total differs from the sum of its four outcome columns' },
  fixable: true,
  check(ctx) {
    reportArithmetic(ctx, 'total-review');
  },
});
