/**
 * Cells left blank in a pattern: a column of table 三 blank in every row (as web pages publish
 * the five 法人或其他组织 columns, left empty where nobody applied). That is one finding for the
 * table, not one per cell, and its fix writes 0 where each row's 总计 shows the blanks are 0.
 */
import type { Cell, ParsedTable, TableRow } from '../model';
import { TABLE3_COLUMNS, TABLE3_TOTAL_COLUMN } from '../schema/format';

/** Rows a pattern needs: a column blank in one or two rows is a slip, each its own finding. */
const MIN_PATTERN_ROWS = 3;

export interface BlankPattern {
  /** The columns blank in every row, in table order. */
  columns: number[];
  /** Every blank cell of those columns, row by row. */
  cells: { row: TableRow; column: number; cell: Cell }[];
  /** The blank cells whose row total shows they are 0 (the others sum to the total already). */
  zero: { row: TableRow; column: number; cell: Cell }[];
}

/** The table's statutory rows (with a def), once each: the first row of each key. */
function statutoryRows(table: ParsedTable): TableRow[] {
  const seen = new Set<string>();
  const out: TableRow[] = [];
  for (const row of table.rows) {
    if (!row.def || row.def.table !== 'three' || seen.has(row.def.key)) continue;
    seen.add(row.def.key);
    out.push(row);
  }
  return out;
}

/** The blank pattern of table 三, or null when no column is blank in every row. */
export function blankPattern(table: ParsedTable): BlankPattern | null {
  if (table.id !== 'three' || table.uncertain !== null) return null;
  const rows = statutoryRows(table);
  if (rows.length < MIN_PATTERN_ROWS) return null;
  const columns: number[] = [];
  for (let c = 0; c < TABLE3_COLUMNS.length; c++) {
    if (rows.every((row) => row.cells[c]?.kind === 'empty')) columns.push(c);
  }
  if (columns.length === 0) return null;
  const cells: BlankPattern['cells'] = [];
  const zero: BlankPattern['zero'] = [];
  for (const row of rows) {
    const rowZero = columns.includes(TABLE3_TOTAL_COLUMN) ? false : otherAddendsMakeTotal(row, columns);
    for (const column of columns) {
      const entry = { row, column, cell: row.cells[column]! };
      cells.push(entry);
      if (rowZero) zero.push(entry);
    }
  }
  return { columns, cells, zero };
}

/** Whether the row's numbers outside the pattern already add up to its 总计 (so the blanks are 0). */
function otherAddendsMakeTotal(row: TableRow, pattern: readonly number[]): boolean {
  const total = row.cells[TABLE3_TOTAL_COLUMN];
  if (total?.kind !== 'integer' || total.value === null) return false;
  let sum = 0;
  for (let c = 0; c < TABLE3_TOTAL_COLUMN; c++) {
    if (pattern.includes(c)) continue;
    const cell = row.cells[c];
    if (cell?.kind !== 'integer' || cell.value === null) return false;
    sum += cell.value;
  }
  return sum === total.value;
}
