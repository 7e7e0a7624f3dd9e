/**
 * The PDF reader (server/src/convert/pdf.ts): the layout of a page's text pieces into lines,
 * the failure fixtures of test/fixtures/pdf (scripts/make-pdf-failure-fixtures.ts), limits,
 * and the three real published PDFs of ../shared/real, whose table rows must read exactly as
 * poppler's `pdftotext -layout` reads them (the text the parser is written against).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inputKindOf, inputToText } from '../../server/src/convert/index';
import { layoutPage, PDF_LIMITS, PdfError, pdfToText, type PdfProblem, type PlacedText } from '../../server/src/convert/pdf';
import { fileProblem } from '../../server/src/cli/messages';
import { helveticaPdf, writePdf } from '../helpers/pdf-writer';
import { repoRoot } from '../helpers/seeds';

const fixture = (name: string) => new Uint8Array(readFileSync(join(repoRoot, 'test', 'fixtures', 'pdf', name)));
const realPdf = (name: string) => new Uint8Array(readFileSync(join(repoRoot, '..', 'shared', 'real', name)));

/** A piece of text as pdf.ts places it (y grows downwards). */
function piece(text: string, x: number, y: number, size = 10, extra: Partial<PlacedText> = {}): PlacedText {
  const width = [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0xff ? size : size / 2), 0);
  return { text, x, y, width, size, vertical: false, spaceBefore: false, ...extra };
}

async function failureOf(bytes: Uint8Array, limits = PDF_LIMITS): Promise<{ reason: PdfProblem; detail: string }> {
  try {
    await pdfToText(bytes, limits);
  } catch (error) {
    if (error instanceof PdfError) return { reason: error.reason, detail: error.message };
    throw error;
  }
  throw new Error('the PDF was read');
}

/** Node's own built-ins, taken as this file loads, before any PDF is read in this process. */
const NODE_BUILTINS = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, toString: Function.prototype.toString, replace: String.prototype.replace, exec: RegExp.prototype.exec };

describe('pdfjs and the process it runs in', () => {
  it('leaves Node’s built-ins as they were (its polyfills may only add what Node lacks)', async () => {
    const result = await inputToText('pdf', readFileSync(join(repoRoot, 'test', 'fixtures', 'published', 'street-office-2024.libreoffice.pdf')));
    expect(result.ok).toBe(true);
    const now = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, toString: Function.prototype.toString, replace: String.prototype.replace, exec: RegExp.prototype.exec };
    for (const key of Object.keys(NODE_BUILTINS) as (keyof typeof NODE_BUILTINS)[]) expect([key, now[key] === NODE_BUILTINS[key]]).toEqual([key, true]);
    // What pdfjs needs and Node 20 lacks is still there for it.
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });
});

describe('layoutPage', () => {
  it('joins pieces that touch (Chinese text comes in many pieces) and keeps lines top to bottom', () => {
    const lines = layoutPage([piece('第二行', 0, 40), piece('政府信息', 0, 20), piece('公开', 40, 20), piece('工作', 60, 20)]);
    expect(lines).toEqual(['政府信息公开工作', '第二行']);
  });

  it('puts one space for a small gap or a space glyph, and two or more for a gap of a character', () => {
    const smallGap = layoutPage([piece('2024', 0, 20), piece('年', 24, 20)]);
    expect(smallGap).toEqual(['2024 年']);
    const spaceGlyph = layoutPage([piece('2024', 0, 20), piece('年', 20, 20, 10, { spaceBefore: true })]);
    expect(spaceGlyph).toEqual(['2024 年']);
    // '规章' ends at x 20, '1' stands at x 32 (column 6 of 5-wide columns): a gap of more than a character.
    const wide = layoutPage([piece('规章', 0, 20), piece('1', 32, 20)]);
    expect(wide).toEqual(['规章    1']);
    // Touching (a gap under 0.3 of the font size): one word.
    expect(layoutPage([piece('规章', 0, 20), piece('1', 22, 20)])).toEqual(['规章1']);
  });

  it('places cells at a column proportional to x, so that the numbers of rows line up', () => {
    const lines = layoutPage([
      piece('一、本年新收', 0, 20),
      piece('3001', 100, 20),
      piece('53', 150, 20),
      piece('（一）予以公开', 0, 40),
      piece('1', 100, 40),
      piece('21', 150, 40),
    ]);
    // The column width is half the usual font size (5): x 100 is column 20, x 150 column 30.
    expect(lines).toEqual(['一、本年新收              3001      53', '（一）予以公开             1         21']);
  });

  it('reads a label a little above its numbers, and the character of a merged cell beside them, as one row', () => {
    const lines = layoutPage([
      piece('果', 0, 97.2, 7.45),
      piece('6.属于四类过程性信息', 40, 100, 7.45),
      piece('12', 150, 102.3, 7.45),
      piece('0', 180, 102.3, 7.45),
    ]);
    expect(lines.map((l) => l.split(/\s+/))).toEqual([['果', '6.属于四类过程性信息', '12', '0']]);
  });

  it('keeps the pieces of a wrapped label on lines of their own around the numbers', () => {
    const lines = layoutPage([
      piece('（二）部分公开（区分处理的，只计这一情', 20, 100, 7.45),
      piece('447', 150, 109.7, 7.45),
      piece('454', 200, 109.7, 7.45),
      piece('形，不计其他情形）', 20, 115, 7.45),
    ]);
    expect(lines.map((l) => l.trim().split(/\s+/))).toEqual([['（二）部分公开（区分处理的，只计这一情'], ['447', '454'], ['形，不计其他情形）']]);
  });

  it('keeps a text written top to bottom on a line of its own, even beside a row', () => {
    const lines = layoutPage([piece('三、本年', 0, 101, 10, { vertical: true, width: 10 }), piece('1.属于国家秘密', 40, 100), piece('1', 150, 101)]);
    expect(lines.map((l) => l.trim().split(/\s+/))).toEqual([['1.属于国家秘密', '1'], ['三、本年']]);
  });

  it('leaves a blank line where the gap between lines is more than two lines high, as between table rows', () => {
    expect(layoutPage([piece('a', 0, 20), piece('b', 0, 32), piece('c', 0, 80)])).toEqual(['a', 'b', '', 'c']);
  });

  it('has no line for a page without visible text', () => {
    expect(layoutPage([piece('   ', 0, 20)])).toEqual([]);
    expect(layoutPage([])).toEqual([]);
  });
});

describe('pdfToText on small PDFs', () => {
  it('reads a table line of a standard font: the label, then the numbers in their columns', async () => {
    expect(await pdfToText(fixture('latin.pdf'))).toEqual({
      text: 'Received this year                    12     0     12\nCarried over                          3      0     3\n',
      pages: [0],
    });
  });

  it('reads Chinese text in a standard encoding with a font that is not embedded (pdfjs needs its CMaps)', async () => {
    expect(await pdfToText(fixture('songti-gbk.pdf'))).toEqual({
      text: '示例单位政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量                              12      3       15\n',
      pages: [0],
    });
  });

  it('reads a PDF encrypted only against copying and printing: it opens without a password', async () => {
    expect((await pdfToText(fixture('restricted.pdf'))).text).toBe('Sample agency annual report\nThis page holds text that can be selected and copied.\n');
  });

  it('records the line on which each page starts', async () => {
    const page = (title: string) => [
      { x: 72, y: 760, size: 12, text: title },
      { x: 72, y: 740, size: 12, text: 'A second line of text on this page' },
    ];
    const pdf = helveticaPdf([page('Page one'), page('Page two'), page('Page three')]);
    const { text, pages } = await pdfToText(pdf);
    expect(pages).toEqual([0, 2, 4]);
    expect(text.split('\n')[4]).toBe('Page three');
  });

  it('says which failure each failure fixture is', async () => {
    expect((await failureOf(fixture('scanned.pdf'))).reason).toBe('pdf-scanned');
    expect((await failureOf(fixture('encrypted.pdf'))).reason).toBe('pdf-encrypted');
    expect((await failureOf(fixture('broken.pdf'))).reason).toBe('invalid-pdf');
    expect((await failureOf(fixture('not-a-pdf.pdf'))).reason).toBe('invalid-pdf');
  });

  it('refuses a PDF of 2,000 pages within seconds, without reading its pages', async () => {
    const pages = Array.from({ length: 2000 }, (_, i) => [{ x: 72, y: 760, size: 12, text: `Page ${i + 1} of a very long document` }]);
    const started = Date.now();
    expect(await failureOf(helveticaPdf(pages))).toEqual({ reason: 'pdf-too-large', detail: '2000 pages' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a file over the size limit before reading it', async () => {
    expect(await failureOf(fixture('latin.pdf'), { ...PDF_LIMITS, maxBytes: 100 })).toEqual({ reason: 'pdf-too-large', detail: '0.0 MB' });
  });

  it('refuses a stream that inflates past the limit (a compression bomb) before pdfjs inflates it', async () => {
    const bomb = writePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      { dictionary: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.alloc(2 * 1024 * 1024, 0x20)) },
    ]);
    expect(await failureOf(bomb, { ...PDF_LIMITS, maxInflatedStream: 1024 * 1024 })).toEqual({
      reason: 'pdf-too-large',
      detail: 'a stream inflates past 1 MB',
    });
  });

  it('gives up a page of more pieces of text than a report has, as soon as they pass the limit', async () => {
    const many = writePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R >>',
      { dictionary: '<< >>', stream: 'BT /F1 1 Tf 1 1 Td (xy) Tj ET\n'.repeat(20_000) },
    ]);
    expect((await failureOf(many, { ...PDF_LIMITS, maxTextItems: 1000 })).reason).toBe('pdf-too-large');
  });

  it('stops reading when the time budget is spent', async () => {
    expect(await failureOf(fixture('latin.pdf'), { ...PDF_LIMITS, timeBudgetMs: 0 })).toEqual({ reason: 'pdf-too-large', detail: 'not read within 0 s' });
  });
});

describe('inputToText with a .pdf', () => {
  it('is the pdf kind and gives the text and the page map', async () => {
    expect(inputKindOf('报告.PDF')).toBe('pdf');
    expect(await inputToText('pdf', fixture('latin.pdf'))).toEqual({
      ok: true,
      text: 'Received this year                    12     0     12\nCarried over                          3      0     3\n',
      kind: 'pdf',
      encoding: 'pdf',
      pages: [0],
    });
  });

  it('answers every bad PDF with a reason, never an exception', async () => {
    expect(await inputToText('pdf', new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    const latin = fixture('latin.pdf');
    for (const bytes of [fixture('broken.pdf'), fixture('not-a-pdf.pdf'), latin.subarray(0, 300), new Uint8Array(4096).fill(0x25)]) {
      expect(await inputToText('pdf', bytes)).toMatchObject({ ok: false, reason: 'invalid-pdf' });
    }
    expect(await inputToText('pdf', fixture('encrypted.pdf'))).toMatchObject({ ok: false, reason: 'pdf-encrypted' });
    expect(await inputToText('pdf', fixture('scanned.pdf'))).toMatchObject({ ok: false, reason: 'pdf-scanned' });
  });

  it('reads a PDF whose header or cross-reference table is damaged, as pdfjs rebuilds them from the objects', async () => {
    const latin = fixture('latin.pdf');
    const damagedXref = Buffer.from(latin).toString('latin1').replace(/startxref\n\d+/, 'startxref\n99999');
    for (const bytes of [latin.subarray(9), new Uint8Array(Buffer.from(damagedXref, 'latin1'))]) {
      expect(await inputToText('pdf', bytes)).toMatchObject({ ok: true, text: 'Received this year                    12     0     12\nCarried over                          3      0     3\n' });
    }
  });
});

describe('the messages of the PDF failures', () => {
  it('state the limits pdf.ts applies', () => {
    const pages = String(PDF_LIMITS.maxPages);
    const megabytes = String(PDF_LIMITS.maxBytes / 1024 / 1024);
    const seconds = String(PDF_LIMITS.timeBudgetMs / 1000);
    for (const lang of ['zh', 'en'] as const) {
      const message = fileProblem(lang, 'pdf-too-large');
      expect(message).toContain(`${pages} `);
      expect(message).toContain(`${megabytes} MB`);
      expect(message).toContain(`${seconds} `);
    }
  });
});

/**
 * The rows of a text between two headings: lines of at least `minimum` numbers but page
 * numbers, as token lists joined by one space.
 */
function rowsBetween(text: string, from: string, to: string, minimum: number): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes(from));
  const end = lines.findIndex((l, i) => i > start && l.includes(to));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return lines
    .slice(start + 1, end)
    .filter((l) => !PAGE_NUMBER.test(l))
    .map((l) => l.trim().split(/\s+/))
    .filter((tokens) => tokens.filter((t) => /^[\d.]+$/.test(t)).length >= minimum)
    .map((tokens) => tokens.join(' '));
}

/** A page number as the PDFs print it: `- 3 -` (pdftotext prints `-3-`). */
const PAGE_NUMBER = /^\s*-\s*\d+\s*-\s*$/;

// Headings of the statutory format, which open tables 二, 三 and 四 and part 五.
const PART_2 = '主动公开政府信息情况';
const PART_3 = '收到和处理政府信息公开申请情况';
const PART_4 = '政府信息公开行政复议、行政诉讼情况';
const PART_5 = '存在的主要问题';

/**
 * Each PDF's table rows as `pdftotext -layout` (poppler 22) reads them: the tokens of every
 * line of table 三 with two numbers or more (a wrapped label's numbers alone on their line,
 * a merged cell's characters before the label where they share the row's line), table 四's
 * value line, and table 二's lines.
 */
const REAL: Record<string, { pages: number; table2: string[]; table3: string[]; table4: string[] }> = {
  'huaian-city-2024.pdf': {
    pages: 6,
    table2: ['规章 1 0 11', '行政规范性文件 8 26 66', '行政许可 447228', '行政处罚 3985758', '行政强制 88283', '行政事业性收费 96171.6'],
    table3: [
      '一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119',
      '二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34',
      '（一）予以公开 1288 21 0 0 50 3 1362',
      '447 7 0 0 0 0 454',
      '1.属于国家秘密 2 0 0 0 0 0 2',
      '本 2.其他法律行政法规禁止公开 30 1 0 0 0 0 31',
      '3.危及“三安全一稳定” 5 0 0 0 0 0 5',
      '办 4.保护第三方合法权益 6 0 0 0 0 0 6',
      '5.属于三类内部事务信息 7 1 0 0 0 0 8',
      '果 6.属于四类过程性信息 12 0 0 0 0 0 12',
      '7.属于行政执法案卷 9 0 0 0 0 0 9',
      '8.属于行政查询事项 105 0 0 0 0 0 105',
      '1.本机关不掌握相关政府信息 746 12 0 0 10 1 769',
      '法提供 2.没有现成信息需要另行制作 11 0 0 0 0 0 11',
      '3.补正后申请内容仍不明确 1 0 0 0 0 0 1',
      '1.信访举报投诉类申请 56 6 0 0 0 0 62',
      '2.重复申请 25 0 0 0 0 0 25',
      '（五）不 3.要求提供公开出版物 0 0 0 0 0 0 0',
      '4.无正当理由大量反复申请 0 0 0 0 0 0 0',
      '1 0 0 0 0 0 1',
      '正、行政机关不再处理其政府信 67 3 0 0 1 0 71',
      '求缴纳费用、行政机关不再处理 6 0 0 0 0 0 6',
      '3、其他 108 2 0 0 0 0 110',
      '（七）总计 2932 53 0 0 61 4 3050',
      '四、结转下年度继续办理 103 0 0 0 0 0 103',
    ],
    table4: ['72 64 178 37 351 13 4 8 1 26 12 1 1 6 20'],
  },
  'hongze-2023.pdf': {
    pages: 5,
    table2: ['规章 0 0 0', '行政规范性文件 0 5 5', '行政许可 550', '行政处罚 4119', '行政强制 195', '行政事业性收费 7730.28'],
    table3: [
      '一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      '（一）予以公开 0 0 0 0 0 0 0',
      '4 0 0 0 0 0 4',
      '1.属于国家秘密 1 0 0 0 0 0 1',
      '2.其他法律行政止公开 0 0 0 0 0 0 0',
      '3.危及“三安全一稳定” 0 0 0 0 0 0 0',
      '4.保护第三方合法权益 0 0 0 0 0 0 0',
      '5.属于三类内部事务信息 0 0 0 0 0 0 0',
      '6.属于四类过程性信息 1 0 0 0 0 0 1',
      '7.属于行政执法案卷 1 0 0 0 0 0 1',
      '8.属于行政查询事项 0 0 0 0 0 0 0',
      '1.本机关不掌握相关政府信息 10 0 0 0 0 0 10',
      '2.没有现成信息需要另行制作 3 0 0 0 0 0 3',
      '3.补正后申请内容仍不明确 0 0 0 0 0 0 0',
      '1.信访举报投诉类申请 1 0 0 0 0 0 1',
      '2.重复申请 0 0 0 0 0 0 0',
      '3.要求提供公开出版物 0 0 0 0 0 0 0',
      '4.无正当理由大量反复 申请 0 0 0 0 0 0 0',
      '0 0 0 0 0 0 0',
      '（六）其他处理 0 0 0 0 0 0 0',
      '（七）总计 21 0 0 0 0 0 21',
      '四、结转下年度继续办理 0 0 0 0 0 0 0',
    ],
    table4: ['10 1 0 0 0 0 0 0 0 0 5 0 0 0 0'],
  },
  'hongze-2024.pdf': {
    pages: 5,
    table2: ['规章 0 0 0', '行政规范性文件 3 0 8', '行政许可 9487', '行政处罚 2776', '行政强制 84', '行政事业性收费 7545'],
    table3: [
      '一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      '（一）予以公开 50 0 0 0 0 0 50',
      '9 0 0 0 0 0 9',
      '1.属于国家秘密 0 0 0 0 0 0 0',
      '2.其他法律行政止公开 0 0 0 0 0 0 0',
      '3.危及“三安全一稳定” 1 0 0 0 0 0 1',
      '4.保护第三方合法权益 0 0 0 0 0 0 0',
      '5.属于三类内部事务信息 0 0 0 0 0 0 0',
      '6.属于四类过程性信息 1 0 0 0 0 0 1',
      '7.属于行政执法案卷 1 0 0 0 0 0 1',
      '8.属于行政查询事项 0 0 0 0 0 0 0',
      '（四）无法提供 1.本机关不掌握相关政府信息 31 0 0 0 0 0 31',
      '2.没有现成信息需要另行制作 1 0 0 0 0 0 1',
      '3.补正后申请内容仍不明确 0 0 0 0 0 0 0',
      '1.信访举报投诉类申请 1 0 0 0 0 0 1',
      '2.重复申请 0 0 0 0 0 0 0',
      '3.要求提供公开出版物 0 0 0 0 0 0 0',
      '4.无正当理由大量反复 申请 0 0 0 0 0 0 0',
      '0 0 0 0 0 0 0',
      '（六）其他处理 0 0 0 0 0 0 0',
      '（七）总计 95 0 0 0 0 0 95',
      '四、结转下年度继续办理 0 0 0 0 0 0 0',
    ],
    table4: ['1 1 0 0 2 1 0 0 0 1 2 0 1 0 3'],
  },
};

describe.each(Object.entries(REAL))('the real PDF %s', (name, expected) => {
  let read: Promise<{ text: string; pages: number[] }> | undefined;
  const text = () => (read ??= pdfToText(realPdf(name)));

  it('reads every row of table 三 as pdftotext -layout does', async () => {
    expect(rowsBetween((await text()).text, PART_3, PART_4, 2)).toEqual(expected.table3);
  });

  it("reads table 四's fifteen values on one line, in order", async () => {
    expect(rowsBetween((await text()).text, PART_4, PART_5, 2)).toEqual(expected.table4);
  });

  it("reads table 二's rows", async () => {
    expect(rowsBetween((await text()).text, PART_2, PART_3, 1)).toEqual(expected.table2);
  });

  it('records where each page starts: page n holds its page number, and no form feed is left', async () => {
    const { text: content, pages } = await text();
    expect(pages).toHaveLength(expected.pages);
    expect(content).not.toContain('\f');
    const lines = content.split('\n');
    pages.forEach((start, index) => {
      const end = pages[index + 1] ?? lines.length;
      const pageNumbers = lines.slice(start, end).filter((l) => PAGE_NUMBER.test(l));
      expect(pageNumbers.map((l) => l.replace(/\s/g, '')), `page ${index + 1}`).toEqual([`-${index + 1}-`]);
    });
  });
});
