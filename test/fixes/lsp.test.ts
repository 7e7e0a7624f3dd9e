/**
 * Code actions over a real stdio connection to dist/server.js: quick fixes with the
 * rule page's command, source.fixAll.nianbao for codeActionsOnSave, and nianbao/fixAll.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, RequestType, type CodeAction, type TextEdit } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/service/analyze';
import { applyEdits, fixAllEdits } from '../../server/src/service/fixes/index';
import { readSeed } from '../helpers/seeds';
import { ensureServerBuilt, fileUri, LspClient, tempFolder } from '../lsp/harness';

let client: LspClient;
const folder = tempFolder();
const FixAll = new RequestType<{ uri: string }, { edits: TextEdit[] }, void>('nianbao/fixAll');

beforeAll(async () => {
  await ensureServerBuilt();
  client = await LspClient.start();
});
afterAll(() => client.kill());

describe('code actions over LSP', () => {
  it('announces quickfix and source.fixAll.nianbao', () => {
    expect(client.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.nianbao'], resolveProvider: false });
  });

  it('offers the fix, ignore, and the rule page at the diagnostic’s own URL (seed 003: 总记)', async () => {
    const uri = fileUri(join(folder, 'seed3.nianbao'));
    const text = readSeed(3);
    client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri);
    const label = diagnostics.find((d) => d.code === 'row-label')!;
    const actions = (await client.failsafe(
      client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: label.range, context: { diagnostics: [label] } }),
      'codeAction',
    )) as CodeAction[];
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred === true])).toEqual([
      ['将行标签改为“（七）总计”', 'quickfix', true],
      ['忽略此问题（行标签），记录在 .nianbaorc.json，不改动报告', 'quickfix', false],
      ['在此表格中忽略“行标签（row-label）”（在报告中写入注释）', 'quickfix', false],
      ['查看规则说明：行标签（row-label）', 'quickfix', false],
    ]);
    expect(actions[0]!.edit).toEqual({ changes: { [uri]: [{ range: { start: { line: 73, character: 9 }, end: { line: 73, character: 10 } }, newText: '计' }] } });
    expect(actions[0]!.diagnostics?.map((d) => d.code)).toEqual(['row-label']);
    // Ignoring records the finding outside the text: a command, no edit of the report.
    expect(actions[1]!.edit).toBeUndefined();
    expect(actions[1]!.command?.command).toBe('nianbao.ignoreFinding');
    // The rule's page opens inside the editor (a Markdown preview of the bundled page).
    expect(actions[3]!.command).toEqual({ title: '查看规则说明：行标签（row-label）', command: 'nianbao.openRule', arguments: ['row-label'] });
    expect(label.codeDescription!.href).toMatch(/^file:\/\/.*\/docs\/rules\/row-label\.md$/);
  });

  it('answers source.fixAll with the edits of fixAll, and nianbao/fixAll likewise', async () => {
    const uri = fileUri(join(folder, 'seed2.nianbao'));
    const text = readSeed(2);
    client.open(uri, text);
    await client.diagnosticsFor(uri);
    const expected = fixAllEdits(text);
    expect(expected.length).toBeGreaterThan(0);
    for (const only of [['source.fixAll'], ['source.fixAll.nianbao']]) {
      const actions = (await client.failsafe(
        client.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only },
        }),
        'codeAction fixAll',
      )) as CodeAction[];
      expect(actions.map((a) => [a.title, a.kind])).toEqual([['修复所有可自动修复的年报问题', 'source.fixAll.nianbao']]);
      expect(actions[0]!.edit).toEqual({ changes: { [uri]: expected } });
    }
    const viaRequest = await client.failsafe(client.connection.sendRequest(FixAll, { uri }), 'nianbao/fixAll');
    expect(viaRequest.edits).toEqual(expected);
    const fixed = applyEdits(text, viaRequest.edits);
    expect(analyze(fixed).diagnostics.map((d) => d.code)).toEqual(['table-missing']);
  });

  it('a quickfix-only request gets no fix-all, and a document that is not checked gets nothing', async () => {
    const uri = fileUri(join(folder, 'notes.txt'));
    client.open(uri, '随便写的几行字。\n没有年报的结构。', 'plaintext');
    const actions = await client.failsafe(
      client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      }),
      'codeAction unchecked',
    );
    expect(actions).toEqual([]);
    expect(await client.failsafe(client.connection.sendRequest(FixAll, { uri }), 'nianbao/fixAll unchecked')).toEqual({ edits: [] });
  });
});
