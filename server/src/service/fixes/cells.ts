/**
 * The table row a finding about a row or a cell names (row-label, value-missing, value-invalid):
 * their fixes write into that row. (The fixes are their rules' own: rules/row-label.ts,
 * rules/value-missing.ts, rules/value-invalid.ts; the arithmetic repairs are rules/sum-rules.ts's.)
 */
import type { TableId } from '../schema/format';
import type { ParsedTable, ReportModel, TableRow } from '../model';
import type { Diagnostic } from '../diagnostics';
import { dataString } from './support';

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
