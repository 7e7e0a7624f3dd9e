/**
 * Heading and label forms that real drafts use but the five seeds do not all show:
 * Markdown and bold headings, and every statutory row label in both bracket widths.
 */
import { describe, expect, it } from 'vitest';
import { rowLabels } from '../../scripts/gen-grammar';
import { fragmentHasScope, tokenizeDocument } from './tokenize';

const ROW_LABEL = 'entity.name.tag.row-label.nianbao';

async function line(text: string) {
  const [tokens] = await tokenizeDocument(text);
  if (!tokens) throw new Error('no line');
  return tokens;
}

describe('heading forms', () => {
  it.each([
    ['## 三、收到和处理政府信息公开申请情况', '三'],
    ['**五、存在的主要问题及改进情况**', '五'],
    ['六、其他需要报告的事项：', '六'],
  ])('scopes %s as a part heading', async (text, numeral) => {
    const tokens = await line(text);
    expect(fragmentHasScope(tokens, numeral, 'constant.numeric.part-numeral.nianbao')).toBe(true);
  });

  it('does not take a numbered sentence for a part heading', async () => {
    const tokens = await line('一、总体情况良好，全年主动公开信息100条');
    expect(tokens.tokens.some((t) => t.scopes.includes('markup.heading.part.nianbao'))).toBe(false);
  });
});

describe('every statutory row label', () => {
  const halfWidth = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/[“”]/g, '"');

  it.each(rowLabels())('scopes %s in a pipe row, also with half-width punctuation', async (label) => {
    for (const form of [label, halfWidth(label)]) {
      const tokens = await line(`| ${form} | 0 | 0 |`);
      expect(fragmentHasScope(tokens, form, ROW_LABEL), form).toBe(true);
    }
  });
});
