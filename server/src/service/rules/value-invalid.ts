/**
 * value-invalid: a cell holds something that is not a non-negative integer (a decimal for
 * 本年收费金额, "/" for 规章). Digits written with look-alike characters (〇 ○ O o for 0, l for
 * 1) say which digits they mean, and their fix writes them.
 */
import type { Bilingual, ColumnDef, RowDef } from '../schema/format';
import type { Cell } from '../model';
import { lookalikeDigits } from '../parser/tables/cells';
import { columnName, columnsOf, defineLegacyRule, rowName, checkedTables } from './support';

const messages = {
  invalid: (cell: string, column: ColumnDef, row: Bilingual, name: Bilingual) => ({
    zh: `${row.zh}的“${name.zh}”列填写了“${cell}”，应为${column.kind === 'amount' ? '非负数（单位：万元）' : '非负整数'}`,
    en: `The “${name.en}” cell of ${row.en} holds “${cell}”; it must be a non-negative ${column.kind === 'amount' ? 'number (10,000 yuan)' : 'integer'}`,
  }),
  lookalike: (cell: string, digits: string, row: Bilingual, name: Bilingual) => ({
    zh: `${row.zh}的“${name.zh}”列填写了“${cell}”，不是数字；很可能是 ${digits}（〇、○、O、o 应为 0，l 应为 1）`,
    en: `The “${name.en}” cell of ${row.en} holds “${cell}”, which is not a number; it most likely means ${digits} (〇, ○, O, o for 0, l for 1)`,
  }),
};

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

export default defineLegacyRule({
  code: 'value-invalid',
  name: { zh: '数值无效', en: 'invalid value' },
  defaultSeverity: 'error',
  description: { zh: '单元格内容不是非负整数（收费金额可为小数，规章可填“/”）', en: 'A cell is not a non-negative integer (a decimal for the fee amount, "/" for rules)' },
  fixable: true,
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
          const data = { table: table.id, row: def.key, column: c, found: null };
          if (digits !== null) {
            const meant = String(Number(digits));
            ctx.report({ range: cell.range, message: messages.lookalike(cell.raw, meant, rowName(def), columnName(def, c)), data: { ...data, meant: Number(digits) } });
            continue;
          }
          ctx.report({ range: cell.range, message: messages.invalid(cell.raw, columns[c]!, rowName(def), columnName(def, c)), data, fixable: false });
        }
      }
    }
  },
});
