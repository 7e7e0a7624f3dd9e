/**
 * Which finding reports what, from the localisation of a table (rules/sum-rules.ts words them).
 *
 * A located cell is one finding, under the code that fits the cell: total-row for a cell of a
 * row of table 三 (一、二、四 and the result rows), total-results for the （七）总计 row,
 * total-review for table 四. The mismatches it explains are folded into it as related
 * information (each sum written out), not reported again. Every other broken sum is its own
 * finding, as before, with its numbers.
 */
import type { SumRelation } from '../schema/format';
import type { SumCheck, SumTerm } from '../sums';
import type { BrokenGroup, CellChange } from './locate';

type SumCode = SumRelation['code'];

const ORDER_RESULTS_ROW: readonly SumCode[] = ['total-results', 'total-row', 'balance'];
const ORDER_OTHER_ROWS: readonly SumCode[] = ['total-row', 'total-results', 'balance', 'total-review'];

/**
 * The code that reports a located cell, among the codes of the broken sums that hold it: the
 * first in the order that fits the cell whose rule runs (a clerk who turned total-row off still
 * hears of the balance the slip breaks; one who ignored this finding in place does not).
 */
export function hostCode(change: CellChange, pointing: readonly SumCheck[], enabled?: (code: SumCode) => boolean): SumCode {
  const order = change.term.rowKey === 'resultsTotal' ? ORDER_RESULTS_ROW : ORDER_OTHER_ROWS;
  let first: SumCode | null = null;
  for (const code of order) {
    if (!pointing.some((c) => c.relation.code === code)) continue;
    first ??= code;
    if (!enabled || enabled(code)) return code;
  }
  return first ?? pointing[0]?.relation.code ?? 'total-row';
}

function holds(check: SumCheck, cell: SumTerm['cell']): boolean {
  return check.left.some((t) => t.cell === cell) || check.right.some((t) => t.cell === cell);
}

/** Each broken sum of a located group folded into one change: the first of the repair it holds. */
export function folding(group: BrokenGroup): Map<CellChange, SumCheck[]> {
  const out = new Map<CellChange, SumCheck[]>();
  const changes = group.repairs[0]!.changes;
  for (const change of changes) out.set(change, []);
  for (const check of group.broken) {
    const holder = changes.find((c) => holds(check, c.cell));
    if (holder) out.get(holder)!.push(check);
  }
  return out;
}

/**
 * A group whose one broken sum is mended only by its own total (table 四's 总计 when no outcome
 * could be lowered to match): the sum's own finding says it best, with its numbers.
 */
export function totalOfItsOneSum(group: BrokenGroup): boolean {
  const changes = group.repairs[0]?.changes;
  return group.broken.length === 1 && changes?.length === 1 && changes[0]!.cell === group.broken[0]!.left[0]?.cell;
}
