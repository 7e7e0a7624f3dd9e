/**
 * Tables whose cells are separated by spaces, as text copied out of a published PDF reads
 * (pdftotext -layout, a viewer's copy): the project's own report in that layout
 * (test/fixtures/layouts/spaced-pdf-text.txt), read to exact tables, and its variants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import { range } from '../../server/src/service/model';
import { parseReport } from '../../server/src/service/parser';
import { isPageNumberLine } from '../../server/src/service/parser/tables/spaced';
import { repoRoot } from '../helpers/seeds';
import { rowLines } from './describe';

const FIXTURE = readFileSync(join(repoRoot, 'test', 'fixtures', 'layouts', 'spaced-pdf-text.txt'), 'utf8');
const tableOf = (text: string, id: 'two' | 'three' | 'four') => parseReport(text).parts.find((p) => p.table?.id === id)?.table ?? null;
const codes = (text: string) => analyze(text, {}).diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`);
/** The fixture with one line changed: the first line containing `from` has it replaced by `to`. */
function edited(from: string, to: string): string {
  const lines = FIXTURE.split('\n');
  const i = lines.findIndex((l) => l.includes(from));
  if (i < 0) throw new Error(`no line holds ${from}`);
  lines[i] = lines[i]!.replace(from, to);
  return lines.join('\n');
}

describe('a report copied out of a PDF, cells apart by spaces', () => {
  it('reads table 二 block by block, with its captions and a decimal fee', () => {
    const table = tableOf(FIXTURE, 'two')!;
    expect(table.layout).toBe('spaced');
    expect(rowLines(table)).toEqual([
      'regulations official 规章 | 0 0 0',
      'normativeDocs official 行政规范性文件 | 3 1 12',
      'licensing official 行政许可 | 156',
      'penalty official 行政处罚 | 88',
      'coercion official 行政强制 | 4',
      'fees official 行政事业性收费 | 12.5',
    ]);
    expect(table.captions.map((c) => c.blockKey)).toEqual(['art20_1', 'art20_5', 'art20_6', 'art20_8']);
    expect(table.uncertain).toBeNull();
  });

  it('reads every row of table 三: wrapped labels joined, vertical group labels set apart, page numbers skipped', () => {
    const table = tableOf(FIXTURE, 'three')!;
    expect(table.layout).toBe('spaced');
    expect(table.uncertain).toBeNull();
    expect(rowLines(table)).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 36 3 0 0 1 0 40',
      'carried official 二、上年结转政府信息公开申请数量 | 2 0 0 0 0 0 2',
      'granted official （一）予以公开 | 18 2 0 0 0 0 20',
      'partial official （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 5 0 0 0 0 0 5',
      'withheld.secret official [三、] 1.属于国家秘密 | 1 0 0 0 0 0 1',
      'withheld.prohibited official [本] 2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0',
      'withheld.safety official [年] 3.危及“三安全一稳定” | 0 0 0 0 0 0 0',
      'withheld.thirdParty official [度] 4.保护第三方合法权益 | 0 0 0 0 0 0 0',
      'withheld.internal official [理] 5.属于三类内部事务信息 | 0 0 0 0 0 0 0',
      'withheld.process official [结] 6.属于四类过程性信息 | 1 0 0 0 0 0 1',
      'withheld.enforcement official [果] 7.属于行政执法案卷 | 0 0 0 0 0 0 0',
      'withheld.query official 8.属于行政查询事项 | 0 0 0 0 0 0 0',
      'unavailable.notHeld official 1.本机关不掌握相关政府信息 | 7 1 0 0 0 0 8',
      'unavailable.needsCreation official 2.没有现成信息需要另行制作 | 2 0 0 0 0 0 2',
      'unavailable.unclear official 3.补正后申请内容仍不明确 | 1 0 0 0 1 0 2',
      'notProcessed.petition official 1.信访举报投诉类申请 | 1 0 0 0 0 0 1',
      'notProcessed.repeated official 2.重复申请 | 0 0 0 0 0 0 0',
      'notProcessed.publication official 3.要求提供公开出版物 | 0 0 0 0 0 0 0',
      'notProcessed.massive official 4.无正当理由大量反复申请 | 0 0 0 0 0 0 0',
      'notProcessed.confirmation official 5.要求行政机关确认或重新出具已获取信息 | 0 0 0 0 0 0 0',
      'other.noCorrection official 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 0 0 0 0 0 1',
      'other.unpaid official 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0',
      'other.other official 3.其他 | 0 0 0 0 0 0 0',
      'resultsTotal official （七）总计 | 37 3 0 0 1 0 41',
      'carryForward official 四、结转下年度继续办理 | 1 0 0 0 0 0 1',
    ]);
  });

  it('gives a wrapped label the range from its first piece to its last, and each value its own', () => {
    const table = tableOf(FIXTURE, 'three')!;
    const partial = table.rows.find((r) => r.def?.key === 'partial')!;
    expect(partial.label!.range).toEqual(range(70, 18, 72, 27));
    expect(partial.cells[0]).toEqual({ raw: '5', range: range(71, 46, 71, 47), kind: 'integer', value: 5 });
    expect([partial.startLine, partial.endLine]).toEqual([70, 73]);
  });

  it('reads table 四 from its line of fifteen values under a header it cannot use', () => {
    const table = tableOf(FIXTURE, 'four')!;
    expect(rowLines(table)).toEqual(['reviews official - | 2 1 0 0 3 1 0 0 1 2 0 0 0 0 0']);
    expect(table.uncertain).toBeNull();
  });

  it('finds nothing wrong in a correct report', () => {
    expect(codes(FIXTURE)).toEqual([]);
  });

  it('points at the exact cell of a wrong total', () => {
    const text = edited('18    2      0     0   0   0     20', '18    2      0     0   0   0     21');
    // One finding on the wrong 总计: the （七）总计 column it breaks is folded into it.
    expect(codes(text)).toEqual(['69:74 total-row']);
  });

  it('says once that a table cannot be read when a row lost a blank cell, and checks none of its rows', () => {
    const text = edited('2.重复申请                0    0      0     0   0   0      0', '2.重复申请                0    0      0     0   0          0');
    const diagnostics = analyze(text, {}).diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(['table-unreadable']);
    expect(diagnostics[0]!.range).toEqual(range(90, 0, 90, 84));
    expect([diagnostics[0]!.messageId, diagnostics[0]!.args]).toEqual(['unreadable', { table: { zh: '表三', en: 'Table 3' }, text: '2.重复申请', rows: 25 }]);
  });

  it('says once that a table cannot be read when text between its rows belongs to no row', () => {
    const text = edited('                            2.重复申请', '说明：此处另附统计口径\n                            2.重复申请');
    const diagnostics = analyze(text, {}).diagnostics;
    expect(diagnostics.map((d) => `${d.range.start.line} ${d.code}`)).toEqual(['90 table-unreadable']);
    expect(diagnostics[0]!.message).toContain('“说明：此处另附统计口径”');
  });

  it('reports a misprinted label as a label, not as a missing row', () => {
    const text = edited('2.其他法律行政法规禁止公开', '2.其他法律行政止公开');
    expect(codes(text)).toEqual(['74:27 row-label']);
  });

  it('reports the sub-rows of （六） written as one row once', () => {
    const lines = FIXTURE.split('\n');
    const first = lines.findIndex((l) => l.includes('1.申请人无正当理由逾期不补'));
    const last = lines.findIndex((l) => l.includes('3.其他 '));
    lines.splice(first, last - first + 1, '                  （六）其他处理                1    0      0     0   0   0      1');
    const diagnostics = analyze(lines.join('\n'), {}).diagnostics;
    expect(diagnostics.map((d) => `${d.range.start.line} ${d.code} ${d.fixable}`)).toEqual([`${first} row-missing false`]);
    expect(diagnostics[0]!.message).toBe(
      '表三“（六）其他处理”只填了一行，其下的 3 个细分行应分别填写：“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”、“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”、“3.其他”',
    );
  });
});

describe('other ways a copy keeps a label away from its numbers', () => {
  const heading = '三、收到和处理政府信息公开申请情况';
  const zeros = '0 0 0 0 0 0 0';

  it('reads a label line followed by its line of numbers (OCR and conversion tools)', () => {
    const text = [heading, '一、本年新收政府信息公开申请数量', '3 0 0 0 0 0 3', '二、上年结转政府信息公开申请数量', zeros, '（一）予以公开', '3 0 0 0 0 0 3'].join('\n');
    const table = tableOf(text, 'three')!;
    expect(table.layout).toBe('spaced');
    expect(rowLines(table)).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 3 0 0 0 0 0 3',
      'carried official 二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0',
      'granted official （一）予以公开 | 3 0 0 0 0 0 3',
    ]);
  });

  it('reads a label and its numbers one space apart (a Markdown conversion of a PDF)', () => {
    const text = ['二、主动公开政府信息情况', '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 97', '第二十条第（六）项', '行政处罚 12', '行政强制 0'].join('\n');
    expect(rowLines(tableOf(text, 'two'))).toEqual(['licensing official 行政许可 | 97', 'penalty official 行政处罚 | 12', 'coercion official 行政强制 | 0']);
  });

  it('joins a Markdown row holding only a label with the row of numbers under it', () => {
    const text = [heading, '| 一、本年新收政府信息公开申请数量 |', '| 3 | 0 | 0 | 0 | 0 | 0 | 3 |', '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'].join('\n');
    expect(rowLines(tableOf(text, 'three'))).toEqual([
      'new official 一、本年新收政府信息公开申请数量 | 3 0 0 0 0 0 3',
      'carried official 二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0',
    ]);
  });

  it('never reads a line holding a statutory label as another row’s cell', () => {
    // One cell per line, where one line holds a whole row run together.
    const text = [heading, '一、本年新收政府信息公开申请数量', '3', '0', '0', '0', '0', '0', '3', '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0'].join('\n');
    const diagnostics = analyze(text, {}).diagnostics.filter((d) => d.code.startsWith('row') || d.code.startsWith('value') || d.code.startsWith('total') || d.code.startsWith('table'));
    expect(diagnostics.map((d) => d.code)).not.toContain('value-invalid');
  });
});

describe('page numbers inside a table', () => {
  it.each(['-3-', '  - 3 -  ', '— 12 —', '第 3 页', '第3页 共6页', '3/6'])('%s is a page number', (line) => {
    expect(isPageNumberLine(line)).toBe(true);
  });
  it.each(['3', '0 0 0', '第二十条第（一）项', '-'])('%s is not', (line) => {
    expect(isPageNumberLine(line)).toBe(false);
  });
});
