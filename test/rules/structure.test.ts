/** Rules on the report's structure: each test is "this change triggers this rule", next to a near change that does not. */
import { describe, expect, it } from 'vitest';
import { clean, diagnose, findings, lineNumber, ofCode, point, rangeIn, rangeOf, withEdit } from './helpers';

const PART4 = clean.slice(clean.indexOf('## 四、'), clean.indexOf('## 五、'));
const PART6 = clean.slice(clean.indexOf('## 六、'), clean.indexOf('江北市生态环境局\n\n2025'));

describe('section-missing', () => {
  it('reports a missing part where it belongs', () => {
    const text = withEdit(clean, PART4, '');
    // Right after part 三's body: the blank line that follows its table.
    const line = lineNumber(text, '## 五、') - 1;
    expect(findings(text)).toEqual([
      {
        code: 'section-missing',
        severity: 'error',
        messageId: 'missing',
        range: point(line, 0),
        data: { part: 4, official: '四、政府信息公开行政复议、行政诉讼情况', beforeLine: line, numeral: '四' },
        fixable: true,
      },
    ]);
  });

  it('is silent when all six parts are there, even with a variant title', () => {
    const text = withEdit(clean, '## 四、政府信息公开行政复议、行政诉讼情况', '## 四、政府信息公开行政复议和行政诉讼情况');
    expect(ofCode(diagnose(text), 'section-missing')).toEqual([]);
  });
});

describe('section-order', () => {
  it('reports a part that comes after a later one', () => {
    const text = withEdit(withEdit(clean, PART6, ''), '## 五、', PART6 + '## 五、');
    expect(findings(text)).toEqual([
      {
        code: 'section-order',
        severity: 'error',
        messageId: 'outOfOrder',
        range: rangeOf(text, '五、存在的主要问题及改进情况'),
        data: { part: 5, official: '五、存在的主要问题及改进情况', numeral: '五' },
        fixable: false,
      },
    ]);
  });

  it('reports a numeral that does not match the part', () => {
    const text = withEdit(clean, '## 六、其他需要报告的事项', '## 七、其他需要报告的事项');
    expect(findings(text)).toEqual([
      {
        code: 'section-order',
        severity: 'error',
        messageId: 'numeral',
        range: rangeIn(text, '## 七、其他', '七'),
        data: { part: 6, official: '六、其他需要报告的事项' },
        fixable: false,
      },
    ]);
  });

  it('is silent on parts in order', () => {
    expect(ofCode(diagnose(clean), 'section-order')).toEqual([]);
  });
});

describe('section-duplicate', () => {
  const extra = '## 五、存在的主要问题及改进情况\n\n另有问题：个别信息发布不及时，将加强审核。\n\n';

  it('reports the second occurrence of a part', () => {
    const text = withEdit(clean, '## 六、', extra + '## 六、');
    const first = lineNumber(text, '## 五、');
    expect(diagnose(text).map(({ message: _message, ...rest }) => rest)).toEqual([
      {
        code: 'section-duplicate',
        severity: 'error',
        messageId: 'duplicate',
        // The line of the first occurrence as the editor numbers lines (from 1).
        args: { heading: '五、存在的主要问题及改进情况', firstLine: first + 1 },
        range: rangeOf(text, '五、存在的主要问题及改进情况', 1),
        data: { part: 5, official: '五、存在的主要问题及改进情况' },
        fixable: false,
      },
    ]);
  });

  it('is silent when the same words appear as a sub-heading, not a part', () => {
    const text = withEdit(clean, '## 六、', '（一）存在的主要问题\n\n见上。\n\n## 六、');
    expect(ofCode(diagnose(text), 'section-duplicate')).toEqual([]);
  });
});

describe('section-title', () => {
  it('reports a reworded title', () => {
    const text = withEdit(clean, '## 五、存在的主要问题及改进情况', '## 五、存在的问题和改进');
    expect(findings(text)).toEqual([
      {
        code: 'section-title',
        severity: 'warning',
        messageId: 'reworded',
        range: rangeOf(text, '存在的问题和改进'),
        data: { part: 5, official: '五、存在的主要问题及改进情况', found: '存在的问题和改进' },
        fixable: true,
      },
    ]);
  });

  it('accepts the variants of FORMAT.md and mere punctuation or spacing differences', () => {
    let text = withEdit(clean, '## 五、存在的主要问题及改进情况', '## 五、政府信息公开工作存在的主要问题及改进情况');
    text = withEdit(text, '## 四、政府信息公开行政复议、行政诉讼情况', '## 四、政府信息公开行政复议,行政诉讼 情况');
    expect(diagnose(text)).toEqual([]);
  });

  it('reports a heading without its numeral', () => {
    const text = withEdit(clean, '## 六、其他需要报告的事项', '## 其他需要报告的事项');
    expect(findings(text)).toEqual([
      {
        code: 'section-title',
        severity: 'warning',
        messageId: 'noNumeral',
        range: rangeOf(text, '其他需要报告的事项', 1),
        data: { part: 6, official: '六、其他需要报告的事项' },
        fixable: true,
      },
    ]);
  });

  it('reports the heading of part 一 when it was lost, at the first sub-heading', () => {
    const text = withEdit(clean, '## 一、总体情况\n\n', '');
    const line = lineNumber(text, '（一）主动公开');
    expect(findings(text)).toEqual([
      {
        code: 'section-title',
        severity: 'warning',
        messageId: 'implicit',
        range: rangeOf(text, '（一）主动公开'),
        data: { part: 1, official: '一、总体情况', implicit: true, beforeLine: line },
        fixable: true,
      },
    ]);
  });
});

describe('overview-topic-missing', () => {
  it('reports a topic the overview does not cover', () => {
    const text = withEdit(clean, '（四）政府信息公开平台建设\n\n我局持续优化门户网站政府信息公开专栏，及时更新政府信息公开指南和目录。', '（四）其他工作\n\n我局按时完成上级交办的其他工作。');
    expect(findings(text)).toEqual([
      {
        code: 'overview-topic-missing',
        severity: 'warning',
        messageId: 'missing',
        range: rangeOf(text, '一、总体情况'),
        data: { part: 1, topic: 'platform', official: '政府信息公开平台建设' },
        fixable: false,
      },
    ]);
  });

  it('accepts a topic mentioned in the text instead of a sub-heading', () => {
    const text = withEdit(clean, '（四）政府信息公开平台建设\n\n我局持续优化门户网站', '（四）其他工作\n\n我局推进平台建设，持续优化门户网站');
    expect(diagnose(text)).toEqual([]);
  });
});

describe('table-missing', () => {
  const table4 = PART4.slice(PART4.indexOf('| 行政复议'));

  it('reports a part whose statutory table is absent', () => {
    const text = withEdit(clean, table4, '本年度未发生政府信息公开行政复议、行政诉讼。\n\n');
    expect(findings(text)).toEqual([
      {
        code: 'table-missing',
        severity: 'error',
        messageId: 'missing',
        range: rangeOf(text, '四、政府信息公开行政复议、行政诉讼情况'),
        data: { part: 4, table: 'four', afterLine: lineNumber(text, '## 四、') },
        fixable: true,
      },
    ]);
  });

  it('is silent when the table is there', () => {
    expect(ofCode(diagnose(clean), 'table-missing')).toEqual([]);
  });

  it('says where the table stands when it was written elsewhere (here: part 五), pointing at it', () => {
    const text = withEdit(withEdit(clean, table4, ''), '## 六、', `${table4}## 六、`);
    const first = lineNumber(text, '| 行政复议 |');
    expect(findings(text)).toEqual([
      {
        code: 'table-missing',
        severity: 'error',
        messageId: 'inOtherPart',
        range: rangeOf(text, '四、政府信息公开行政复议、行政诉讼情况'),
        relatedInformation: [{ range: { start: { line: first, character: 0 }, end: { line: first, character: text.split('\n')[first]!.length } }, messageId: 'here' }],
        data: { part: 4, table: 'four', afterLine: lineNumber(text, '## 四、'), tableStartLine: first, tableEndLine: lineNumber(text, '| 1 | 0 | 0 | 0 | 1 |') + 1 },
        fixable: true,
      },
    ]);
  });

  it('says the table stands before the first part, or after the signature', () => {
    const withoutTable = withEdit(clean, table4, '');
    const before = withEdit(withoutTable, '## 一、', `${table4}\n## 一、`);
    const after = `${withoutTable}\n${table4}`;
    expect([before, after].map((text) => diagnose(text).map((d) => [d.code, d.messageId, d.relatedInformation?.map((r) => r.messageId)]))).toEqual([
      [['table-missing', 'beforeFirstPart', ['here']]],
      [['table-missing', 'afterSignature', ['here']]],
    ]);
  });

  it('table 三 written right after table 二 (its heading below it): one finding, no stray rows of table 二', () => {
    const part3Heading = '## 三、收到和处理政府信息公开申请情况\n\n';
    const table3 = clean.slice(clean.indexOf(part3Heading) + part3Heading.length, clean.indexOf('## 四、'));
    const text = withEdit(withEdit(clean, part3Heading, ''), table3, `${table3}${part3Heading}`);
    expect(diagnose(text).map((d) => [d.code, d.messageId, d.args])).toEqual([
      ['table-missing', 'inOtherPart', { heading: '三、收到和处理政府信息公开申请情况', table: { zh: '表三', en: 'Table 3' }, part: '二、主动公开政府信息情况' }],
    ]);
  });

  it('in English (the wording of the table standing in another part)', () => {
    const text = withEdit(withEdit(clean, table4, ''), '## 六、', `${table4}## 六、`);
    expect(diagnose(text, { lang: 'en' }).map((d) => d.message)).toEqual([
      '“四、政府信息公开行政复议、行政诉讼情况” has no statutory table (Table 4): the table stands in “五、存在的主要问题及改进情况”; move it under this heading',
    ]);
  });
});
