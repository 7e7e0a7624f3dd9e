/**
 * The editor features (server/src/lsp/editorFeatures.ts) over a real stdio connection:
 * each answer must be the service's answer, converted to LSP, for the document the
 * server holds (after incremental edits too).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver-protocol/node';
import { completions } from '../../server/src/service/features/completion';
import { formatDocument } from '../../server/src/service/features/formatting';
import { hover } from '../../server/src/service/features/hover';
import { documentSymbols } from '../../server/src/service/features/symbols';
import { rowOf, tableOf } from '../../server/src/service/model';
import { parseReport } from '../../server/src/service/parser/index';
import { PARTS, TABLE3_ROWS } from '../../server/src/service/schema/format';
import { readSeed } from '../helpers/seeds';
import { ensureServerBuilt, fileUri, LspClient, tempFolder } from './harness';

const folder = tempFolder();
const uriOf = (name: string) => fileUri(join(folder, name));
let client: LspClient;

beforeAll(async () => {
  await ensureServerBuilt();
  client = await LspClient.start();
});
afterAll(() => client.kill());

async function openChecked(name: string, text: string, languageId = 'nianbao'): Promise<string> {
  const uri = uriOf(name);
  client.open(uri, text, languageId);
  await client.diagnosticsFor(uri, 1);
  return uri;
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'nianbao', 1, text), edits);
}

describe('editor features over LSP', () => {
  it('hover on a row label explains the row (the service hover, as Markdown)', async () => {
    const text = readSeed(0);
    const uri = await openChecked('hover.nianbao', text);
    const model = parseReport(text);
    const label = rowOf(tableOf(model, 'three'), 'new')!.label!;
    const position = { line: label.range.start.line, character: label.range.start.character + 1 };
    const expected = hover(model, position, 'zh', { deadline: 'auto' });
    expect(expected).not.toBeNull();
    expect(expected!.contents).toContain(TABLE3_ROWS.find((r) => r.key === 'new')!.hover.zh);
    const answer = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    expect(answer).toEqual({ contents: { kind: 'markdown', value: expected!.contents }, range: expected!.range });
  });

  it('completion offers the next part title at the start of a line', async () => {
    const text = `${PARTS[0]!.heading}\n本年度，我局认真落实政府信息公开条例。\n\n`;
    const uri = await openChecked('complete.nianbao', text);
    const position = { line: 3, character: 0 };
    const expected = completions(parseReport(text), position, 'zh');
    expect(expected.map((item) => item.label)).toContain(PARTS[1]!.heading);
    const answer = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
    expect(answer.map((item) => [item.label, item.textEdit])).toEqual(expected.map((item) => [item.label, item.textEdit]));
  });

  it('document symbols list the six parts of a full report', async () => {
    const text = readSeed(4);
    const uri = await openChecked('symbols.nianbao', text);
    const answer = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const expected = documentSymbols(parseReport(text), 'zh');
    expect(answer.map((s) => [s.name, s.range])).toEqual(expected.map((s) => [s.name, s.range]));
    expect(answer.filter((s) => s.kind === 2 /* Module */)).toHaveLength(6);
  });

  it('formatting aligns a Markdown table; formatting the result changes nothing', async () => {
    const text = `${PARTS[1]!.heading}\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n| 行政规范性文件 | 12 |\n`;
    const uri = await openChecked('format.nianbao', text);
    const options = { tabSize: 2, insertSpaces: true };
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
    expect(edits).toEqual(formatDocument(text));
    expect(edits.length).toBeGreaterThan(0);
    const formatted = apply(text, edits);
    const again = await openChecked('formatted.nianbao', formatted);
    expect(await client.request('textDocument/formatting', { textDocument: { uri: again }, options })).toEqual([]);
  });

  it('answers from the current text after an incremental edit, before the check has run', async () => {
    const slow = await LspClient.start({ debounceMs: 60_000 });
    try {
      const text = `${PARTS[0]!.heading}\n本年度，我局认真落实政府信息公开条例。\n`;
      const uri = uriOf('edited.nianbao');
      slow.open(uri, text);
      await slow.diagnosticsFor(uri, 1);
      // The check of version 2 waits a minute; the symbols must already see the new part.
      slow.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: `${PARTS[1]!.heading}\n` }]);
      const edited = `${text}${PARTS[1]!.heading}\n`;
      const answer = await slow.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      expect(answer.map((s) => s.name)).toEqual(documentSymbols(parseReport(edited), 'zh').map((s) => s.name));
      expect(answer.map((s) => s.name)).toContain(PARTS[1]!.heading);
      expect(slow.publicationsFor(uri).map((p) => p.version)).toEqual([1]);
    } finally {
      slow.kill();
    }
  });

  it('a Markdown note that is not a report gets no hover and no symbols', async () => {
    const uri = uriOf('note.md');
    const note = '# 会议纪要\n\n一、总体情况\n';
    client.open(uri, note, 'markdown');
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } })).toBeNull();
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
  });
});
