/**
 * Tables pasted as pictures (AnalyzeOptions.pictures): a statutory table not found in the text
 * of a part that spans a page of the source PDF painting a picture is table-unreadable/image,
 * not table-missing; anywhere else, or without pictures, it stays missing.
 */
import { describe, expect, it } from 'vitest';
import { clean, diagnose, findings, lineNumber, rangeOf } from './helpers';

const HEADING_3 = '## 三、收到和处理政府信息公开申请情况';
const HEADING_4 = '## 四、政府信息公开行政复议、行政诉讼情况';

/** The clean report with table 三's rows left out (its heading and the parts around it kept). */
function withoutTable3(): string {
  const lines = clean.split('\n');
  const from = lines.indexOf(HEADING_3);
  const to = lines.indexOf(HEADING_4);
  return lines.filter((line, i) => !(i > from && i < to && line.startsWith('|'))).join('\n');
}

const text = withoutTable3();
const heading3 = lineNumber(text, HEADING_3);
const heading4 = lineNumber(text, HEADING_4);

const missing = { code: 'table-missing', severity: 'error', messageId: 'missing', range: rangeOf(text, HEADING_3.slice(3)), data: { part: 3, table: 'three', afterLine: heading3 }, fixable: true };
const pictured = { code: 'table-unreadable', severity: 'warning', messageId: 'image', range: rangeOf(text, HEADING_3.slice(3)), data: { table: 'three' }, fixable: false };

describe('a table not in the text, and pictures in the source PDF', () => {
  it('without pictures (or none found) the table is missing', () => {
    expect(findings(text)).toEqual([missing]);
    expect(findings(text, { pictures: [] })).toEqual([missing]);
  });

  it('a picture on a page of the part: one table-unreadable/image at its heading, no table-missing', () => {
    // The page holds the heading and the lines after it.
    expect(findings(text, { pictures: [{ startLine: heading3, endLine: heading3 + 3 }] })).toEqual([pictured]);
    // A page of nothing but the picture, right after the heading's line.
    expect(findings(text, { pictures: [{ startLine: heading3 + 1, endLine: heading3 + 1 }] })).toEqual([pictured]);
    // A page with text whose first line is the next part's heading: the picture may stand above it.
    expect(findings(text, { pictures: [{ startLine: heading4, endLine: heading4 + 2 }] })).toEqual([pictured]);
    // A page whose last line is the part's heading: the picture may stand below it.
    expect(findings(text, { pictures: [{ startLine: heading3 - 2, endLine: heading3 + 1 }] })).toEqual([pictured]);
  });

  it('a picture on pages the part does not span leaves the table missing', () => {
    // In part 一.
    expect(findings(text, { pictures: [{ startLine: 4, endLine: 20 }] })).toEqual([missing]);
    // A page of nothing but a picture before the heading of part 三 belongs to part 二, which has its table.
    expect(findings(text, { pictures: [{ startLine: heading3, endLine: heading3 }] })).toEqual([missing]);
    // A page that ends just above the heading of part 三.
    expect(findings(text, { pictures: [{ startLine: heading3 - 5, endLine: heading3 }] })).toEqual([missing]);
    // The page after the one that begins with part 四's heading.
    expect(findings(text, { pictures: [{ startLine: heading4 + 1, endLine: heading4 + 6 }] })).toEqual([missing]);
  });

  it('tables that are in the text are read and checked as ever, whatever the pictures', () => {
    const everywhere = [{ startLine: 0, endLine: clean.split('\n').length }];
    expect(diagnose(clean, { pictures: everywhere })).toEqual(diagnose(clean));
    expect(findings(clean, { pictures: everywhere })).toEqual([]);
  });

  it('says in words that the table is a picture that was not checked, in Chinese and English', () => {
    const pictures = [{ startLine: heading3, endLine: heading4 }];
    expect(diagnose(text, { pictures }).map((d) => d.message)).toEqual(['表三在文件中是图片，无法读取其中的数字，未检查其行、数值和合计。请人工核对图片中的表格']);
    expect(diagnose(text, { pictures, lang: 'en' }).map((d) => d.message)).toEqual([
      'Table 3 is a picture in the file: its numbers cannot be read, and its rows, values and sums were not checked. Check the table in the picture by hand',
    ]);
  });

  it('a rule turned off stays off: table-unreadable off leaves nothing, table-missing off still gives the picture', () => {
    const pictures = [{ startLine: heading3, endLine: heading4 }];
    expect(findings(text, { pictures, rules: { 'table-unreadable': 'off' } })).toEqual([]);
    expect(findings(text, { pictures, rules: { 'table-missing': 'off' } })).toEqual([pictured]);
  });
});
