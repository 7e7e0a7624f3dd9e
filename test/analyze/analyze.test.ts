import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, emptyModel, inferDeadline, runRules } from '../../server/src/service/analyze';
import { RULES } from '../../server/src/service/rules';
import type { Rule } from '../../server/src/service/diagnostics';
import type { ReportModel } from '../../server/src/service/model';
import { clean, codes, diagnose, rangeOf, withEdit } from '../rules/helpers';

const late = withEdit(clean, '2025年1月20日', '2025年2月14日');
/** total-row and balance in the 总计 column, plus the text's 22 against the table's 21. */
// 20 rather than 21: the text's 收到22件 then fits neither 本年新收 (20) nor 新收＋上年结转 (21), so it contradicts the table.
const wrongTotal = withEdit(clean, '| 20 | 2 | 0 | 0 | 0 | 0 | 22 |', '| 20 | 2 | 0 | 0 | 0 | 0 | 20 |');

describe('severity configuration', () => {
  it('overrides a rule’s default severity', () => {
    expect(diagnose(late, { rules: { 'publish-late': 'error' } }).map((d) => [d.code, d.severity])).toEqual([['publish-late', 'error']]);
  });

  it('turns a rule off', () => {
    expect(diagnose(late, { rules: { 'publish-late': 'off' } })).toEqual([]);
  });

  it('ignores settings for codes it does not know', () => {
    expect(codes(diagnose(late, { rules: { 'no-such-rule': 'off' } }))).toEqual(['publish-late']);
  });
});

describe('inline directives', () => {
  it('disable-next-line silences the next non-blank line, for the named code only', () => {
    const text = withEdit(late, '\n\n2025年2月14日', '\n\n<!-- nianbao-disable-next-line publish-late -->\n\n2025年2月14日');
    expect(diagnose(text)).toEqual([]);
    const other = withEdit(late, '\n\n2025年2月14日', '\n\n<!-- nianbao-disable-next-line date-invalid -->\n2025年2月14日');
    expect(codes(diagnose(other))).toEqual(['publish-late']);
  });

  it('disable … enable silences a region; without codes it silences every rule', () => {
    let text = withEdit(wrongTotal, '（二）依申请公开', '<!-- nianbao-disable narrative-mismatch total-row -->\n\n（二）依申请公开');
    text = withEdit(text, '（三）政府信息管理', '<!-- nianbao-enable narrative-mismatch -->\n\n（三）政府信息管理');
    text = withEdit(text, '被申请行政复议1件', '被申请行政复议2件');
    // The 22 in （二） is silenced; the 2 reviews after the enable are not; total-row stays
    // disabled, and with it the wrong 总计's finding and the balance folded into it.
    expect(diagnose(text).map((d) => [d.code, d.data?.kind ?? null])).toEqual([['narrative-mismatch', 'reviews']]);
    const all = withEdit(wrongTotal, '# 江北市', '<!-- nianbao-disable -->\n# 江北市');
    expect(diagnose(all)).toEqual([]);
  });

  it('enable restores a code disabled by a code-less disable', () => {
    const text = withEdit(withEdit(wrongTotal, '# 江北市', '<!-- nianbao-disable -->\n# 江北市'), '## 二、', '<!-- nianbao-enable total-row -->\n\n## 二、');
    expect(codes(diagnose(text))).toEqual(['total-row']);
  });
});

describe('language', () => {
  it('gives English messages, related information included, when asked', () => {
    const [diagnostic] = diagnose(withEdit(clean, '| 20 | 2 | 0 | 0 | 0 | 0 | 22 |', '| 20 | 2 | 0 | 0 | 0 | 0 | 21 |'), { lang: 'en', rules: { balance: 'off', 'narrative-mismatch': 'off' } });
    expect(diagnostic!.message).toBe('Row “new requests this year”, column “total” is most likely 22 (the row’s total and the balance of column “total” all point to this cell)');
    expect(diagnostic!.relatedInformation![0]!.message).toBe('the row’s total: 20 + 2 + 0 + 0 + 0 + 0 = 22, the table says 21 (1 too few)');
  });
});

describe('ordering', () => {
  it('sorts diagnostics by position', () => {
    const found = diagnose(wrongTotal);
    // The balance of the 总计 column is folded into the row total's finding.
    expect(codes(found)).toEqual(['narrative-mismatch', 'total-row']);
    const starts = found.map((d) => d.range.start.line * 1000 + d.range.start.character);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('the size limit', () => {
  it('returns one information diagnostic and does not parse a document over maxSize', () => {
    const analysis = analyze(clean, { maxSize: 100 });
    expect(analysis.model).toEqual(emptyModel());
    expect(analysis.diagnostics).toEqual([
      {
        code: 'document-too-large',
        severity: 'information',
        message: `文档大小（${Math.ceil(clean.length / 1024)} KB）超过检查上限（1 KB），未做检查。如需检查，请在 .nianbaorc.json 或编辑器设置中调高 maxSize（单位：字符）`,
        messageId: 'tooLarge',
        args: { size: { zh: `${Math.ceil(clean.length / 1024)} KB`, en: `${Math.ceil(clean.length / 1024)} KB` }, limit: { zh: '1 KB', en: '1 KB' } },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        fixable: false,
        data: { size: clean.length, maxSize: 100 },
      },
    ]);
  });

  it('defaults to 5 MB', () => {
    const big = 'x'.repeat(5 * 1024 * 1024 + 1);
    expect(codes(analyze(big).diagnostics)).toEqual(['document-too-large']);
    expect(analyze(big).diagnostics[0]!.message).toContain('超过检查上限（5 MB）');
  });

  it('gives sizes that round alike in characters, never a size exceeding itself', () => {
    const text = clean.padEnd(3841, '。').slice(0, 3841);
    expect(analyze(text, { maxSize: 3200 }).diagnostics[0]!.message).toContain('文档大小（3841 字符）超过检查上限（3200 字符）');
    expect(codes(analyze(clean).diagnostics)).toEqual([]);
  });
});

describe('a rule that throws', () => {
  const broken: Rule = {
    meta: { code: 'fee-missing', name: { zh: '坏', en: 'broken' }, defaultSeverity: 'warning', description: { zh: '坏', en: 'Broken' }, docs: 'docs/rules/fee-missing.md', fixable: false },
    messages: {},
    check() {
      throw new Error('boom');
    },
  };

  it('is caught and recorded while the other rules still run', () => {
    const model = analyze(wrongTotal).model;
    const result = runRules([broken, ...RULES.filter((r) => r.meta.code === 'total-row')], model);
    expect(result.ruleErrors).toEqual([{ code: 'fee-missing', message: 'Error: boom' }]);
    expect(codes(result.diagnostics)).toEqual(['total-row']);
  });
});

describe('robustness', () => {
  it('never throws and no rule throws, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const analysis = analyze(text);
        expect(analysis.ruleErrors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('no rule throws on the clean report with lines dropped, doubled or their digits changed', () => {
    const lines = clean.split('\n');
    const edit = fc.record({ line: fc.nat({ max: lines.length - 1 }), kind: fc.constantFrom('drop', 'double', 'digits', 'blank'), digit: fc.constantFrom('', '7', '-1', '/', 'x', '1.5') });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        const mutated = [...lines];
        for (const e of edits) {
          const at = Math.min(e.line, mutated.length - 1);
          if (at < 0) break;
          if (e.kind === 'drop') mutated.splice(at, 1);
          else if (e.kind === 'double') mutated.splice(at, 0, mutated[at]!);
          else if (e.kind === 'blank') mutated[at] = '';
          else mutated[at] = mutated[at]!.replace(/[0-9]+/, e.digit);
        }
        expect(analyze(mutated.join('\n')).ruleErrors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on the clean report cut at any line', () => {
    const lines = clean.split('\n');
    for (let cut = 0; cut <= lines.length; cut += 3) {
      expect(analyze(lines.slice(0, cut).join('\n')).ruleErrors).toEqual([]);
      expect(analyze(lines.slice(cut).join('\n')).ruleErrors).toEqual([]);
    }
  });
});

describe('inferDeadline', () => {
  const titled = (title: string): ReportModel => ({
    ...emptyModel(),
    title: { text: title, range: rangeOf(title, title) },
  });

  it.each([
    ['江北市人民政府2024年政府信息公开工作年度报告', 'government'],
    ['北京市2024年政府信息公开工作年度报告', 'government'],
    ['镇江市人民政府2024年政府信息公开工作年度报告', 'government'],
    ['卫东区人民政府2024年政府信息公开工作年度报告', 'government'],
    ['江北市人民政府办公室2024年政府信息公开工作年度报告', 'department'],
    ['江北市生态环境局2024年政府信息公开工作年度报告', 'department'],
    ['车辋镇人民政府2024年政府信息公开工作年度报告', 'department'],
    ['新华区西市场街道办事处 2024 年政府信息公开工作 年度报告', 'department'],
    ['新华区人民政府西市场街道办事处2024年政府信息公开工作年度报告', 'department'],
  ])('%s → %s', (title, kind) => {
    expect(inferDeadline(titled(title))).toBe(kind);
  });

  it('treats a report without title as a department’s', () => {
    expect(inferDeadline(emptyModel())).toBe('department');
  });
});
