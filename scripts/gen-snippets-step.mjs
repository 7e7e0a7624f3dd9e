// Build step: snippets/nianbao.code-snippets is generated from the schema. The
// generator is TypeScript, so it is bundled to a temporary CommonJS file and run.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function generateSnippets(common) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-snippets-'));
  try {
    const outfile = join(dir, 'gen-snippets.cjs');
    await build({ ...common, sourcemap: false, minify: false, entryPoints: ['scripts/gen-snippets.ts'], outfile });
    execFileSync(process.execPath, [outfile, 'snippets/nianbao.code-snippets'], { stdio: 'inherit' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
