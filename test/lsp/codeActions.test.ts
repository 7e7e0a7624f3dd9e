/**
 * Quick fixes and fix-all (server/src/lsp/codeActions.ts) over a real stdio connection.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol/node';
import { fixAll } from '../../server/src/service/fixes/index';
import { readSeed } from '../helpers/seeds';
import { ensureServerBuilt, fileUri, LspClient, tempFolder } from './harness';
import { expectedDiagnostics, textAt } from './expected';

const folder = tempFolder();
const uriOf = (name: string) => fileUri(join(folder, name));
let client: LspClient;

beforeAll(async () => {
  await ensureServerBuilt();
  client = await LspClient.start();
});
afterAll(() => client.kill());

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'nianbao', 1, text), edits);
}

describe('code actions over LSP', () => {
  it('the preferred quick fix of 总记 rewrites the label, and the finding is gone', async () => {
    const text = readSeed(3);
    const uri = uriOf('quickfix.nianbao');
    client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1);
    const typo = published.find((d) => d.code === 'row-label' && textAt(text, d.range).includes('总记'))!;
    expect(typo).toBeDefined();
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: typo.range,
      context: { diagnostics: [typo], only: ['quickfix'] },
    });
    const preferred = actions.find((a) => a.isPreferred && a.edit);
    expect(preferred, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
    expect(preferred!.kind).toBe('quickfix');
    const fixedText = apply(text, preferred!.edit!.changes![uri]!);
    const republished = client.nextDiagnostics(uri, 2);
    client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } }, text: fixedText }]);
    const after: Diagnostic[] = await republished;
    expect(after).toEqual(expectedDiagnostics(fixedText, uri));
    expect(after.filter((d) => d.code === 'row-label' && textAt(fixedText, d.range).includes('总记'))).toEqual([]);
    expect(after.filter((d) => d.code === 'row-label')).toHaveLength(published.filter((d) => d.code === 'row-label').length - 1);
  });

  it('nianbao/fixAll returns the edits of the service fix-all', async () => {
    const text = readSeed(1);
    const uri = uriOf('fixall.nianbao');
    client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const { edits } = await client.request<{ edits: TextEdit[] }>('nianbao/fixAll', { uri });
    const expected = fixAll(text, { lang: 'zh' });
    expect(expected.applied).toBeGreaterThan(0);
    expect(apply(text, edits)).toBe(expected.text);
  });

  it('source.fixAll gives one action with the same edits (for editor.codeActionsOnSave)', async () => {
    const text = readSeed(3);
    const uri = uriOf('onsave.nianbao');
    client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.nianbao']);
    expect(apply(text, actions[0]!.edit!.changes![uri]!)).toBe(fixAll(text, { lang: 'zh' }).text);
  });

  it('a document that is not checked gets no code actions', async () => {
    const uri = uriOf('note.md');
    client.open(uri, '# 会议纪要\n\n总记\n', 'markdown');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } },
      context: { diagnostics: [] },
    });
    expect(actions).toEqual([]);
    expect(await client.request('nianbao/fixAll', { uri })).toEqual({ edits: [] });
  });
});
