/**
 * The parser's shortcuts (character-code tests, searches of the whole text, rejections before any
 * string is made) against the plain definitions they stand for, on random text drawn from the
 * characters that matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser';
import { DATE_PATTERN, dateWordHit, DATE_WORDS, nextDateMatch, scanLineDates, wholeLineDate } from '../../server/src/service/parser/dates';
import { matchPartHeading, matchPartHeadingIn, matchSubHeading } from '../../server/src/service/parser/headings';
import { splitLines } from '../../server/src/service/parser/lines';
import { findYearWords } from '../../server/src/service/parser/years';
import { RECEIVED } from '../../server/src/service/parser/figures';
import { LineSearch } from '../../server/src/service/parser/search';
import { chineseNumeralValue, firstLabelCode, halfWidthDigits, normalizeLabel } from '../../server/src/service/text/normalize';
import { chineseNumeralCodeValue, isRegExpSpace } from '../../server/src/service/text/chars';

/** Pieces of heading-, date- and year-like text, spaces of several widths and table marks. */
const piece = fc.constantFrom(
  ...'一二三四五六十〇○（）()、.．，,：:。;；|\t #*_-/ \u3000\u00a0\u2002“”0123456789０２４年月日'.split(''),
  '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '行政复议', '行政诉讼', '存在的主要问题及改进情况',
  '其他需要报告的事项', '本年新收政府信息公开申请数量', '2024', '２０２４', '2025-02-14', '12月31日', '**', '## ',
);
const line = fc.array(piece, { maxLength: 14 }).map((a) => a.join(''));
const text = fc.array(line, { maxLength: 12 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

describe('matchPartHeadingIn', () => {
  it('reads a line inside a text exactly as matchPartHeading reads the line alone', () => {
    fc.assert(
      fc.property(line, line, line, (before, middle, after) => {
        const doc = `${before}\n${middle}\r\n${after}`;
        const from = before.length + 1;
        expect(matchPartHeadingIn(doc, from, from + middle.length, 7)).toEqual(matchPartHeading(middle, 7));
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects a heading holding a tab or a pipe, also right after its # marker', () => {
    expect(matchPartHeading('#\t一、总体情况', 0)).toBeNull();
    expect(matchPartHeading('一、总体|情况', 0)).toBeNull();
    expect(matchPartHeading('# 一、总体情况 |', 0)?.id).toBe(1);
    expect(matchPartHeading('**存在的主要问题及改进情况**', 0)?.heading.style).toBe('bold');
  });
});

describe('matchSubHeading', () => {
  it('finds markers of both bracket widths, Chinese numerals up to 十九 and one- or two-digit numbers', () => {
    expect(matchSubHeading('（十二）其他', 3)?.index).toBe(12);
    expect(matchSubHeading('(一) 主动公开:', 3)?.title.text).toBe('主动公开');
    expect(matchSubHeading('- 12、监督保障', 3)?.index).toBe(12);
    expect(matchSubHeading('1.5万条', 3)).toBeNull();
    expect(matchSubHeading('0、无', 3)).toBeNull();
    expect(matchSubHeading('（二十）其他', 3)).toBeNull();
    expect(matchSubHeading('1、', 3)).toBeNull();
  });
});

describe('firstLabelCode and chineseNumeralCodeValue', () => {
  it('firstLabelCode is the first code of the normalised slice (-1 when empty)', () => {
    fc.assert(
      fc.property(line, fc.nat(), fc.nat(), (s, a, b) => {
        const start = Math.min(a, b) % (s.length + 1);
        const end = Math.min(s.length, start + (Math.max(a, b) % (s.length + 1)));
        const norm = normalizeLabel(s.slice(start, end));
        expect(firstLabelCode(s, start, end)).toBe(norm.length === 0 ? -1 : norm.charCodeAt(0));
      }),
      { numRuns: 2000 },
    );
  });

  it('halfWidthDigits turns ０–９ into 0–9 and keeps everything else', () => {
    fc.assert(
      fc.property(line, (s) => {
        const reference = s
          .split('')
          .map((ch) => (ch >= '０' && ch <= '９' ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch))
          .join('');
        expect(halfWidthDigits(s)).toBe(reference);
      }),
      { numRuns: 2000 },
    );
    expect(halfWidthDigits('２０２４年１２月')).toBe('2024年12月');
  });

  it('chineseNumeralCodeValue agrees with chineseNumeralValue', () => {
    for (const ch of '〇一二三四五六七八九十百零两0１a') expect(chineseNumeralCodeValue(ch.charCodeAt(0))).toBe(chineseNumeralValue(ch));
  });
});

describe('LineSearch with a hit filter', () => {
  /** The reference: the lines on which scanLineDates could find anything (日, or four digits, white space and a separator). */
  function dateLines(doc: string): number[] {
    const out: number[] = [];
    splitLines(doc).lines.forEach((l, i) => {
      if (l.includes('日') || /[0-9０-９]{4}\s*[-/.]/.test(l)) out.push(i);
    });
    return out;
  }

  it('keeps every line that may hold a date, and drops 1.属于国家秘密 and | --- |', () => {
    fc.assert(
      fc.property(text, (doc) => {
        const { lines, singleBreaks } = splitLines(doc);
        const kept = new LineSearch(doc, lines, singleBreaks).linesWithAny(DATE_WORDS, dateWordHit);
        for (const i of dateLines(doc)) expect(kept).toContain(i);
        // Dropped lines yield no date, so the parser's dates are those of a scan of every line.
        const all: Parameters<typeof scanLineDates>[3] = [];
        lines.forEach((l, i) => scanLineDates(l, i, null, all));
        const fromKept: typeof all = [];
        for (const i of kept) scanLineDates(lines[i]!, i, null, fromKept);
        expect(fromKept).toEqual(all);
      }),
      { numRuns: 1500 },
    );
    const doc = '1.属于国家秘密\n| --- | --- |\n2025-02-14 08:50\n2024 .5\n发布于2024年1月1日';
    expect(new LineSearch(doc, splitLines(doc).lines).linesWithAny(DATE_WORDS, dateWordHit)).toEqual([2, 3, 4]);
  });

  it('a line skip passes over excluded lines and keeps exactly the others', () => {
    fc.assert(
      fc.property(text, fc.nat(12), fc.nat(12), fc.nat(12), fc.nat(12), (doc, a, b, c, d) => {
        const { lines } = splitLines(doc);
        // The lines in [from, to) count, except those of the "table" [t0, t1).
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const [t0, t1] = [Math.min(c, d), Math.max(c, d)];
        const counts = (i: number) => i >= from && i < to && !(i >= t0 && i < t1);
        const skip = (i: number) => (i < from ? from : i >= to ? Number.MAX_SAFE_INTEGER : i >= t0 && i < t1 ? t1 : -1);
        const words = ['年', '2024', '行政复议', '|'];
        const search = new LineSearch(doc, lines);
        expect(search.linesWithAny(words, null, skip)).toEqual(search.linesWithAny(words).filter(counts));
        expect(search.linesWithAny(['年'], null, skip)).toEqual(search.linesWithAny(['年']).filter(counts));
      }),
      { numRuns: 1500 },
    );
  });

  it('tells which of the words each line holds, one bit per word', () => {
    fc.assert(
      fc.property(text, (doc) => {
        const { lines } = splitLines(doc);
        const words = ['申请', '行政复议', '年', '|'];
        const held: number[] = [];
        const found = new LineSearch(doc, lines).linesWithAny(words, null, null, held);
        const expected = lines.map((l) => words.reduce((bits, w, k) => (l.includes(w) ? bits | (1 << k) : bits), 0));
        expect(found).toEqual(expected.flatMap((bits, i) => (bits === 0 ? [] : [i])));
        expect(held).toEqual(expected.filter((bits) => bits !== 0));
        const one: number[] = [];
        expect(new LineSearch(doc, lines).linesWithAny(['年'], null, null, one).length).toBe(one.length);
      }),
      { numRuns: 1500 },
    );
    // Many hits (merged by marking lines rather than by sorting): the same answer.
    const many = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? '申请年' : i % 3 === 1 ? '行政复议' : '无')).join('\n');
    const held: number[] = [];
    const found = new LineSearch(many, splitLines(many).lines).linesWithAny(['年', '申请', '行政复议'], null, null, held);
    expect(found).toEqual(Array.from({ length: 60 }, (_, i) => i).filter((i) => i % 3 !== 2));
    expect(held).toEqual(found.map((i) => (i % 3 === 0 ? 3 : 4)));
  });

  it('linesWithin finds the lines in a range holding the word', () => {
    const doc = '年度报告\r\n无\n现公布2024年度报告\n\n年度报告';
    const search = new LineSearch(doc, splitLines(doc).lines);
    expect(search.linesWithin('年度报告', 0, 5)).toEqual([0, 2, 4]);
    expect(search.linesWithin('年度报告', 1, 4)).toEqual([2]);
    expect(search.linesWithin('年度报告', 3, 4)).toEqual([]);
    expect(search.linesWithin('年度报告', 3, 9)).toEqual([4]);
    expect(search.linesWithin('年度报告', 5, 9)).toEqual([]);
    fc.assert(
      fc.property(text, fc.nat(14), fc.nat(14), (d, a, b) => {
        const lines = splitLines(d).lines;
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const expected = lines.flatMap((l, i) => (i >= from && i < to && l.includes('年') ? [i] : []));
        expect(new LineSearch(d, lines).linesWithin('年', from, to)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('nextDateMatch', () => {
  /** The reference: the pattern tried at every position by a global search. */
  function globalMatches(s: string): string[] {
    const re = new RegExp(DATE_PATTERN, 'g');
    const out: string[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) out.push(`${m.index}:${m.join('|')}`);
    return out;
  }

  function anchoredMatches(s: string): string[] {
    const out: string[] = [];
    let m: RegExpExecArray | null;
    let from = 0;
    while ((m = nextDateMatch(s, from))) {
      out.push(`${m.index}:${m.join('|')}`);
      from = m.index + m[0].length;
    }
    return out;
  }

  const dateLine = fc
    .array(fc.constantFrom(...'0123456789年月日-/. \u3000\t〇○零一二三四五六七八九十常于a'.split(''), '2024', '2025-02-14 08:50', '二〇二五年二月十四日', '12月31日'), { maxLength: 20 })
    .map((a) => a.join(''));

  it('finds the dates a global search of the pattern finds, with the same groups', () => {
    fc.assert(
      fc.property(dateLine, (s) => {
        expect(anchoredMatches(s)).toEqual(globalMatches(s));
      }),
      { numRuns: 5000 },
    );
    expect(anchoredMatches('于2024年1月1日起至12月31日止，0000-12345678，2025.2.14')).toEqual(globalMatches('于2024年1月1日起至12月31日止，0000-12345678，2025.2.14'));
  });
});

describe('years and whole-line dates', () => {
  /** The reference: every 19xx/20xx before 年 (after white space), not preceded by a digit, on the half-width line. */
  function yearsBefore年(l: string): string[] {
    const out: string[] = [];
    const re = /(?<![0-9])((?:19|20)[0-9]{2})\s*年/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(halfWidthDigits(l)))) out.push(`${m.index}:${m[1]}`);
    return out;
  }

  it('finds the years written before 年 as the year pattern would, in either digit width', () => {
    fc.assert(
      fc.property(line, (l) => {
        // Without 日 or a separator the line holds no date: its years are those before 年 alone.
        const plain = l.replace(/[日\-/.]/g, '');
        const years = parseReport(`标题\n${plain}`).years.filter((y) => y.line === 1);
        expect(years.map((y) => `${y.range.start.character}:${y.value}`)).toEqual(yearsBefore年(plain));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the years before 年 in the whole text line by line, never across a line break', () => {
    const doc = '2024\n年\r\n2025 年、１９９９年\r12024年\n  ２０２３\u3000年度';
    const { lines } = splitLines(doc);
    const words = findYearWords(doc, new LineSearch(doc, lines));
    expect(words).toEqual({ lines: [2, 2, 4], starts: [0, 7, 2], values: [2025, 1999, 2023] });
    fc.assert(
      fc.property(text, (d) => {
        const ls = splitLines(d).lines;
        const found = findYearWords(d, new LineSearch(d, ls));
        const expected = ls.flatMap((l, i) => yearsBefore年(l).map((y) => `${i}@${y}`));
        expect(found.lines.map((l, k) => `${l}@${found.starts[k]}:${found.values[k]}`)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a 落款 date only when the line opens with a digit', () => {
    expect(wholeLineDate('  2025年2月14日', 4, 2, 12)?.date).toEqual({ year: 2025, month: 2, day: 14 });
    expect(wholeLineDate('二〇二五年二月十四日', 4, 0, 10)?.date).toEqual({ year: 2025, month: 2, day: 14 });
    expect(wholeLineDate('示范县农业农村局', 4, 0, 8)).toBeNull();
    expect(wholeLineDate('于2025年2月14日', 4, 0, 11)).toBeNull();
  });
});

describe('isRegExpSpace', () => {
  it('is exactly the regular-expression class \\s, for every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isRegExpSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
    expect([0x09, 0x0a, 0x20, 0x3000, 0x2028].every(isRegExpSpace)).toBe(true);
  });
});

describe('figures: RECEIVED', () => {
  /** The phrase as first written: an optional 新, when a verb follows, before the verbs. */
  const FIRST = /(?:新(?=收到|受理|接收|接到))?(?:收到|受理|接收|接到|新收)([^，。；,;：:0-9]{0,15}?)(?:依申请公开|申请)(?:申请)?(?:数量|总数|共计|合计|共)?\s*(?:为)?\s*([0-9]+)\s*(?:件|个|条|宗|次|份)/g;
  const words = fc.constantFrom(...'新收到受理接收接到申请依公开数量共为件条，。 0123'.split(''), '新收', '新收到', '新受理', '收到', '申请', '依申请公开', '17件', '共计', '新', '收');
  const phrase = fc.array(words, { maxLength: 16 }).map((a) => a.join(''));

  it('finds the same phrases, with the same parts, as the pattern first written', () => {
    fc.assert(
      fc.property(phrase, (s) => {
        const matches = (re: RegExp) => [...s.matchAll(re)].map((m) => [m.index, ...m]);
        expect(matches(RECEIVED)).toEqual(matches(FIRST));
      }),
      { numRuns: 5000 },
    );
    expect([...'全年新收到政府信息公开申请17件，新收申请2件'.matchAll(RECEIVED)].map((m) => m[0])).toEqual(['新收到政府信息公开申请17件', '新收申请2件']);
  });
});
