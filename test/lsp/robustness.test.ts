import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../helpers/seeds';
import { ensureServerBuilt, fileUri, LspClient, tempFolder } from './harness';
import { expectedDiagnostics } from './expected';

let client: LspClient;
const folder = tempFolder();
beforeAll(async () => {
  await ensureServerBuilt();
  client = await LspClient.start();
});
afterAll(() => client.kill());

describe('garbage in, the server keeps answering', () => {
  it('random text, binary bytes and huge lines are analysed and published without a crash', async () => {
    const samples = fc.sample(fc.string({ unit: 'binary', maxLength: 2000 }), { numRuns: 25, seed: 4242 });
    samples.push(
      '\u0000\uffff\ud800'.repeat(1000),
      '|'.repeat(200_000),
      '三、收到和处理政府信息公开申请情况\n' + '0 |'.repeat(100_000),
      '\r\n\r\r\n'.repeat(10_000),
    );
    for (const [i, text] of samples.entries()) {
      const uri = fileUri(join(folder, `garbage${i}.nianbao`));
      client.open(uri, text);
      // What the server receives: lone surrogates do not survive UTF-8 on the wire.
      const received = Buffer.from(text, 'utf8').toString('utf8');
      expect(await client.diagnosticsFor(uri, 1)).toEqual(expectedDiagnostics(received, uri));
    }
  });

  it('edits outside the document, unknown requests and bad parameters leave the server answering', async () => {
    const uri = fileUri(join(folder, 'edits.nianbao'));
    const text = readSeed(2);
    client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const published = client.nextDiagnostics(uri, 2);
    client.change(uri, 2, [{ range: { start: { line: 9999, character: 50 }, end: { line: -1, character: -5 } }, text: '总记' }]);
    await published;
    client.change(fileUri(join(folder, 'never-opened.nianbao')), 7, [{ text: 'x' }]);
    await expect(client.request('nianbao/noSuchRequest', {})).rejects.toThrow();
    await expect(client.request('nianbao/status', null)).resolves.toMatchObject({ checked: false });
    const status = await client.request<{ checked: boolean }>('nianbao/status', { uri });
    expect(status.checked).toBe(true);
  });

  it('still shuts down cleanly afterwards', async () => {
    expect(await client.shutdown()).toBe(0);
  });
});
