/**
 * The fuzz properties (test/fuzz/properties.ts) at CI size: 10,000 drafts made from the
 * seeds and examples, each parsed, checked by every rule, and every fix offered applied.
 * `npm run fuzz` runs the same properties with 100,000 cases.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzProperty } from './properties';

describe('fuzz: parser, rules and fixes on damaged drafts', () => {
  it('no exception, every range inside the document, every fix applicable (10,000 cases)', () => {
    fc.assert(fuzzProperty, { numRuns: 10_000, seed: Number(process.env.NIANBAO_FUZZ_SEED ?? 20241231) });
  }, 600_000);
});
