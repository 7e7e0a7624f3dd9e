/**
 * carryover-mismatch: this year's 二、上年结转 differs, in some column, from last year's
 * 四、结转下年度继续办理 (FORMAT.md, cross-checks). Last year's report comes from the
 * workspace index through the analysis options; without one the rule is silent.
 */
import { TABLE3_COLUMNS } from '../schema/format';
import { rowOf } from '../model';
import { defineLegacyRule, numberAt, shortTable3Label, table3Label, tableOfModel } from './support';
import { lastYear, type LastYear } from './cross-document';

const CARRIED = shortTable3Label('carried');
const FORWARD = table3Label('carryForward');

const messages = {
  mismatch: (column: number, expected: number, found: number, last: LastYear) => ({
    zh: `${CARRIED}“${TABLE3_COLUMNS[column]!.label}”列应为 ${expected}（${last.name.zh}的“${FORWARD}”），实际为 ${found}`,
    en: `Carried over from last year, column “${TABLE3_COLUMNS[column]!.englishLabel}”: should be ${expected} (carried into next year in ${last.name.en}), found ${found}`,
  }),
  related: (column: number, value: number, last: LastYear) => ({
    zh: `${last.name.zh}的“${FORWARD}”“${TABLE3_COLUMNS[column]!.label}”列：${value}`,
    en: `Carried into next year in ${last.name.en}, column “${TABLE3_COLUMNS[column]!.englishLabel}”: ${value}`,
  }),
};

export default defineLegacyRule({
  code: 'carryover-mismatch',
  name: { zh: '上年结转不符', en: 'carry-over mismatch' },
  defaultSeverity: 'warning',
  description: { zh: '本年“二、上年结转”与上年度报告的“四、结转下年度继续办理”不一致', en: 'This year’s carried-over requests differ from last year’s carried-forward requests' },
  fixable: false,
  check(ctx) {
    const last = lastYear(ctx);
    const forward = last?.summary.carriedForward;
    if (!last || !forward) return;
    const carried = rowOf(tableOfModel(ctx.model, 'three'), 'carried');
    if (!carried) return;
    for (let c = 0; c < TABLE3_COLUMNS.length; c++) {
      const found = numberAt(carried, c);
      const before = forward[c];
      if (found === null || !before || before.value === null || found === before.value) continue;
      ctx.report({
        range: carried.cells[c]!.range,
        message: messages.mismatch(c, before.value, found, last),
        relatedInformation: [{ range: before.range, uri: last.summary.uri, message: messages.related(c, before.value, last) }],
        data: { column: c, expected: before.value, found, previousUri: last.summary.uri },
      });
    }
  },
});
