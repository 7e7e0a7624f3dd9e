/**
 * value-missing: a cell that must hold a number is empty, or a row has fewer
 * values than columns. When the row's 总计 pins the missing value down, the
 * finding says so (data.determined) and the quick fix fills it in. Columns of
 * table 三 blank in every row (a pattern, as web pages publish the 法人或其他组织
 * columns) are one finding for the table (data.pattern), not one per cell.
 */
import type { Bilingual, RowDef } from '../schema/format';
import { TABLE3_COLUMNS, TABLE3_TOTAL_COLUMN, TABLE4_OUTCOMES } from '../schema/format';
import type { ParsedTable, ReportModel, TableRow } from '../model';
import { range } from '../model';
import { blankPattern } from '../arithmetic/blanks';
import { keepsSumsWith } from '../arithmetic/locate';
import type { FixProposal } from '../fixes/types';
import type { TextEdit } from '../fixes/edits';
import { findingRow } from '../fixes/cells';
import { appendCellEdits, setCellEdits } from '../fixes/layout';
import { columnName, columnsOf, defineRule, lineRange, numberAt, rowName, checkedTables } from './support';

/** The blank columns of table 三 as a message names them: “a”“b” (no separator in Chinese) / “a”, “b”. */
function blankColumnNames(columns: readonly number[]): Bilingual {
  const names = columns.map((c) => TABLE3_COLUMNS[c]!);
  return { zh: names.map((c) => `“${c.label}”`).join(''), en: names.map((c) => `“${c.englishLabel}”`).join(', ') };
}

/** Sum-determined value of an empty cell: total − the others, or the sum when the total is empty. */
function determined(row: TableRow, column: number, first: number, totalColumn: number): number | undefined {
  let sum = 0;
  for (let c = first; c < totalColumn; c++) {
    if (c === column) continue;
    const v = numberAt(row, c);
    if (v === null) return undefined;
    sum += v;
  }
  if (column === totalColumn) return sum;
  const total = numberAt(row, totalColumn);
  if (total === null || total - sum < 0) return undefined;
  return total - sum;
}

/** The group of five (table 四) or the row (table 三) whose 总计 covers a column; null where no sum applies. */
function sumGroup(def: RowDef, column: number): { first: number; total: number } | null {
  if (def.table === 'three') return { first: 0, total: TABLE3_TOTAL_COLUMN };
  if (def.table === 'four') {
    // Table 四 is groups of TABLE4_OUTCOMES: four outcomes, then the group's 总计.
    const size = TABLE4_OUTCOMES.length;
    const first = column - (column % size);
    return { first, total: first + size - 1 };
  }
  return null;
}

/** The finding's data: the cell (table, row key, column), and what says more about it. */
const DATA = {
  table: 'string',
  row: 'string',
  /** The cell's column; for a short row, the first column without a value. */
  column: 'number',
  /** Always null: no number was found in the cell. */
  found: 'number|null',
  /** The value the row's 总计 pins the empty cell down to. */
  determined: 'number?',
  /** Columns of table 三 blank in every row: { columns, cells, zero } (one finding for them all). */
  pattern: 'json?',
  /** A short row: the values it should have, and has. */
  expectedCount: 'number?',
  foundCount: 'number?',
} as const;

/**
 * The value the row's 总计 determines (safe), or 0 for the clerk to check (never applied by
 * fix-all: a blank cell is missing data, not zero); a short row gets its missing values as 0
 * (the clerk's to check), a blank pattern the 0s its row totals show.
 */
function fillCell(model: ReportModel, data: { table: string; row: string; column: number; determined?: number; pattern?: unknown; expectedCount?: number }): FixProposal[] {
  const column = data.column;
  const found = findingRow(model, data);
  if (!found) return [];
  const expectedCount = data.expectedCount;
  if (expectedCount !== undefined && found.row.cells.length < expectedCount) {
    const missing = Math.min(expectedCount, columnsOf(found.row.def!).length) - found.row.cells.length;
    if (missing <= 0) return [];
    return [
      {
        title: { zh: `补齐 ${missing} 个数值（填入 0，请核实）`, en: `Add the ${missing} missing values as 0 (please check)` },
        edits: appendCellEdits(model, found.table, found.row, new Array<string>(missing).fill('0')),
        safe: false,
      },
    ];
  }
  const cell = found.row.cells[column];
  if (!cell || cell.kind !== 'empty') return [];
  if (data.pattern !== undefined) return blankPatternFixes(model, found.table);
  const determined = data.determined;
  if (determined !== undefined && determined >= 0) {
    return [
      {
        title: { zh: `填入 ${determined}（按本行总计推算）`, en: `Enter ${determined} (determined by the row’s total)` },
        edits: setCellEdits(model, found.table, found.row, column, String(determined)),
        // The row's total pins it; a column sum it would break makes it the clerk's choice.
        safe: keepsSumsWith(found.table, cell, determined),
      },
    ];
  }
  return [{ title: { zh: '填入 0（请核实）', en: 'Enter 0 (please check)' }, edits: setCellEdits(model, found.table, found.row, column, '0'), safe: false }];
}

/**
 * The blank pattern's fix: 0 in every blank cell whose row total shows it is 0. Safe when that
 * is every cell of the pattern (the table's sums then all hold over those columns); otherwise
 * the clerk's choice, the rest left for them to fill.
 */
function blankPatternFixes(model: ReportModel, table: ParsedTable): FixProposal[] {
  const pattern = blankPattern(table);
  if (!pattern || pattern.zero.length === 0) return [];
  const edits: TextEdit[] = [];
  for (const { row, column } of pattern.zero) edits.push(...setCellEdits(model, table, row, column, '0'));
  const all = pattern.zero.length === pattern.cells.length;
  return [
    {
      title: all
        ? { zh: `在这 ${pattern.cells.length} 个空格中填入 0（按各行总计推算）`, en: `Enter 0 in these ${pattern.cells.length} empty cells (determined by the rows’ totals)` }
        : { zh: `在其中 ${pattern.zero.length} 个空格中填入 0（按各行总计推算，其余请核实）`, en: `Enter 0 in ${pattern.zero.length} of the empty cells (determined by the rows’ totals; check the rest)` },
      edits,
      safe: all,
    },
  ];
}

export default defineRule({
  code: 'value-missing',
  name: { zh: '数值缺失', en: 'missing value' },
  defaultSeverity: 'error',
  description: { zh: '应填数字的单元格为空，或一行的数值少于列数', en: 'A cell that must hold a number is empty, or a row has fewer values than columns' },
  messages: {
    empty: { zh: '{row}的“{column}”列为空，应填写数字（没有的填0）', en: 'The “{column}” cell of {row} is empty; enter a number (0 if none)' },
    emptyDetermined: { zh: '{row}的“{column}”列为空，按本行总计推算应为 {value}', en: 'The “{column}” cell of {row} is empty; by the row’s total it is {value}' },
    short: { zh: '{row}应有 {expected} 个数值，实际只有 {found} 个', en: '{row} should have {expected} values but has {found}' },
    // Columns of table 三 blank in every row: one column or several, and what the row totals show of them
    // (all 0, {zero} of them 0, nothing).
    columnBlank: {
      zh: '表三的{columns}列每一行都为空（共 {cells} 格），应填写数字（没有的填0）',
      en: 'Table 3’s {columns} column is empty in every row ({cells} cells); enter numbers (0 if none)',
    },
    columnBlankAllZero: {
      zh: '表三的{columns}列每一行都为空（共 {cells} 格），应填写数字（没有的填0）；按各行总计推算均应为 0',
      en: 'Table 3’s {columns} column is empty in every row ({cells} cells); enter numbers (0 if none); by each row’s total they are all 0',
    },
    columnBlankSomeZero: {
      zh: '表三的{columns}列每一行都为空（共 {cells} 格），应填写数字（没有的填0）；按各行总计推算，其中 {zero} 格应为 0',
      en: 'Table 3’s {columns} column is empty in every row ({cells} cells); enter numbers (0 if none); by the rows’ totals, {zero} of them are 0',
    },
    columnsBlank: {
      zh: '表三的{columns}这几列每一行都为空（共 {cells} 格），应填写数字（没有的填0）',
      en: 'Table 3’s {columns} columns are empty in every row ({cells} cells); enter numbers (0 if none)',
    },
    columnsBlankAllZero: {
      zh: '表三的{columns}这几列每一行都为空（共 {cells} 格），应填写数字（没有的填0）；按各行总计推算均应为 0',
      en: 'Table 3’s {columns} columns are empty in every row ({cells} cells); enter numbers (0 if none); by each row’s total they are all 0',
    },
    columnsBlankSomeZero: {
      zh: '表三的{columns}这几列每一行都为空（共 {cells} 格），应填写数字（没有的填0）；按各行总计推算，其中 {zero} 格应为 0',
      en: 'Table 3’s {columns} columns are empty in every row ({cells} cells); enter numbers (0 if none); by the rows’ totals, {zero} of them are 0',
    },
  },
  data: DATA,
  fix: fillCell,
  check(ctx) {
    for (const table of checkedTables(ctx.model)) {
      const pattern = blankPattern(table);
      if (pattern) {
        const first = pattern.cells[0]!;
        const cells = pattern.cells.length;
        const zero = pattern.zero.length;
        const args = { columns: blankColumnNames(pattern.columns), cells, zero };
        const several = pattern.columns.length > 1;
        ctx.report({
          range: first.cell.range,
          ...(zero === cells
            ? { messageId: several ? ('columnsBlankAllZero' as const) : ('columnBlankAllZero' as const), args }
            : zero > 0
              ? { messageId: several ? ('columnsBlankSomeZero' as const) : ('columnBlankSomeZero' as const), args }
              : { messageId: several ? ('columnsBlank' as const) : ('columnBlank' as const), args }),
          data: { table: table.id, row: first.row.def!.key, column: first.column, found: null, pattern: { columns: pattern.columns, cells, zero } },
        });
      }
      const inPattern = pattern ? new Set(pattern.cells.map((c) => c.cell)) : null;
      for (const row of table.rows) {
        const def = row.def;
        if (!def) continue;
        const columns = columnsOf(def);
        const cells = row.cells;
        const count = Math.min(columns.length, cells.length);
        for (let c = 0; c < count; c++) {
          const cell = cells[c]!;
          if (cell.kind !== 'empty' || inPattern?.has(cell)) continue;
          const group = sumGroup(def, c);
          const value = group ? determined(row, c, group.first, group.total) : undefined;
          const data = { table: table.id, row: def.key, column: c, found: null };
          if (value === undefined) {
            ctx.report({ range: cell.range, messageId: 'empty', args: { row: rowName(def), column: columnName(def, c) }, data });
          } else {
            ctx.report({ range: cell.range, messageId: 'emptyDetermined', args: { row: rowName(def), column: columnName(def, c), value }, data: { ...data, determined: value } });
          }
        }
        if (row.cells.length < columns.length) {
          const last = row.cells[row.cells.length - 1];
          const at = last ? range(last.range.end.line, last.range.end.character, last.range.end.line, last.range.end.character) : lineRange(ctx.model, row.startLine);
          ctx.report({
            range: at,
            messageId: 'short',
            args: { row: rowName(def), expected: columns.length, found: row.cells.length },
            data: { table: table.id, row: def.key, column: row.cells.length, found: null, expectedCount: columns.length, foundCount: row.cells.length },
          });
        }
      }
    }
  },
});
