/**
 * The repairs a finding offers, from the localisation: the located cell (safe: it makes every
 * sum of its group hold and breaks none), the equally small repairs of a group (the one made
 * only of totals safe when there is exactly one, the others choices), or for a sum no small
 * repair explains, its total set to the sum when that breaks no other sum (a choice only).
 * No repair offered here ever makes a sum that holds stop holding.
 */
import type { Cell, ParsedTable, TableRow } from '../model';
import type { SumCheck } from '../sums';
import { groupOf, keepsSumsWith, type BrokenGroup, type CellChange, type Localisation } from './locate';

export interface RepairChoice {
  changes: CellChange[];
  /** Applied by fix-all: it leaves every sum of the group true. */
  safe: boolean;
}

/** The row a fix writes into for a change: the first row of its key, when it holds the change's cell. */
export function rowOfChange(table: ParsedTable, change: CellChange): TableRow | null {
  for (const row of table.rows) if (row.def?.key === change.term.rowKey) return row.cells[change.term.column] === change.cell ? row : null;
  return null;
}

/** The located finding's repair: its own cell, or the whole repair when that cell alone would break a sum the other cell balances. */
export function locatedChoices(table: ParsedTable, group: BrokenGroup, change: CellChange): RepairChoice[] {
  const repair = group.repairs[0];
  if (!repair) return [];
  const alone = repair.changes.length === 1 || keepsSumsWith(table, change.cell, change.to);
  return [{ changes: alone ? [change] : repair.changes, safe: true }];
}

/** The repairs offered on a per-sum finding (its check not folded into a located cell). */
export function checkChoices(localisation: Localisation, check: SumCheck): RepairChoice[] {
  const group = groupOf(localisation, check);
  if (!group) return [];
  // A located group reported sum by sum (its one sum, mended by its own total): that repair.
  if (group.kind === 'located') return [{ changes: group.repairs[0]!.changes, safe: true }];
  if (group.kind === 'choices') return group.repairs.map((r) => ({ changes: r.changes, safe: r === group.preferred }));
  const total = check.left[0];
  const expected = check.expectedTotal;
  if (!total?.cell || total.value === null || expected === null || expected < 0 || !Number.isInteger(expected)) return [];
  const change = { term: total, cell: total.cell, from: total.value, to: expected };
  // A total a fix can reach (not a repeated row's), whose new value breaks no sum that holds.
  if (!rowOfChange(localisation.table, change) || !keepsSumsWith(localisation.table, total.cell, expected)) return [];
  return [{ changes: [change], safe: false }];
}

/** The located change of a group at a cell position (row key, column), if any. */
export function locatedChangeAt(localisation: Localisation, rowKey: string, column: number): { group: BrokenGroup; change: CellChange } | null {
  for (const group of localisation.groups) {
    if (group.kind !== 'located') continue;
    for (const change of group.repairs[0]!.changes) if (change.term.rowKey === rowKey && change.term.column === column) return { group, change };
  }
  return null;
}

/** The located change at a cell (hovers, inlay hints), if any. */
export function locatedChangeOf(localisation: Localisation, cell: Cell): CellChange | null {
  for (const group of localisation.groups) {
    if (group.kind !== 'located') continue;
    for (const change of group.repairs[0]!.changes) if (change.cell === cell) return change;
  }
  return null;
}
