// code-server (a real VS Code workbench served over HTTP) in private folders, as
// /work/shared/realclient.md describes: its own HOME/XDG folders, user data and extensions.
/* global setTimeout, fetch */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  // The value this VS Code migrates `false` to: it would rewrite the file while the language
  // step edits it, and complain that the file has unsaved changes.
  'extensions.autoUpdate': 'off',
  'extensions.autoCheckUpdates': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  // Completion only when the test asks for it (Ctrl+Space), so the suggest widget is predictable.
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.wordBasedSuggestions': 'off',
  'workbench.tips.enabled': false,
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  // The editor's font and word wrap are VS Code's defaults, as a clerk has them: nothing here
  // may hide what the default settings look like (the report view shows the tables as tables).
  // The language step writes settings.json through the editor: nothing may be added to its text.
  '[jsonc]': { 'editor.autoClosingBrackets': 'never', 'editor.autoClosingQuotes': 'never', 'editor.autoSurround': 'never' },
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  // The users are Chinese, and VS Code here runs in English (no Chinese language pack within
  // reach): the setting they would use makes the extension answer in Chinese all the same.
  'nianbao.language': 'zh',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Private folders for one run, all under `root`. */
export function prepareDirs(root) {
  const dirs = {
    home: path.join(root, 'home'),
    config: path.join(root, 'xdg-config'),
    data: path.join(root, 'xdg-data'),
    cache: path.join(root, 'xdg-cache'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    configFile: path.join(root, 'code-server.yaml'),
  };
  for (const key of ['home', 'config', 'data', 'cache', 'extensions']) mkdirSync(dirs[key], { recursive: true });
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  // Without `auth: none` code-server writes a password file into the home folder.
  writeFileSync(dirs.configFile, 'auth: none\n');
  writeFileSync(userSettingsFile(dirs), JSON.stringify(userSettings(), null, 2));
  return dirs;
}

/** The user settings of a run: the test's defaults with `changes` over them. */
export function userSettings(changes = {}) {
  return { ...USER_SETTINGS, ...changes };
}

export function userSettingsFile(dirs) {
  return path.join(dirs.userData, 'User', 'settings.json');
}

function privateEnv(tools, dirs) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Nothing of an enclosing VS Code or Node setup may leak into the server under test.
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE' || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return {
    ...env,
    PATH: `${tools.nodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
  };
}

function baseArgs(tools, dirs) {
  return [tools.codeServer, '--config', dirs.configFile, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

export function installExtension(tools, dirs, vsix) {
  const result = spawnSync(tools.node, [...baseArgs(tools, dirs), '--install-extension', vsix], {
    env: privateEnv(tools, dirs),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${path.basename(vsix)} into code-server failed (exit ${result.status}):\n${output}`);
  }
  return output.trim();
}

/** Starts code-server in its own process group and resolves once /healthz answers. */
export async function startCodeServer(tools, dirs, logFile) {
  const port = await freePort();
  const out = openSync(logFile, 'a');
  const args = [
    ...baseArgs(tools, dirs),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // The users are Chinese. Without the Chinese language pack (only its gallery has one, out of
    // reach here) VS Code still resolves its display language to English; with it, Chinese.
    // Either way the extension's messages are Chinese: the settings say `nianbao.language: zh`.
    '--locale', 'zh-cn',
  ];
  const child = spawn(tools.node, args, { env: privateEnv(tools, dirs), stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  const server = { child, port, url: `http://127.0.0.1:${port}`, stop: () => stopProcessGroup(child) };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const response = await fetch(`${server.url}/healthz`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop();
  throw new Error(`code-server did not answer /healthz within 30 s; see ${logFile}`);
}

/** Ends the whole process group: code-server keeps extension hosts alive for hours otherwise. */
export async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child.pid, 'SIGKILL'); // children of an exited leader may linger
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child.pid, 'SIGTERM');
  const timer = new Promise((resolve) => setTimeout(resolve, 5000, 'timeout'));
  if ((await Promise.race([exited, timer])) === 'timeout') killGroup(child.pid, 'SIGKILL');
  killGroup(child.pid, 'SIGKILL');
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
