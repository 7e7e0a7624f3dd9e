/**
 * Fixes that write one number into a table cell: the totals (total-row,
 * total-results, total-review), the balance of table 三 (two choices) and empty cells
 * (value-missing). Each edit touches the cell's digits only.
 */
import { TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_GROUPS, TABLE4_OUTCOMES, type TableId } from '../schema/format';
import type { ParsedTable, ReportModel, TableRow } from '../model';
import type { Diagnostic } from '../diagnostics';
import { columnsOf } from '../rules/support';
import { appendCellEdits, setCellEdits } from './layout';
import { dataNumber, dataRecord, dataString } from './support';
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

function cellProposal(model: ReportModel, diagnostic: Diagnostic, rowKey: string | undefined, expected: number | undefined, title: { zh: string; en: string }, safe: boolean): FixProposal[] {
  const column = dataNumber(diagnostic, 'column');
  if (expected === undefined || column === undefined || expected < 0) return [];
  const found = findingRow(model, diagnostic, rowKey);
  if (!found) return [];
  const current = found.row.cells[column];
  // Already holds the value (the fix was applied): nothing to offer.
  if (current && current.kind === 'integer' && current.value === expected) return [];
  return [{ title, edits: setCellEdits(model, found.table, found.row, column, String(expected)), safe }];
}

function columnLabel(table: TableId, column: number): string {
  if (table === 'three') return TABLE3_COLUMNS[column]?.label ?? '';
  return '';
}

function rowLabel(key: string): string {
  return TABLE3_ROWS.find((r) => r.key === key)?.label ?? key;
}

export function totalRowFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const expected = dataNumber(diagnostic, 'expected');
  return cellProposal(model, diagnostic, undefined, expected, { zh: `将总计改为 ${expected}`, en: `Set the total to ${expected}` }, true);
}

export function totalResultsFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const expected = dataNumber(diagnostic, 'expected');
  const column = columnLabel('three', dataNumber(diagnostic, 'column') ?? -1);
  return cellProposal(
    model,
    diagnostic,
    undefined,
    expected,
    { zh: `将（七）总计的“${column}”列改为 ${expected}`, en: `Set the outcome total (${column}) to ${expected}` },
    true,
  );
}

export function totalReviewFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const expected = dataNumber(diagnostic, 'expected');
  const column = dataNumber(diagnostic, 'column') ?? -1;
  const group = TABLE4_GROUPS[Math.floor(column / TABLE4_OUTCOMES.length)];
  const name = group ? { zh: group.label, en: group.englishLabel } : { zh: '', en: '' };
  return cellProposal(model, diagnostic, undefined, expected, { zh: `将“${name.zh}”的总计改为 ${expected}`, en: `Set the total of ${name.en} to ${expected}` }, true);
}

/**
 * balance: the rule names the row to correct (normally 四、结转下年度继续办理) and, when
 * both readings are possible, an alternative (一、本年新收). Only the first is safe:
 * which number the clerk mistyped is a judgement, and fix-all takes the usual slip.
 */
export function balanceFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const out: FixProposal[] = [];
  const row = dataString(diagnostic, 'row');
  const expected = dataNumber(diagnostic, 'expected');
  if (row) {
    const label = rowLabel(row);
    out.push(...cellProposal(model, diagnostic, row, expected, { zh: `将“${label}”改为 ${expected}`, en: `Set “${label}” to ${expected}` }, true));
  }
  const alternative = dataRecord(diagnostic, 'alternative');
  const altRow = typeof alternative?.row === 'string' ? alternative.row : undefined;
  const altExpected = typeof alternative?.expected === 'number' ? alternative.expected : undefined;
  if (altRow && altRow !== row) {
    const label = rowLabel(altRow);
    out.push(...cellProposal(model, diagnostic, altRow, altExpected, { zh: `将“${label}”改为 ${altExpected}`, en: `Set “${label}” to ${altExpected}` }, false));
  }
  return out;
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
  const determined = dataNumber(diagnostic, 'determined');
  if (determined !== undefined && determined >= 0) {
    return [
      {
        title: { zh: `填入 ${determined}（按本行总计推算）`, en: `Enter ${determined} (determined by the row’s total)` },
        edits: setCellEdits(model, found.table, found.row, column, String(determined)),
        safe: true,
      },
    ];
  }
  return [{ title: { zh: '填入 0（请核实）', en: 'Enter 0 (please check)' }, edits: setCellEdits(model, found.table, found.row, column, '0'), safe: false }];
}
