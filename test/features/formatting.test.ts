import { describe, expect, it } from 'vitest';
import { formatDocument, formatRange } from '../../server/src/service/features/formatting';
import { displayWidth } from '../../server/src/service/features/displayWidth';
import { renderReportSkeleton } from '../../server/src/service/schema/render';
import { readSeed } from '../helpers/seeds';
import { applyEdits } from './helpers';

describe('displayWidth', () => {
  it('counts CJK, full-width and ambiguous-width characters double, zero-width marks none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('商业企业')).toBe(8);
    expect(displayWidth('（一）')).toBe(6);
    // Chinese fonts draw the ambiguous “ ” ‘ ’ … — · ① two columns wide, like a Han character.
    expect(displayWidth('“三安全一稳定”')).toBe(16);
    expect(displayWidth('‘甲’…—·①')).toBe(14);
    expect(displayWidth('a\u200bb')).toBe(2);
  });
});

describe('formatDocument', () => {
  it('aligns a Markdown table by display width and keeps alignment colons', () => {
    const text = ['前言', '| 项 | 自然人 | 总计 |', '|:-|:-:|-:|', '| 一、本年新收 | 1 | 22 |', '后记'].join('\n');
    const edits = formatDocument(text);
    expect(edits).toEqual([
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } }, newText: '| 项           | 自然人 | 总计 |' },
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 11 } }, newText: '| :----------- | :----: | ---: |' },
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 19 } }, newText: '| 一、本年新收 |   1    |   22 |' },
    ]);
  });

  it('aligns a row with Chinese quotes as a Chinese font draws them (quotes two columns wide)', () => {
    // 3.危及“三安全一稳定” and 5.属于三类内部事务信息 are equally wide on screen: 22 columns.
    const text = ['| 项 | 自然人 |', '|---|---|', '| 3.危及“三安全一稳定” | 0 |', '| 5.属于三类内部事务信息 | 12 |', '| 注：“…” | 1 |'].join('\n');
    expect(applyEdits(text, formatDocument(text))).toBe(
      [
        '| 项                     | 自然人 |',
        '| ---------------------- | ------ |',
        '| 3.危及“三安全一稳定” | 0      |',
        '| 5.属于三类内部事务信息 | 12     |',
        '| 注：“…”             | 1      |',
      ].join('\n'),
    );
  });

  it('is idempotent and touches only table lines (seed 003, a Markdown report)', () => {
    const seed = readSeed(3);
    const edits = formatDocument(seed);
    expect(edits.length).toBeGreaterThan(0);
    const lines = seed.split('\n');
    for (const e of edits) {
      expect(e.range.start.line).toBe(e.range.end.line);
      expect(lines[e.range.start.line]!.trimStart().startsWith('|')).toBe(true);
    }
    const formatted = applyEdits(seed, edits);
    expect(formatDocument(formatted)).toEqual([]);
    // Only whitespace and dashes changed: the cells are the same.
    const cells = (t: string): string[] => t.split('\n').map((l) => l.replace(/[ -]/g, ''));
    expect(cells(formatted)).toEqual(cells(seed));
  });

  it.each([0, 1, 2, 4])('leaves seed %i (pipe rows, cells per line, tab rows) untouched', (n) => {
    expect(formatDocument(readSeed(n))).toEqual([]);
  });

  it('leaves tables in fenced code, pipe rows without a delimiter, and prose alone', () => {
    const text = ['```', '| a | b |', '|---|---|', '```', '规章 | 0 | 0 |', '行政许可 | 0 |', '普通段落，含 | 竖线。'].join('\n');
    expect(formatDocument(text)).toEqual([]);
  });

  it('keeps escaped pipes inside their cell and completes short rows', () => {
    const text = ['| a | b |', '|---|---|', '| x\\|y |'].join('\n');
    expect(applyEdits(text, formatDocument(text))).toBe(['| a    | b   |', '| ---- | --- |', '| x\\|y |     |'].join('\n'));
  });

  it('leaves the canonical tables of the template as they are', () => {
    expect(formatDocument(renderReportSkeleton({ agency: '某某市某某局', year: 2024 }))).toEqual([]);
  });

  it('keeps CRLF line ends out of the edits', () => {
    const text = '| 甲 | b |\r\n|---|---|\r\n| 1 | 2 |\r\n';
    const edits = formatDocument(text);
    expect(edits.map((e) => e.newText)).toEqual(['| 甲  | b   |', '| --- | --- |', '| 1   | 2   |']);
    expect(edits[0]!.range.end).toEqual({ line: 0, character: 9 });
  });
});

describe('formatRange', () => {
  it('formats only the tables the range touches, each as a whole', () => {
    const text = ['| 甲 | b |', '|---|---|', '', '| 乙 | c |', '|---|---|', '| 1 | 2 |'].join('\n');
    const edits = formatRange(text, { start: { line: 5, character: 0 }, end: { line: 5, character: 3 } });
    expect(edits.map((e) => e.range.start.line)).toEqual([3, 4, 5]);
  });
});
