/** Short names of the fixable rules, for action titles (修复本文件中所有“合计”问题). */
import type { Bilingual } from '../schema/format';
import type { RuleCode } from '../diagnostics';

const NAMES: Partial<Record<RuleCode, Bilingual>> = {
  'section-missing': { zh: '缺少部分', en: 'missing part' },
  'section-title': { zh: '部分标题', en: 'part heading' },
  'table-missing': { zh: '缺少表格', en: 'missing table' },
  'row-missing': { zh: '缺少行', en: 'missing row' },
  'row-label': { zh: '行标签', en: 'row label' },
  'value-missing': { zh: '数值缺失', en: 'missing value' },
  'total-row': { zh: '行总计', en: 'row total' },
  'total-results': { zh: '办理结果总计', en: 'outcome total' },
  balance: { zh: '勾稽关系', en: 'balance' },
  'total-review': { zh: '复议诉讼总计', en: 'review total' },
  'period-year': { zh: '统计期限', en: 'statistics period' },
  'date-malformed': { zh: '日期残缺', en: 'malformed date' },
  'year-mismatch': { zh: '年份不符', en: 'year mismatch' },
};

export function ruleName(code: RuleCode): Bilingual {
  return NAMES[code] ?? { zh: code, en: code };
}
