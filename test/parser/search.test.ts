/**
 * LineSearch: the lines holding a word, found by searching the whole document, must be exactly
 * the lines a search of each line would find, whatever the line breaks.
 */
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../server/src/service/parser/lines';
import { LineSearch } from '../../server/src/service/parser/search';

function search(text: string): LineSearch {
  return new LineSearch(text, splitLines(text).lines);
}

/** The reference: every line searched on its own. */
function linesHolding(text: string, words: readonly string[]): number[] {
  const out: number[] = [];
  splitLines(text).lines.forEach((line, i) => {
    if (words.some((w) => line.includes(w))) out.push(i);
  });
  return out;
}

describe('LineSearch', () => {
  it('finds each line holding the word once, including the first and the last line', () => {
    const text = '2024年\n无\n2024年报告2025年\n\n统计年度';
    expect(search(text).linesWithAny(['年'])).toEqual([0, 2, 4]);
  });

  it('returns the union of several words in line order, each line once', () => {
    const text = '收到申请3件\n行政复议0件\n无\n行政诉讼与行政复议\n申请';
    expect(search(text).linesWithAny(['行政诉讼', '申请', '行政复议'])).toEqual([0, 1, 3, 4]);
  });

  it('maps offsets to the right lines with \\r\\n, a lone \\r and \\n mixed', () => {
    const text = 'a日\r\nb\rc日\nd\r\n日';
    expect(search(text).linesWithAny(['日'])).toEqual([0, 2, 4]);
    expect(search(text).linesWithAny(['日'])).toEqual(linesHolding(text, ['日']));
  });

  it('agrees with a search of each line on the seeds’ kinds of text', () => {
    const texts = [
      '一、总体情况\n2024年，本机关……\n| 一、本年新收 | 1 | 2 |\n|---|---|\n2025-02-14 08:50 来源：\n',
      '\r\n\r\n统计期限自2024年1月1日起\r\n<!-- nianbao-disable year-mismatch -->\r\n1.属于国家秘密\r\n',
      '',
      '年',
    ];
    const words = ['日', '-', '/', '.', '年', '统计', 'nianbao-'];
    for (const text of texts) {
      expect(search(text).linesWithAny(words)).toEqual(linesHolding(text, words));
      for (const w of words) expect(search(text).linesWithAny([w])).toEqual(linesHolding(text, [w]));
    }
  });

  it('finds nothing when no line holds the word', () => {
    expect(search('总计\n0\n0').linesWithAny(['年', '日'])).toEqual([]);
  });
});
