/**
 * Evaluates the declared sum relations (schema SUM_RELATIONS) on a parsed table. The
 * arithmetic rules (total-row, total-results, balance, total-review) report its
 * mismatches; hovers, code lenses and inlay hints show the same checks, so an editor
 * view and a diagnostic can never disagree about a sum.
 */
import type { Cell, ParsedTable, TableRow } from './model';
import { type CellRef, type ColumnDef, SUM_RELATIONS, type SumRelation, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_ROW } from './schema/format';

export interface SumTerm {
  rowKey: string;
  column: number;
  /** Row label (table 三) and/or column label, for display. */
  rowLabel: string;
  columnLabel: string;
  englishColumnLabel: string;
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

function columnsOf(table: ParsedTable): readonly ColumnDef[] {
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

/**
 * One cell of a relation. `row` is the row a row relation is evaluated on (each parsed
 * row, duplicates included); column relations look their rows up by key.
 */
function term(table: ParsedTable, rows: Map<string, TableRow>, ref: CellRef, row: TableRow | null, column: string): SumTerm {
  const columns = columnsOf(table);
  const rowKey = ref.row ?? row?.def?.key ?? TABLE4_ROW.key;
  const colKey = ref.column ?? column;
  const index = columns.findIndex((c) => c.key === colKey);
  const source = ref.row !== undefined ? rows.get(ref.row) : row;
  const cell = source?.cells[index] ?? null;
  return { rowKey, column: index, rowLabel: ROW_LABELS.get(rowKey) ?? '', columnLabel: columns[index]?.label ?? '', englishColumnLabel: columns[index]?.englishLabel ?? '', cell, value: valueOf(cell, columns[index]) };
}

/**
 * A cell's number when it is a valid value of its column: an integer for counts, also a
 * decimal for amounts. Anything else (blank, "/", text, a decimal count) leaves the sum
 * unchecked: that cell is value-missing's or value-invalid's finding, not a wrong total.
 */
function valueOf(cell: Cell | null, column: ColumnDef | undefined): number | null {
  if (!cell || !column) return null;
  if (cell.kind === 'integer') return cell.value;
  return cell.kind === 'decimal' && column.kind === 'amount' ? cell.value : null;
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
 * Every instance of every sum relation of the table: one per parsed row for row
 * relations, one per column for column relations, one for table 四's row. For column
 * relations an absent row's cells count as missing (that is row-missing's finding).
 */
export function evaluateSums(table: ParsedTable, code?: SumRelation['code']): SumCheck[] {
  if (table.id === 'two') return [];
  const rows = rowsByKey(table);
  const checks: SumCheck[] = [];
  for (const relation of SUM_RELATIONS) {
    // A rule asks for its own relations only: analysis runs on every keystroke.
    if (relation.table !== table.id || (code !== undefined && relation.code !== code)) continue;
    const build = (row: TableRow | null, column: string): SumCheck =>
      check(
        relation,
        relation.left.map((ref) => term(table, rows, ref, row, column)),
        relation.right.map((ref) => term(table, rows, ref, row, column)),
      );
    if (relation.over === 'rows') {
      for (const row of table.rows) if (row.def?.table === 'three') checks.push(build(row, ''));
    } else if (relation.over === 'columns') {
      for (const column of columnsOf(table)) checks.push(build(null, column.key));
    } else {
      const row = rows.get(TABLE4_ROW.key);
      if (row) checks.push(build(row, ''));
    }
  }
  return checks;
}

/** The checks whose total (first left term) is this cell. */
export function checksOfTotalCell(checks: readonly SumCheck[], cell: Cell): SumCheck[] {
  return checks.filter((c) => c.left[0]?.cell === cell);
}
