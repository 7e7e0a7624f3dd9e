/**
 * The three statutory tables laid out as the official form draws them, as a grid of cells
 * with column and row spans: one layout that the Word writer and the web-page writer both draw.
 */
import { TABLE2_HEADER_LABEL, TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_OUTCOMES } from '../../server/src/service/schema/format';
import { officialTable3 } from '../../test/convert/report-fixture';
import type { SourceBlock, Table2Block } from './source';

export type CellRole = 'caption' | 'header' | 'group' | 'label' | 'value';

export interface GridCell {
  text: string;
  colspan: number;
  rowspan: number;
  role: CellRole;
}

export interface Grid {
  table: 'two' | 'three' | 'four';
  /** Width of each grid column in centimetres (A4 with the official margins leaves 15.6 cm). */
  columnsCm: number[];
  rows: GridCell[][];
  /** The header rows at the top (repeated on every page when the document asks for it). */
  headerRows: number;
  /** Font size of the table in points: 五号 10.5, 小五 9. */
  fontPt: number;
  /** Least height of a row in centimetres (the form's rows are drawn taller than one line). */
  rowMinCm: number;
}

/**
 * How a clerk drew table 二: 'merged' as the form (captions across the table, a single value
 * cell across three columns), or 'blank-cells' with the unused cells left empty.
 */
export type Table2Drawing = 'merged' | 'blank-cells';

const cell = (text: string, role: CellRole, colspan = 1, rowspan = 1): GridCell => ({ text, colspan, rowspan, role });

export function table2Grid(blocks: readonly Table2Block[], drawing: Table2Drawing): Grid {
  const width = 1 + Math.max(...blocks.map((b) => b.def.columns.length));
  const rows: GridCell[][] = [];
  for (const block of blocks) {
    const columns = block.def.columns.length;
    const spread = (texts: string[], role: CellRole): GridCell[] => {
      if (drawing === 'merged') return texts.map((t, i) => cell(t, role, i === texts.length - 1 ? width - columns : 1));
      return [...texts.map((t) => cell(t, role)), ...Array.from({ length: width - 1 - columns }, () => cell('', role))];
    };
    rows.push(drawing === 'merged' ? [cell(block.def.caption, 'caption', width)] : [cell(block.def.caption, 'caption'), ...Array.from({ length: width - 1 }, () => cell('', 'caption'))]);
    rows.push([cell(TABLE2_HEADER_LABEL, 'header'), ...spread(block.def.columns.map((c) => c.label), 'header')]);
    for (const row of block.rows) rows.push([cell(row.label, 'label'), ...spread(row.values, 'value')]);
  }
  return { table: 'two', columnsCm: [3.6, 4, 4, 4], rows, headerRows: 0, fontPt: 10.5, rowMinCm: 0.7 };
}

/** Table 三 with its 3-row header and merged group cells (officialTable3 of the converter tests). */
export function table3Grid(values: ReadonlyMap<string, readonly string[]>): Grid {
  const rows = officialTable3(values).map((row, r) =>
    row.map((c, i): GridCell => {
      const role: CellRole = r < 3 ? 'header' : i >= row.length - 7 ? 'value' : i === row.length - 8 ? 'label' : 'group';
      return cell(c.text, role, c.colspan ?? 1, c.rowspan ?? 1);
    }),
  );
  // Narrow label columns (group, sub-group, row label) so the long labels wrap inside their cells.
  return { table: 'three', columnsCm: [1.3, 1.7, 3.9, ...Array<number>(7).fill(1.24)], rows, headerRows: 3, fontPt: 10.5, rowMinCm: 0.7 };
}

/** Table 四: 行政复议 | 行政诉讼 (未经复议直接起诉, 复议后起诉), five outcomes each, one row of values. */
export function table4Grid(values: readonly string[]): Grid {
  const [review, direct, afterReview] = TABLE4_GROUPS;
  const outcomes = TABLE4_OUTCOMES.length;
  const rows: GridCell[][] = [
    [cell(review.label, 'header', outcomes, 2), cell(direct.parent, 'header', outcomes * 2)],
    [cell(direct.label, 'header', outcomes), cell(afterReview.label, 'header', outcomes)],
    TABLE4_COLUMNS.map((c) => cell(c.label, 'header')),
    values.map((v) => cell(v, 'value')),
  ];
  return { table: 'four', columnsCm: Array<number>(TABLE4_COLUMNS.length).fill(1.04), rows, headerRows: 3, fontPt: 9, rowMinCm: 0.7 };
}

export function gridOf(block: SourceBlock, table2Drawing: Table2Drawing): Grid | null {
  if (block.kind === 'table2') return table2Grid(block.blocks, table2Drawing);
  if (block.kind === 'table3') return table3Grid(block.rows);
  if (block.kind === 'table4') return table4Grid(block.values);
  return null;
}

/** A slot of the full grid: the cell that covers it, and whether this slot is the cell's first row / column. */
export interface Slot {
  cell: GridCell;
  firstRow: boolean;
  firstColumn: boolean;
}

/** Every (row, column) slot of the grid with the cell covering it (Word writes a vMerge cell in every covered row). */
export function slotsOf(grid: Grid): Slot[][] {
  const slots: Slot[][] = grid.rows.map(() => []);
  grid.rows.forEach((row, r) => {
    let column = 0;
    for (const c of row) {
      while (slots[r]![column]) column++;
      for (let dr = 0; dr < c.rowspan; dr++) for (let dc = 0; dc < c.colspan; dc++) slots[r + dr]![column + dc] = { cell: c, firstRow: dr === 0, firstColumn: dc === 0 };
      column += c.colspan;
    }
  });
  for (const [r, line] of slots.entries()) {
    if (line.length !== grid.columnsCm.length || line.some((s) => !s)) throw new Error(`table ${grid.table}: row ${r} does not fill the ${grid.columnsCm.length} grid columns`);
  }
  return slots;
}
