import { defineConfig } from 'vitest/config';

/**
 * Three tiers, all run by `npm test`:
 * - unit: the language service, converters and scripts on in-memory text (the inner loop:
 *   `npm run test:unit`, about six seconds). Its files share one module graph per worker
 *   (`isolate: false`): the service keeps no module-level mutable state and no unit test mocks a
 *   module, so loading it once per worker instead of once per file changes nothing but the time
 *   (23 s → 6 s; the files pass in any order, `--sequence.shuffle`);
 * - integration: the real language server over stdio, the CLI as a process, the package, and
 *   the converters on real files (Word, web pages, PDFs; they need `npm run build` first, which
 *   `npm test` does);
 * - fuzz: properties over generated cases — random damaged drafts through parser, rules and
 *   fixes (1,000 by default, 10,000 when CI is set; NIANBAO_FUZZ_RUNS overrides), the parser's
 *   fast paths against their plain definitions, every feature at every position of the seeds.
 * The end-to-end suite in a real VS Code is apart: `npm run test:e2e`.
 */
const INTEGRATION = [
  'test/lsp/**/*.test.ts',
  'test/cli/**/*.test.ts',
  'test/package/**/*.test.ts',
  'test/workspace/lsp.test.ts',
  'test/workspace/cli.test.ts',
  'test/features/lsp.test.ts',
  'test/fixes/lsp.test.ts',
  'test/convert/**/*.test.ts',
];
/** Random inputs and every-position sweeps: properties over many generated cases. */
const FUZZ = [
  'test/fuzz/**/*.test.ts',
  'test/parser/property.test.ts',
  'test/parser/fast-paths.test.ts',
  'test/parser/normalize.test.ts',
  'test/fixes/properties.test.ts',
  'test/features/robustness.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', isolate: false, pool: 'threads', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'node_modules/**', ...INTEGRATION, ...FUZZ] } },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
      { extends: true, test: { name: 'fuzz', include: FUZZ } },
    ],
  },
});
