/**
 * What the four arithmetic rules report, from the localisation of their table.
 *
 * A located cell is one finding, under the code that fits the cell: total-row for a cell of a
 * row of table 三 (一、二、四 and the result rows), total-results for the （七）总计 row,
 * total-review for table 四. The mismatches it explains are folded into it as related
 * information (each sum written out), not reported again. Every other broken sum is its own
 * finding, as before, with its numbers.
 */
import type { LegacyFinding as Finding, RuleContext } from '../diagnostics';
import type { SumRelation } from '../schema/format';
import { TABLE4_GROUPS, TABLE4_OUTCOMES } from '../schema/format';
import type { SumCheck, SumTerm } from '../sums';
import { tableOfModel } from '../rules/support';
import { brokenHolding, localise, type BrokenGroup, type CellChange } from './locate';
import { checkChoices } from './repairs';
import { citedRowLabel, formula, locatedMessage, mismatchMessage, relationName, shortRowLabel, UNLOCATED_NOTE } from './wording';

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
function folding(group: BrokenGroup): Map<CellChange, SumCheck[]> {
  const out = new Map<CellChange, SumCheck[]>();
  const changes = group.repairs[0]!.changes;
  for (const change of changes) out.set(change, []);
  for (const check of group.broken) {
    const holder = changes.find((c) => holds(check, c.cell));
    if (holder) out.get(holder)!.push(check);
  }
  return out;
}

function locatedFinding(tableId: 'three' | 'four', group: BrokenGroup, change: CellChange, folded: readonly SumCheck[]): Finding {
  const pointing = brokenHolding(group, change.cell);
  const related: NonNullable<Finding['relatedInformation']> = folded.map((check) => {
    const name = relationName(check, change.term.rowKey);
    const f = formula(check);
    return { range: check.left[0]!.cell!.range, message: { zh: `${name.zh}：${f.zh}`, en: `${name.en}: ${f.en}` } };
  });
  for (const other of group.repairs[0]!.changes) {
    if (other === change) continue;
    const message = locatedMessage(other, tableId, brokenHolding(group, other.cell));
    related.push({ range: other.cell.range, message: { zh: `另一格：${message.zh}`, en: `The other cell: ${message.en}` } });
  }
  return {
    range: change.cell.range,
    message: locatedMessage(change, tableId, pointing),
    relatedInformation: related,
    data: {
      table: tableId,
      row: change.term.rowKey,
      column: change.term.column,
      expected: change.to,
      found: change.from,
      located: true,
      explains: folded.map((check) => ({ code: check.relation.code, row: check.left[0]!.rowKey, column: check.left[0]!.column })),
    },
  };
}

const addendMessage = (label: string, value: number | null) => ({ zh: `${label}：${value}`, en: `${label}: ${value}` });

function perSumFinding(tableId: 'three' | 'four', check: SumCheck, group: BrokenGroup, hasFix: boolean): Finding {
  const plain = mismatchMessage(check);
  const message = group.kind === 'unlocated' && group.broken.length > 1 ? { zh: plain.zh + UNLOCATED_NOTE.zh, en: plain.en + UNLOCATED_NOTE.en } : plain;
  const total = check.left[0]!;
  const fixable = hasFix ? {} : { fixable: false as const };
  switch (check.relation.code) {
    case 'balance': {
      const term = (key: string): SumTerm => [...check.left, ...check.right].find((t) => t.rowKey === key)!;
      const forward = term('carryForward');
      const [n, k, t, f] = [term('new').value!, term('carried').value!, term('resultsTotal').value!, forward.value!];
      // What 四 (the usual slip) or, when that would go negative, 一 would have to hold to balance.
      const forwardFix = n + k - t;
      const newFix = t + f - k;
      const primary = forwardFix >= 0 ? { row: 'carryForward', expected: forwardFix, found: f } : { row: 'new', expected: newFix, found: n };
      return {
        range: forward.cell!.range,
        message,
        relatedInformation: ['new', 'carried', 'resultsTotal', 'carryForward'].map((key) => ({
          range: term(key).cell!.range,
          message: addendMessage(key === 'new' || key === 'carried' ? shortRowLabel(key) : citedRowLabel(key), term(key).value),
        })),
        data: { table: 'three', column: forward.column, ...primary },
        ...fixable,
      };
    }
    case 'total-results': {
      // Only the non-zero addends are listed: twenty zeros would hide the ones that matter.
      const addends = check.right.filter((term) => term.value !== 0).map((term) => ({ range: term.cell!.range, message: addendMessage(citedRowLabel(term.rowKey), term.value) }));
      return {
        range: total.cell!.range,
        message,
        relatedInformation: [...addends, { range: total.cell!.range, message: addendMessage(citedRowLabel('resultsTotal'), total.value) }],
        data: { table: 'three', row: 'resultsTotal', column: total.column, expected: check.expectedTotal, found: total.value },
        ...fixable,
      };
    }
    case 'total-review': {
      const prefix = groupLabelOfColumn(total.column);
      return {
        range: total.cell!.range,
        message,
        relatedInformation: [...check.right, total].map((term) => ({ range: term.cell!.range, message: addendMessage(`${prefix}${term.columnLabel}`, term.value) })),
        data: { table: tableId, row: total.rowKey, column: total.column, expected: check.expectedTotal, found: total.value },
        ...fixable,
      };
    }
    default:
      return {
        range: total.cell!.range,
        message,
        relatedInformation: [...check.right, total].map((term) => ({ range: term.cell!.range, message: { zh: `${term.columnLabel}：${term.value}`, en: `${term.englishColumnLabel}: ${term.value}` } })),
        data: { table: 'three', row: total.rowKey, column: total.column, expected: check.expectedTotal, found: total.value },
        ...fixable,
      };
  }
}

function groupLabelOfColumn(column: number): string {
  return TABLE4_GROUPS[Math.floor(column / TABLE4_OUTCOMES.length)]?.label ?? '';
}

/**
 * A group whose one broken sum is mended only by its own total (table 四's 总计 when no outcome
 * could be lowered to match): the sum's own finding says it best, with its numbers.
 */
export function totalOfItsOneSum(group: BrokenGroup): boolean {
  const changes = group.repairs[0]?.changes;
  return group.broken.length === 1 && changes?.length === 1 && changes[0]!.cell === group.broken[0]!.left[0]?.cell;
}

/** Reports the findings of one arithmetic code on its table. */
export function reportArithmetic(ctx: RuleContext, code: SumCode): void {
  const tableId = code === 'total-review' ? 'four' : 'three';
  const table = tableOfModel(ctx.model, tableId);
  if (!table) return;
  const localisation = localise(table);
  for (const group of localisation.groups) {
    if (group.kind === 'located' && !totalOfItsOneSum(group)) {
      for (const [change, folded] of folding(group)) {
        if (hostCode(change, brokenHolding(group, change.cell), ctx.enabled) === code) ctx.report(locatedFinding(tableId, group, change, folded));
      }
      continue;
    }
    for (const check of group.broken) {
      if (check.relation.code !== code) continue;
      ctx.report(perSumFinding(tableId, check, group, checkChoices(localisation, check).length > 0));
    }
  }
}
