/** Content and consistency: parts 五 and 六, figures in the text against the tables. */
import { describe, expect, it } from 'vitest';
import { clean, diagnose, findings, ofCode, rangeOf, withEdit } from './helpers';

const PART5_BODY = '本年度我局政府信息公开工作仍存在一些不足：政策解读形式较为单一，部分栏目更新不够及时。下一步，我局将丰富政策解读形式，完善栏目更新机制，加强工作人员业务培训。';
const PART6_BODY = clean.slice(clean.indexOf('按照《国务院办公厅关于印发'), clean.indexOf('信息处理费。') + '信息处理费。'.length);

describe('fee-missing', () => {
  it('reports part 六 without a word on the processing fee', () => {
    const text = withEdit(clean, PART6_BODY, '本年度无其他需要报告的事项。');
    expect(findings(text)).toEqual([
      {
        code: 'fee-missing',
        severity: 'warning',
        messageId: 'missing',
        range: rangeOf(text, '六、其他需要报告的事项'),
        data: { part: 6 },
        fixable: false,
      },
    ]);
  });

  it('accepts a short statement that no fee was charged', () => {
    const text = withEdit(clean, PART6_BODY, '本年度未收取信息处理费。');
    expect(diagnose(text)).toEqual([]);
  });
});

describe('improvement-missing', () => {
  it('reports part 五 with neither problems nor improvements', () => {
    const text = withEdit(clean, PART5_BODY, '本年度工作总体平稳。');
    expect(findings(text)).toEqual([
      {
        code: 'improvement-missing',
        severity: 'warning',
        messageId: 'both',
        range: rangeOf(text, '五、存在的主要问题及改进情况'),
        data: { part: 5, missing: ['problems', 'improvements'] },
        fixable: false,
      },
    ]);
  });

  it('reports part 五 that names problems but no improvement', () => {
    const text = withEdit(clean, PART5_BODY, '本年度工作仍存在不足，栏目更新不够及时。');
    expect(diagnose(text).map((d) => [d.code, d.messageId, d.data])).toEqual([['improvement-missing', 'improvements', { part: 5, missing: ['improvements'] }]]);
  });

  it('is silent when both are stated', () => {
    expect(ofCode(diagnose(clean), 'improvement-missing')).toEqual([]);
  });
});

describe('narrative-mismatch', () => {
  it('reports a count of applications that contradicts table 三', () => {
    const text = withEdit(clean, '共收到政府信息公开申请22件', '共收到政府信息公开申请25件');
    const found = diagnose(text);
    expect(found.map((d) => d.code)).toEqual(['narrative-mismatch']);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      messageId: 'mismatch',
      args: {
        phrase: '收到政府信息公开申请25件',
        stated: 25,
        where: { zh: '表三“一、本年新收政府信息公开申请数量”的总计', en: 'the total of new requests in table 3' },
        value: 22,
      },
      data: { kind: 'requestsReceived', stated: 25, table: 22 },
      fixable: false,
    });
    expect(found[0]!.range).toEqual(rangeOf(text, '25'));
  });

  it('reports “no review” stated while table 四 counts one', () => {
    const text = withEdit(clean, '因政府信息公开被申请行政复议1件、提起行政诉讼1件', '未发生因政府信息公开被申请行政复议的情况，提起行政诉讼1件');
    const found = diagnose(text);
    expect(found.map((d) => [d.code, d.messageId, d.args?.phrase, d.data])).toEqual([
      ['narrative-mismatch', 'mismatch', '未发生因政府信息公开被申请行政复议', { kind: 'reviews', stated: 0, table: 1 }],
    ]);
  });

  it('is silent when text and tables agree', () => {
    expect(ofCode(diagnose(clean), 'narrative-mismatch')).toEqual([]);
  });

  it('reads a sentence that a line break cuts, as text copied out of a PDF wraps it', () => {
    const text = withEdit(clean, '共收到政府信息公开申请22件', '共收到政府\n信息公开申请 25 件');
    const found = ofCode(diagnose(text), 'narrative-mismatch');
    expect(found.map((d) => [d.messageId, d.args?.phrase, d.data])).toEqual([['mismatch', '收到政府信息公开申请 25 件', { kind: 'requestsReceived', stated: 25, table: 22 }]]);
    expect(found[0]!.range).toEqual(rangeOf(text, '25'));
  });
});
