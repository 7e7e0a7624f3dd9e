/**
 * `npm run fuzz [-- --runs N] [-- --seed S]`: the fuzz properties of test/fuzz/properties.ts
 * (parser, rules and fixes: no exception, every range inside the document, every fix
 * applicable) over 100,000 damaged drafts by default. CI runs the same properties with
 * 10,000 cases (test/fuzz/fuzz.test.ts). A failure prints the shrunk draft and the seed
 * that replays it.
 */
import fc from 'fast-check';
import { fuzzProperty } from '../test/fuzz/properties';

function option(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

const runs = Number(option('--runs') ?? 100_000);
const seed = option('--seed') === undefined ? Date.now() % 0x7fffffff : Number(option('--seed'));
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz [-- --runs N] [-- --seed S]');
  process.exit(2);
}

console.log(`fuzz: ${runs} cases, seed ${seed}`);
const start = process.hrtime.bigint();
const result = fc.check(fuzzProperty, { numRuns: runs, seed });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  console.error(`\nreplay: npm run fuzz -- --runs ${runs} --seed ${seed}`);
  process.exitCode = 1;
} else {
  console.log(`ok: ${result.numRuns} cases in ${seconds.toFixed(1)} s (${Math.round(result.numRuns / seconds)} cases/s)`);
}
