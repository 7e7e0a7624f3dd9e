/**
 * total-row: in table 三, a row's 总计 differs from the sum of its six applicant columns. Also
 * reports the cell the localisation (arithmetic/) finds behind broken sums when it stands in a
 * row of table 三 other than （七）总计, with the sums it explains folded in.
 */
import { reportArithmetic } from '../arithmetic/report';
import { defineLegacyRule } from './support';

export default defineLegacyRule({
  code: 'total-row',
  name: { zh: '行总计', en: 'row total' },
  defaultSeverity: 'error',
  description: { zh: '表三某行的“总计”不等于六个申请人类别之和', en: 'In table 3, a row’s total differs from the sum of its six applicant columns' },
  fixable: true,
  check(ctx) {
    reportArithmetic(ctx, 'total-row');
  },
});
