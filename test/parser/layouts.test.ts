/**
 * Each table layout on a small in-memory document, with exact ranges of labels and cells.
 */
import { describe, expect, it } from 'vitest';
import { range } from '../../server/src/service/model';
import { parseReport } from '../../server/src/service/parser';
import { rowLines } from './describe';

const doc = (...lines: string[]) => lines.join('\n');
const tableOf = (text: string, id: 'two' | 'three' | 'four') => parseReport(text).parts.find((p) => p.table?.id === id)?.table ?? null;

describe('canonical Markdown table 三 (label-first rows, a header row of the seven columns)', () => {
  const text = doc(
    '## 三、收到和处理政府信息公开申请情况',
    '',
    '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '| 二、上年结转政府信息公开申请数量 |  | 0 | 0 | 0 | 0 | 0 | 0 |',
    '| （七）总记 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
  );
  const table = tableOf(text, 'three')!;

  it('reads the rows, an empty cell where a value belongs, and a typo as a variant', () => {
    expect(table.layout).toBe('markdown');
    expect(rowLines(table)).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 1 0 0 0 0 0 1',
      'carried official 二、上年结转政府信息公开申请数量 | _ 0 0 0 0 0 0',
      'resultsTotal variant （七）总记 | 1 0 0 0 0 0 1',
    ]);
    expect(table.headerLines).toEqual([2]);
    expect([table.startLine, table.endLine]).toEqual([2, 7]);
  });

  it('gives exact ranges for labels, values and the empty cell', () => {
    const [first, second] = table.rows;
    expect(first!.label!.range).toEqual(range(4, 2, 4, 18));
    expect(first!.cells[0]).toEqual({ raw: '1', range: range(4, 21, 4, 22), kind: 'integer', value: 1 });
    expect(first!.cells[6]!.range).toEqual(range(4, 45, 4, 46));
    expect(second!.cells[0]).toEqual({ raw: '', range: range(5, 21, 5, 21), kind: 'empty', value: null });
    expect(first!.range).toEqual(range(4, 2, 4, 46));
  });
});

describe('Markdown table 三 with the official header (note, padding columns)', () => {
  const text = doc(
    '三、收到和处理政府信息公开申请情况',
    '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 | | |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    '| 一、本年新收政府信息公开申请数量 | | | | 2 | 0 | 0 | 0 | 0 | 2 | | |',
    '| , | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | | |',
  );
  it('aligns values on the header columns and keeps stray marks apart', () => {
    const table = tableOf(text, 'three')!;
    expect(rowLines(table)).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | _ 2 0 0 0 0 2',
      'withheld.secret official [（三）不予公开] 1.属于国家秘密 | 0 0 0 0 0 0 0 {,}',
    ]);
    expect(table.rows[0]!.cells[0]!.range).toEqual(range(3, 25, 3, 25));
    expect(table.rows[1]!.strayCells[0]!.range).toEqual(range(4, 2, 4, 3));
  });
});

describe('pipe rows without a delimiter row', () => {
  const text = doc(
    '二、主动公开政府信息情况',
    '第二十条第（一）项 | |||',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    '规章 | / | 0 | 1 |',
    '行政规范性文件 | 2 | 0 | 5 |',
    '第二十条第（八）项 | |||',
    '信息内容 | 本年收费金额（单位：万元） | ||',
    '行政事业性收费 | 1.25 | ||',
  );
  const table = tableOf(text, 'two')!;
  it('reads slash, integers and a decimal fee; padding cells are not cells', () => {
    expect(table.layout).toBe('pipe');
    expect(rowLines(table)).toEqual([
      'regulations official 规章 | / 0 1',
      'normativeDocs official 行政规范性文件 | 2 0 5',
      'fees official 行政事业性收费 | 1.25',
    ]);
    expect(table.rows[0]!.cells[0]).toEqual({ raw: '/', range: range(3, 5, 3, 6), kind: 'slash', value: null });
    expect(table.rows[2]!.cells[0]).toMatchObject({ kind: 'decimal', value: 1.25, range: range(7, 10, 7, 14) });
  });
  it('records captions and header lines', () => {
    expect(table.captions.map((c) => [c.blockKey, c.span.text, c.span.range])).toEqual([
      ['art20_1', '第二十条第（一）项', range(1, 0, 1, 9)],
      ['art20_8', '第二十条第（八）项', range(5, 0, 5, 9)],
    ]);
    expect(table.headerLines).toEqual([1, 2, 5, 6]);
  });
});

describe('lost labels are placed by position', () => {
  const text = doc(
    '三、收到和处理政府信息公开申请情况',
    '一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '三、本年度办理结果 | （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '（三）不予公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  );
  it('fills the gap between recognised rows; a group-only row has its own label missing', () => {
    expect(rowLines(tableOf(text, 'three'))).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 1 0 0 0 0 0 1',
      'carried missing - | 0 0 0 0 0 0 0',
      'granted official [三、本年度办理结果] （一）予以公开 | 1 0 0 0 0 0 1',
      'null missing [（三）不予公开] - | 0 0 0 0 0 0 0',
      'withheld.prohibited official 2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0',
    ]);
  });
  it('leaves a lost label unplaced when the gap does not fit and marks unknown labels', () => {
    const t = tableOf(doc('三、收到和处理政府信息公开申请情况', '0 | 0 | 0 | 0 | 0 | 0 | 0', '（七）总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0', '合计数 | 1 | 1'), 'three');
    expect(rowLines(t)).toEqual(['null missing - | 0 0 0 0 0 0 0', 'resultsTotal official （七）总计 | 0 0 0 0 0 0 0', 'null unknown 合计数 | 1 1']);
  });
});

describe('tab rows', () => {
  const text = doc(
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议\t\t\t\t\t行政诉讼',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
  );
  it('reads the 15 values of table 四 with exact ranges', () => {
    const table = tableOf(text, 'four')!;
    expect(table.layout).toBe('tab');
    expect(rowLines(table)).toEqual(['reviews official - | 1 0 0 0 1 0 0 0 0 0 0 0 0 0 0']);
    expect(table.rows[0]!.cells[4]!.range).toEqual(range(3, 8, 3, 9));
    expect(table.headerLines).toEqual([1, 2]);
  });
});

describe('one cell per line', () => {
  const text = doc(
    '三、收到和处理政府信息公开申请情况',
    '自然人 |',
    '总计 |',
    '|||',
    '一、本年新收政府信息公开申请数量 |',
    '3 |',
    '',
    '0 |',
    '0',
    '0 |',
    '0 |',
    '0 |',
    '3 |',
    '二、上年结转政府信息公开申请数量',
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
  );
  it('groups a label with the values after it and splits a double run of values', () => {
    const table = tableOf(text, 'three')!;
    expect(table.layout).toBe('cellPerLine');
    expect(rowLines(table)).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 3 0 0 0 0 0 3',
      'carried official 二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0',
      'granted missing - | 0 0 0 0 0 0 0',
    ]);
    const first = table.rows[0]!;
    expect(first.cells[0]!.range).toEqual(range(5, 0, 5, 1));
    expect([first.startLine, first.endLine]).toEqual([4, 13]);
    expect(table.headerLines).toEqual([1, 2]);
  });
});

describe('outdated 2019 layout markers', () => {
  it('are recorded with their cells', () => {
    const table = tableOf(doc('二、主动公开政府信息情况', '第二十条第（一）项 | | |', '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量', '规章 | 0 | 0 | 0'), 'two')!;
    expect(table.outdatedMarkers.map((m) => [m.text, m.range])).toEqual([
      ['本年新制作数量', range(2, 7, 2, 14)],
      ['本年新公开数量', range(2, 17, 2, 24)],
      ['对外公开总数量', range(2, 27, 2, 34)],
    ]);
  });
});
