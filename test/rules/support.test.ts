/** Helpers the rules share: the keyword search. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsAny, minimalWords } from '../../server/src/service/rules/support';
import { OVERVIEW_TOPICS } from '../../server/src/service/schema/format';

describe('minimalWords', () => {
  it('drops the words that hold another word of the list', () => {
    expect(OVERVIEW_TOPICS.map((t) => minimalWords(t.keywords))).toEqual([['主动公开'], ['依申请'], ['信息管理'], ['平台'], ['监督', '考核']]);
    expect(minimalWords(['将', '计划', '将来'])).toEqual(['将', '计划']);
    expect(minimalWords(['年报', '年报'])).toEqual(['年报']);
    expect(minimalWords(['年报', ''])).toEqual(['']);
  });

  it('never changes what containsAny finds', () => {
    const letter = fc.constantFrom('上', '年', '报', 'a');
    const word = fc.array(letter, { maxLength: 3 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 8 }).map((t) => t.join('')), fc.array(word, { minLength: 1, maxLength: 5 }), (text, words) => {
        expect(containsAny(text, minimalWords(words))).toBe(containsAny(text, words));
      }),
      { numRuns: 2000 },
    );
  });
});
