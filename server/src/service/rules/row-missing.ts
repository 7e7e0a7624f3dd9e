/** row-missing: a statutory row of a table is absent. */
import type { RowDef, TableId } from '../schema/format';
import type { ParsedTable, ReportModel } from '../model';
import { checkedTables, defineRule, lineRange, rowAnchor, statutoryRows } from './support';
import { tableName } from '../i18n';

const messages = {
  merged: (table: { zh: string; en: string }, group: string, labels: readonly string[]) => ({
    zh: `${table.zh}“${group}”只填了一行，其下的 ${labels.length} 个细分行应分别填写：${labels.map((l) => `“${l}”`).join('、')}`,
    en: `${table.en}: “${group}” is written as one row; its ${labels.length} sub-rows must each be filled in: ${labels.map((l) => `“${l}”`).join(', ')}`,
  }),
  missing: (table: { zh: string; en: string }, def: RowDef) =>
    def.label
      ? { zh: `${table.zh}缺少“${def.label}”行`, en: `${table.en} lacks the row “${def.label}” (${def.englishLabel})` }
      : { zh: `${table.zh}缺少数据行`, en: `${table.en} has no data row` },
};

/** The line the missing row belongs before: the next statutory row present, or the table's end. */
function insertionLine(table: ParsedTable, def: RowDef): number {
  let best: number | null = null;
  for (const row of table.rows) {
    if (!row.def || row.def.index <= def.index) continue;
    if (best === null || row.startLine < best) best = row.startLine;
  }
  return best ?? table.endLine;
}

function anchorLine(model: ReportModel, table: ParsedTable, line: number): number {
  // At the table's end the row goes after its last line: show that last line.
  return line >= table.endLine ? Math.max(table.startLine, table.endLine - 1) : line;
}

/** Each table's statutory rows with, by key, the position of the first row of that key (resolved once). */
function statutoryOf(id: TableId): { rows: readonly RowDef[]; positionOfKey: Map<string, number>; firstPositions: number[] } {
  const rows = statutoryRows(id);
  const positionOfKey = new Map<string, number>();
  rows.forEach((def, i) => {
    if (!positionOfKey.has(def.key)) positionOfKey.set(def.key, i);
  });
  return { rows, positionOfKey, firstPositions: rows.map((def) => positionOfKey.get(def.key)!) };
}

const STATUTORY: Record<TableId, ReturnType<typeof statutoryOf>> = { two: statutoryOf('two'), three: statutoryOf('three'), four: statutoryOf('four') };
/** Which statutory rows a table has, by position: one scratch array, as the check runs synchronously. */
const present = new Uint8Array(Math.max(STATUTORY.two.rows.length, STATUTORY.three.rows.length, STATUTORY.four.rows.length));

export default defineRule({
  code: 'row-missing',
  name: { zh: '缺少行', en: 'missing row' },
  defaultSeverity: 'error',
  description: { zh: '表格缺少法定行', en: 'A statutory row of a table is missing' },
  fixable: true,
  check(ctx) {
    for (const table of checkedTables(ctx.model)) {
      const statutory = STATUTORY[table.id];
      present.fill(0);
      for (const row of table.rows) {
        const def = row.def;
        if (!def) continue;
        // A row's def is normally the schema's own object at its index: no lookup by key needed.
        const position = statutory.rows[def.index] === def ? statutory.firstPositions[def.index] : statutory.positionOfKey.get(def.key);
        if (position !== undefined) present[position] = 1;
      }
      // A group written as one row (（六）其他处理 with its values): one finding for its sub-rows.
      for (const row of table.rows) {
        if (row.mergedGroup === undefined) continue;
        const group = row.mergedGroup;
        const subRows = statutory.rows.filter((def) => def.groups.includes(group));
        for (const def of subRows) present[statutory.firstPositions[def.index]!] = 1;
        ctx.report({
          range: rowAnchor(ctx.model, row),
          message: messages.merged(tableName(table.id), group, subRows.map((def) => def.label)),
          data: { table: table.id, group },
          // Splitting one row into its sub-rows needs figures only the agency has.
          fixable: false,
        });
      }
      for (let i = 0; i < statutory.rows.length; i++) {
        if (present[statutory.firstPositions[i]!] === 1) continue;
        const def = statutory.rows[i]!;
        const beforeLine = insertionLine(table, def);
        ctx.report({
          range: lineRange(ctx.model, anchorLine(ctx.model, table, beforeLine)),
          message: messages.missing(tableName(table.id), def),
          data: { table: table.id, row: def.key, beforeLine },
        });
      }
    }
  },
});
