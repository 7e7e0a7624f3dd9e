/**
 * The Nianbao grammar on real lines from the seed reports, tokenized by the same
 * engine VS Code uses. Each test names the layout the line comes from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../helpers/seeds';
import { findLine, fragmentHasScope, scopesOf, tokenizeDocument, type LineTokens } from './tokenize';

const PART = 'markup.heading.part.nianbao';
const NUMERAL = 'constant.numeric.part-numeral.nianbao';
const SUBHEADING = 'markup.heading.subheading.nianbao';
const ROW_LABEL = 'entity.name.tag.row-label.nianbao';
const CELL = 'constant.numeric.cell.nianbao';
const YEAR = 'constant.numeric.year.nianbao';
const DATE = 'constant.other.date.nianbao';
const TABLE = 'markup.table.nianbao';

const seeds: LineTokens[][] = [];
beforeAll(async () => {
  for (const n of [0, 1, 2, 3, 4]) seeds[n] = await tokenizeDocument(readSeed(n));
});

function seed(n: number): LineTokens[] {
  const lines = seeds[n];
  if (!lines) throw new Error(`seed ${n} not tokenized`);
  return lines;
}

describe('headings', () => {
  it('scopes a part heading and its numeral (seed 004)', () => {
    const line = findLine(seed(4), (l) => l === '二、主动公开政府信息情况');
    expect(fragmentHasScope(line, '二', NUMERAL)).toBe(true);
    expect(fragmentHasScope(line, '二、主动公开政府信息情况', PART)).toBe(true);
    expect(fragmentHasScope(line, '主动公开政府信息情况', NUMERAL)).toBe(false);
  });

  it('scopes the heading of part 四 whose title holds a 、 (seed 003)', () => {
    const line = findLine(seed(3), (l) => l.startsWith('四、政府信息公开行政复议'));
    expect(fragmentHasScope(line, line.line, PART)).toBe(true);
  });

  it('scopes a sub-heading on a line of its own (seed 004)', () => {
    const line = findLine(seed(4), (l) => l === '（一）主动公开信息情况');
    expect(fragmentHasScope(line, '（一）主动公开信息情况', SUBHEADING)).toBe(true);
  });

  it('stops a run-in sub-heading at the full stop (seed 001)', () => {
    const line = findLine(seed(1), (l) => l.startsWith('(一)主动公开情况。'));
    expect(fragmentHasScope(line, '(一)主动公开情况', SUBHEADING)).toBe(true);
    expect(scopesOf(line, '我局严格按照').some((s) => s.includes(SUBHEADING))).toBe(false);
  });

  it('scopes a 1、 sub-heading (seed 002)', () => {
    const line = findLine(seed(2), (l) => l.startsWith('1、主动公开方面。'));
    expect(fragmentHasScope(line, '1、主动公开方面', SUBHEADING)).toBe(true);
  });

  it('does not take a prose line for a heading (seed 000)', () => {
    const line = findLine(seed(0), (l) => l.startsWith('前进区商务和经济合作局紧密结合'));
    const all = line.tokens.flatMap((t) => t.scopes);
    expect(all).not.toContain(PART);
    expect(all).not.toContain(SUBHEADING);
    expect(all).toContain('meta.paragraph.markdown');
  });
});

describe('table rows', () => {
  it('scopes both row labels and the values of a `label | 0 |` row (seed 002)', () => {
    const line = findLine(seed(2), (l) => l.startsWith('(三)不予公开 | 1.属于国家秘密'));
    expect(fragmentHasScope(line, '(三)不予公开', ROW_LABEL)).toBe(true);
    expect(fragmentHasScope(line, '1.属于国家秘密', ROW_LABEL)).toBe(true);
    expect(fragmentHasScope(line, '0', CELL)).toBe(true);
    expect(fragmentHasScope(line, '|', 'punctuation.definition.table.nianbao')).toBe(true);
    expect(line.tokens.every((t) => t.scopes.includes(TABLE))).toBe(true);
  });

  it('scopes a tab-separated row (seed 004)', () => {
    const line = findLine(seed(4), (l) => l.startsWith('\t\t2. 其他法律行政法规禁止公开\t'));
    expect(fragmentHasScope(line, '2. 其他法律行政法规禁止公开', ROW_LABEL)).toBe(true);
    const numbers = line.tokens.filter((t) => t.scopes.includes(CELL)).map((t) => t.text);
    expect(numbers).toEqual(['0', '0', '0', '0', '0', '0', '0']);
  });

  it('scopes a label written with spaces and half-width brackets (seed 004)', () => {
    const line = findLine(seed(4), (l) => l.startsWith('\t(二) 部分公开 (区分处理的'));
    expect(fragmentHasScope(line, '(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)', ROW_LABEL)).toBe(true);
  });

  it('scopes a Markdown table row, its separator row and its column labels (seed 003)', () => {
    const row = findLine(seed(3), (l) => l.startsWith('| 规章 |'));
    expect(fragmentHasScope(row, '规章', ROW_LABEL)).toBe(true);
    expect(row.tokens.filter((t) => t.scopes.includes(CELL)).map((t) => t.text)).toEqual(['0', '0', '0']);
    expect(row.tokens.every((t) => t.scopes.includes(TABLE))).toBe(true);

    const separator = findLine(seed(3), (l) => l.startsWith('|-----------|'));
    expect(fragmentHasScope(separator, '-----------', 'punctuation.separator.table.nianbao')).toBe(true);

    const header = findLine(seed(3), (l) => l.startsWith('| 结果 维持 |'));
    expect(fragmentHasScope(header, '结果 维持', 'entity.other.attribute-name.column-label.nianbao')).toBe(true);
  });

  it('leaves a misspelt label unscoped: the row-label rule reports it (seed 003)', () => {
    const line = findLine(seed(3), (l) => l.includes('(七) 总记'));
    expect(scopesOf(line, '总记').some((s) => s.includes(ROW_LABEL))).toBe(false);
  });

  it('scopes a label and a number alone on their lines, one cell per line (seed 001)', () => {
    const label = findLine(seed(1), (l) => l === '行政许可');
    expect(fragmentHasScope(label, '行政许可', ROW_LABEL)).toBe(true);
    const number = findLine(seed(1), (l) => l === '23962');
    expect(fragmentHasScope(number, '23962', CELL)).toBe(true);
  });

  it('scopes a `label |` cell line of the flattened layout (seed 000)', () => {
    const line = findLine(seed(0), (l) => l === '行政强制 |');
    expect(fragmentHasScope(line, '行政强制', ROW_LABEL)).toBe(true);
  });
});

describe('years and dates', () => {
  it('scopes a year with a space before 年 inside a Markdown paragraph (seed 004)', () => {
    const line = findLine(seed(4), (l) => l.startsWith('2024 年，卫东区'));
    expect(fragmentHasScope(line, '2024 年', YEAR)).toBe(true);
    expect(fragmentHasScope(line, '2024 年', 'meta.paragraph.markdown')).toBe(true);
  });

  it('scopes the year in the title (seed 003)', () => {
    const line = findLine(seed(3), (l) => l.includes('年度报告'));
    expect(fragmentHasScope(line, '2024 年', YEAR)).toBe(true);
    expect(fragmentHasScope(line, '新华区西市场街道办事处', 'markup.heading.title.nianbao')).toBe(true);
  });

  it('scopes an ISO publication date (seed 001)', () => {
    const line = findLine(seed(1), (l) => l.startsWith('2025-02-14 08:50'));
    expect(fragmentHasScope(line, '2025-02-14', DATE)).toBe(true);
    expect(scopesOf(line, '08:50').some((s) => s.includes(DATE))).toBe(false);
  });

  it('scopes a Chinese date as a date, not as a year (seed 001)', () => {
    const line = findLine(seed(1), (l) => l.startsWith('今天:2024年2月22日'));
    expect(fragmentHasScope(line, '2024年2月22日', DATE)).toBe(true);
    expect(scopesOf(line, '2024年').some((s) => s.includes(YEAR))).toBe(false);
  });

  it('does not take a count for a year (seed 001: 1116条)', () => {
    const line = findLine(seed(1), (l) => l.includes('主动公开信息1116条'));
    expect(scopesOf(line, '1116').some((s) => s.includes(YEAR) || s.includes(DATE))).toBe(false);
  });
});
