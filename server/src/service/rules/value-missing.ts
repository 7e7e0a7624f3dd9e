/**
 * value-missing: a cell that must hold a number is empty, or a row has fewer
 * values than columns. When the row's 总计 pins the missing value down, the
 * finding says so (data.determined) and the quick fix fills it in. Columns of
 * table 三 blank in every row (a pattern, as web pages publish the 法人或其他组织
 * columns) are one finding for the table (data.pattern), not one per cell.
 */
import type { Bilingual, RowDef } from '../schema/format';
import { TABLE3_TOTAL_COLUMN, TABLE4_OUTCOMES } from '../schema/format';
import type { TableRow } from '../model';
import { range } from '../model';
import { blankPattern } from '../arithmetic/blanks';
import { TABLE3_COLUMNS } from '../schema/format';
import { columnName, columnsOf, defineLegacyRule, lineRange, numberAt, rowName, checkedTables } from './support';

const messages = {
  empty: (row: Bilingual, column: Bilingual) => ({
    zh: `${row.zh}的“${column.zh}”列为空，应填写数字（没有的填0）`,
    en: `The “${column.en}” cell of ${row.en} is empty; enter a number (0 if none)`,
  }),
  emptyDetermined: (row: Bilingual, column: Bilingual, value: number) => ({
    zh: `${row.zh}的“${column.zh}”列为空，按本行总计推算应为 ${value}`,
    en: `The “${column.en}” cell of ${row.en} is empty; by the row’s total it is ${value}`,
  }),
  pattern: (columns: readonly number[], cells: number, zero: number) => {
    const names = columns.map((c) => TABLE3_COLUMNS[c]!);
    const zh = names.map((c) => `“${c.label}”`).join('');
    const en = names.map((c) => `“${c.englishLabel}”`).join(', ');
    const all = zero === cells;
    return {
      zh: `表三的${zh}${names.length > 1 ? '这几列' : '列'}每一行都为空（共 ${cells} 格），应填写数字（没有的填0）${all ? '；按各行总计推算均应为 0' : zero > 0 ? `；按各行总计推算，其中 ${zero} 格应为 0` : ''}`,
      en: `Table 3’s ${en} ${names.length > 1 ? 'columns are' : 'column is'} empty in every row (${cells} cells); enter numbers (0 if none)${all ? '; by each row’s total they are all 0' : zero > 0 ? `; by the rows’ totals, ${zero} of them are 0` : ''}`,
    };
  },
  short: (row: Bilingual, expected: number, found: number) => ({
    zh: `${row.zh}应有 ${expected} 个数值，实际只有 ${found} 个`,
    en: `${row.en} should have ${expected} values but has ${found}`,
  }),
};

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

export default defineLegacyRule({
  code: 'value-missing',
  name: { zh: '数值缺失', en: 'missing value' },
  defaultSeverity: 'error',
  description: { zh: '应填数字的单元格为空，或一行的数值少于列数', en: 'A cell that must hold a number is empty, or a row has fewer values than columns' },
  fixable: true,
  check(ctx) {
    for (const table of checkedTables(ctx.model)) {
      const pattern = blankPattern(table);
      if (pattern) {
        const first = pattern.cells[0]!;
        ctx.report({
          range: first.cell.range,
          message: messages.pattern(pattern.columns, pattern.cells.length, pattern.zero.length),
          data: { table: table.id, row: first.row.def!.key, column: first.column, found: null, pattern: { columns: pattern.columns, cells: pattern.cells.length, zero: pattern.zero.length } },
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
          const data: Record<string, unknown> = { table: table.id, row: def.key, column: c, found: null };
          if (value !== undefined) data.determined = value;
          ctx.report({
            range: cell.range,
            message: value === undefined ? messages.empty(rowName(def), columnName(def, c)) : messages.emptyDetermined(rowName(def), columnName(def, c), value),
            data,
          });
        }
        if (row.cells.length < columns.length) {
          const last = row.cells[row.cells.length - 1];
          const at = last ? range(last.range.end.line, last.range.end.character, last.range.end.line, last.range.end.character) : lineRange(ctx.model, row.startLine);
          ctx.report({
            range: at,
            message: messages.short(rowName(def), columns.length, row.cells.length),
            data: { table: table.id, row: def.key, column: row.cells.length, found: null, expectedCount: columns.length, foundCount: row.cells.length },
          });
        }
      }
    }
  },
});
