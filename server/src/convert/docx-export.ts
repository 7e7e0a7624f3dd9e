/**
 * A draft exported as the Word file that gets published (with the docx package): A4 with the
 * 公文 margins (GB/T 9704), the title centred in 二号, part headings in 黑体 and sub-headings in
 * 楷体, the body in 仿宋 三号 at a fixed 28 pt line with a two-character indent, the three
 * statutory tables as the official form draws them (merged group cells, borders, header rows
 * repeated on every page for table 三) in 宋体, the 落款 at the right, page numbers in the footer.
 *
 * Fonts: the ones every Windows and WPS machine has under these names (仿宋, 黑体, 楷体, 宋体),
 * so the file looks the same wherever it is opened; digits and Latin letters in Times New Roman
 * as 公文 templates set them. The title is 宋体 bold: 方正小标宋简体 is not installed on most
 * machines, and Word would put an arbitrary font in its place.
 *
 * The layout comes from ReportDocument (service/features/reportDocument.ts), the same one the
 * report view draws; `nianbao check` reads the exported file back to the same findings.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IFontAttributesProperties,
} from 'docx';
import type { ReportDocument } from '../service';

const TWIPS_PER_CM = 567;
const twips = (cm: number): number => Math.round(cm * TWIPS_PER_CM);

/** A Chinese font for the Chinese text, Times New Roman for Latin letters and digits. */
export const wordFont = (eastAsia: string): IFontAttributesProperties => ({ eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman' });

const BODY_FONT = wordFont('仿宋');
const TITLE_FONT = wordFont('宋体');
const HEADING_FONTS = { 2: wordFont('黑体'), 3: wordFont('楷体') } as const;
const TABLE_FONT = wordFont('宋体');
/** docx sizes are half-points: 三号 16 pt, 二号 22 pt, 四号 14 pt. */
const SIZE_三号 = 32;
const SIZE_二号 = 44;
const SIZE_四号 = 28;
/** A fixed 28 pt line, as 公文 are set (22 lines a page). */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
/** Two characters of 三号. */
const FIRST_LINE_INDENT = 640;
/** A table row is drawn at least this tall (the form's rows are taller than one line). */
const ROW_MIN_CM = 0.7;
/** The width an A4 page with the official margins leaves (21 − 2.8 − 2.6 cm). */
const TEXT_WIDTH_CM = 15.6;

/** A table's borders: single lines, half a point, in a colour ('auto' lets Word choose, black on white). */
function bordersOf(color: string) {
  const border = { style: BorderStyle.SINGLE, size: 4, color } as const;
  return { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border } as const;
}

/** The grid a table is drawn from: cells with spans, column widths in cm, header rows, font size. */
export interface WordGrid {
  table: string | null;
  columnsCm: number[];
  rows: { text: string; colspan: number; rowspan: number; role: string }[][];
  headerRows: number;
  fontPt: number;
  rowMinCm?: number;
}

interface Slot {
  cell: WordGrid['rows'][number][number];
  firstRow: boolean;
}

/** Every (row, column) slot with the cell covering it: Word writes a merged cell in every row it covers. */
function slotsOf(grid: WordGrid): (Slot | undefined)[][] {
  const slots: (Slot | undefined)[][] = grid.rows.map(() => []);
  grid.rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (slots[r]![column]) column++;
      for (let dr = 0; dr < cell.rowspan && r + dr < slots.length; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) slots[r + dr]![column + dc] = { cell, firstRow: dr === 0 };
      }
      column += cell.colspan;
    }
  });
  return slots;
}

/**
 * A grid as a bordered Word table with merged cells; `repeatHeader` repeats its header rows on
 * every page. Borders are black unless `borderColor` says otherwise.
 */
export function docxTable(grid: WordGrid, options: { repeatHeader: boolean; font?: IFontAttributesProperties; borderColor?: string }): Table {
  const font = options.font ?? TABLE_FONT;
  const columns = grid.columnsCm.length;
  const scale = Math.min(1, TEXT_WIDTH_CM / Math.max(1e-9, grid.columnsCm.reduce((a, b) => a + b, 0)));
  const widths = grid.columnsCm.map((cm) => twips(cm * scale));
  const rows = slotsOf(grid).map((line, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < columns; ) {
      const slot = line[c];
      if (!slot) {
        // A row the draft wrote short: an empty cell keeps the grid whole.
        cells.push(new TableCell({ width: { size: widths[c]!, type: WidthType.DXA }, children: [new Paragraph({ children: [] })] }));
        c++;
        continue;
      }
      const { cell, firstRow } = slot;
      const span = Math.max(1, Math.min(cell.colspan, columns - c));
      const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
      const merged = cell.rowspan > 1 ? { verticalMerge: firstRow ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {};
      const text = firstRow ? cell.text : '';
      cells.push(
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          columnSpan: span,
          verticalAlign: VerticalAlignTable.CENTER,
          margins: { left: 57, right: 57 },
          ...merged,
          children: [
            new Paragraph({
              alignment: cell.role === 'label' && grid.table === 'three' ? AlignmentType.LEFT : AlignmentType.CENTER,
              children: text === '' ? [] : [new TextRun({ text, font, size: grid.fontPt * 2 })],
            }),
          ],
        }),
      );
      c += span;
    }
    return new TableRow({
      children: cells,
      tableHeader: options.repeatHeader && r < grid.headerRows,
      height: { value: twips(grid.rowMinCm ?? ROW_MIN_CM), rule: HeightRule.ATLEAST },
    });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: bordersOf(options.borderColor ?? '000000'),
  });
}

/**
 * How a Word file looks beyond the 公文 page and line settings every export shares: the fonts,
 * the tables' border colour, the title's weight, the footer, the author, which tables repeat their header rows, and whether
 * an empty paragraph follows each table.
 */
export interface WordLook {
  fonts: {
    body: IFontAttributesProperties;
    title: IFontAttributesProperties;
    headings: Readonly<Record<2 | 3, IFontAttributesProperties>>;
    table: IFontAttributesProperties;
    pageNumber: IFontAttributesProperties;
  };
  /** The tables' border colour: '000000', or 'auto' (Word's automatic colour). */
  tableBorderColor: string;
  titleBold: boolean;
  /** Text around the page number in the footer: ['— ', ' —'] prints — 1 —. */
  pageNumber: readonly [string, string];
  creator: string;
  /** Whether a table repeats its header rows on every page (Word's 标题行重复). */
  repeatHeader(grid: WordGrid): boolean;
  /** Word runs two adjacent tables together: an empty paragraph after each keeps them apart. */
  paragraphAfterTable: boolean;
}

/** The look of the file Nianbao exports (see the top of this file). */
export const PUBLISHED_LOOK: WordLook = {
  fonts: { body: BODY_FONT, title: TITLE_FONT, headings: HEADING_FONTS, table: TABLE_FONT, pageNumber: wordFont('宋体') },
  tableBorderColor: '000000',
  titleBold: true,
  pageNumber: ['— ', ' —'],
  creator: 'Nianbao',
  repeatHeader: (grid) => grid.table === 'three',
  paragraphAfterTable: true,
};

/** A block of a Word file: a ReportDocument's blocks (the fixture generator builds them too). */
export type WordBlock =
  | { kind: 'title' | 'paragraph' | 'signature'; text: string }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'table'; grid: WordGrid }
  | { kind: 'unreadable'; lines: readonly string[] }
  /**
   * A PNG picture in a paragraph of its own, centred, shown `width` × `height` pixels (at 96 per
   * inch) and never wider than the text column: a screenshot pasted into the document (the
   * fixtures of tables pasted as pictures).
   */
  | { kind: 'picture'; png: Uint8Array; width: number; height: number };

/** The text column of the 公文 page (A4 less the 2.8 and 2.6 cm margins) in pixels at 96 per inch. */
const TEXT_COLUMN_PX = Math.floor(((21 - 2.8 - 2.6) / 2.54) * 96);

/** Blocks as a .docx file's bytes, in a look. */
export async function blocksToDocx(title: string, blocks: readonly WordBlock[], look: WordLook): Promise<Uint8Array> {
  const { fonts } = look;
  const bodyParagraph = (text: string, runFont: IFontAttributesProperties = fonts.body): Paragraph =>
    new Paragraph({ spacing: BODY_LINE, indent: { firstLine: FIRST_LINE_INDENT }, children: [new TextRun({ text, font: runFont, size: SIZE_三号 })] });
  const children: (Paragraph | Table)[] = [];
  let signatureStarted = false;
  for (const block of blocks) {
    switch (block.kind) {
      case 'table':
        children.push(docxTable(block.grid, { repeatHeader: look.repeatHeader(block.grid), font: fonts.table, borderColor: look.tableBorderColor }));
        if (look.paragraphAfterTable) children.push(new Paragraph({ children: [] }));
        break;
      case 'picture': {
        const scale = Math.min(1, TEXT_COLUMN_PX / block.width);
        const transformation = { width: Math.round(block.width * scale), height: Math.round(block.height * scale) };
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: block.png, transformation })] }));
        break;
      }
      case 'unreadable':
        // A table the checks could not read is exported as it was written, line by line.
        for (const line of block.lines) children.push(bodyParagraph(line));
        break;
      case 'title':
        children.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
            children: [new TextRun({ text: block.text, font: fonts.title, size: SIZE_二号, ...(look.titleBold ? { bold: true } : {}) })],
          }),
        );
        break;
      case 'heading':
        children.push(bodyParagraph(block.text, fonts.headings[block.level]));
        break;
      case 'paragraph':
        children.push(bodyParagraph(block.text));
        break;
      case 'signature':
        if (!signatureStarted) children.push(new Paragraph({ spacing: BODY_LINE, children: [] }));
        signatureStarted = true;
        children.push(
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: BODY_LINE,
            indent: { right: FIRST_LINE_INDENT * 2 },
            children: [new TextRun({ text: block.text, font: fonts.body, size: SIZE_三号 })],
          }),
        );
        break;
    }
  }
  const [before, after] = look.pageNumber;
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [before, PageNumber.CURRENT, after], font: fonts.pageNumber, size: SIZE_四号 })],
      }),
    ],
  });
  const document = new Document({
    creator: look.creator,
    title,
    styles: { default: { document: { run: { font: fonts.body, size: SIZE_三号 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: twips(3.7), bottom: twips(3.5), left: twips(2.8), right: twips(2.6), footer: twips(2.5) },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The report as a .docx file's bytes. */
export async function reportDocumentToDocx(report: ReportDocument): Promise<Uint8Array> {
  return blocksToDocx(report.title, report.blocks, PUBLISHED_LOOK);
}
