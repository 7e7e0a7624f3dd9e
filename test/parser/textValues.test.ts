/**
 * Values written as text (三十五, 十, 无, O, —): once a row has its label, later cells are its
 * values, never a new label, so the row is kept and its cell reads as text.
 */
import { describe, expect, it } from 'vitest';
import { range } from '../../server/src/service/model';
import { parseReport } from '../../server/src/service/parser';
import { rowLines } from './describe';

const doc = (...lines: string[]) => lines.join('\n');
const tableOf = (text: string, id: 'two' | 'three') => parseReport(text).parts.find((p) => p.table?.id === id)?.table ?? null;

describe('table 二 with text in the value column', () => {
  it('pipe rows: 行政处罚 | 三十五 | keeps its row with one text cell', () => {
    const table = tableOf(doc('二、主动公开政府信息情况', '第二十条第（六）项 | |', '信息内容 | 本年处理决定数量 |', '行政处罚 | 三十五 |', '行政强制 | 十 |'), 'two')!;
    expect(table.layout).toBe('pipe');
    expect(rowLines(table)).toEqual(['penalty official 行政处罚 | 三十五', 'coercion official 行政强制 | 十']);
    expect(table.rows[0]!.cells).toEqual([{ raw: '三十五', range: range(3, 7, 3, 10), kind: 'text', value: null }]);
    expect(table.headerLines).toEqual([1, 2]);
  });

  it('Markdown rows keep 无 and the letter O in the value column', () => {
    const table = tableOf(
      doc('二、主动公开政府信息情况', '| 第二十条第（六）项 | |', '| --- | --- |', '| 信息内容 | 本年处理决定数量 |', '| 行政处罚 | 无 |', '| 行政强制 | O |'),
      'two',
    )!;
    expect(rowLines(table)).toEqual(['penalty official 行政处罚 | 无', 'coercion official 行政强制 | O']);
    expect(table.rows[1]!.cells[0]).toEqual({ raw: 'O', range: range(5, 9, 5, 10), kind: 'text', value: null });
  });

  it('tab rows', () => {
    const table = tableOf(doc('二、主动公开政府信息情况', '第二十条第（六）项\t', '信息内容\t本年处理决定数量', '行政处罚\t三十五', '行政强制\t0'), 'two')!;
    expect(table.layout).toBe('tab');
    expect(rowLines(table)).toEqual(['penalty official 行政处罚 | 三十五', 'coercion official 行政强制 | 0']);
    expect(table.rows[0]!.cells[0]!.range).toEqual(range(3, 5, 3, 8));
  });

  it('one cell per line: a text value stays with its label; a row label or caption starts the next row', () => {
    const table = tableOf(
      doc('二、主动公开政府信息情况', '第二十条第（六）项 |', '信息内容 |', '本年处理决定数量 |', '行政处罚 |', '三十五 |', '行政强制 |', '十', '第二十条第（八）项 |', '行政事业性收费 |', '—'),
      'two',
    )!;
    expect(table.layout).toBe('cellPerLine');
    expect(rowLines(table)).toEqual(['penalty official 行政处罚 | 三十五', 'coercion official 行政强制 | 十', 'fees official 行政事业性收费 | —']);
    expect(table.rows[0]!.cells[0]).toEqual({ raw: '三十五', range: range(5, 0, 5, 3), kind: 'text', value: null });
    expect(table.captions.map((c) => c.blockKey)).toEqual(['art20_6', 'art20_8']);
  });
});

describe('table 三 with a dash or a Chinese numeral in a cell', () => {
  it('pipe rows: the dash is a text cell at its place, also right after the label', () => {
    const table = tableOf(
      doc(
        '三、收到和处理政府信息公开申请情况',
        '一、本年新收政府信息公开申请数量 | 1 | — | 0 | 0 | 0 | 0 | 1 |',
        '二、上年结转政府信息公开申请数量 | — | 0 | 0 | 0 | 0 | 0 | 0 |',
        '（七）总记 | 三十五 | 0 | 0 | 0 | 0 | 0 | 0 |',
      ),
      'three',
    )!;
    expect(rowLines(table)).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 1 — 0 0 0 0 1',
      'carried official 二、上年结转政府信息公开申请数量 | — 0 0 0 0 0 0',
      'resultsTotal variant （七）总记 | 三十五 0 0 0 0 0 0',
    ]);
    expect(table.rows[0]!.cells[1]).toEqual({ raw: '—', range: range(1, 23, 1, 24), kind: 'text', value: null });
    expect(table.rows[1]!.cells[0]!.range).toEqual(range(2, 19, 2, 20));
    expect(table.rows[2]!.label!.range).toEqual(range(3, 0, 3, 5));
  });

  it('Markdown rows: the dash stays at its column; stray marks before the values stay stray', () => {
    const table = tableOf(
      doc(
        '三、收到和处理政府信息公开申请情况',
        '| 项目 | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| 一、本年新收政府信息公开申请数量 | † | 1 | — | 0 | 0 | 0 | 0 | 1 |',
        '| 四、结转下年度继续办理 | | | | | | | | |',
      ),
      'three',
    )!;
    expect(rowLines(table)).toEqual(['new official 一、本年新收政府信息公开申请数量 | 1 — 0 0 0 0 1 {†}', 'carryForward official 四、结转下年度继续办理 | ']);
    expect(table.rows[0]!.cells[1]!.range).toEqual(range(3, 29, 3, 30));
  });

  it('tab rows', () => {
    const table = tableOf(doc('三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量\t—\t0\t0\t0\t0\t0\t0', '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0'), 'three')!;
    expect(table.layout).toBe('tab');
    expect(rowLines(table)).toEqual(['new official 一、本年新收政府信息公开申请数量 | — 0 0 0 0 0 0', 'carried official 二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0']);
    expect(table.rows[0]!.cells[0]!.range).toEqual(range(1, 17, 1, 18));
  });

  it('one cell per line: text values stay in their row; a row label after a label still starts a new row', () => {
    const table = tableOf(
      doc(
        '三、收到和处理政府信息公开申请情况',
        '一、本年新收政府信息公开申请数量 |',
        '3 |',
        '—',
        ...['0', '0', '0', '0', '3'],
        '二、上年结转政府信息公开申请数量',
        '无',
        ...['0', '0', '0', '0', '0', '0'],
        '（一）予以公开',
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
        ...['1', '0', '0', '0', '0', '0', '1'],
      ),
      'three',
    )!;
    expect(table.layout).toBe('cellPerLine');
    expect(rowLines(table)).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 3 — 0 0 0 0 3',
      'carried official 二、上年结转政府信息公开申请数量 | 无 0 0 0 0 0 0',
      'granted official （一）予以公开 | ',
      'partial official （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 0 0 0 0 0 1',
    ]);
    expect(table.rows[1]!.cells[0]).toEqual({ raw: '无', range: range(10, 0, 10, 1), kind: 'text', value: null });
  });
});
