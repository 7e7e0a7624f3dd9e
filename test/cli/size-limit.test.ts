/**
 * The size limit on the command line: a file over maxSize (from .nianbaorc.json, default
 * 5 MB) is reported with one information diagnostic, document-too-large, and not checked.
 * The CLI is bundled into a folder of this test's own, so it never races the build of the
 * other CLI tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SIZE } from '../../server/src/service/rules';
import { readSeed, repoRoot } from '../helpers/seeds';

const out = mkdtempSync(join(tmpdir(), 'nianbao-cli-size-'));
const cli = join(out, 'cli.js');

beforeAll(async () => {
  await build({
    entryPoints: [join(repoRoot, 'server', 'src', 'cli', 'main.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    // As scripts/build.mjs: tinyglobby's ES build needs import.meta.url in a CommonJS bundle.
    banner: { js: 'var __import_meta_url = require("url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__import_meta_url' },
  });
}, 60_000);

interface Entry {
  file: string;
  diagnostics: { code: string; severity: string; message: string; range: unknown; fixable: boolean }[];
}

function check(dir: string, file: string): { status: number | null; entries: Entry[] } {
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', file], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: run.status, entries: JSON.parse(run.stdout) as Entry[] };
}

describe('nianbao check and the size limit', () => {
  it('maxSize from .nianbaorc.json: one information diagnostic, exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-size-'));
    writeFileSync(join(dir, '.nianbaorc.json'), JSON.stringify({ maxSize: 1000 }));
    writeFileSync(join(dir, 'report.md'), readSeed(3));
    const { status, entries } = check(dir, 'report.md');
    expect(status).toBe(0);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.diagnostics).toEqual([
      {
        code: 'document-too-large',
        severity: 'information',
        message: `文档大小（${Math.ceil(readSeed(3).length / 1024)} KB）超过检查上限（1 KB），未做检查。如需检查，请在 .nianbaorc.json 或编辑器设置中调高 maxSize（单位：字符）`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        fixable: false,
      },
    ]);
  });

  it('a report over the default 5 MB is not checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-size-'));
    const seed = readSeed(3);
    writeFileSync(join(dir, 'huge.md'), seed.repeat(Math.ceil(DEFAULT_MAX_SIZE / seed.length) + 1));
    const { status, entries } = check(dir, 'huge.md');
    expect(status).toBe(0);
    expect(entries[0]!.diagnostics.map((d) => [d.code, d.severity])).toEqual([['document-too-large', 'information']]);
  });
});
