import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GRAMMAR_PATH, grammarText } from '../../scripts/gen-grammar';

it('the committed grammar is what scripts/gen-grammar.ts renders from the schema', () => {
  // When this fails, run: npx tsx scripts/gen-grammar.ts
  expect(readFileSync(GRAMMAR_PATH, 'utf8')).toBe(grammarText());
});
