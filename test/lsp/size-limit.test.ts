/**
 * Documents over the size limit (nianbao.maxFileSize, default 5 MB) are not checked: the
 * server publishes one information diagnostic saying so, and keeps answering — the
 * editor never freezes on a huge file.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SIZE } from '../../server/src/service/rules';
import { readSeed } from '../helpers/seeds';
import { ensureServerBuilt, fileUri, LspClient, tempFolder } from './harness';
import { expectedDiagnostics } from './expected';

const folder = tempFolder();
let client: LspClient | undefined;

beforeAll(async () => {
  await ensureServerBuilt();
});
afterEach(() => client?.kill());

/** A report repeated past `size` UTF-16 code units. */
function hugeReport(size: number): string {
  const seed = readSeed(3);
  return seed.repeat(Math.ceil(size / seed.length) + 1);
}

describe('the size limit', () => {
  it('the default limit is 5 MB', () => {
    expect(DEFAULT_MAX_SIZE).toBe(5 * 1024 * 1024);
  });

  it('a report over the default 5 MB gets exactly one information diagnostic, and the server keeps answering', async () => {
    client = await LspClient.start();
    const big = fileUri(join(folder, 'huge.nianbao.md'));
    const text = hugeReport(DEFAULT_MAX_SIZE);
    client.open(big, text);
    const published = await client.diagnosticsFor(big, 1);
    expect(published).toEqual(expectedDiagnostics(text, big));
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ code: 'document-too-large', severity: 3, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(published[0]!.message).toContain('未做检查');

    // An edit of the huge document is answered the same way, and other documents are still checked.
    client.change(big, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '一' }]);
    expect(await client.diagnosticsFor(big, 2)).toHaveLength(1);
    const small = fileUri(join(folder, 'small.nianbao.md'));
    client.open(small, readSeed(3));
    expect(await client.diagnosticsFor(small, 1)).toEqual(expectedDiagnostics(readSeed(3), small));
  });

  it('a Markdown document recognised as a report is limited too, in English for an English client', async () => {
    client = await LspClient.start({ locale: 'en', settings: { maxFileSize: 0.002 } });
    const uri = fileUri(join(folder, 'report.md'));
    const text = readSeed(3);
    client.open(uri, text, 'markdown');
    const published = await client.diagnosticsFor(uri, 1);
    expect(published.map((d) => d.code)).toEqual(['document-too-large']);
    expect(published[0]!.message).toContain('was not checked');
    expect(published[0]!.data).toEqual({ size: text.length, maxSize: Math.round(0.002 * 1024 * 1024) });
  });

  it('raising nianbao.maxFileSize checks the document again', async () => {
    client = await LspClient.start({ settings: { maxFileSize: 0.001 } });
    const uri = fileUri(join(folder, 'raised.nianbao.md'));
    const text = readSeed(3);
    client.open(uri, text);
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toEqual(['document-too-large']);
    const republished = client.nextDiagnostics(uri, 1);
    client.changeSettings({ maxFileSize: 1 });
    expect(await republished).toEqual(expectedDiagnostics(text, uri));
  });
});
