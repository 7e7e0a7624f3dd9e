/** Rules on the statutory tables' rows and cells. */
import { describe, expect, it } from 'vitest';
import { clean, codes, diagnose, findings, lineNumber, lineOf, ofCode, rangeIn, rangeOf, withEdit } from './helpers';

const SAFETY_ROW = '| | | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n';
const FORWARD_ROW = '| 四、结转下年度继续办理 | | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n';
const NEW_ROW = '| 一、本年新收政府信息公开申请数量 | | | 20 | 2 | 0 | 0 | 0 | 0 | 22 |\n';
const CARRIED_ROW = '| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n';
const REVIEW_ROW = '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |';

describe('table-outdated', () => {
  it('reports a 2024 report whose table 二 uses the 2019 trial columns', () => {
    const text = withEdit(clean, '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |');
    expect(findings(text).filter((d) => d.code === 'table-outdated')).toEqual([
      {
        code: 'table-outdated',
        severity: 'warning',
        messageId: 'outdated',
        range: lineOf(text, '| 第二十条第（一）项'),
        data: { table: 'two', markers: ['本年新制作数量', '本年新公开数量', '对外公开总数量'] },
        fixable: false,
      },
    ]);
  });

  it('accepts the trial layout in a report for 2020, the year it was in force', () => {
    let text = withEdit(clean, '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |');
    text = text.replace(/2024/g, '2020').replace('2025年1月20日', '2021年1月20日');
    expect(ofCode(diagnose(text), 'table-outdated')).toEqual([]);
  });
});

describe('row-missing', () => {
  it('reports a missing row of table 三 at the row that follows it', () => {
    const text = withEdit(clean, SAFETY_ROW, '');
    expect(findings(text)).toEqual([
      {
        code: 'row-missing',
        severity: 'error',
        messageId: 'missing',
        range: lineOf(text, '4.保护第三方合法权益'),
        data: { table: 'three', row: 'withheld.safety', beforeLine: lineNumber(text, '4.保护第三方合法权益') },
        fixable: true,
      },
    ]);
  });

  it('reports a missing last row at the table’s last line', () => {
    const text = withEdit(clean, FORWARD_ROW, '');
    expect(findings(text)).toEqual([
      {
        code: 'row-missing',
        severity: 'error',
        messageId: 'missing',
        range: lineOf(text, '（七）总计'),
        data: { table: 'three', row: 'carryForward', beforeLine: lineNumber(text, '（七）总计') + 1 },
        fixable: true,
      },
    ]);
  });

  it('is silent when a row is present with a lost label (that is row-label)', () => {
    const text = withEdit(clean, SAFETY_ROW, SAFETY_ROW.replace('3.危及“三安全一稳定”', ''));
    expect(ofCode(diagnose(text), 'row-missing')).toEqual([]);
  });
});

describe('row-order', () => {
  it('reports statutory rows out of order', () => {
    const text = withEdit(clean, NEW_ROW + CARRIED_ROW, CARRIED_ROW + NEW_ROW);
    const [finding] = diagnose(text);
    expect(finding?.args).toEqual({ table: { zh: '表三', en: 'Table 3' }, label: '一、本年新收政府信息公开申请数量', after: '二、上年结转政府信息公开申请数量' });
    expect(findings(text)).toEqual([
      {
        code: 'row-order',
        severity: 'warning',
        messageId: 'order',
        range: rangeOf(text, '一、本年新收政府信息公开申请数量', 0),
        data: { table: 'three', row: 'new', official: '一、本年新收政府信息公开申请数量' },
        fixable: false,
      },
    ]);
  });

  it('is silent on rows in order', () => {
    expect(ofCode(diagnose(clean), 'row-order')).toEqual([]);
  });
});

describe('row-label', () => {
  it('reports a typo in a label (总记 for 总计)', () => {
    const text = withEdit(clean, '（七）总计', '（七）总记');
    expect(findings(text)).toEqual([
      {
        code: 'row-label',
        severity: 'warning',
        messageId: 'variant',
        range: rangeOf(text, '（七）总记'),
        data: { table: 'three', row: 'resultsTotal', official: '（七）总计', found: '（七）总记' },
        fixable: true,
      },
    ]);
  });

  it('reports a row whose label was lost while its values remain, on the whole row', () => {
    const text = withEdit(clean, CARRIED_ROW, CARRIED_ROW.replace('二、上年结转政府信息公开申请数量', ''));
    expect(findings(text)).toEqual([
      {
        code: 'row-label',
        severity: 'warning',
        messageId: 'lost',
        range: lineOf(text, '|  | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'),
        data: { table: 'three', row: 'carried', official: '二、上年结转政府信息公开申请数量', found: null },
        fixable: true,
      },
    ]);
  });

  it('accepts a label that differs only in spacing and bracket width', () => {
    const text = withEdit(clean, '（七）总计', '(七) 总计');
    expect(diagnose(text)).toEqual([]);
  });
});

describe('row-unknown', () => {
  it('reports a row that matches no statutory row', () => {
    const text = withEdit(clean, '| 行政强制 | 3 | | |\n', '| 行政强制 | 3 | | |\n| 行政确认 | 5 | | |\n');
    expect(findings(text)).toEqual([
      {
        code: 'row-unknown',
        severity: 'warning',
        messageId: 'unknown',
        range: rangeOf(text, '行政确认'),
        data: { table: 'two', row: null },
        fixable: false,
      },
    ]);
  });

  it('is silent on statutory rows', () => {
    expect(ofCode(diagnose(clean), 'row-unknown')).toEqual([]);
  });
});

describe('value-missing', () => {
  it('reports an empty cell, with the value its row’s total determines', () => {
    const text = withEdit(clean, NEW_ROW, NEW_ROW.replace('| 20 |', '|  |'));
    const line = lineNumber(text, '一、本年新收');
    const found = diagnose(text);
    expect(codes(found)).toEqual(['value-missing']);
    expect([found[0]!.messageId, found[0]!.args?.['value']]).toEqual(['emptyDetermined', 20]);
    expect(found[0]!.range.start.line).toBe(line);
    expect(found[0]!.range.start).toEqual(found[0]!.range.end);
    expect(found[0]!.data).toEqual({ table: 'three', row: 'new', column: 0, found: null, determined: 20 });
  });

  it('reports a missing last value of an aligned Markdown row as an empty cell', () => {
    const text = withEdit(clean, REVIEW_ROW, REVIEW_ROW.slice(0, -4));
    const found = diagnose(text);
    expect(found.map((d) => [d.code, d.messageId, d.data])).toEqual([
      ['value-missing', 'emptyDetermined', { table: 'four', row: 'reviews', column: 14, found: null, determined: 0 }],
    ]);
  });

  it('reports a row with fewer values than columns at the end of its last value (rows without a delimiter line)', () => {
    const short = REVIEW_ROW.slice(0, -4);
    const text = withEdit(withEdit(clean, REVIEW_ROW, short), '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n', '');
    const row = rangeOf(text, short);
    const end = { line: row.start.line, character: row.start.character + short.lastIndexOf('0') + 1 };
    expect(findings(text)).toEqual([
      {
        code: 'value-missing',
        severity: 'error',
        messageId: 'short',
        range: { start: end, end },
        data: { table: 'four', row: 'reviews', column: 14, found: null, expectedCount: 15, foundCount: 14 },
        fixable: true,
      },
    ]);
  });

  it('is silent on a 0', () => {
    expect(ofCode(diagnose(clean), 'value-missing')).toEqual([]);
  });
});

describe('value-invalid', () => {
  it('reports a cell that is not a number (the letter O typed for a zero), with the digit it means', () => {
    const row = '| | | 4.保护第三方合法权益 | 1 | O | 0 | 0 | 0 | 0 | 1 |';
    const text = withEdit(clean, '| | | 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', row);
    expect(findings(text)).toEqual([
      {
        code: 'value-invalid',
        severity: 'error',
        messageId: 'lookalike',
        range: rangeIn(text, row, 'O'),
        data: { table: 'three', row: 'withheld.thirdParty', column: 1, found: null, meant: 0 },
        fixable: true,
      },
    ]);
  });

  it('keeps 〇〇 in its column of a pipe row: no value shifts, no false sum', () => {
    const row = '| | | 4.保护第三方合法权益 | 1 | 〇〇 | 0 | 0 | 0 | 0 | 1 |';
    const text = withEdit(clean, '| | | 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', row);
    expect(diagnose(text).map((d) => [d.code, d.messageId, d.args?.['cell'], d.args?.['digits'], d.data?.column])).toEqual([
      ['value-invalid', 'lookalike', '〇〇', '0', 1],
    ]);
  });

  it('reads 1O and l as the digits meant, and leaves text that is not all digits and look-alikes alone', () => {
    const row = '| | | 4.保护第三方合法权益 | 1O | l | 0 | 0 | 0 | 0 | 1 |';
    const text = withEdit(clean, '| | | 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', row);
    expect(ofCode(diagnose(text), 'value-invalid').map((d) => [d.data?.meant, d.fixable])).toEqual([
      [10, true],
      [1, true],
    ]);
    const word = withEdit(clean, '| | | 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '| | | 4.保护第三方合法权益 | 1 | 0x | 0 | 0 | 0 | 0 | 1 |');
    expect(ofCode(diagnose(word), 'value-invalid').map((d) => [d.messageId, d.args?.['cell'], d.fixable])).toEqual([['invalid', '0x', false]]);
  });

  it('accepts a decimal fee amount and “/” for 规章', () => {
    let text = withEdit(clean, '| 行政事业性收费 | 0 |', '| 行政事业性收费 | 1.5 |');
    text = withEdit(text, '| 规章 | 0 | 0 | 0 |', '| 规章 | / | / | / |');
    expect(diagnose(text)).toEqual([]);
  });

  it('says a fee amount must be a non-negative number, not an integer', () => {
    const text = withEdit(clean, '| 行政事业性收费 | 0 |', '| 行政事业性收费 | 约1万 |');
    expect(ofCode(diagnose(text), 'value-invalid').map((d) => [d.messageId, d.args?.['cell'], d.fixable])).toEqual([['invalidAmount', '约1万', false]]);
  });

  it('rejects a decimal count', () => {
    const text = withEdit(clean, '| 行政处罚 | 35 |', '| 行政处罚 | 3.5 |');
    expect(codes(diagnose(text))).toEqual(['value-invalid']);
  });
});
