/**
 * overview-numbering: part 一's five topics numbered as parts (一、主动公开 … instead of
 * （一）主动公开 …), with the parts after them numbered on or not. One finding with what happened,
 * no structure finding because of it, a fix that gives the clean report back; near changes that
 * are no such run stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { clean, codes, diagnose, findings, lineNumber, ofCode, rangeIn, rangeOf, withEdit } from './helpers';
import { analyze } from '../../server/src/service/analyze';
import { fixAll } from '../../server/src/service/fixes/index';
import { fixesFor } from '../../server/src/service/fixes/core';
import { applyEdits } from '../../server/src/service/fixes/edits';
import { parseReport } from '../../server/src/service/parser';
import { readSeed, seedFiles } from '../helpers/seeds';

const TOPICS = ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'];
const MARKERS = ['（一）', '（二）', '（三）', '（四）', '（五）'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
const PART_HEADINGS = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const STRUCTURE = ['section-missing', 'section-order', 'section-duplicate', 'section-title'];

/** The clean report with its topics numbered from `topicFrom` (1: 一、…) and its parts 二–六 numbered from `partFrom` (2: their own). */
function numbered(topicFrom: number, partFrom: number, titles: readonly string[] = TOPICS): string {
  let text = clean;
  titles.forEach((title, k) => {
    text = withEdit(text, `\n${MARKERS[k]}${TOPICS[k]}\n`, `\n${NUMERALS[topicFrom - 1 + k]}、${title}\n`);
  });
  PART_HEADINGS.forEach((heading, k) => {
    text = withEdit(text, `## ${heading}`, `## ${NUMERALS[partFrom - 1 + k]}、${heading.slice(2)}`);
  });
  return text;
}

describe('overview-numbering', () => {
  it('reports 一、…五、 with the parts numbered on 六、…十、 once, the other topics and the parts as related information', () => {
    const text = numbered(1, 6);
    expect(findings(text)).toEqual([
      {
        code: 'overview-numbering',
        severity: 'warning',
        messageId: 'shifted',
        range: rangeOf(text, '一、主动公开'),
        relatedInformation: [
          { range: rangeOf(text, '二、依申请公开'), messageId: 'topic' },
          { range: rangeOf(text, '三、政府信息管理'), messageId: 'topic' },
          { range: rangeOf(text, '四、政府信息公开平台建设'), messageId: 'topic' },
          { range: rangeOf(text, '五、监督保障'), messageId: 'topic' },
          { range: rangeIn(text, '## 六、主动公开', '六'), messageId: 'part' },
          { range: rangeIn(text, '## 七、收到', '七'), messageId: 'part' },
          { range: rangeIn(text, '## 八、政府', '八'), messageId: 'part' },
          { range: rangeIn(text, '## 九、存在', '九'), messageId: 'part' },
          { range: rangeIn(text, '## 十、其他', '十'), messageId: 'part' },
        ],
        data: { topics: 5, shift: 4, lines: TOPICS.map((t) => lineNumber(text, `、${t}\n`)) },
        fixable: true,
      },
    ]);
    const [found] = diagnose(text);
    expect(found!.args).toEqual({ count: 5, numeral: '五', first: '一、主动公开', last: '五、监督保障' });
    expect(found!.relatedInformation!.map((r) => r.args)).toEqual([
      ...[2, 3, 4, 5].map((k) => ({ k, numeral: NUMERALS[k - 1], title: TOPICS[k - 1] })),
      ...PART_HEADINGS.map((heading, k) => ({ id: k + 2, heading })),
    ]);
  });

  it('says it in Chinese: the topics in Chinese numerals, each note with the heading it should have', () => {
    const [found] = diagnose(numbered(1, 6));
    expect([found!.message, found!.relatedInformation![0]!.message, found!.relatedInformation![4]!.message]).toEqual([
      '“总体情况”的五个方面写成了一级标题（一、主动公开……五、监督保障），其后各部分的序号因此顺延；五个方面应写作（一）至（五），第二至第六部分应为二、至六、',
      '“总体情况”的第二个方面，应写作“（二）依申请公开”',
      '序号顺延的部分，应为“二、主动公开政府信息情况”',
    ]);
  });

  it('says it in English with --lang en', () => {
    const [found] = diagnose(numbered(1, 6), { lang: 'en' });
    expect([found!.message, found!.relatedInformation![0]!.message, found!.relatedInformation![4]!.message]).toEqual([
      'The 5 topics of the overview are numbered as parts (一、主动公开 … 五、监督保障), so the numerals of the parts after them run on: number the topics （一） to （五） and parts 2 to 6 二、 to 六、',
      'Topic 2 of the overview: write it as “（二）依申请公开”',
      'A part numbered on: it is part 2, “二、主动公开政府信息情况”',
    ]);
  });

  it('reads the topics as part 一’s sub-headings and the parts by their titles', () => {
    const text = numbered(1, 6);
    const model = parseReport(text);
    expect(model.parts.map((p) => [p.id, p.heading?.numeral?.text, p.bodyStartLine])).toEqual([
      [1, '一', lineNumber(text, '## 一、总体情况') + 1],
      [2, '六', lineNumber(text, '## 六、') + 1],
      [3, '七', lineNumber(text, '## 七、') + 1],
      [4, '八', lineNumber(text, '## 八、') + 1],
      [5, '九', lineNumber(text, '## 九、') + 1],
      [6, '十', lineNumber(text, '## 十、') + 1],
    ]);
    expect(model.parts[0]!.subheadings.map((s) => [s.marker.text, s.index, s.title.text])).toEqual(TOPICS.map((t, k) => [`${NUMERALS[k]}、`, k + 1, t]));
    expect(model.overviewAsParts).toMatchObject({ shifted: true, shift: 4 });
    expect(model.overviewAsParts!.headings.map((h) => [h.line, h.value, h.marker.text, h.title.text])).toEqual(
      TOPICS.map((t, k) => [lineNumber(text, `${NUMERALS[k]}、${t}\n`), k + 1, `${NUMERALS[k]}、`, t]),
    );
  });

  it('reports 二、…六、 after 一、总体情况 with the parts numbered 七、…十一、 (titles with 情况, a two-character numeral)', () => {
    const titles = ['主动公开情况', '依申请公开情况', '政府信息管理情况', '平台建设情况', '监督保障情况'];
    const text = numbered(2, 7, titles);
    const found = diagnose(text);
    expect(codes(found)).toEqual(['overview-numbering']);
    expect([found[0]!.messageId, found[0]!.args]).toEqual(['shifted', { count: 5, numeral: '五', first: '二、主动公开情况', last: '六、监督保障情况' }]);
    expect(found[0]!.range).toEqual(rangeOf(text, '二、主动公开情况'));
    expect(found[0]!.data).toEqual({ topics: 5, shift: 5, lines: titles.map((t) => lineNumber(text, `、${t}\n`)) });
    const { message: _message, ...lastNote } = found[0]!.relatedInformation!.at(-1)!;
    expect(lastNote).toEqual({ range: rangeIn(text, '## 十一、其他', '十一'), messageId: 'part', args: { id: 6, heading: '六、其他需要报告的事项' } });
    expect(parseReport(text).parts.map((p) => `${p.id}${p.heading?.numeral?.text}`)).toEqual(['1一', '2七', '3八', '4九', '5十', '6十一']);
  });

  it('says the topics are mixed with the parts when the parts keep their own numerals', () => {
    const text = numbered(1, 2);
    const found = diagnose(text);
    expect(codes(found)).toEqual(['overview-numbering']);
    expect([found[0]!.messageId, found[0]!.args]).toEqual(['inPlace', { count: 5, numeral: '五', first: '一、主动公开', last: '五、监督保障' }]);
    expect(found[0]!.relatedInformation!.map((r) => [r.messageId, r.args])).toEqual([2, 3, 4, 5].map((k) => ['topic', { k, numeral: NUMERALS[k - 1], title: TOPICS[k - 1] }]));
    expect(parseReport(text).overviewAsParts).toMatchObject({ shifted: false, shift: 0 });
  });

  it('finds the topics where part 一 belongs when its heading is missing; section-title reports the heading alone', () => {
    const text = withEdit(numbered(1, 6), '## 一、总体情况\n\n', '');
    expect(codes(diagnose(text))).toEqual(['overview-numbering', 'section-title']);
    const model = parseReport(text);
    expect(model.parts.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(model.parts[0]!.heading).toBeNull();
    expect(model.parts[0]!.bodyStartLine).toBe(lineNumber(text, '一、主动公开'));
    expect(ofCode(diagnose(text), 'section-title')[0]!.messageId).toBe('implicit');
  });

  it('reads a part numbered on whose title only its keywords name by its numeral less the shift; its wording is section-title’s own finding', () => {
    const text = withEdit(numbered(1, 6), '## 九、存在的主要问题及改进情况', '## 九、存在问题及整改措施');
    const found = diagnose(text);
    expect(found.map((d) => [d.code, d.range])).toEqual([
      ['overview-numbering', rangeOf(text, '一、主动公开')],
      ['section-title', rangeOf(text, '存在问题及整改措施')],
    ]);
    expect(parseReport(text).parts.map((p) => `${p.id}${p.heading?.numeral?.text}`)).toEqual(['1一', '2六', '3七', '4八', '5九', '6十']);
    // Both fixes together: the title and the numerals back.
    expect(fixAll(text).text).toBe(clean);
  });

  it('reads bold topics with run-in text, a full-width point, and four topics numbered on by three', () => {
    let text = clean;
    TOPICS.slice(0, 4).forEach((t, k) => {
      text = withEdit(text, `\n${MARKERS[k]}${t}\n\n`, `\n**${NUMERALS[k]}．${t}**。`);
    });
    text = withEdit(text, '\n（五）监督保障\n\n', '\n');
    PART_HEADINGS.forEach((heading, k) => {
      text = withEdit(text, `## ${heading}`, `## ${NUMERALS[4 + k]}、${heading.slice(2)}`);
    });
    const found = diagnose(text);
    expect(codes(found)).toEqual(['overview-numbering']);
    expect([found[0]!.messageId, found[0]!.args]).toEqual(['shifted', { count: 4, numeral: '四', first: '一．主动公开', last: '四．政府信息公开平台建设' }]);
    expect(found[0]!.range).toEqual(rangeOf(text, '一．主动公开'));
  });
});

describe('overview-numbering: its fix', () => {
  for (const [name, text] of [
    ['一、…五、 and 六、…十、', numbered(1, 6)],
    ['二、…六、 and 七、…十一、', numbered(2, 7)],
    ['一、…五、 and the parts’ own numerals', numbered(1, 2)],
  ] as const) {
    it(`gives the clean report back (${name}), with no structure finding, and changes nothing when applied again`, () => {
      const model = parseReport(text);
      const diagnostic = ofCode(analyze(text).diagnostics, 'overview-numbering')[0]!;
      const [fix] = fixesFor(model, diagnostic, 'zh');
      expect(fix!.safe).toBe(true);
      // Only the markers and numerals change.
      for (const edit of fix!.edits) expect(edit.range.start.line).toBe(edit.range.end.line);
      const fixed = applyEdits(text, fix!.edits);
      expect(fixed).toBe(clean);
      expect(diagnose(fixed)).toEqual([]);
      expect(fixAll(text).text).toBe(clean);
      expect(fixAll(fixed).text).toBe(fixed);
      expect(parseReport(fixed).overviewAsParts).toBeNull();
    });
  }

  it('is titled for what it changes', () => {
    const text = numbered(1, 6);
    const diagnostic = ofCode(analyze(text).diagnostics, 'overview-numbering')[0]!;
    expect(fixesFor(parseReport(text), diagnostic, 'zh').map((f) => [f.title, f.edits.length])).toEqual([['将五个方面改为（一）至（五），其后各部分恢复二、至六、', 10]]);
    const own = numbered(1, 2);
    const ownDiagnostic = ofCode(analyze(own).diagnostics, 'overview-numbering')[0]!;
    expect(fixesFor(parseReport(own), ownDiagnostic, 'en').map((f) => [f.title, f.edits.length])).toEqual([['Number the topics （一） to （五）', 5]]);
  });

  it('offers nothing for a finding of an earlier version of the text', () => {
    const text = numbered(1, 6);
    const diagnostic = ofCode(analyze(text).diagnostics, 'overview-numbering')[0]!;
    const edited = withEdit(text, '## 一、总体情况\n', '## 一、总体情况\n\n');
    expect(fixesFor(parseReport(edited), diagnostic, 'zh')).toEqual([]);
  });

  it('leaves the section-title fix of a missing 一、总体情况 to run beside it: both together give the clean report', () => {
    const text = withEdit(numbered(1, 6), '## 一、总体情况\n\n', '');
    expect(fixAll(text).text).toBe(clean);
  });
});

describe('overview-numbering: what is no such run', () => {
  it('is silent on the clean report and the seeds, whose models have no run', () => {
    expect(parseReport(clean).overviewAsParts).toBeNull();
    expect(ofCode(diagnose(clean), 'overview-numbering')).toEqual([]);
    expect(seedFiles()).toHaveLength(5);
    for (let n = 0; n < 5; n++) {
      const text = readSeed(n);
      expect([n, parseReport(text).overviewAsParts]).toEqual([n, null]);
      expect([n, ofCode(analyze(text).diagnostics, 'overview-numbering')]).toEqual([n, []]);
    }
  });

  it('takes no run of two topics', () => {
    let text = clean;
    for (const k of [0, 1]) text = withEdit(text, `\n${MARKERS[k]}${TOPICS[k]}\n`, `\n${NUMERALS[k]}、${TOPICS[k]}\n`);
    expect(parseReport(text).overviewAsParts).toBeNull();
    expect(ofCode(diagnose(text), 'overview-numbering')).toEqual([]);
  });

  it('takes no topics whose numerals skip or repeat, nor a topic named twice', () => {
    const skipping = withEdit(numbered(1, 2), '\n二、依申请公开\n', '\n三、依申请公开\n');
    expect(parseReport(skipping).overviewAsParts).toBeNull();
    const twice = withEdit(numbered(1, 2), '\n三、政府信息管理\n', '\n三、主动公开\n');
    // 一、 and 二、 alone are fewer than three topics.
    expect(parseReport(twice).overviewAsParts).toBeNull();
  });

  it('takes no numbered sentences with figures as topics', () => {
    let text = clean;
    const sentences = ['全年主动公开信息356条', '依申请公开办理22件', '政府信息管理清理文件12件'];
    sentences.forEach((s, k) => {
      text = withEdit(text, `\n${MARKERS[k]}${TOPICS[k]}\n`, `\n${NUMERALS[k]}、${s}\n`);
    });
    expect(parseReport(text).overviewAsParts).toBeNull();
  });

  it('takes no run that does not open part 一 (another numbered heading comes first)', () => {
    const text = withEdit(numbered(1, 2), '## 一、总体情况\n', '## 一、总体情况\n\n一、年度工作概况\n');
    expect(parseReport(text).overviewAsParts).toBeNull();
  });

  it('does not look past the first part after part 一, even when 一、总体情况 and 二’s heading are missing and the parts are reworded', () => {
    let text = withEdit(withEdit(clean, '## 一、总体情况\n\n', ''), '## 二、主动公开政府信息情况\n\n', '');
    for (const [from, to] of [
      ['## 三、收到和处理政府信息公开申请情况', '## 三、收到和处理申请情况'],
      ['## 四、政府信息公开行政复议、行政诉讼情况', '## 四、行政复议和行政诉讼情况'],
      ['## 五、存在的主要问题及改进情况', '## 五、存在问题及整改措施'],
      ['## 六、其他需要报告的事项', '## 六、其他事项'],
    ]) {
      text = withEdit(text, from!, to!);
    }
    const list = '一、主动公开\n\n栏目更新不够及时。\n\n二、依申请公开\n\n答复格式不统一。\n\n三、政府信息管理\n\n目录更新较慢。\n\n';
    text = withEdit(text, '本年度我局政府信息公开工作仍存在一些不足：', list + '本年度我局政府信息公开工作仍存在一些不足：');
    const model = parseReport(text);
    expect(model.overviewAsParts).toBeNull();
    expect(model.parts.map((p) => [p.id, p.heading === null])).toEqual([[1, true], [2, true], [3, false], [4, false], [5, false], [6, false]]);
  });

  it('does not read topics listed in part 五 as a run', () => {
    const part5 = '本年度我局政府信息公开工作仍存在一些不足：';
    const list = '一、主动公开\n\n栏目更新不够及时。\n\n二、依申请公开\n\n答复格式不统一。\n\n三、政府信息管理\n\n目录更新较慢。\n\n';
    const text = withEdit(clean, part5, list + part5);
    expect(parseReport(text).overviewAsParts).toBeNull();
    expect(ofCode(diagnose(text), 'overview-numbering')).toEqual([]);
    expect(diagnose(text).filter((d) => STRUCTURE.includes(d.code))).toEqual([]);
  });
});
