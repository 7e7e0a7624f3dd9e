/**
 * The rule code link of each finding (codeDescription.href): through the VS Code client's URI
 * handler when the client names it in its initialization options (uriScheme, extensionId), the
 * file:// URL of the bundled page otherwise (other editors), and whenever the options do not name
 * a route VS Code would deliver.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { readSeed } from '../helpers/seeds';
import { expectedDiagnostics, ruleDocsHref } from './expected';
import { ensureServerBuilt, fileUri, LspClient, tempFolder } from './harness';

const folder = tempFolder();
const running: LspClient[] = [];

beforeAll(ensureServerBuilt);
afterEach(() => running.splice(0).forEach((client) => client.kill()));

/** The diagnostics a server started with these initialization options publishes for seed 3. */
async function publishedWith(initializationOptions: Record<string, unknown>, name: string): Promise<{ client: LspClient; uri: string; text: string; published: Diagnostic[] }> {
  const client = await LspClient.start({ initializationOptions });
  running.push(client);
  const uri = fileUri(join(folder, name));
  const text = readSeed(3);
  client.open(uri, text);
  return { client, uri, text, published: await client.diagnosticsFor(uri, 1) };
}

/** The service's diagnostics with the code links `href` makes. */
function expectedWithLinks(text: string, uri: string, href: (code: string) => string): Diagnostic[] {
  return expectedDiagnostics(text, uri).map((d) => ({ ...d, codeDescription: { href: href(String(d.code)) } }));
}

describe('rule code links', () => {
  it('with the client\'s uriScheme and extension id, every link goes to its URI handler', async () => {
    const { client, uri, text, published } = await publishedWith({ uriScheme: 'code-oss', extensionId: 'nianbao.nianbao' }, 'routed.nianbao');
    expect(published.length).toBeGreaterThan(0);
    expect(published).toEqual(expectedWithLinks(text, uri, (code) => `code-oss://nianbao.nianbao/rule?code=${code}`));
    const labelTypo = published.find((d) => d.code === 'row-label')!;
    expect(labelTypo.codeDescription).toEqual({ href: 'code-oss://nianbao.nianbao/rule?code=row-label' });

    // The quick fixes carry the same diagnostic, link included.
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: labelTypo.range,
      context: { diagnostics: [labelTypo], only: ['quickfix'] },
    });
    const carried = actions.flatMap((a) => a.diagnostics ?? []).filter((d) => d.code === 'row-label');
    expect(carried.length).toBeGreaterThan(0);
    for (const d of carried) expect(d.codeDescription).toEqual({ href: 'code-oss://nianbao.nianbao/rule?code=row-label' });
  });

  it('the scheme is the client\'s own (VS Code Insiders)', async () => {
    const { uri, text, published } = await publishedWith({ uriScheme: 'vscode-insiders', extensionId: 'nianbao.nianbao' }, 'insiders.nianbao');
    expect(published).toEqual(expectedWithLinks(text, uri, (code) => `vscode-insiders://nianbao.nianbao/rule?code=${code}`));
  });

  it('without the options the link is the file:// URL of the bundled page', async () => {
    const { uri, text, published } = await publishedWith({}, 'plain.nianbao');
    expect(published).toEqual(expectedWithLinks(text, uri, ruleDocsHref));
    for (const d of published) expect(existsSync(fileURLToPath(d.codeDescription!.href)), d.codeDescription!.href).toBe(true);
  });

  for (const [why, options] of [
    ['only a scheme', { uriScheme: 'vscode' }],
    ['only an extension id', { extensionId: 'nianbao.nianbao' }],
    ['a scheme that is not one', { uriScheme: 'code oss', extensionId: 'nianbao.nianbao' }],
    ['an id without its publisher', { uriScheme: 'vscode', extensionId: 'nianbao' }],
    ['an id that would change the link', { uriScheme: 'vscode', extensionId: 'evil.example/x?code=' }],
    ['options of the wrong type', { uriScheme: 1, extensionId: ['nianbao.nianbao'] }],
  ] as const) {
    it(`with ${why}, the link stays the file:// URL`, async () => {
      const { uri, text, published } = await publishedWith(options, `kept-${why.replace(/\W+/g, '-')}.nianbao`);
      expect(published).toEqual(expectedWithLinks(text, uri, ruleDocsHref));
    });
  }
});
