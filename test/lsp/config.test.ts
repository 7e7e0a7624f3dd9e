import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/src/service/config';
import { readSeed } from '../helpers/seeds';
import { ensureServerBuilt, fileUri, LspClient, tempFolder, writeText } from './harness';
import { expectedDiagnostics } from './expected';

let client: LspClient | null = null;
beforeAll(ensureServerBuilt);
afterEach(() => {
  client?.kill();
  client = null;
});

const SEED = readSeed(1);
const codes = (diagnostics: { code?: string | number }[]) => diagnostics.map((d) => String(d.code));

describe('.nianbaorc.json and editor settings', () => {
  it('a .nianbaorc.json in the workspace folder turns a rule off; a change on disk is picked up', async () => {
    const workspace = tempFolder();
    const rc = join(workspace, '.nianbaorc.json');
    writeText(rc, JSON.stringify({ rules: { 'publish-late': 'off' } }));
    client = await LspClient.start({ workspaceFolders: [workspace] });
    const uri = fileUri(join(workspace, 'report.nianbao'));
    client.open(uri, SEED);
    const published = await client.diagnosticsFor(uri, 1);
    expect(published).toEqual(expectedDiagnostics(SEED, uri, { rules: { 'publish-late': 'off' } }));
    expect(codes(published)).not.toContain('publish-late');
    expect(codes(expectedDiagnostics(SEED, uri))).toContain('publish-late');

    rmSync(rc);
    const republished = client.nextDiagnostics(uri, 1);
    client.fileChanged(fileUri(rc));
    expect(await republished).toEqual(expectedDiagnostics(SEED, uri));
  });

  it('a nearer .nianbaorc.json overrides the workspace root one, rule by rule', async () => {
    const workspace = tempFolder();
    const sub = join(workspace, 'reports', '2024');
    mkdirSync(sub, { recursive: true });
    writeText(join(workspace, '.nianbaorc.json'), JSON.stringify({ rules: { 'publish-late': 'off', 'date-malformed': 'hint' } }));
    writeText(join(sub, '.nianbaorc.json'), JSON.stringify({ rules: { 'publish-late': 'error' } }));
    client = await LspClient.start({ workspaceFolders: [workspace] });
    const uri = fileUri(join(sub, 'report.nianbao'));
    client.open(uri, SEED);
    expect(await client.diagnosticsFor(uri, 1)).toEqual(
      expectedDiagnostics(SEED, uri, { rules: { 'publish-late': 'error', 'date-malformed': 'hint' } }),
    );
  });

  it('a workspace folder added later brings its .nianbaorc.json into force', async () => {
    const workspace = tempFolder();
    const sub = join(workspace, 'reports');
    mkdirSync(sub);
    writeText(join(workspace, '.nianbaorc.json'), JSON.stringify({ rules: { 'publish-late': 'off' } }));
    client = await LspClient.start();
    const uri = fileUri(join(sub, 'report.nianbao'));
    client.open(uri, SEED);
    // Outside every workspace folder only the document's own folder is searched.
    expect(await client.diagnosticsFor(uri, 1)).toEqual(expectedDiagnostics(SEED, uri));
    const republished = client.nextDiagnostics(uri, 1);
    void client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: fileUri(workspace), name: 'reports' }], removed: [] },
    });
    expect(await republished).toEqual(expectedDiagnostics(SEED, uri, { rules: { 'publish-late': 'off' } }));
  });

  it('editor settings override .nianbaorc.json rule by rule, and changes re-publish', async () => {
    const workspace = tempFolder();
    writeText(join(workspace, '.nianbaorc.json'), JSON.stringify({ rules: { 'publish-late': 'off', 'date-malformed': 'warning' } }));
    client = await LspClient.start({ workspaceFolders: [workspace], settings: { rules: { 'publish-late': 'error' } } });
    const uri = fileUri(join(workspace, 'report.nianbao'));
    client.open(uri, SEED);
    expect(await client.diagnosticsFor(uri, 1)).toEqual(
      expectedDiagnostics(SEED, uri, { rules: { 'publish-late': 'error', 'date-malformed': 'warning' } }),
    );
    expect(client.configurationRequests).toContain(uri);

    const republished = client.nextDiagnostics(uri, 1);
    client.changeSettings({ rules: {} });
    expect(await republished).toEqual(
      expectedDiagnostics(SEED, uri, { rules: { 'publish-late': 'off', 'date-malformed': 'warning' } }),
    );
  });

  it('the deadline: editor setting over .nianbaorc.json, and "auto" in the editor leaves the file in force', async () => {
    const workspace = tempFolder();
    writeText(join(workspace, '.nianbaorc.json'), JSON.stringify({ deadline: 'government' }));
    client = await LspClient.start({ workspaceFolders: [workspace], settings: { deadline: 'auto' } });
    const uri = fileUri(join(workspace, 'report.nianbao'));
    client.open(uri, SEED);
    const government = expectedDiagnostics(SEED, uri, { deadline: 'government' });
    const department = expectedDiagnostics(SEED, uri, { deadline: 'department' });
    // Seed 1 was published after 31 January but before 31 March: the deadline decides publish-late.
    expect(codes(government)).not.toEqual(codes(department));
    expect(await client.diagnosticsFor(uri, 1)).toEqual(government);
    const republished = client.nextDiagnostics(uri, 1);
    client.changeSettings({ deadline: 'department' });
    expect(await republished).toEqual(department);
  });

  it('an invalid .nianbaorc.json warns once in Chinese and does not stop checking', async () => {
    const workspace = tempFolder();
    const broken = '{ "rules": { "publish-late": "off", "no-such-rule": "error" } ';
    writeText(join(workspace, '.nianbaorc.json'), broken);
    client = await LspClient.start({ workspaceFolders: [workspace] });
    const first = fileUri(join(workspace, 'a.nianbao'));
    const second = fileUri(join(workspace, 'b.nianbao'));
    client.open(first, SEED);
    client.open(second, SEED);
    const expected = expectedDiagnostics(SEED, first, { rules: { 'publish-late': 'off' } });
    expect(await client.diagnosticsFor(first, 1)).toEqual(expected);
    await client.diagnosticsFor(second, 1);
    expect(client.shownMessages).toHaveLength(1);
    expect(client.shownMessages[0]!.type).toBe(2);
    expect(client.shownMessages[0]!.message).toContain('.nianbaorc.json');
    const errors = parseConfig(broken).errors;
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(client.shownMessages[0]!.message).toContain(error);
    expect(client.shownMessages[0]!.message).toMatch(/^年报检查：配置文件 .*\.nianbaorc\.json 有误/);
  });

  it('nianbao.language changes the language of the published findings at once, without a restart', async () => {
    client = await LspClient.start({ settings: { language: 'zh' } });
    const uri = fileUri(join(tempFolder(), 'language.nianbao'));
    client.open(uri, SEED);
    expect(await client.diagnosticsFor(uri, 1)).toEqual(expectedDiagnostics(SEED, uri));
    for (const language of ['en', 'zh', 'en'] as const) {
      const republished = client.nextDiagnostics(uri, 1);
      client.changeSettings({ language });
      expect(await republished).toEqual(expectedDiagnostics(SEED, uri, { lang: language }));
    }
    // 'auto' follows the editor's display language: the harness starts the server without one (Chinese).
    const automatic = client.nextDiagnostics(uri, 1);
    client.changeSettings({ language: 'auto' });
    expect(await automatic).toEqual(expectedDiagnostics(SEED, uri, { lang: 'zh' }));
  });

  it('settings pushed with didChangeConfiguration apply when the client cannot be asked', async () => {
    client = await LspClient.start({ configurationSupport: false });
    const uri = fileUri(join(tempFolder(), 'pushed.nianbao'));
    client.open(uri, SEED);
    expect(await client.diagnosticsFor(uri, 1)).toEqual(expectedDiagnostics(SEED, uri));
    const republished = client.nextDiagnostics(uri, 1);
    client.changeSettings({ rules: { 'date-malformed': 'off' } });
    expect(await republished).toEqual(expectedDiagnostics(SEED, uri, { rules: { 'date-malformed': 'off' } }));
    expect(client.configurationRequests).toEqual([]);
  });

  it('a document larger than nianbao.maxFileSize is not analysed (document-too-large)', async () => {
    // 0.001 MB = 1049 UTF-16 code units; the seed is longer.
    client = await LspClient.start({ settings: { maxFileSize: 0.001 } });
    const uri = fileUri(join(tempFolder(), 'large.nianbao'));
    client.open(uri, SEED);
    const published = await client.diagnosticsFor(uri, 1);
    expect(SEED.length).toBeGreaterThan(1049);
    expect(published).toEqual(expectedDiagnostics(SEED, uri, { maxSize: 1049 }));
    expect(codes(published)).toEqual(['document-too-large']);
  });

  it('maxSize from .nianbaorc.json applies while the editor keeps its default maxFileSize', async () => {
    const workspace = tempFolder();
    writeText(join(workspace, '.nianbaorc.json'), JSON.stringify({ maxSize: 2000 }));
    client = await LspClient.start({ workspaceFolders: [workspace], settings: { maxFileSize: 5, deadline: 'auto' } });
    const uri = fileUri(join(workspace, 'large.nianbao'));
    client.open(uri, SEED);
    expect(codes(await client.diagnosticsFor(uri, 1))).toEqual(['document-too-large']);
  });
});
