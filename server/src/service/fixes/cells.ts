/**
 * Fixes that write numbers into table cells: empty cells (value-missing) and digits written
 * with look-alike characters (value-invalid). Each edit touches the cell's digits only. (The
 * arithmetic repairs are the sum rules' own fix: rules/sum-rules.ts.)
 */
import type { TableId } from '../schema/format';
import type { ParsedTable, ReportModel, TableRow } from '../model';
import type { Diagnostic } from '../diagnostics';
import { blankPattern } from '../arithmetic/blanks';
import { keepsSumsWith } from '../arithmetic/locate';
import { lookalikeDigits } from '../parser/tables/cells';
import { columnsOf } from '../rules/support';
import type { TextEdit } from './edits';
import { appendCellEdits, setCellEdits } from './layout';
import { dataNumber, dataString } from './support';
import type { FixProposal } from './types';

function isTableId(v: string | undefined): v is TableId {
  return v === 'two' || v === 'three' || v === 'four';
}

/** The table and row a cell finding names (the first table of that kind, as the rules check). */
export function findingRow(model: ReportModel, diagnostic: Diagnostic, rowKey?: string): { table: ParsedTable; row: TableRow } | null {
  const tableId = dataString(diagnostic, 'table');
  const key = rowKey ?? dataString(diagnostic, 'row');
  if (!isTableId(tableId) || !key) return null;
  let table: ParsedTable | null = null;
  for (const part of model.parts) {
    if (part.table?.id === tableId) {
      table = part.table;
      break;
    }
  }
  if (!table) return null;
  for (const row of table.rows) if (row.def?.key === key) return { table, row };
  return null;
}

/**
 * value-missing: the value the row's 总计 determines (safe), or 0 for the clerk to
 * check (never applied by fix-all: a blank cell is missing data, not zero).
 */
export function valueMissingFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const column = dataNumber(diagnostic, 'column');
  const found = findingRow(model, diagnostic);
  if (column === undefined || !found) return [];
  const expectedCount = dataNumber(diagnostic, 'expectedCount');
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
  if (diagnostic.data?.pattern !== undefined) return blankPatternFixes(model, found.table);
  const determined = dataNumber(diagnostic, 'determined');
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

/**
 * value-invalid: digits written with look-alike characters (〇〇, 1O, l) become the digits
 * meant. Safe when the value keeps every sum the cell is in that can be checked true.
 */
export function valueInvalidFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const column = dataNumber(diagnostic, 'column');
  const found = findingRow(model, diagnostic);
  if (column === undefined || !found) return [];
  const cell = found.row.cells[column];
  const digits = cell && cell.kind === 'text' ? lookalikeDigits(cell.raw) : null;
  if (!cell || digits === null) return [];
  const value = Number(digits);
  const text = String(value);
  return [
    {
      title: { zh: `改为 ${text}（“${cell.raw}”应是数字）`, en: `Change to ${text} (“${cell.raw}” stands for digits)` },
      edits: setCellEdits(model, found.table, found.row, column, text),
      safe: keepsSumsWith(found.table, cell, value),
    },
  ];
}
