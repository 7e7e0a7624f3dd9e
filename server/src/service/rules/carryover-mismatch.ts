/**
 * carryover-mismatch: this year's 二、上年结转 differs, in some column, from last year's
 * 四、结转下年度继续办理 (FORMAT.md, cross-checks). Last year's report comes from the
 * workspace index through the analysis options; without one the rule is silent.
 */
import { TABLE3_COLUMNS } from '../schema/format';
import { rowOf } from '../model';
import { columnLabel, defineRule, numberAt, shortTable3Label, table3Label, tableOfModel } from './support';
import { lastYear } from './cross-document';

const CARRIED = shortTable3Label('carried');
const FORWARD = table3Label('carryForward');

export default defineRule({
  code: 'carryover-mismatch',
  name: { zh: '上年结转不符', en: 'carry-over mismatch' },
  defaultSeverity: 'warning',
  description: { zh: '本年“二、上年结转”与上年度报告的“四、结转下年度继续办理”不一致', en: 'This year’s carried-over requests differ from last year’s carried-forward requests' },
  messages: {
    /** {carried}, {forward}: table 三's rows 二、上年结转 and 四、结转下年度继续办理; {last}: last year's report as LastYear names it. */
    mismatch: {
      zh: '{carried}“{column}”列应为 {expected}（{last}的“{forward}”），实际为 {found}',
      en: 'Carried over from last year, column “{column}”: should be {expected} (carried into next year in {last}), found {found}',
    },
    related: { zh: '{last}的“{forward}”“{column}”列：{value}', en: 'Carried into next year in {last}, column “{column}”: {value}' },
  },
  data: { column: 'number', expected: 'number', found: 'number', previousUri: 'string' },
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
        messageId: 'mismatch',
        args: { carried: CARRIED, column: columnLabel(TABLE3_COLUMNS[c]!), expected: before.value, last: last.name, forward: FORWARD, found },
        relatedInformation: [
          { range: before.range, uri: last.summary.uri, messageId: 'related', args: { last: last.name, forward: FORWARD, column: columnLabel(TABLE3_COLUMNS[c]!), value: before.value } },
        ],
        data: { column: c, expected: before.value, found, previousUri: last.summary.uri },
      });
    }
  },
});
