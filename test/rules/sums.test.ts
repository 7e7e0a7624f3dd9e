/**
 * The shared sum evaluator: the arithmetic localisation asks only for the sums that do not add
 * up (tableMismatches, which builds nothing for the others); it must give exactly the
 * mismatches of the full evaluation the editor views show (evaluateSums).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser';
import { tableOf } from '../../server/src/service/model';
import type { ParsedTable } from '../../server/src/service/model';
import { evaluateSums, tableMismatches } from '../../server/src/service/sums';
import { readSeed } from '../helpers/seeds';
import { clean, withEdit } from './helpers';

const NEW_ROW = '| 一、本年新收政府信息公开申请数量 | | | 20 | 2 | 0 | 0 | 0 | 0 | 22 |';
const CARRIED_ROW = '| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
const TOTAL_ROW = '| | （七）总计 | | 19 | 2 | 0 | 0 | 0 | 0 | 21 |';
const FORWARD_ROW = '| 四、结转下年度继续办理 | | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |';
const REVIEW_ROW = '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |';

function table(text: string, id: 'three' | 'four'): ParsedTable {
  const found = tableOf(parseReport(text), id);
  if (!found) throw new Error(`table ${id} not parsed`);
  return found;
}

/** A table's mismatches both ways. */
function bothWays(t: ParsedTable) {
  return { fast: [...tableMismatches(t)], full: evaluateSums(t).filter((c) => c.status === 'mismatch') };
}

describe('tableMismatches', () => {
  const drafts: [string, string][] = [
    ['a row total off', withEdit(clean, NEW_ROW, NEW_ROW.replace('| 22 |', '| 21 |'))],
    ['an outcome total off', withEdit(clean, TOTAL_ROW, TOTAL_ROW.replace('| 19 |', '| 18 |').replace('| 21 |', '| 20 |'))],
    ['carried forward off', withEdit(clean, FORWARD_ROW, FORWARD_ROW.replace('| 2 | 0 |', '| 3 | 0 |').replace('| 2 |\n', '| 3 |\n'))],
    ['a review total off', withEdit(clean, REVIEW_ROW, REVIEW_ROW.replace(/^\| 1 \|/, '| 2 |'))],
    ['a blank addend and a wrong total', withEdit(clean, NEW_ROW, NEW_ROW.replace('| 2 |', '|  |').replace('| 22 |', '| 30 |'))],
  ];

  for (const [name, text] of drafts) {
    it(`gives exactly the full evaluation's mismatches: ${name}`, () => {
      const results = [bothWays(table(text, 'three')), bothWays(table(text, 'four'))];
      for (const r of results) expect(r.fast).toEqual(r.full);
      // Each draft breaks at least one sum: the comparison is not between two empty lists.
      expect(results.some((r) => r.fast.length > 0)).toBe(true);
    });
  }

  it('finds nothing where every sum holds, and each draft’s own code where one does not', () => {
    expect(bothWays(table(clean, 'three')).fast).toEqual([]);
    expect(bothWays(table(clean, 'four')).fast).toEqual([]);
    // The row total is off, and with it the balance of the 总计 column (四、结转 would have to be 1).
    expect(tableMismatches(table(drafts[0]![1], 'three')).map((c) => [c.relation.code, c.left[0]!.rowKey, c.left[0]!.column, c.expectedTotal])).toEqual([
      ['total-row', 'new', 6, 22],
      ['balance', 'carryForward', 6, 1],
    ]);
    expect(tableMismatches(table(drafts[3]![1], 'four')).map((c) => [c.left[0]!.column, c.expectedTotal])).toEqual([[4, 2]]);
  });

  it('agrees with the full evaluation on the real reports', () => {
    for (let n = 0; n < 5; n++) {
      const model = parseReport(readSeed(n));
      for (const id of ['three', 'four'] as const) {
        const t = tableOf(model, id);
        if (t) expect(bothWays(t).fast).toEqual(bothWays(t).full);
      }
    }
  });

  it('looks each table’s rows up afresh: a row of the previous table is never read', () => {
    const withRows = table(clean, 'three');
    const withoutCarried = table(withEdit(clean, CARRIED_ROW + '\n', ''), 'three');
    expect(evaluateSums(withRows, 'balance').map((c) => c.status)).toEqual(Array(7).fill('ok'));
    expect(evaluateSums(withoutCarried, 'balance').map((c) => c.status)).toEqual(Array(7).fill('incomplete'));
    expect(evaluateSums(withoutCarried, 'balance')[0]!.right.map((t) => t.cell)).toEqual([withoutCarried.rows.find((r) => r.def?.key === 'new')!.cells[0], null]);
  });
});
