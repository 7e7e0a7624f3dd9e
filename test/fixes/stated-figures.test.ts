/**
 * A sum repair that would make a figure the text states contradict the tables is no safe
 * choice (minimised from the property in properties.test.ts): seed 000 says 无因依申请公开答复
 * 不满意而产生行政复议、行政诉讼, and one cell of table 四's 复议后起诉 typed as 1. Writing 1 into
 * the group's 总计 balances the row but contradicts the text (narrative-mismatch), so that repair
 * is offered for the clerk to choose, never applied by fix-all.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import { applyEdits, fixAll, fixesFor } from '../../server/src/service/fixes/index';
import { BASES, mutate } from './defects';
import { newFindings } from './finding-identity';

describe('a sum repair against the text’s stated figure', () => {
  const intact = BASES[1]!.text;
  const text = mutate(intact, { kind: 'review', column: 13, value: 1 })!;

  it('is offered, not safe, and would contradict the text', () => {
    const { model, diagnostics } = analyze(text);
    // Seed 000 also lacks the heading of part 一 (section-title, the same in the intact seed).
    expect(diagnostics.map((d) => `${d.code}/${d.messageId}`)).toEqual(['section-title/implicit', 'total-review/reviewTotal']);
    const fixes = fixesFor(model, diagnostics[1]!, 'zh');
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([
      ['将表四复议后起诉“总计”改为 1', false],
      ['将表四复议后起诉“尚未审结”改为 0', false],
    ]);
    const out = applyEdits(text, fixes[0]!.edits);
    expect(newFindings(text, fixes[0]!.edits, out, diagnostics, analyze(out).diagnostics).map((d) => `${d.code}/${d.messageId}`)).toEqual(['narrative-mismatch/mismatch']);
  });

  it('is left to the clerk by fix-all', () => {
    // Fix-all writes part 一's heading (as on the intact seed) and leaves table 四 as typed.
    const result = fixAll(text);
    expect(result.text).toBe(mutate(fixAll(intact).text, { kind: 'review', column: 13, value: 1 }));
    expect(result.remaining.map((d) => `${d.code}/${d.messageId}`)).toEqual(['total-review/reviewTotal']);
  });
});
