/**
 * inforce-mismatch: for 规章 and 行政规范性文件, last year's 现行有效件数 + this year's
 * 本年制发件数 − 本年废止件数 differs from this year's 现行有效件数. Revisions and
 * clean-ups make the relation approximate, so this is a hint (information), and a
 * cell that is not a number ("/" for 规章 where no rules are made) skips the row.
 */
import { TABLE2_BLOCKS } from '../schema/format';
import type { RowDef } from '../schema/format';
import type { TableRow } from '../model';
import { rowOf } from '../model';
import { COUNTED_DOCUMENT_ROWS } from '../workspace/summary';
import { defineLegacyRule, numberAt, tableOfModel } from './support';
import { lastYear, type LastYear } from './cross-document';

const BLOCK = TABLE2_BLOCKS[0]!;
const column = (key: string) => BLOCK.columns.findIndex((c) => c.key === key);
const ISSUED = column('issued');
const REPEALED = column('repealed');
const IN_FORCE = column('inForce');
const label = (i: number) => BLOCK.columns[i]!.label;
const english = (i: number) => BLOCK.columns[i]!.englishLabel;

interface Counts {
  before: number;
  issued: number;
  repealed: number;
  found: number;
}

const messages = {
  mismatch: (def: RowDef, n: Counts, last: LastYear) => {
    const expected = n.before + n.issued - n.repealed;
    return {
      zh: `“${def.label}”${label(IN_FORCE)}为 ${n.found}，按上年度推算为 ${expected}（${last.name.zh}的${label(IN_FORCE)} ${n.before} ＋ ${label(ISSUED)} ${n.issued} － ${label(REPEALED)} ${n.repealed}）；如有修订等情况可忽略`,
      en: `${def.englishLabel}: ${n.found} ${english(IN_FORCE)}, while ${last.name.en} gives ${n.before} in force + ${n.issued} issued − ${n.repealed} repealed = ${expected}; revisions may explain the difference`,
    };
  },
  related: (def: RowDef, before: number, last: LastYear) => ({
    zh: `${last.name.zh}的“${def.label}”${label(IN_FORCE)}：${before}`,
    en: `${def.englishLabel} ${english(IN_FORCE)} in ${last.name.en}: ${before}`,
  }),
};

export default defineLegacyRule({
  code: 'inforce-mismatch',
  name: { zh: '现行有效件数', en: 'documents in force' },
  defaultSeverity: 'information',
  description: { zh: '上年现行有效件数＋本年制发件数－本年废止件数 与本年现行有效件数不一致', en: 'Last year’s documents in force + issued − repealed differs from this year’s in force' },
  fixable: false,
  check(ctx) {
    const last = lastYear(ctx);
    if (!last) return;
    const table = tableOfModel(ctx.model, 'two');
    for (const key of COUNTED_DOCUMENT_ROWS) {
      const row: TableRow | null = rowOf(table, key);
      const before = last.summary.documents[key]?.inForce;
      if (!row?.def || !before || before.value === null) continue;
      const issued = numberAt(row, ISSUED);
      const repealed = numberAt(row, REPEALED);
      const found = numberAt(row, IN_FORCE);
      if (issued === null || repealed === null || found === null) continue;
      const counts: Counts = { before: before.value, issued, repealed, found };
      const expected = counts.before + issued - repealed;
      if (expected === found) continue;
      ctx.report({
        range: row.cells[IN_FORCE]!.range,
        message: messages.mismatch(row.def, counts, last),
        relatedInformation: [{ range: before.range, uri: last.summary.uri, message: messages.related(row.def, before.value, last) }],
        data: { row: key, expected, found, previousUri: last.summary.uri },
      });
    }
  },
});
