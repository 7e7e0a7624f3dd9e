/**
 * Evaluates the declared sum relations (schema SUM_RELATIONS) on a parsed table, for
 * the hovers, code lenses and inlay hints that show a total with its addends. The
 * rules report the same relations as diagnostics; this is the editor's read-only view.
 */
import type { Cell, ParsedTable, TableRow } from '../model';
import { type CellRef, SUM_RELATIONS, type SumRelation, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_ROW } from '../schema/format';

export interface SumTerm {
  rowKey: string;
  column: number;
  /** Row label (table 三) and/or column label, for display. */
  rowLabel: string;
  columnLabel: string;
  cell: Cell | null;
  value: number | null;
}

export interface SumCheck {
  relation: SumRelation;
  left: SumTerm[];
  right: SumTerm[];
  leftSum: number | null;
  rightSum: number | null;
  /** incomplete: a cell is blank or not a number, so the relation cannot be checked. */
  status: 'ok' | 'mismatch' | 'incomplete';
  /** The value the first left cell (the total a fix corrects) must hold, when computable. */
  expectedTotal: number | null;
}

function columnsOf(table: ParsedTable): readonly { key: string; label: string }[] {
  return table.id === 'three' ? TABLE3_COLUMNS : TABLE4_COLUMNS;
}

function rowsByKey(table: ParsedTable): Map<string, TableRow> {
  const map = new Map<string, TableRow>();
  for (const row of table.rows) if (row.def && !map.has(row.def.key)) map.set(row.def.key, row);
  // Table 四's only data row may have no label; it is the table's row whatever its def says.
  if (table.id === 'four' && !map.has(TABLE4_ROW.key)) {
    const first = table.rows.find((r) => r.cells.length > 0);
    if (first) map.set(TABLE4_ROW.key, first);
  }
  return map;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function sum(terms: readonly SumTerm[]): number | null {
  let total = 0;
  for (const t of terms) {
    if (t.value === null) return null;
    total += t.value;
  }
  return round(total);
}

const ROW_LABELS = new Map(TABLE3_ROWS.map((r) => [r.key, r.label]));

function term(table: ParsedTable, rows: Map<string, TableRow>, ref: CellRef, rowKey: string, column: string): SumTerm {
  const columns = columnsOf(table);
  const r = ref.row ?? rowKey;
  const colKey = ref.column ?? column;
  const index = columns.findIndex((c) => c.key === colKey);
  const cell = rows.get(r)?.cells[index] ?? null;
  const value = cell && (cell.kind === 'integer' || cell.kind === 'decimal') ? cell.value : null;
  return { rowKey: r, column: index, rowLabel: ROW_LABELS.get(r) ?? '', columnLabel: columns[index]?.label ?? '', cell, value };
}

function check(relation: SumRelation, left: SumTerm[], right: SumTerm[]): SumCheck {
  const leftSum = sum(left);
  const rightSum = sum(right);
  const othersLeft = sum(left.slice(1));
  const expectedTotal = rightSum !== null && othersLeft !== null ? round(rightSum - othersLeft) : null;
  const status = leftSum === null || rightSum === null ? 'incomplete' : leftSum === rightSum ? 'ok' : 'mismatch';
  return { relation, left, right, leftSum, rightSum, status, expectedTotal };
}

/**
 * Every instance of every sum relation of the table: one per row for row relations,
 * one per column for column relations. A row absent from the table yields no check
 * for row relations; for column relations its cells count as missing.
 */
export function evaluateSums(table: ParsedTable): SumCheck[] {
  if (table.id === 'two') return [];
  const rows = rowsByKey(table);
  const checks: SumCheck[] = [];
  for (const relation of SUM_RELATIONS) {
    if (relation.table !== table.id) continue;
    const build = (rowKey: string, column: string): SumCheck =>
      check(
        relation,
        relation.left.map((ref) => term(table, rows, ref, rowKey, column)),
        relation.right.map((ref) => term(table, rows, ref, rowKey, column)),
      );
    if (relation.over === 'rows') {
      for (const def of TABLE3_ROWS) if (rows.has(def.key)) checks.push(build(def.key, ''));
    } else if (relation.over === 'columns') {
      for (const column of columnsOf(table)) checks.push(build('', column.key));
    } else if (rows.has(TABLE4_ROW.key)) {
      checks.push(build(TABLE4_ROW.key, ''));
    }
  }
  return checks;
}

/** The checks whose total (first left term) is this cell. */
export function checksOfTotalCell(checks: readonly SumCheck[], cell: Cell): SumCheck[] {
  return checks.filter((c) => c.left[0]?.cell === cell);
}
