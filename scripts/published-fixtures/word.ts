/**
 * A report as the Word file an agency's clerk writes (with the npm package docx): A4 with the
 * 公文 margins, the title in 方正小标宋简体, headings in 黑体 and 楷体_GB2312, the body in
 * 仿宋_GB2312 三号 at a fixed 28 pt line, the tables in 宋体, page numbers in the footer.
 *
 * Fonts: a Windows machine has these fonts; here LibreOffice substitutes them through the
 * fontconfig aliases in fonts.conf (Noto Serif / Sans CJK SC), as any machine without them does.
 */
import { blocksToDocx, wordFont, type WordBlock, type WordLook } from '../../server/src/convert/docx-export';
import { gridOf, type Table2Drawing } from './grid';
import type { SourceReport } from './source';

export interface WordStyle {
  table2Drawing: Table2Drawing;
  /** Text around the page number in the footer: ['-', '-'] prints -1-. */
  pageNumber: readonly [string, string];
  /** Repeat table 三's three header rows on every page (Word's 标题行重复). */
  repeatTable3Header: boolean;
}

/**
 * The clerk's fonts, where the product's export uses the ones every machine has: the _GB2312
 * fonts of the 公文 templates and 方正小标宋简体 (not bold) for the title; table borders in Word's
 * automatic colour. Everything else — page, lines, indents, tables, 落款 — is the product's
 * writer (server/src/convert/docx-export.ts), one loop for both.
 */
function clerkLook(style: WordStyle): WordLook {
  return {
    fonts: {
      body: wordFont('仿宋_GB2312'),
      title: wordFont('方正小标宋简体'),
      headings: { 2: wordFont('黑体'), 3: wordFont('楷体_GB2312') },
      table: wordFont('宋体'),
      pageNumber: wordFont('宋体'),
    },
    // Word's automatic colour, as a clerk's table borders are left.
    tableBorderColor: 'auto',
    titleBold: false,
    pageNumber: style.pageNumber,
    creator: '示范单位办公室',
    repeatHeader: (grid) => grid.table === 'three' && style.repeatTable3Header,
    // The clerk's file has no empty paragraph between a table and the text after it.
    paragraphAfterTable: false,
  };
}

/**
 * What each block becomes in the Word file: by default itself. The pictured-tables fixtures put
 * a screenshot of a table in its place, or nothing, or a picture before a heading.
 */
export type Reshape = (block: WordBlock) => WordBlock[];

/** The source's blocks as the writer's blocks: tables drawn as the form draws them. */
function wordBlocks(report: SourceReport, style: WordStyle): WordBlock[] {
  return report.blocks.map((block): WordBlock => {
    const grid = gridOf(block, style.table2Drawing);
    if (grid) return { kind: 'table', grid };
    if (block.kind === 'title' || block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'signature') return block;
    throw new Error(`a source block that is neither text nor a statutory table: ${block.kind}`);
  });
}

export async function reportToDocx(report: SourceReport, style: WordStyle, reshape: Reshape = (block) => [block]): Promise<Buffer> {
  return Buffer.from(await blocksToDocx(report.title, wordBlocks(report, style).flatMap(reshape), clerkLook(style)));
}
