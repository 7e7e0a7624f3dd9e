/**
 * Where a finding is, in words: the page, part, table, row and column a reviewer finds in
 * the original document (findingLocation.ts), on the clean example report.
 */
import { describe, expect, it } from 'vitest';
import { describeLocation, locateFinding, pageOfLine } from '../../server/src/service/features/findingLocation';
import type { Range } from '../../server/src/service/model';
import { parseReport } from '../../server/src/service/parser/index';
import { CLEAN_EXAMPLE, readExample } from '../convert/report-fixture';

const text = readExample(CLEAN_EXAMPLE);
const lines = text.split('\n');
const model = parseReport(text);

/** The range of the nth cell (0-based, label cell included) of the line that starts with `lead`. */
function cellRange(lead: string | number, cell: number): Range {
  const line = typeof lead === 'number' ? lead : lines.findIndex((l) => l.startsWith(lead));
  if (line < 0) throw new Error(`no line starts with ${lead}`);
  const cells = lines[line]!.split('|').slice(1, -1);
  let character = 1;
  for (let i = 0; i < cell; i++) character += cells[i]!.length + 1;
  character += cells[cell]!.length - cells[cell]!.trimStart().length;
  const end = character + cells[cell]!.trim().length;
  return { start: { line, character }, end: { line, character: end } };
}

function textRange(needle: string): Range {
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`no line holds ${needle}`);
  const character = lines[line]!.indexOf(needle);
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

describe('locateFinding', () => {
  it('names a table-三 cell by its row’s official label and its column', () => {
    const location = locateFinding(model, cellRange('| （一）予以公开', 1));
    expect(location).toEqual({ part: 3, table: 'three', row: '（一）予以公开', column: '自然人' });
    expect(describeLocation(location, 'zh')).toBe('表三“（一）予以公开”行“自然人”列');
    expect(describeLocation(location, 'en')).toBe('table 三, row “（一）予以公开”, column “自然人”');
    expect(describeLocation(locateFinding(model, cellRange('| （七）总计', 7)), 'zh')).toBe('表三“（七）总计”行“总计”列');
  });

  it('names a table-四 cell by its column and group (the table has a single row without a label)', () => {
    const lead = lines.findIndex((l, i) => i > lines.indexOf('## 四、政府信息公开行政复议、行政诉讼情况') && /^\| \d/.test(l));
    expect(lines[lead]).toMatch(/^\| 1 +\| 0 +\|/);
    const reviewUpheld = locateFinding(model, cellRange(lead, 0));
    expect(reviewUpheld).toEqual({ part: 4, table: 'four', column: '行政复议·结果维持' });
    expect(describeLocation(reviewUpheld, 'zh')).toBe('表四“行政复议·结果维持”列');
    expect(describeLocation(locateFinding(model, cellRange(lead, 9)), 'zh')).toBe('表四“未经复议直接起诉·总计”列');
    expect(describeLocation(locateFinding(model, cellRange(lead, 12)), 'en')).toBe('table 四, column “复议后起诉·其他结果”');
  });

  it('names a table-二 cell by its row and its block’s column', () => {
    const location = locateFinding(model, cellRange('| 行政许可', 1));
    expect(location).toEqual({ part: 2, table: 'two', row: '行政许可', column: '本年处理决定数量' });
    expect(describeLocation(location, 'zh')).toBe('表二“行政许可”行“本年处理决定数量”列');
    expect(describeLocation(locateFinding(model, cellRange('| 行政规范性文件', 3)), 'zh')).toBe('表二“行政规范性文件”行“现行有效件数”列');
  });

  it('names a prose line by its part and quotes the text where the finding starts', () => {
    const location = locateFinding(model, textRange('政策解读形式较为单一'));
    expect(location).toEqual({ part: 5, subheading: '（一）存在的主要问题', excerpt: '政策解读形式较为单一，图解、视频解读数量…' });
    expect(describeLocation(location, 'zh')).toBe('五、存在的主要问题及改进情况 （一）存在的主要问题 “政策解读形式较为单一，图解、视频解读数量…”');
    expect(describeLocation(location, 'en')).toBe('part 五、存在的主要问题及改进情况, （一）存在的主要问题, “政策解读形式较为单一，图解、视频解读数量…”');
    // A heading's Markdown marks are not in the original; a finding at a line's end quotes the line.
    const heading = textRange('五、存在的主要问题及改进情况');
    expect(locateFinding(model, heading)).toEqual({ part: 5, excerpt: '五、存在的主要问题及改进情况' });
    const lineEnd = { line: heading.start.line, character: lines[heading.start.line]!.length };
    expect(locateFinding(model, { start: lineEnd, end: lineEnd }).excerpt).toBe('五、存在的主要问题及改进情况');
  });

  it('names the title, the opening lines and the 落款 outside the parts', () => {
    const title = locateFinding(model, textRange('2024年政府信息公开工作年度报告'));
    expect(title).toEqual({ area: 'title', excerpt: '2024年政府信息公开工作年度报告' });
    expect(describeLocation(title, 'zh')).toBe('标题 “2024年政府信息公开工作年度报告”');
    const period = locateFinding(model, textRange('2024年1月1日起'));
    expect(describeLocation(period, 'zh')).toBe('正文开头（第一部分之前） “2024年1月1日起至2024年12月31…”');
    expect(describeLocation(period, 'en')).toBe('opening lines (before part 一), “2024年1月1日起至2024年12月31…”');
    const signed = locateFinding(model, textRange('2025年1月20日'));
    expect(describeLocation(signed, 'zh')).toBe('落款 “2025年1月20日”');
  });

  it('quotes the row as written when it matches no statutory row', () => {
    const odd = text.replace('| 2.重复申请 ', '| 2.其他杂项 ');
    const oddModel = parseReport(odd);
    const line = odd.split('\n').findIndex((l) => l.startsWith('| 2.其他杂项'));
    const location = locateFinding(oddModel, { start: { line, character: 2 }, end: { line, character: 8 } });
    expect(location.table).toBe('three');
    expect(location.row).toBe('2.其他杂项');
    expect(location.column).toBeUndefined();
  });

  it('names a row filled under its group label alone by that label (（六）其他处理 written as one row)', () => {
    const edited = [...lines];
    const first = edited.findIndex((l) => l.startsWith('| 1.申请人无正当理由'));
    edited.splice(first, 3, '| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    const location = locateFinding(parseReport(edited.join('\n')), { start: { line: first, character: 0 }, end: { line: first, character: 0 } });
    expect(location).toEqual({ part: 3, table: 'three', row: '（六）其他处理' });
    expect(describeLocation(location, 'zh')).toBe('表三“（六）其他处理”行');
  });

  it('gives the page of a paged input from its page map', () => {
    const pages = [0, 30, 60];
    const cell = cellRange('| （一）予以公开', 1);
    expect(cell.start.line).toBe(50);
    const location = locateFinding(model, cell, pages);
    expect(location.page).toBe(2);
    expect(describeLocation(location, 'zh')).toBe('第2页 表三“（一）予以公开”行“自然人”列');
    expect(describeLocation(location, 'en')).toBe('page 2, table 三, row “（一）予以公开”, column “自然人”');
    expect(describeLocation(locateFinding(model, textRange('政策解读形式较为单一'), pages), 'zh')).toBe(
      '第3页 五、存在的主要问题及改进情况 （一）存在的主要问题 “政策解读形式较为单一，图解、视频解读数量…”',
    );
  });
});

describe('pageOfLine', () => {
  it('is the last page starting at or before the line; none without a map', () => {
    expect([0, 9, 10, 11, 25, 26, 1000].map((line) => pageOfLine([0, 10, 26], line))).toEqual([1, 1, 2, 2, 2, 3, 3]);
    expect(pageOfLine([3, 5], 1)).toBeNull();
    expect(pageOfLine([], 4)).toBeNull();
    expect(pageOfLine(undefined, 4)).toBeNull();
    // Empty pages (a page with no text) share their first line with the next one: the later page wins.
    expect(pageOfLine([0, 4, 4, 9], 4)).toBe(3);
  });
});

describe('a sub-heading that runs on into its paragraph (text copied out of a PDF)', () => {
  it('is named by the heading alone', () => {
    const runOn = ['# 示范镇2024年政府信息公开工作年度报告', '', '一、总体情况', '', '（二）依申请公开情况。全年收到申请 9 件，均按期答复。', ''].join('\n');
    const model = parseReport(runOn);
    const location = locateFinding(model, { start: { line: 4, character: 20 }, end: { line: 4, character: 21 } });
    expect(location.subheading).toBe('（二）依申请公开情况');
  });
});
