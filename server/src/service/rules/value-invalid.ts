/**
 * value-invalid: a cell holds something that is not a non-negative integer (a decimal for
 * 本年收费金额, "/" for 规章). Digits written with look-alike characters (〇 ○ O o for 0, l for
 * 1) say which digits they mean, and their fix writes them.
 */
import type { ColumnDef, RowDef } from '../schema/format';
import type { Cell, ReportModel } from '../model';
import { keepsSumsWith } from '../arithmetic/locate';
import { lookalikeDigits } from '../parser/tables/cells';
import type { FixProposal } from '../fixes/types';
import { findingRow } from '../fixes/cells';
import { setCellEdits } from '../fixes/layout';
import { columnName, columnsOf, defineRule, rowName, checkedTables } from './support';

function acceptable(cell: Cell, column: ColumnDef, def: RowDef): boolean {
  switch (cell.kind) {
    case 'integer':
      return (cell.value ?? -1) >= 0;
    case 'empty': // value-missing's finding
      return true;
    case 'decimal':
      return column.kind === 'amount' && (cell.value ?? -1) >= 0;
    case 'slash':
      return def.allowsSlash === true;
    default:
      return false;
  }
}

/**
 * Digits written with look-alike characters (〇〇, 1O, l) become the digits meant. Safe when
 * the value keeps every sum the cell is in that can be checked true.
 */
function digitsMeant(model: ReportModel, data: { table: string; row: string; column: number }): FixProposal[] {
  const column = data.column;
  const found = findingRow(model, data);
  if (!found) return [];
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

export default defineRule({
  code: 'value-invalid',
  name: { zh: '数值无效', en: 'invalid value' },
  defaultSeverity: 'error',
  description: { zh: '单元格内容不是非负整数（收费金额可为小数，规章可填“/”）', en: 'A cell is not a non-negative integer (a decimal for the fee amount, "/" for rules)' },
  messages: {
    invalid: {
      zh: '{row}的“{column}”列填写了“{cell}”，应为非负整数',
      en: 'The “{column}” cell of {row} holds “{cell}”; it must be a non-negative integer',
    },
    /** A column of amounts (本年收费金额): decimals are allowed. */
    invalidAmount: {
      zh: '{row}的“{column}”列填写了“{cell}”，应为非负数（单位：万元）',
      en: 'The “{column}” cell of {row} holds “{cell}”; it must be a non-negative number (10,000 yuan)',
    },
    lookalike: {
      zh: '{row}的“{column}”列填写了“{cell}”，不是数字；很可能是 {digits}（〇、○、O、o 应为 0，l 应为 1）',
      en: 'The “{column}” cell of {row} holds “{cell}”, which is not a number; it most likely means {digits} (〇, ○, O, o for 0, l for 1)',
    },
  },
  data: {
    table: 'string',
    row: 'string',
    column: 'number',
    /** Always null: no number was found in the cell. */
    found: 'number|null',
    /** The number look-alike characters stand for (1O: 10). */
    meant: 'number?',
  },
  fix: digitsMeant,
  check(ctx) {
    for (const table of checkedTables(ctx.model)) {
      for (const row of table.rows) {
        const def = row.def;
        if (!def) continue;
        const columns = columnsOf(def);
        const cells = row.cells;
        const count = Math.min(columns.length, cells.length);
        for (let c = 0; c < count; c++) {
          const cell = cells[c]!;
          if (acceptable(cell, columns[c]!, def)) continue;
          const digits = cell.kind === 'text' ? lookalikeDigits(cell.raw) : null;
          const args = { row: rowName(def), column: columnName(def, c), cell: cell.raw };
          const data = { table: table.id, row: def.key, column: c, found: null };
          if (digits !== null) {
            const meant = Number(digits);
            ctx.report({ range: cell.range, messageId: 'lookalike', args: { ...args, digits: String(meant) }, data: { ...data, meant } });
            continue;
          }
          ctx.report({ range: cell.range, messageId: columns[c]!.kind === 'amount' ? 'invalidAmount' : 'invalid', args, data, fixable: false });
        }
      }
    }
  },
});
