/**
 * Evaluates the declared sum relations (schema SUM_RELATIONS) on a parsed table. The
 * arithmetic localisation (arithmetic/) reads its mismatches and finds the cell behind them;
 * the arithmetic rules (total-row, total-results, balance, total-review) report what it finds,
 * and hovers, code lenses and inlay hints show the same checks, so an editor view and a
 * diagnostic can never disagree about a sum.
 *
 * Hot path: the rules run on every keystroke and nearly every sum holds, so a relation
 * is first added up straight from the cells (no objects), and the SumCheck with its
 * terms is built only when someone needs it (a mismatch for the rules, every check for
 * the editor views). Everything that depends only on the schema is resolved once, here.
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

/** Index of the first column with this key (-1 when none), as a lookup by key finds it. */
function firstIndexOf(columns: readonly ColumnDef[], key: string): number {
  for (let c = 0; c < columns.length; c++) if (columns[c]!.key === key) return c;
  return -1;
}

/** For each column position, the column a lookup by that position's key lands on. */
function keyIndexes(columns: readonly ColumnDef[]): number[] {
  return columns.map((column) => firstIndexOf(columns, column.key));
}

const KEY_INDEX_THREE = keyIndexes(TABLE3_COLUMNS);
const KEY_INDEX_FOUR = keyIndexes(TABLE4_COLUMNS);
const ROW_LABELS = new Map(TABLE3_ROWS.map((r) => [r.key, r.label]));

/**
 * Rows the relations look up by key (column relations, table 四's row), each given a
 * slot so a table's rows are found by array index instead of a Map built per call.
 */
const ROW_SLOT = new Map<string, number>();
function slotFor(key: string): number {
  let slot = ROW_SLOT.get(key);
  if (slot === undefined) {
    slot = ROW_SLOT.size;
    ROW_SLOT.set(key, slot);
  }
  return slot;
}

/** A relation's cell reference with its row slot and column index resolved from the schema. */
interface ResolvedRef {
  ref: CellRef;
  /** Slot of ref.row, or -1 when the row is the one the relation is evaluated on. */
  rowSlot: number;
  /** Index of ref.column in the table's columns (-1 when unknown), or NO_COLUMN when the column comes from the evaluation. */
  columnIndex: number;
}

interface ResolvedRelation {
  relation: SumRelation;
  columns: readonly ColumnDef[];
  keyIndex: readonly number[];
  left: readonly ResolvedRef[];
  right: readonly ResolvedRef[];
  /** Whether an instance reads rows by key (so the table's rows must be looked up first). */
  readsRowsByKey: boolean;
}

const NO_COLUMN = -2;
/** Where a reference without a column of its own points in a row relation: a lookup of the key '' finds nothing. */
const BLANK_COLUMN = -1;

const TABLE4_ROW_SLOT = slotFor(TABLE4_ROW.key);
const RESOLVED: readonly ResolvedRelation[] = SUM_RELATIONS.map((relation) => {
  const columns = relation.table === 'three' ? TABLE3_COLUMNS : TABLE4_COLUMNS;
  const resolve = (ref: CellRef): ResolvedRef => ({
    ref,
    rowSlot: ref.row !== undefined ? slotFor(ref.row) : -1,
    columnIndex: ref.column !== undefined ? firstIndexOf(columns, ref.column) : NO_COLUMN,
  });
  const left = relation.left.map(resolve);
  const right = relation.right.map(resolve);
  const readsRowsByKey = relation.over !== 'rows' || left.some((r) => r.rowSlot >= 0) || right.some((r) => r.rowSlot >= 0);
  return { relation, columns, keyIndex: relation.table === 'three' ? KEY_INDEX_THREE : KEY_INDEX_FOUR, left, right, readsRowsByKey };
});

/**
 * The table's rows by slot: the first row of each key, and for table 四 its first row
 * with cells when none is labelled (its only data row may have lost its label).
 * One scratch array is reused: evaluation is synchronous and never re-entered.
 */
const slotRows: (TableRow | undefined)[] = new Array<TableRow | undefined>(ROW_SLOT.size).fill(undefined);

/** The slot of each table-三 row by its index (-1 when no relation reads it by key). */
const SLOT_OF_TABLE3_ROW: readonly number[] = TABLE3_ROWS.map((def) => ROW_SLOT.get(def.key) ?? -1);

function fillSlots(table: ParsedTable): void {
  for (const row of table.rows) {
    const def = row.def;
    if (!def) continue;
    // A row's def is normally the schema's own object: its slot is known without a lookup by key.
    const slot = TABLE3_ROWS[def.index] === def ? SLOT_OF_TABLE3_ROW[def.index]! : def === TABLE4_ROW ? TABLE4_ROW_SLOT : (ROW_SLOT.get(def.key) ?? -1);
    if (slot >= 0 && slotRows[slot] === undefined) slotRows[slot] = row;
  }
  if (table.id === 'four' && slotRows[TABLE4_ROW_SLOT] === undefined) {
    for (const row of table.rows) {
      if (row.cells.length > 0) {
        slotRows[TABLE4_ROW_SLOT] = row;
        break;
      }
    }
  }
}

function clearSlots(): void {
  slotRows.fill(undefined);
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The row a reference reads: its own row by key, else the row being evaluated. */
function sourceOf(ref: ResolvedRef, row: TableRow | null): TableRow | null | undefined {
  return ref.rowSlot >= 0 ? slotRows[ref.rowSlot] : row;
}

/** The column a reference reads: its own, else the one being evaluated (column relations). */
function columnOf(ref: ResolvedRef, keyIndex: readonly number[], column: number): number {
  if (ref.columnIndex !== NO_COLUMN) return ref.columnIndex;
  return column >= 0 ? keyIndex[column]! : BLANK_COLUMN;
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

function cellAt(source: TableRow | null | undefined, index: number): Cell | null {
  return source?.cells[index] ?? null;
}

/** One side of a relation added up from the cells (no terms built); null when a cell is not a number. */
function sideSum(refs: readonly ResolvedRef[], resolved: ResolvedRelation, row: TableRow | null, column: number): number | null {
  let total = 0;
  for (const ref of refs) {
    const index = columnOf(ref, resolved.keyIndex, column);
    const value = valueOf(cellAt(sourceOf(ref, row), index), resolved.columns[index]);
    if (value === null) return null;
    total += value;
  }
  return round(total);
}

function holdsOrIncomplete(resolved: ResolvedRelation, row: TableRow | null, column: number): boolean {
  const left = sideSum(resolved.left, resolved, row, column);
  if (left === null) return true;
  const right = sideSum(resolved.right, resolved, row, column);
  return right === null || left === right;
}

/**
 * One cell of a relation. `row` is the row a row relation is evaluated on (each parsed
 * row, duplicates included); column relations look their rows up by key.
 */
function term(resolved: ResolvedRelation, ref: ResolvedRef, row: TableRow | null, column: number): SumTerm {
  const rowKey = ref.ref.row ?? row?.def?.key ?? TABLE4_ROW.key;
  const index = columnOf(ref, resolved.keyIndex, column);
  const def = resolved.columns[index];
  const cell = cellAt(sourceOf(ref, row), index);
  return { rowKey, column: index, rowLabel: ROW_LABELS.get(rowKey) ?? '', columnLabel: def?.label ?? '', englishColumnLabel: def?.englishLabel ?? '', cell, value: valueOf(cell, def) };
}

function terms(resolved: ResolvedRelation, refs: readonly ResolvedRef[], row: TableRow | null, column: number): SumTerm[] {
  const out: SumTerm[] = [];
  for (const ref of refs) out.push(term(resolved, ref, row, column));
  return out;
}

/** Sum of terms from `from` on; null when one is not a number. */
function sum(terms: readonly SumTerm[], from: number): number | null {
  let total = 0;
  for (let i = from; i < terms.length; i++) {
    const value = terms[i]!.value;
    if (value === null) return null;
    total += value;
  }
  return round(total);
}

function build(resolved: ResolvedRelation, row: TableRow | null, column: number): SumCheck {
  const left = terms(resolved, resolved.left, row, column);
  const right = terms(resolved, resolved.right, row, column);
  const leftSum = sum(left, 0);
  const rightSum = sum(right, 0);
  const othersLeft = sum(left, 1);
  const expectedTotal = rightSum !== null && othersLeft !== null ? round(rightSum - othersLeft) : null;
  const status = leftSum === null || rightSum === null ? 'incomplete' : leftSum === rightSum ? 'ok' : 'mismatch';
  return { relation: resolved.relation, left, right, leftSum, rightSum, status, expectedTotal };
}

const NO_CHECKS: readonly SumCheck[] = Object.freeze([]);

/**
 * Walks every instance of the table's relations (of one code when given): one per parsed
 * row for row relations, one per column for column relations, one for table 四's row. For
 * column relations an absent row's cells count as missing (that is row-missing's finding).
 */
function collect(table: ParsedTable, code: SumRelation['code'] | undefined, mismatchesOnly: boolean): SumCheck[] | null {
  // A table read without confidence has no sums to show: they would add up what a guess read.
  if (table.uncertain !== null) return null;
  let checks: SumCheck[] | null = null;
  let filled = false;
  try {
    for (const resolved of RESOLVED) {
      const relation = resolved.relation;
      // A rule asks for its own relations only: analysis runs on every keystroke.
      if (relation.table !== table.id || (code !== undefined && relation.code !== code)) continue;
      if (resolved.readsRowsByKey && !filled) {
        fillSlots(table);
        filled = true;
      }
      if (relation.over === 'rows') {
        for (const row of table.rows) if (row.def?.table === 'three') checks = addInstance(checks, mismatchesOnly, resolved, row, -1);
      } else if (relation.over === 'columns') {
        for (let c = 0; c < resolved.columns.length; c++) checks = addInstance(checks, mismatchesOnly, resolved, null, c);
      } else {
        const row = slotRows[TABLE4_ROW_SLOT];
        if (row) checks = addInstance(checks, mismatchesOnly, resolved, row, -1);
      }
    }
  } finally {
    if (filled) clearSlots();
  }
  return checks;
}

/** Adds one instance's check (unless only mismatches are wanted and it adds up); the list is created on first use. */
function addInstance(checks: SumCheck[] | null, mismatchesOnly: boolean, resolved: ResolvedRelation, row: TableRow | null, column: number): SumCheck[] | null {
  if (mismatchesOnly && holdsOrIncomplete(resolved, row, column)) return checks;
  const check = build(resolved, row, column);
  if (checks === null) return [check];
  checks.push(check);
  return checks;
}

/**
 * Every instance of every sum relation of the table (of one code when given), whatever
 * its status: what the editor views show.
 */
export function evaluateSums(table: ParsedTable, code?: SumRelation['code']): SumCheck[] {
  if (table.id === 'two') return [];
  return collect(table, code, false) ?? [];
}

/**
 * The instances of every relation of the table that do not add up (all codes at once): the
 * arithmetic localisation asks this first, and on a consistent table it builds nothing.
 */
export function tableMismatches(table: ParsedTable): readonly SumCheck[] {
  if (table.id === 'two') return NO_CHECKS;
  return collect(table, undefined, true) ?? NO_CHECKS;
}

/** The checks whose total (first left term) is this cell. */
export function checksOfTotalCell(checks: readonly SumCheck[], cell: Cell): SumCheck[] {
  return checks.filter((c) => c.left[0]?.cell === cell);
}
