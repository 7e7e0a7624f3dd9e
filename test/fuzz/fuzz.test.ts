/**
 * The fuzz properties (test/fuzz/properties.ts): 10,000 drafts in CI (1,000 by default) made from the
 * seeds and examples, each parsed, checked by every rule, and every fix offered applied.
 * `npm run fuzz` runs the same properties with 100,000 cases.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzProperty } from './properties';

/** 10,000 cases in CI (CI is set there), 1,000 at a developer's desk; NIANBAO_FUZZ_RUNS overrides both. */
const RUNS = Number(process.env.NIANBAO_FUZZ_RUNS ?? (process.env.CI ? 10_000 : 1_000));

describe('fuzz: parser, rules and fixes on damaged drafts', () => {
  it(`no exception, every range inside the document, every fix applicable (${RUNS} cases)`, () => {
    fc.assert(fuzzProperty, { numRuns: RUNS, seed: Number(process.env.NIANBAO_FUZZ_SEED ?? 20241231) });
  }, 600_000);
});
