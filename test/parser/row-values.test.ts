/**
 * Rows of different widths in one table: a shorter row after a longer one must never see the
 * longer row's cells, header labels are counted per header, and the model's rows are made once
 * with their final extents.
 */
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../server/src/service/parser/tables';
import { isSpaceCode } from '../../server/src/service/text/chars';

const NEW = '一、本年新收政府信息公开申请数量';
const CARRIED = '二、上年结转政府信息公开申请数量';

describe('rows of different widths in one table', () => {
  it('reads a short pipe row after a long one with its own cells only', () => {
    const lines = [`${NEW} | 1 | 2 | 3 | 4 | 5 | 6 | 7`, `${CARRIED} | 8`];
    const table = parseTable(lines, 0, lines.length, 'three')!;
    expect(table.layout).toBe('pipe');
    expect(table.rows.map((r) => [r.label?.text ?? null, r.labelStatus, r.def?.key, r.cells.map((c) => c.raw), r.startLine, r.endLine])).toEqual([
      [NEW, 'official', 'new', ['1', '2', '3', '4', '5', '6', '7'], 0, 1],
      [CARRIED, 'official', 'carried', ['8'], 1, 2],
    ]);
    expect(table.rows[1]!.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 20 } });
  });

  it('reads a short tab row after a long one with its own cells only', () => {
    const lines = ['自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计', `${NEW}\t1\t2\t3\t4\t5\t6\t7`, `${CARRIED}\t1`];
    const table = parseTable(lines, 0, lines.length, 'three')!;
    expect(table.layout).toBe('tab');
    expect(table.rows.map((r) => [r.def?.key, r.cells.map((c) => c.raw), r.startLine])).toEqual([
      ['new', ['1', '2', '3', '4', '5', '6', '7'], 1],
      ['carried', ['1'], 2],
    ]);
    expect(table.rows[1]!.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 18 } });
    expect(table.headerLines).toEqual([0]);
  });

  it('reads stream rows of different lengths each with its own values', () => {
    const lines = [NEW, '1', '2', '3', CARRIED, '4'];
    const table = parseTable(lines, 0, lines.length, 'three')!;
    expect(table.layout).toBe('cellPerLine');
    expect(table.rows.map((r) => [r.def?.key, r.cells.map((c) => c.value), r.startLine, r.endLine])).toEqual([
      ['new', [1, 2, 3], 0, 4],
      ['carried', [4], 4, 6],
    ]);
    expect(table.rows[0]!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 3, character: 1 } });
  });
});

describe('header labels counted per header', () => {
  it('aligns a second block on its own header, not on the first block\'s labels', () => {
    const lines = [
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| --- | --- | --- | --- |',
      '| 规章 | 1 | 2 | 3 |',
      '| 信息内容 | 本年处理决定数量 |',
      '| --- | --- |',
      '| 行政许可 | 4 |',
    ];
    const table = parseTable(lines, 0, lines.length, 'two')!;
    expect(table.rows.map((r) => [r.label?.text ?? null, r.cells.map((c) => c.raw)])).toEqual([
      ['规章', ['1', '2', '3']],
      ['行政许可', ['4']],
    ]);
    expect(table.headerLines).toEqual([0, 3]);
  });
});

describe('isSpaceCode', () => {
  it('tells every white space the drafts use and nothing else', () => {
    const spaces = [0x20, 0x09, 0xa0, 0x2000, 0x2002, 0x2003, 0x2009, 0x200b, 0x3000, 0xfeff];
    for (const code of spaces) expect(isSpaceCode(code)).toBe(true);
    for (const code of [0x0a, 0x0d, 0x30, 0x7c, 0x1fff, 0x200c, 0x4e00, 0xff10, 0xffff]) expect(isSpaceCode(code)).toBe(false);
  });

  it('answers false past the end of a string and beyond the code units', () => {
    expect(isSpaceCode(''.charCodeAt(0))).toBe(false);
    expect(isSpaceCode(-1)).toBe(false);
    expect(isSpaceCode(0x13000)).toBe(false);
    expect(isSpaceCode(0x10020)).toBe(false);
  });
});
