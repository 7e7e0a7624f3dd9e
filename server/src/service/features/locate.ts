/** What stands at a position: shared by hover, completion and the table conversion. */
import type { Cell, ParsedTable, Position, Range, ReportModel, Span, TableRow } from '../model';

export function contains(range: Range, pos: Position): boolean {
  const afterStart = pos.line > range.start.line || (pos.line === range.start.line && pos.character >= range.start.character);
  const beforeEnd = pos.line < range.end.line || (pos.line === range.end.line && pos.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** The statutory table whose lines hold the line. */
export function tableAtLine(model: ReportModel, line: number): ParsedTable | null {
  for (const part of model.parts) {
    const t = part.table;
    if (t && line >= t.startLine && line < t.endLine) return t;
  }
  return null;
}

export interface TableHit {
  table: ParsedTable;
  row: TableRow | null;
  cell: Cell | null;
  /** Column index of `cell` among the row's data cells. */
  column: number;
  label: Span | null;
  groupLabel: Span | null;
  caption: { blockKey: string; span: Span } | null;
}

export function tableHit(model: ReportModel, pos: Position): TableHit | null {
  const table = tableAtLine(model, pos.line);
  if (!table) return null;
  const hit: TableHit = { table, row: null, cell: null, column: -1, label: null, groupLabel: null, caption: null };
  for (const caption of table.captions) if (contains(caption.span.range, pos)) hit.caption = caption;
  for (const row of table.rows) {
    if (pos.line < row.startLine || pos.line >= row.endLine) continue;
    hit.row = row;
    if (row.label && contains(row.label.range, pos)) hit.label = row.label;
    for (const g of row.groupLabels) if (contains(g.range, pos)) hit.groupLabel = g;
    row.cells.forEach((cell, i) => {
      if (contains(cell.range, pos)) {
        hit.cell = cell;
        hit.column = i;
      }
    });
    break;
  }
  return hit;
}
