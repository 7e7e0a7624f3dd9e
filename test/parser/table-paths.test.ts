/**
 * The table parser's allocation-light paths must read tables exactly as before: one lead object
 * reused for every row (its lists never shared between rows), cell-per-line lines split without a
 * list, header lines collected in line order, aligned rows walked against the column map, and
 * separators searched only where they still matter.
 */
import { describe, expect, it } from 'vitest';
import { range } from '../../server/src/service/model';
import { HAS_BAR, HAS_TAB, nextBar, separatorsOf } from '../../server/src/service/parser/tables/cells';
import { parseTable } from '../../server/src/service/parser/tables';
import { locateTable } from '../../server/src/service/parser/tables/layout';
import { rowLines } from './describe';

describe('nextBar', () => {
  it('finds the next pipe in a short rest and in a long one', () => {
    expect(nextBar('0 |', 0)).toBe(2);
    expect(nextBar('0 |', 3)).toBe(-1);
    expect(nextBar('| 一、本年新收政府信息公开申请数量 | 1 |', 1)).toBe(19);
    expect(nextBar('| 一、本年新收政府信息公开申请数量 | 1 |', 20)).toBe(23);
    expect(nextBar('规章和行政规范性文件的制发、废止、现行有效件数', 0)).toBe(-1);
  });
});

describe('separatorsOf without tabs on piped lines', () => {
  it('reports the pipe alone once tabs no longer count, and tabs on lines without a pipe', () => {
    const long = '| 一、本年新收政府信息公开申请数量\t| 1 |';
    expect(separatorsOf(long)).toBe(HAS_BAR | HAS_TAB);
    expect(separatorsOf(long, false)).toBe(HAS_BAR);
    expect(separatorsOf('| 规章\t| 1 |', false)).toBe(HAS_BAR);
    expect(separatorsOf('规章\t1\t0\t1', false)).toBe(HAS_TAB);
    expect(separatorsOf('本年新收政府信息公开申请数量本年新收政府信息公开申请数量\t0', false)).toBe(HAS_TAB);
  });
});

describe('locateTable counts the tabs of piped lines until a delimiter row', () => {
  it('is tab rows when piped lines hold tabs and no delimiter row comes', () => {
    const lines = ['规章\t1 | 0', '行政规范性文件\t0 | 0', '0'];
    expect(locateTable(lines, 0, lines.length)).toEqual({ start: 0, end: 3, layout: 'tab' });
  });

  it('is Markdown however many rows after the delimiter hold tabs', () => {
    const lines = ['| 项目 | 总计 |', '| --- | --- |', '| 行政许可\t| 1 |', '| 行政处罚\t| 2 |', '| 行政强制\t| 3 |'];
    expect(locateTable(lines, 0, lines.length)).toEqual({ start: 0, end: 5, layout: 'markdown' });
  });
});

describe('rows keep their own groups and stray marks', () => {
  it('gives each row the group labels and marks written on it, none from the row before', () => {
    const lines = [
      '三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      '† | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      '3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      '（四）无法提供 | 1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
    ];
    const table = parseTable(lines, 0, lines.length, 'three')!;
    expect(table.layout).toBe('pipe');
    expect(rowLines(table)).toEqual([
      'withheld.secret official [三、本年度办理结果 / （三）不予公开] 1.属于国家秘密 | 0 0 0 0 0 0 0',
      'withheld.prohibited official 2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0 {†}',
      'withheld.safety official 3.危及“三安全一稳定” | 0 0 0 0 0 0 0',
      'unavailable.notHeld official [（四）无法提供] 1.本机关不掌握相关政府信息 | 1 0 0 0 0 0 1',
    ]);
    expect(table.rows[1]!.strayCells[0]!.range).toEqual(range(1, 0, 1, 1));
  });
});

describe('one cell per line with trailing pipes', () => {
  it('reads each line as its cell and skips lines of bare pipes', () => {
    const lines = ['行政许可 |', '||||', '12 |', '行政处罚 |', '3 |', '|', '行政强制 |', '0 |'];
    const table = parseTable(lines, 0, lines.length, 'two')!;
    expect(table.layout).toBe('cellPerLine');
    expect(rowLines(table)).toEqual(['licensing official 行政许可 | 12', 'penalty official 行政处罚 | 3', 'coercion official 行政强制 | 0']);
    expect(table.rows[0]!.cells[0]!.range).toEqual(range(2, 0, 2, 2));
    expect(table.rows[2]!.range).toEqual(range(6, 0, 7, 1));
  });
});

describe('aligned rows against the column map', () => {
  const header = '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 | 备注 |';
  it('keeps text in a column outside the map as a stray mark and the mapped values in order', () => {
    const lines = [header, '|---|---|---|---|---|---|---|---|---|', '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 见说明 |'];
    const table = parseTable(lines, 0, lines.length, 'three')!;
    expect(rowLines(table)).toEqual(['new official 一、本年新收政府信息公开申请数量 | 1 0 0 0 0 0 1 {见说明}']);
    expect(table.headerLines).toEqual([0]);
  });

  it('reads the row unaligned when a number stands in a column outside the map', () => {
    const lines = [header, '|---|---|---|---|---|---|---|---|---|', '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 9 |'];
    const table = parseTable(lines, 0, lines.length, 'three')!;
    expect(rowLines(table)).toEqual(['new official 一、本年新收政府信息公开申请数量 | 1 0 0 0 0 0 1 9']);
  });
});

describe('header lines of table 二', () => {
  it('lists caption and column header lines once each, in line order, and no row line', () => {
    const lines = [
      '| 第二十条第（一）项 | | | |',
      '| --- | --- | --- | --- |',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| 规章 | 0 | 0 | 0 |',
      '| 第二十条第（五）项 | | | |',
      '| 信息内容 | 本年处理决定数量 | | |',
      '| 行政许可 | 5 | | |',
      '| 第二十条第（八）项 | | | |',
      '| 信息内容 | 本年收费金额（单位：万元） | | |',
      '| 行政事业性收费 | 0 | | |',
    ];
    const table = parseTable(lines, 0, lines.length, 'two')!;
    expect(table.headerLines).toEqual([0, 2, 4, 5, 7, 8]);
    expect(table.captions.map((c) => `${c.blockKey} ${c.span.range.start.line}`)).toEqual(['art20_1 0', 'art20_5 4', 'art20_8 7']);
    expect(rowLines(table)).toEqual(['regulations official 规章 | 0 0 0', 'licensing official 行政许可 | 5', 'fees official 行政事业性收费 | 0']);
  });
});

describe('what a row keeps survives the reuse of the raw cells for later lines', () => {
  it('keeps the label, groups and values of the first row of a pipe table as written', () => {
    const lines = [
      '三、本年度办理结果 | （一）予以公开 | 4 | 0 | 0 | 0 | 0 | 0 | 4',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 | 0 | 0 | 0 | 0 | 0 | 1',
      '（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
    ];
    const table = parseTable(lines, 0, lines.length, 'three')!;
    const first = table.rows[0]!;
    expect(first.label).toEqual({ text: '（一）予以公开', range: range(0, 12, 0, 19) });
    expect(first.groupLabels).toEqual([{ text: '三、本年度办理结果', range: range(0, 0, 0, 9) }]);
    expect(first.cells[0]).toEqual({ raw: '4', range: range(0, 22, 0, 23), kind: 'integer', value: 4 });
    expect(first.cells.map((c) => c.raw).join(' ')).toBe('4 0 0 0 0 0 4');
    expect(first.strayCells).toEqual([]);
    expect(table.rows[2]!.groupLabels.map((g) => g.text)).toEqual(['（三）不予公开']);
    expect(JSON.stringify(table.rows[1]!.groupLabels)).toBe('[]');
  });

  it('keeps the cells of each row of a one-cell-per-line table as written', () => {
    const lines = ['规章 |', '1 |', '0 |', '2 |', '行政规范性文件 |', '3 |', '— |', '5 |'];
    const table = parseTable(lines, 0, lines.length, 'two')!;
    expect(table.layout).toBe('cellPerLine');
    expect(table.rows.map((r) => [r.label?.text, r.label?.range.start.line, r.cells.map((c) => `${c.raw}@${c.range.start.line}`).join(' ')])).toEqual([
      ['规章', 0, '1@1 0@2 2@3'],
      ['行政规范性文件', 4, '3@5 —@6 5@7'],
    ]);
    expect(table.rows[1]!.range).toEqual(range(4, 0, 7, 1));
  });
});
