/**
 * inforce-mismatch: for 规章 and 行政规范性文件, last year's 现行有效件数 + this year's
 * 本年制发件数 − 本年废止件数 differs from this year's 现行有效件数. Revisions and
 * clean-ups make the relation approximate, so this is a hint (information), and a
 * cell that is not a number ("/" for 规章 where no rules are made) skips the row.
 */
import { TABLE2_BLOCKS } from '../schema/format';
import type { TableRow } from '../model';
import { rowOf } from '../model';
import { COUNTED_DOCUMENT_ROWS } from '../workspace/summary';
import { columnLabel, defineRule, numberAt, rowLabel, tableOfModel } from './support';
import { lastYear } from './cross-document';

const BLOCK = TABLE2_BLOCKS[0]!;
const column = (key: string) => BLOCK.columns.findIndex((c) => c.key === key);
const ISSUED = column('issued');
const REPEALED = column('repealed');
const IN_FORCE = column('inForce');
const IN_FORCE_COLUMN = columnLabel(BLOCK.columns[IN_FORCE]!);
const ISSUED_COLUMN = columnLabel(BLOCK.columns[ISSUED]!);
const REPEALED_COLUMN = columnLabel(BLOCK.columns[REPEALED]!);

export default defineRule({
  code: 'inforce-mismatch',
  name: { zh: '现行有效件数', en: 'documents in force' },
  defaultSeverity: 'information',
  description: { zh: '上年现行有效件数＋本年制发件数－本年废止件数 与本年现行有效件数不一致', en: 'Last year’s documents in force + issued − repealed differs from this year’s in force' },
  messages: {
    /** {…Column}: table 二's column labels; {last}: last year's report as LastYear names it. */
    mismatch: {
      zh: '“{row}”{inForceColumn}为 {found}，按上年度推算为 {expected}（{last}的{inForceColumn} {before} ＋ {issuedColumn} {issued} － {repealedColumn} {repealed}）；如有修订等情况可忽略',
      en: '{row}: {found} {inForceColumn}, while {last} gives {before} in force + {issued} issued − {repealed} repealed = {expected}; revisions may explain the difference',
    },
    related: { zh: '{last}的“{row}”{inForceColumn}：{before}', en: '{row} {inForceColumn} in {last}: {before}' },
  },
  data: { row: 'string', expected: 'number', found: 'number', previousUri: 'string' },
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
      const expected = before.value + issued - repealed;
      if (expected === found) continue;
      const columns = { inForceColumn: IN_FORCE_COLUMN, issuedColumn: ISSUED_COLUMN, repealedColumn: REPEALED_COLUMN };
      ctx.report({
        range: row.cells[IN_FORCE]!.range,
        messageId: 'mismatch',
        args: { row: rowLabel(row.def), found, expected, last: last.name, before: before.value, issued, repealed, ...columns },
        relatedInformation: [
          { range: before.range, uri: last.summary.uri, messageId: 'related', args: { last: last.name, row: rowLabel(row.def), inForceColumn: IN_FORCE_COLUMN, before: before.value } },
        ],
        data: { row: key, expected, found, previousUri: last.summary.uri },
      });
    }
  },
});
