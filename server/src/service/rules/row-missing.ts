/** row-missing: a statutory row of a table is absent. */
import type { RowDef, TableId } from '../schema/format';
import type { ParsedTable, ReportModel } from '../model';
import type { FixProposal } from '../fixes/types';
import { insertRowEdit } from '../fixes/layout';
import { breaksWhatHeld } from '../fixes/consequences';
import { checkedTables, columnsOf, defineRule, lineRange, rowAnchor, statutoryRows } from './support';
import { tableName } from '../i18n';
import { quotedList } from '../messages';

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

function tableById(model: ReportModel, id: string): ParsedTable | null {
  for (const part of model.parts) if (part.table && part.table.id === id) return part.table;
  return null;
}

/** The missing row written back where it belongs, with a zero in each column. */
function insertRowWithZeros(model: ReportModel, data: { table: string; row?: string; beforeLine?: number }): FixProposal[] {
  const table = tableById(model, data.table);
  if (!table || data.row === undefined) return [];
  const key = data.row;
  const def: RowDef | undefined = statutoryRows(table.id).find((r) => r.key === key);
  if (!def || table.rows.some((r) => r.def?.key === key)) return [];
  const zeros = columnsOf(def).map(() => '0');
  const edit = insertRowEdit(model, table, def, zeros, data.beforeLine);
  const name = def.label || '数据行';
  return [
    {
      title: { zh: `插入“${name}”行（数值填 0）`, en: `Insert the row “${def.label || def.englishLabel}” with zeros` },
      edits: [edit],
      // Zeros are the row's figures only when nothing says otherwise: a sum they would break, or a
      // figure the text states (收到申请22件), means the clerk's figures are elsewhere or lost.
      safe: !breaksWhatHeld(model, [edit]),
    },
  ];
}

export default defineRule({
  code: 'row-missing',
  name: { zh: '缺少行', en: 'missing row' },
  defaultSeverity: 'error',
  description: { zh: '表格缺少法定行', en: 'A statutory row of a table is missing' },
  messages: {
    merged: {
      zh: '{table}“{group}”只填了一行，其下的 {count} 个细分行应分别填写：{labels}',
      en: '{table}: “{group}” is written as one row; its {count} sub-rows must each be filled in: {labels}',
    },
    missing: { zh: '{table}缺少“{label}”行', en: '{table} lacks the row “{label}” ({englishLabel})' },
    /** Table 四's single row has no label. */
    noDataRow: { zh: '{table}缺少数据行', en: '{table} has no data row' },
  },
  data: { table: 'string', row: 'string?', group: 'string?', beforeLine: 'number?' },
  fix: insertRowWithZeros,
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
          messageId: 'merged',
          args: { table: tableName(table.id), group, count: subRows.length, labels: quotedList(subRows.map((def) => def.label)) },
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
          ...(def.label
            ? { messageId: 'missing' as const, args: { table: tableName(table.id), label: def.label, englishLabel: def.englishLabel } }
            : { messageId: 'noDataRow' as const, args: { table: tableName(table.id) } }),
          data: { table: table.id, row: def.key, beforeLine },
        });
      }
    }
  },
});
