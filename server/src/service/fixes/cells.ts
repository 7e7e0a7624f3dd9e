/**
 * The table row a finding about a row or a cell names (row-label, value-missing, value-invalid):
 * their fixes write into that row. (The fixes are their rules' own: rules/row-label.ts,
 * rules/value-missing.ts, rules/value-invalid.ts; the arithmetic repairs are rules/sum-rules.ts's.)
 */
import type { TableId } from '../schema/format';
import type { ParsedTable, ReportModel, TableRow } from '../model';

function isTableId(v: string): v is TableId {
  return v === 'two' || v === 'three' || v === 'four';
}

/** The table and row a cell finding names in its data (the first table of that kind, as the rules check). */
export function findingRow(model: ReportModel, data: { readonly table: string; readonly row: string }): { table: ParsedTable; row: TableRow } | null {
  const tableId = data.table;
  const key = data.row;
  if (!isTableId(tableId)) return null;
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
