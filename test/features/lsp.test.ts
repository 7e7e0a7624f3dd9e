/** The editor features through the real server (dist/server.js over stdio). */
import { reportTemplateText } from '../../server/src/service/features/commands';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeLensRequest,
  CompletionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  type CompletionItem,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, LspClient } from '../lsp/harness';
import { renderTableMarkdown } from '../../server/src/service/schema/render';
import { readSeed } from '../helpers/seeds';
import { reportText, table3Values } from './fixture';
import { applyEdits } from './helpers';

let client: LspClient | null = null;
beforeAll(ensureServerBuilt);
afterEach(() => {
  client?.kill();
  client = null;
});

const URI = 'file:///tmp/nianbao-features/report.md';

async function openReport(text: string, settings: Record<string, unknown> = {}): Promise<LspClient> {
  client = await LspClient.start({ settings });
  client.open(URI, text, 'markdown');
  await client.diagnosticsFor(URI);
  return client;
}

describe('editor features over LSP', () => {
  it('advertises the feature capabilities', async () => {
    client = await LspClient.start();
    expect(client.capabilities).toMatchObject({
      completionProvider: { triggerCharacters: ['|'] },
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
    });
  });

  it('answers hover, symbols, code lenses, inlay hints and completion on a report', async () => {
    const values = table3Values({ new: [1, 0, 0, 0, 0, 0, 2], granted: [1, 0, 0, 0, 0, 0, 1], resultsTotal: [1, 0, 0, 0, 0, 0, 1] });
    const text = reportText({ values3: values });
    const lines = text.split('\n');
    const c = await openReport(text);
    const part6 = lines.indexOf('六、其他需要报告的事项');
    const hover = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: part6, character: 1 } });
    expect((hover?.contents as MarkupContent).kind).toBe('markdown');
    expect((hover?.contents as MarkupContent).value.startsWith('**六、其他需要报告的事项**')).toBe(true);

    const symbols = (await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name).slice(1)).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);

    const lenses = await c.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } });
    expect(lenses?.map((l) => l.command?.title)).toEqual(['表三：2 处合计不符，很可能是 1 格填错', '表四：勾稽关系全部成立']);

    const hints = await c.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });
    expect(hints?.map((h) => h.label)).toEqual(['= 1']);

    const items = (await c.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: part6 + 1, character: 0 } })) as CompletionItem[];
    expect(items.some((i) => i.label === '信息处理费（未收取）')).toBe(true);
  });

  it('honours nianbao.codeLens and nianbao.inlayHints', async () => {
    const c = await openReport(reportText({ values3: table3Values({ new: [1, 0, 0, 0, 0, 0, 2] }) }), { codeLens: false, inlayHints: false });
    expect(await c.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } })).toEqual([]);
    expect(await c.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } })).toEqual([]);
  });

  it('formats the Markdown tables of a report and nothing else', async () => {
    const text = readSeed(3);
    const c = await openReport(text);
    const edits = await c.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: URI }, options: { tabSize: 4, insertSpaces: true } });
    expect(edits?.length).toBeGreaterThan(0);
    const formatted = applyEdits(text, edits ?? []);
    expect(formatted.split('\n').filter((l) => !l.startsWith('|'))).toEqual(text.split('\n').filter((l) => !l.startsWith('|')));
  });

  it('serves nianbao/newReportTemplate and nianbao/convertTable', async () => {
    client = await LspClient.start();
    const template = await client.connection.sendRequest('nianbao/newReportTemplate', { year: 2024, agency: '某某县民政局' });
    expect(template).toEqual({ text: reportTemplateText('某某县民政局', 2024) });

    const seed = readSeed(4);
    client.open(URI, seed, 'markdown');
    await client.diagnosticsFor(URI);
    const line = seed.split('\n').findIndex((l) => l.startsWith('规章'));
    const result = (await client.connection.sendRequest('nianbao/convertTable', { uri: URI, position: { line, character: 0 } })) as { edits: { newText: string }[] };
    expect(result.edits).toHaveLength(1);
    expect(result.edits[0]!.newText).toBe(renderTableMarkdown('two', { regulations: ['0', '0', '0'], normativeDocs: ['0', '0', '0'], licensing: ['0'], penalty: ['0'], coercion: ['0'], fees: ['0'] }).join('\n'));
    expect(await client.connection.sendRequest('nianbao/convertTable', { uri: URI, position: { line: 0, character: 0 } })).toEqual({ error: '光标不在法定表格（表二、表三、表四）内。' });
  });
});
