/**
 * A report as the Word file an agency's clerk writes (with the npm package docx): A4 with the
 * 公文 margins, the title in 方正小标宋简体, headings in 黑体 and 楷体_GB2312, the body in
 * 仿宋_GB2312 三号 at a fixed 28 pt line, the tables in 宋体, page numbers in the footer.
 *
 * Fonts: a Windows machine has these fonts; here LibreOffice substitutes them through the
 * fontconfig aliases in fonts.conf (Noto Serif / Sans CJK SC), as any machine without them does.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TextRun,
  type IFontAttributesProperties,
} from 'docx';
import { docxTable } from '../../server/src/convert/docx-export';
import { gridOf, type Grid, type Table2Drawing } from './grid';
import type { SourceReport } from './source';

export interface WordStyle {
  table2Drawing: Table2Drawing;
  /** Text around the page number in the footer: ['-', '-'] prints -1-. */
  pageNumber: readonly [string, string];
  /** Repeat table 三's three header rows on every page (Word's 标题行重复). */
  repeatTable3Header: boolean;
}

const TWIPS_PER_CM = 567;
const twips = (cm: number): number => Math.round(cm * TWIPS_PER_CM);

/** A Chinese font for the Chinese text, Times New Roman for Latin letters and digits (as 公文 templates set them). */
const font = (eastAsia: string): IFontAttributesProperties => ({ eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman' });

const BODY_FONT = font('仿宋_GB2312');
const TITLE_FONT = font('方正小标宋简体');
const HEADING_FONTS = { 2: font('黑体'), 3: font('楷体_GB2312') } as const;
const TABLE_FONT = font('宋体');
/** 三号 = 16 pt; docx sizes are half-points. */
const SIZE_三号 = 32;
const SIZE_二号 = 44;
const SIZE_四号 = 28;
/** A fixed 28 pt line, as 公文 are set (22 lines a page). */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
/** Two characters of 三号. */
const FIRST_LINE_INDENT = 640;

function bodyParagraph(text: string, runFont: IFontAttributesProperties = BODY_FONT): Paragraph {
  return new Paragraph({ spacing: BODY_LINE, indent: { firstLine: FIRST_LINE_INDENT }, children: [new TextRun({ text, font: runFont, size: SIZE_三号 })] });
}

/** The product's Word table writer (server/src/convert/docx-export.ts), in the fixtures' table font. */
function tableOf(grid: Grid, repeatHeader: boolean): Table {
  return docxTable(grid, { repeatHeader, font: TABLE_FONT });
}

export async function reportToDocx(report: SourceReport, style: WordStyle): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let signatureStarted = false;
  for (const block of report.blocks) {
    const grid = gridOf(block, style.table2Drawing);
    if (grid) {
      children.push(tableOf(grid, grid.table === 'three' && style.repeatTable3Header));
      continue;
    }
    switch (block.kind) {
      case 'title':
        children.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
            children: [new TextRun({ text: block.text, font: TITLE_FONT, size: SIZE_二号 })],
          }),
        );
        break;
      case 'heading':
        children.push(bodyParagraph(block.text, HEADING_FONTS[block.level]));
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
            children: [new TextRun({ text: block.text, font: BODY_FONT, size: SIZE_三号 })],
          }),
        );
        break;
    }
  }
  const [before, after] = style.pageNumber;
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [before, PageNumber.CURRENT, after], font: font('宋体'), size: SIZE_四号 })],
      }),
    ],
  });
  const document = new Document({
    creator: '示范单位办公室',
    title: report.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE_三号 } } } },
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
  return Packer.toBuffer(document);
}
