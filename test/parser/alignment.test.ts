/**
 * Two-level headers (自然人 and 总计 on the upper row, 商业企业 … 其他 on the lower one):
 * the value columns come from all header rows merged, so an empty cell stays at its column
 * instead of pulling the following values one place left.
 */
import { describe, expect, it } from 'vitest';
import { range } from '../../server/src/service/model';
import { parseReport } from '../../server/src/service/parser';
import { rowLines } from './describe';

const doc = (...lines: string[]) => lines.join('\n');
const table3 = (text: string) => parseReport(text).parts.find((p) => p.table?.id === 'three')?.table ?? null;
const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

describe('Markdown table 三 with the official two-level header', () => {
  const text = doc(
    '三、收到和处理政府信息公开申请情况',
    `| ${NOTE} | 申请人情况 | | | | | | |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    '| | 自然人 | 法人或其他组织 | | | | | 总计 |',
    '| | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |',
    '| 一、本年新收政府信息公开申请数量 | 2 | | 0 | 0 | 0 | 0 | 2 |',
    '| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '| 四、结转下年度继续办理 | | | | | | | |',
  );
  const table = table3(text)!;

  it('keeps an empty 商业企业 cell at its column and the other values at theirs', () => {
    expect(table.layout).toBe('markdown');
    expect(rowLines(table)).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 2 _ 0 0 0 0 2',
      'carried official 二、上年结转政府信息公开申请数量 | 1 0 0 0 0 0 1',
      'carryForward official 四、结转下年度继续办理 | ',
    ]);
    expect(table.headerLines).toEqual([1, 3, 4]);
  });

  it('gives the empty cell its exact place and the values after it their own ranges', () => {
    const cells = table.rows[0]!.cells;
    expect(cells[0]).toEqual({ raw: '2', range: range(5, 21, 5, 22), kind: 'integer', value: 2 });
    expect(cells[1]).toEqual({ raw: '', range: range(5, 25, 5, 25), kind: 'empty', value: null });
    expect(cells[2]!.range).toEqual(range(5, 27, 5, 28));
    expect(cells[6]).toEqual({ raw: '2', range: range(5, 43, 5, 44), kind: 'integer', value: 2 });
  });
});

describe('Markdown table 三 with extra leading label columns and the header over three rows', () => {
  const text = doc(
    '三、收到和处理政府信息公开申请情况',
    '| | | | 申请人情况 | | | | | | |',
    '|--|--|--|--|--|--|--|--|--|--|',
    '| | | | 自然人 | 法人或其他组织 | | | | | 总计 |',
    `| ${NOTE} | | | | 商业 企业 | 科研 机构 | 社会 公益 组织 | 法律 服务 机构 | 其他 | |`,
    '| 一、本年新收政府信息公开申请数量 | | | 3 | | 1 | 0 | 0 | 0 | 4 |',
    '| | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  );
  it('aligns values on the merged columns', () => {
    const table = table3(text)!;
    expect(rowLines(table)).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 3 _ 1 0 0 0 4',
      'withheld.secret official [（三）不予公开] 1.属于国家秘密 | 0 0 0 0 0 0 0',
    ]);
    expect(table.rows[0]!.cells[1]!.range).toEqual(range(5, 29, 5, 29));
    expect(table.rows[0]!.cells[2]!.range).toEqual(range(5, 31, 5, 32));
  });
});

describe('tab table 三 with the two-level header', () => {
  const text = doc(
    '三、收到和处理政府信息公开申请情况',
    `${NOTE}\t\t申请人情况\t\t\t\t\t\t总计\t`,
    '\t\t自然人\t法人或其他组织\t\t\t\t\t\t',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t',
    '一、本年新收政府信息公开申请数量\t\t2\t\t0\t0\t0\t0\t2\t',
    '三、本年度办理结果\t(一) 予以公开\t0\t0\t0\t0\t0\t0\t0\t',
    '\t(三) 不予公开\t1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0',
    '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0',
  );
  const table = table3(text)!;

  it('keeps an empty cell between tabs at its column; rows that do not align are read in order', () => {
    expect(table.layout).toBe('tab');
    expect(rowLines(table)).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 2 _ 0 0 0 0 2',
      'granted official [三、本年度办理结果] (一) 予以公开 | 0 0 0 0 0 0 0',
      'withheld.secret official [(三) 不予公开] 1. 属于国家秘密 | 0 0 0 0 0 0 0',
      'carried official 二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0',
    ]);
    expect(table.headerLines).toEqual([1, 2, 3]);
  });

  it('gives the empty cell its exact place', () => {
    const cells = table.rows[0]!.cells;
    expect(cells[0]!.range).toEqual(range(4, 18, 4, 19));
    expect(cells[1]).toEqual({ raw: '', range: range(4, 20, 4, 20), kind: 'empty', value: null });
    expect(cells[2]!.range).toEqual(range(4, 21, 4, 22));
  });
});
