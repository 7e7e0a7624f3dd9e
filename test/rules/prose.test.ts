/**
 * The prose the sentence rules read (rules/prose.ts), on one small report written the ways drafts
 * and PDF copies write prose: an indented first line, spaces inside words, a line wrapped
 * mid-sentence, Markdown emphasis, bullets and quotes, a comment and a table row among the lines.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser';
import { proseOf } from '../../server/src/service/rules/prose';
import { doubledMarks, doubledWords } from '../../server/src/service/rules/text-doubled';
import fc from 'fast-check';

const REPORT = [
  '# 示范街道办事处2024年政府信息公开工作年度报告', // 0
  '',
  '## 一、总体情况', // 2
  '',
  '　　2024 年，街道办事处围绕基层治理工作，', // 4: wrapped, continues on line 5
  '主动公开政府信息 17 条。工作要点如下：', // 5: ends with ：, a paragraph's end
  '**一是**完善制度，', // 6
  '> 二是加强培训。', // 7
  '<!-- 备注 -->', // 8
  '| 项目 | 数量 |', // 9
  '',
  '## 五、存在的主要问题及改进情况', // 11
  '',
  '- 问题：人员不足。', // 13
].join('\n');

describe('proseOf', () => {
  const prose = proseOf(parseReport(REPORT));

  it('keeps the words of the report proper, joins a wrapped line, and leaves out white space, markup, comments and tables', () => {
    expect(prose.text).toBe(
      [
        '示范街道办事处2024年政府信息公开工作年度报告',
        '一、总体情况',
        '2024年，街道办事处围绕基层治理工作，主动公开政府信息17条。工作要点如下：',
        '一是完善制度，',
        '二是加强培训。',
        '五、存在的主要问题及改进情况',
        '问题：人员不足。',
      ].join('\n'),
    );
  });

  it('cuts sentences at 。！？ and at paragraph ends, each in the part and on the line it starts on', () => {
    expect(prose.sentences.map((s) => [s.text, s.partId, s.line])).toEqual([
      ['示范街道办事处2024年政府信息公开工作年度报告', null, 0],
      ['一、总体情况', 1, 2],
      ['2024年，街道办事处围绕基层治理工作，主动公开政府信息17条。', 1, 4],
      ['工作要点如下：', 1, 5],
      ['一是完善制度，', 1, 6],
      ['二是加强培训。', 1, 7],
      ['五、存在的主要问题及改进情况', 5, 11],
      ['问题：人员不足。', 5, 13],
    ]);
  });

  it('says where each character stands in the document, across the spaces it left out', () => {
    const at = (word: string): { line: number; character: number } => prose.positionAt(prose.text.indexOf(word));
    expect(at('年，街道')).toEqual({ line: 4, character: 7 });
    expect(at('主动')).toEqual({ line: 5, character: 0 });
    expect(at('17')).toEqual({ line: 5, character: 9 });
    expect(at('完善')).toEqual({ line: 6, character: 6 });
    expect(at('二是')).toEqual({ line: 7, character: 2 });
    expect(at('问题：')).toEqual({ line: 13, character: 2 });
    const seventeen = prose.text.indexOf('17');
    expect(prose.rangeOf(seventeen, seventeen + 2)).toEqual({ start: { line: 5, character: 9 }, end: { line: 5, character: 11 } });
    expect(prose.contiguous(seventeen, seventeen + 2)).toBe(true);
    // 2024 年: written with a space between, so not together on the line.
    const year = prose.text.indexOf('2024年，');
    expect(prose.contiguous(year, year + 5)).toBe(false);
  });

  it('finds the prose offset of a document position, and none for what it left out', () => {
    expect(prose.offsetAt(5, 9)).toBe(prose.text.indexOf('17'));
    expect(prose.offsetAt(4, 6)).toBe(-1); // the space in 2024 年
    expect(prose.offsetAt(9, 3)).toBe(-1); // a table row
    expect(prose.offsetAt(8, 5)).toBe(-1); // a comment
  });
});

describe('text-doubled reads marks written twice as /([。，、；：,;])\\1+/g does', () => {
  it('on text where marks come in runs', () => {
    const text = fc.array(fc.constantFrom(...'。，、；：,;！…资a\n'.split(''), '。。', '，，，', ';;'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(doubledMarks(s)).toEqual([...s.matchAll(/([。，、；：,;])\1+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('text-doubled reads words written twice as its first reading, a regex, did', () => {
  /** The rule's first reading: the regex, skipping a match that opens with 一 or repeats one character. */
  function byRegex(text: string): { start: number; end: number }[] {
    const found: { start: number; end: number }[] = [];
    const doubled = /([\u4e00-\u9fff]{2,4})\1/g;
    for (let m = doubled.exec(text); m; m = doubled.exec(text)) {
      const unit = m[1]!;
      if (unit.startsWith('一') || new Set(unit).size === 1) doubled.lastIndex = m.index + 1;
      else found.push({ start: m.index, end: m.index + m[0].length });
    }
    return found;
  }

  it('on text made of few characters, where words come back often', () => {
    const text = fc.array(fc.constantFrom(...'一二资金公开的，a \n'.split(''), '资金资金', '一件一件', '公开公开公开', '常常'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(doubledWords(s)).toEqual(byRegex(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('on the text of the prose at the edges of the window', () => {
    for (const s of ['资金资金', '资金资金。', '。资金资金', '公开工作公开工作', '公开了公开了', '一一一一', '资资资资', '资金资', '资金']) expect(doubledWords(s)).toEqual(byRegex(s));
    expect(doubledWords('按照要求公开公开政府信息')).toEqual([{ start: 4, end: 8 }]);
  });
});
