/**
 * The table parser's shortcuts (plain numbers read while checked, short lines scanned by
 * character, one-cell lines made without splitting, the layout counted only until a
 * delimiter row) must read every cell exactly as the general path does.
 */
import { describe, expect, it } from 'vitest';
import { HAS_BAR, HAS_TAB, isBlankOrComment, makeCell, readValue, separatorsOf, splitCells, toCell, toSpan } from '../../server/src/service/parser/tables/cells';
import { locateTable } from '../../server/src/service/parser/tables/layout';
import { parseReport } from '../../server/src/service/parser';
import { readSeed } from '../helpers/seeds';

describe('makeCell reads a value as readValue does', () => {
  const cases = ['0', '007', '123456789012345', '1234567890123456789', '12,345', '１２', '3.5', '1.属于国家秘密', '总计', '/', '—', 'O', '十', '／', '//', '-5', 'a1', '．5', '１/２', '（一）', '一、'];
  for (const raw of cases) {
    it(`reads ${raw}`, () => {
      const cell = makeCell(` ${raw} `, 4, 0, raw.length + 2, 2);
      expect({ kind: cell.kind, value: cell.value }).toEqual(readValue(raw));
      expect([cell.raw, cell.line, cell.start, cell.end, cell.col]).toEqual([raw, 4, 1, raw.length + 1, 2]);
    });
  }
});

describe('separatorsOf', () => {
  it('finds pipes and tabs in short lines and in long ones', () => {
    expect(separatorsOf('0')).toBe(0);
    expect(separatorsOf('0 |')).toBe(HAS_BAR);
    expect(separatorsOf('a\tb')).toBe(HAS_TAB);
    expect(separatorsOf('|\t')).toBe(HAS_BAR | HAS_TAB);
    const long = '本年新收政府信息公开申请数量本年新收政府信息公开申请数量';
    expect(separatorsOf(long)).toBe(0);
    expect(separatorsOf(`${long}\t0`)).toBe(HAS_TAB);
    expect(separatorsOf(`${long} | 0 |`)).toBe(HAS_BAR);
  });
});

describe('isBlankOrComment', () => {
  it('tells blank and comment lines from table lines', () => {
    expect(isBlankOrComment('')).toBe(true);
    expect(isBlankOrComment(' \u3000\t')).toBe(true);
    expect(isBlankOrComment('  <!-- nianbao-disable -->  ')).toBe(true);
    expect(isBlankOrComment('<!-- x')).toBe(false);
    expect(isBlankOrComment('< 5')).toBe(false);
    expect(isBlankOrComment('0 |')).toBe(false);
  });
});

describe('splitCells', () => {
  it('gives the cells of each line, numbering columns from 0 per line', () => {
    expect(splitCells('0 |', 3, '|').map((c) => [c.raw, c.col, c.start, c.end])).toEqual([['0', 0, 0, 1]]);
    expect(splitCells('| a | 1 |', 4, '|').map((c) => [c.raw, c.col, c.value])).toEqual([['a', 0, null], ['1', 1, 1]]);
  });

  it('keeps an empty cell before a trailing pipe when it is the only one', () => {
    expect(splitCells('|', 0, '|').map((c) => [c.kind, c.start])).toEqual([['empty', 1]]);
  });

  it('makes new cells for the next line; the model cell and span made from one stay', () => {
    const first = splitCells('| 总计 | 7 |', 2, '|');
    const label = toSpan(first[0]!);
    const value = toCell(first[1]!);
    splitCells('| 行政许可 | 0 |', 3, '|');
    expect([first[0]!.raw, first[0]!.line]).toEqual(['总计', 2]);
    expect(label).toEqual({ text: '总计', range: { start: { line: 2, character: 2 }, end: { line: 2, character: 4 } } });
    expect(value).toEqual({ raw: '7', range: { start: { line: 2, character: 7 }, end: { line: 2, character: 8 } }, kind: 'integer', value: 7 });
    expect(Object.keys(value)).toEqual(['raw', 'range', 'kind', 'value']);
  });

  it('fills every field of a cell (no value or label from the previous line)', () => {
    splitCells('| 12 | 行政许可 |', 0, '|');
    const again = splitCells('|  | x |', 1, '|');
    expect(again.map((c) => [c.raw, c.kind, c.value, c.norm, c.start, c.end])).toEqual([
      ['', 'empty', null, null, 2, 2],
      ['x', 'text', null, null, 5, 6],
    ]);
  });
});

describe('locateTable layout', () => {
  it('is Markdown when the delimiter row follows a header row of several cells', () => {
    const lines = ['| 项目 | 总计 |', '| --- | --- |', '| 行政许可 | 1 |', '0 |'];
    expect(locateTable(lines, 0, lines.length)).toEqual({ start: 0, end: 4, layout: 'markdown' });
  });

  it('is pipe rows when most lines split into cells, one cell per line otherwise', () => {
    expect(locateTable(['规章 | 1 | 0 | 1', '行政规范性文件 | 0 | 0 | 0', '0'], 0, 3)?.layout).toBe('pipe');
    expect(locateTable(['规章 |', '0 |', '0 |', '0 |'], 0, 4)?.layout).toBe('cellPerLine');
  });

  it('leaves short lines in the table and long sentences out of it', () => {
    const lines = ['本表统计的是本机关全年收到和处理的政府信息公开申请。', '规章', '0', '以上数据均为本机关统计口径下的数据。'];
    expect(locateTable(lines, 0, lines.length)).toEqual({ start: 1, end: 3, layout: 'cellPerLine' });
  });
});

describe('a line of thousands of cells', () => {
  it('is read whole, and the next line has its own cells only', () => {
    const huge = `| 合计 |${' 1 |'.repeat(3000)}`;
    const cells = splitCells(huge, 0, '|');
    expect(cells.length).toBe(3001);
    expect(cells[3000]).toMatchObject({ raw: '1', kind: 'integer', value: 1, col: 3000 });
    expect(splitCells('| 自然人 | 2 |', 1, '|').map((c) => c.raw)).toEqual(['自然人', '2']);
  });

  it('a report with such a line parses as it would with fresh cells', () => {
    const text = readSeed(3);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('|'));
    const withHuge = [...lines.slice(0, at), `|${' x |'.repeat(2000)}`, '', ...lines.slice(at)].join('\n');
    const first = JSON.stringify(parseReport(withHuge));
    parseReport(text);
    expect(JSON.stringify(parseReport(withHuge))).toBe(first);
  });
});
