/** The files that list the rules are what scripts/gen-rule-files.ts makes of the rules' metadata. */
import { describe, expect, it } from 'vitest';
import { staleFiles } from '../../scripts/gen-rule-files';

describe('files generated from the rules', () => {
  it('are current (run npx tsx scripts/gen-rule-files.ts after changing a rule)', () => {
    expect(staleFiles()).toEqual([]);
  });
});
