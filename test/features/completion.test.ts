import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser/index';
import { completions } from '../../server/src/service/features/completion';
import { renderTableMarkdown } from '../../server/src/service/schema/render';
import { FEE_SENTENCE } from '../../server/src/service/schema/format';
import { readSeed } from '../helpers/seeds';
import { withCursor } from './helpers';

function complete(marked: string, lang: 'zh' | 'en' = 'zh') {
  const { text, position } = withCursor(marked);
  return { position, items: completions(parseReport(text), position, lang) };
}

const TITLE = '某某局2024年政府信息公开工作年度报告';

describe('completion inside a table', () => {
  const t3 = renderTableMarkdown('three');

  it('offers the next statutory row first, as a whole Markdown row with zeros aligned like its neighbours', () => {
    const marked = [TITLE, '', '三、收到和处理政府信息公开申请情况', '', ...t3.slice(0, 6), '‸', '', '四、政府信息公开行政复议、行政诉讼情况'].join('\n');
    const { position, items } = complete(marked);
    const first = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText))[0]!;
    expect(first).toMatchObject({
      label: '1.属于国家秘密',
      kind: 'row',
      detail: '下一行（法定顺序）',
      textEdit: { range: { start: position, end: position }, newText: t3[6] },
    });
    expect(first.documentation).toBe('**三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密**\n\n属于国家秘密，不予公开（条例第十四条）。');
    // Every missing row is offered (21 of 25), the present ones are not.
    expect(items.map((i) => i.label)).toHaveLength(21);
    expect(items.map((i) => i.label)).not.toContain('（一）予以公开');
  });

  it('completes only the label inside a label cell, replacing what was typed', () => {
    const marked = [TITLE, '', '三、收到和处理政府信息公开申请情况', '', ...t3.slice(0, 6), '| 1.属‸', ''].join('\n');
    const { position, items } = complete(marked);
    expect(items.map((i) => i.label)).toEqual(['1.属于国家秘密']);
    expect(items[0]).toMatchObject({ kind: 'label', textEdit: { range: { start: { line: position.line, character: 2 }, end: position }, newText: '1.属于国家秘密' }, sortText: '0004' });
  });

  it('writes the row in a tab-separated table like its neighbours (seed 004)', () => {
    const lines = readSeed(4).split('\n');
    const at = lines.findIndex((l) => l.includes('4. 保护第三方合法权益'));
    lines[at] = '‸';
    const { items } = complete(lines.join('\n'));
    expect(items).toHaveLength(1);
    expect(items[0]!.textEdit.newText).toBe('\t\t4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0');
  });

  it('writes the row one cell per line in a cell-per-line table (seed 000)', () => {
    const lines = readSeed(0).split('\n');
    const at = lines.findIndex((l) => l.startsWith('四、结转下年度继续办理'));
    lines.splice(at, 8, '‸');
    const { items } = complete(lines.join('\n'));
    expect(items.map((i) => [i.label, i.textEdit.newText])).toEqual([['四、结转下年度继续办理', '四、结转下年度继续办理 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |']]);
  });
});

describe('completion of headings and sentences', () => {
  it('offers the next part title first at the start of a line after part 二’s body, with and without its table', () => {
    const marked = [TITLE, '', '一、总体情况', '概述。', '二、主动公开政府信息情况', '', ...renderTableMarkdown('two'), '', '三‸'].join('\n');
    const { position, items } = complete(marked);
    const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));
    expect(sorted.slice(0, 2).map((i) => [i.label, i.detail])).toEqual([
      ['三、收到和处理政府信息公开申请情况', '下一部分（法定顺序）'],
      ['三、收到和处理政府信息公开申请情况（含表三）', '下一部分（法定顺序）'],
    ]);
    expect(sorted[0]!.textEdit).toEqual({ range: { start: { line: position.line, character: 0 }, end: position }, newText: '三、收到和处理政府信息公开申请情况' });
    expect(sorted[1]!.textEdit.newText).toBe(['三、收到和处理政府信息公开申请情况', '', ...renderTableMarkdown('three')].join('\n'));
    expect(items.map((i) => i.label)).not.toContain('一、总体情况');
    expect(items.map((i) => i.label)).not.toContain('二、主动公开政府信息情况');
  });

  it('offers no heading in the middle of a sentence', () => {
    const { items } = complete([TITLE, '', '一、总体情况', '本年度，我局‸'].join('\n'));
    expect(items.filter((i) => i.kind === 'part')).toEqual([]);
  });

  it('offers the fee sentence in part 六', () => {
    const { position, items } = complete([TITLE, '', '六、其他需要报告的事项', '‸'].join('\n'));
    const fee = items.find((i) => i.kind === 'sentence')!;
    expect(fee).toMatchObject({ label: '信息处理费（未收取）', insertText: FEE_SENTENCE, textEdit: { range: { start: position, end: position }, newText: FEE_SENTENCE } });
    expect(complete([TITLE, '', '五、存在的主要问题及改进情况', '‸'].join('\n')).items.some((i) => i.kind === 'sentence')).toBe(false);
  });

  it('offers the missing table in a table part and the missing topics in part 一', () => {
    const table = complete([TITLE, '', '四、政府信息公开行政复议、行政诉讼情况', '‸'].join('\n')).items.find((i) => i.kind === 'table');
    expect(table?.textEdit.newText).toBe(renderTableMarkdown('four').join('\n'));
    expect(table?.label).toBe('表四（政府信息公开行政复议、行政诉讼情况）');
    const topics = complete([TITLE, '', '一、总体情况', '（一）主动公开情况', '内容。', '‸'].join('\n')).items.filter((i) => i.kind === 'topic');
    expect(topics.map((i) => i.label)).toEqual(['（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障']);
  });

  it('speaks English when asked', () => {
    const { items } = complete([TITLE, '', '六、其他需要报告的事项', '‸'].join('\n'), 'en');
    expect(items.find((i) => i.kind === 'sentence')?.detail).toBe('the processing-fee statement part 6 needs');
  });
});
