import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectReport } from '../../server/src/service/parser/index';
import { readSeed } from '../helpers/seeds';
import { ensureServerBuilt, fileUri, LspClient, tempFolder } from './harness';
import { expectedDiagnostics } from './expected';

interface Status {
  checked: boolean;
  reason: string;
  errors: number;
  warnings: number;
}

const folder = tempFolder();
const uriOf = (name: string) => fileUri(join(folder, name));
const NOTE = '# 会议纪要\n\n一、总体情况\n\n今天讨论了下周的工作安排。\n';
const REPORT_LIKE = readSeed(0);

let client: LspClient;
beforeAll(async () => {
  await ensureServerBuilt();
  client = await LspClient.start();
});
afterAll(() => client.kill());

/**
 * Opening a sentinel report after `uri` and waiting for its diagnostics proves the
 * server has already handled `uri` (documents are handled in order).
 */
async function settle(lsp: LspClient, name: string): Promise<void> {
  const sentinel = uriOf(`sentinel-${name}.nianbao`);
  lsp.open(sentinel, readSeed(4));
  await lsp.diagnosticsFor(sentinel, 1);
}

function counts(diagnostics: { severity?: number }[]): { errors: number; warnings: number } {
  return {
    errors: diagnostics.filter((d) => d.severity === 1).length,
    warnings: diagnostics.filter((d) => d.severity === 2).length,
  };
}

describe('which documents are checked', () => {
  it('a Markdown note is not detected: no diagnostics, and the status says why', async () => {
    expect(detectReport(NOTE).isReport).toBe(false);
    const uri = uriOf('note.md');
    client.open(uri, NOTE, 'markdown');
    await settle(client, 'note');
    expect(client.publicationsFor(uri)).toEqual([]);
    const status = await client.request<Status>('nianbao/status', { uri });
    expect(status).toEqual({ checked: false, reason: detectReport(NOTE).reason.zh, errors: 0, warnings: 0 });
  });

  it('a Markdown report is detected and checked', async () => {
    const detected = detectReport(REPORT_LIKE);
    expect(detected.isReport).toBe(true);
    const uri = uriOf('report.md');
    client.open(uri, REPORT_LIKE, 'markdown');
    const published = await client.diagnosticsFor(uri, 1);
    expect(published).toEqual(expectedDiagnostics(REPORT_LIKE, uri));
    const status = await client.request<Status>('nianbao/status', { uri });
    expect(status).toEqual({ checked: true, reason: detected.reason.zh, ...counts(published) });
  });

  it('a plain-text report is detected too; other languages are not checked', async () => {
    const text = readSeed(1);
    const plain = uriOf('report.txt');
    client.open(plain, text, 'plaintext');
    expect(await client.diagnosticsFor(plain, 1)).toEqual(expectedDiagnostics(text, plain));
    const other = uriOf('report.json');
    client.open(other, text, 'json');
    await settle(client, 'json');
    expect(client.publicationsFor(other)).toEqual([]);
    expect((await client.request<Status>('nianbao/status', { uri: other })).checked).toBe(false);
  });

  it('a nianbao document is always checked, whatever it contains', async () => {
    const uri = uriOf('note.nianbao');
    client.open(uri, NOTE);
    const published = await client.diagnosticsFor(uri, 1);
    expect(published).toEqual(expectedDiagnostics(NOTE, uri));
    const status = await client.request<Status>('nianbao/status', { uri });
    expect(status).toEqual({ checked: true, reason: '文件类型为“年报”', ...counts(published) });
  });

  it('"check anyway" checks an undetected Markdown document until it is closed', async () => {
    const uri = uriOf('forced.md');
    client.open(uri, NOTE, 'markdown');
    await settle(client, 'forced');
    const published = client.nextDiagnostics(uri, 1);
    expect(await client.request('nianbao/checkAnyway', { uri })).toEqual({ ok: true });
    expect(await published).toEqual(expectedDiagnostics(NOTE, uri));
    expect((await client.request<Status>('nianbao/status', { uri })).checked).toBe(true);

    const cleared = client.nextDiagnostics(uri);
    client.close(uri);
    expect(await cleared).toEqual([]);
    client.open(uri, NOTE, 'markdown', 2);
    expect((await client.request<Status>('nianbao/status', { uri })).checked).toBe(false);
  });

  it('a document that stops looking like a report has its diagnostics cleared', async () => {
    const uri = uriOf('shrinking.md');
    client.open(uri, REPORT_LIKE, 'markdown');
    expect((await client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
    const lines = REPORT_LIKE.split('\n').length;
    const cleared = client.nextDiagnostics(uri, 2);
    client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, text: NOTE }]);
    expect(await cleared).toEqual([]);
  });

  it('status of a document that is not open, and of malformed parameters', async () => {
    const notOpen = { checked: false, reason: '此文件未在编辑器中打开', errors: 0, warnings: 0 };
    expect(await client.request('nianbao/status', { uri: uriOf('absent.md') })).toEqual(notOpen);
    expect(await client.request('nianbao/status', { uri: 42 })).toEqual(notOpen);
    expect(await client.request('nianbao/checkAnyway', {})).toEqual({ ok: false });
  });
});

describe('detection settings', () => {
  it('with detectInMarkdown off, a Markdown report is not checked', async () => {
    const off = await LspClient.start({ settings: { detectInMarkdown: false } });
    try {
      const uri = uriOf('off.md');
      off.open(uri, REPORT_LIKE, 'markdown');
      await settle(off, 'off');
      expect(off.publicationsFor(uri)).toEqual([]);
      expect(await off.request('nianbao/status', { uri })).toEqual({
        checked: false,
        reason: '已在设置中关闭 Markdown 检测',
        errors: 0,
        warnings: 0,
      });
      // Turning detection back on checks it.
      const published = off.nextDiagnostics(uri, 1);
      off.changeSettings({ detectInMarkdown: true });
      expect(await published).toEqual(expectedDiagnostics(REPORT_LIKE, uri));
      // And off again clears it.
      const cleared = off.nextDiagnostics(uri, 1);
      off.changeSettings({ detectInMarkdown: false });
      expect(await cleared).toEqual([]);
    } finally {
      off.kill();
    }
  });

  it('gives the reason in English with an English locale', async () => {
    const english = await LspClient.start({ locale: 'en', settings: { detectInMarkdown: false } });
    try {
      const uri = uriOf('off-en.md');
      english.open(uri, REPORT_LIKE, 'markdown');
      expect(await english.request('nianbao/status', { uri })).toEqual({
        checked: false,
        reason: 'Detection in Markdown is turned off in the settings',
        errors: 0,
        warnings: 0,
      });
    } finally {
      english.kill();
    }
  });
});
