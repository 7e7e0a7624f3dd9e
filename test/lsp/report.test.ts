/**
 * The report view, Word export and "ignore this problem" over a real stdio connection:
 * nianbao/reportView places each finding on its cell; nianbao/exportDocx gives a Word file that
 * reads back to the same findings; the ignore code action records the finding in
 * .nianbaorc.json (nothing is written into the report) and the finding stays ignored after an
 * edit elsewhere. The report view's page escapes every text of the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Command } from 'vscode-languageserver-protocol/node';
import { renderReportBody, type ViewLabels } from '../../client/src/reportHtml';
import { inputToText } from '../../server/src/convert';
import { analyze } from '../../server/src/service';
import type { IgnoreFindingParams, ReportViewResult } from '../../server/src/protocol';
import { repoRoot } from '../helpers/seeds';
import { ensureServerBuilt, fileUri, LspClient, tempFolder } from './harness';

const EXAMPLE = readFileSync(join(repoRoot, 'examples', '2024-示范县农业农村局-待修改.nianbao.md'), 'utf8');
const LABELS: ViewLabels = { noProblems: 'ok', counts: 'n', unreadable: 'u', wholeReport: 'w', empty: 'e', clickToJump: 'j' };

let client: LspClient;
const folder = tempFolder();

beforeAll(async () => {
  await ensureServerBuilt();
  client = await LspClient.start({ workspaceFolders: [folder] });
});
afterAll(() => client.kill());

describe('report view', () => {
  it('shows the three tables with merged cells and marks total-row on the 总计 cell of its row', async () => {
    const uri = fileUri(join(folder, 'view.nianbao.md'));
    client.open(uri, EXAMPLE);
    await client.diagnosticsFor(uri, 1);
    const view = await client.request<ReportViewResult>('nianbao/reportView', { uri });
    expect(view.version).toBe(1);
    const tables = view.document.blocks.flatMap((b) => (b.kind === 'table' ? [b.grid] : []));
    expect(tables.map((t) => t.table)).toEqual(['two', 'three', 'four']);
    const three = tables[1]!;
    expect(three.rows[0]!.map((c) => [c.colspan, c.rowspan])).toEqual([[3, 3], [7, 1]]);
    const total = view.findings.find((f) => f.code === 'total-row')!;
    const block = view.document.blocks[total.block]!;
    expect(block.kind).toBe('table');
    const [r, c] = total.cell!;
    const row = block.kind === 'table' ? block.grid.rows[r]! : [];
    expect(row.find((cell) => cell.role === 'label')!.text).toBe('2.重复申请');
    expect(row[c]!.text).toBe('2');
    expect(c).toBe(row.length - 1);
    expect(view.findings.map((f) => f.code)).toEqual(['year-mismatch', 'row-missing', 'total-row', 'date-malformed']);
  });

  it('escapes report text: a <script> or <img onerror> in the report is shown as text', async () => {
    const hostile = EXAMPLE.replace('政策解读的针对性不强', '<script>alert(1)</script><img src=x onerror="alert(2)">')
      .replace('| 2.重复申请', '| 2.重复申请<b onclick=alert(3)>');
    const uri = fileUri(join(folder, 'hostile.nianbao.md'));
    client.open(uri, hostile);
    await client.diagnosticsFor(uri, 1);
    const html = renderReportBody(await client.request<ReportViewResult>('nianbao/reportView', { uri }), LABELS);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).not.toMatch(/<script|<img|<b /i);
    // Every "<" left in the page opens a tag the view wrote: none carries an event handler.
    // (attribute values blanked first: a title quoting the report holds the words, escaped).
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('2.重复申请&lt;b onclick=alert(3)&gt;');
  });

  it('reads a given text (a converted Word file) with the settings of its folder', async () => {
    const view = await client.request<ReportViewResult>('nianbao/reportView', { uri: fileUri(join(folder, 'report.docx')), text: EXAMPLE });
    expect(view.version).toBeNull();
    expect(view.findings.map((f) => f.code)).toEqual(analyze(EXAMPLE).diagnostics.map((d) => d.code));
  });
});

describe('Word files in and out', () => {
  it('nianbao/exportDocx gives a Word file that nianbao/convertFile reads back to the same findings', async () => {
    const uri = fileUri(join(folder, 'export.nianbao.md'));
    client.open(uri, EXAMPLE);
    await client.diagnosticsFor(uri, 1);
    const exported = await client.request<{ data: string }>('nianbao/exportDocx', { uri });
    const bytes = Buffer.from(exported.data, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const converted = await client.request<{ ok: true; text: string }>('nianbao/convertFile', { name: 'report.docx', data: exported.data });
    expect(converted.ok).toBe(true);
    const read = await inputToText('docx', bytes);
    expect(read.ok && read.text).toBe(converted.text);
    const messages = (text: string) => analyze(text).diagnostics.map((d) => `${d.code}: ${d.message}`);
    expect(messages(converted.text)).toEqual(messages(EXAMPLE));
  });

  it('a file that is not a Word file gets the reason in words', async () => {
    const answer = await client.request<{ ok: false; message: string }>('nianbao/convertFile', { name: 'x.docx', data: Buffer.from('not a zip').toString('base64') });
    expect(answer).toEqual({ ok: false, message: '无法作为 Word（.docx）文档打开，未检查' });
  });
});

describe('a PDF whose tables are pictures (test/fixtures/published/)', () => {
  const pdf = (name: string) => readFileSync(join(repoRoot, 'test', 'fixtures', 'published', name)).toString('base64');

  it('the view and the read-only converted text say each table is a picture (table-unreadable); a draft of the same text lacks its tables', async () => {
    const converted = await client.request<{ ok: true; text: string }>('nianbao/convertFile', { name: 'report.pdf', data: pdf('street-office-2024.pictured-tables.chromium.pdf') });
    expect(converted.ok).toBe(true);
    const view = await client.request<ReportViewResult>('nianbao/reportView', { uri: fileUri(join(folder, 'report.pdf')), text: converted.text });
    expect(view.findings.map((f) => [f.code, f.message])).toEqual(['表二', '表三', '表四'].map((t) => ['table-unreadable', `${t}在文件中是图片，无法读取其中的数字，未检查其行、数值和合计。请人工核对图片中的表格`]));

    // The read-only document the client opens for the converted text (client/src/convertedFiles.ts).
    const readOnly = `nianbao-converted:${join(folder, 'report.pdf')}.txt?${encodeURIComponent(fileUri(join(folder, 'report.pdf')))}`;
    client.open(readOnly, converted.text);
    expect((await client.diagnosticsFor(readOnly, 1)).map((d) => d.code)).toEqual(['table-unreadable', 'table-unreadable', 'table-unreadable']);

    // A draft made of the text is the clerk's to fill in: its tables are missing.
    const draft = fileUri(join(folder, 'report.nianbao.md'));
    client.open(draft, converted.text);
    expect((await client.diagnosticsFor(draft, 1)).map((d) => d.code)).toEqual(['table-missing', 'table-missing', 'table-missing']);
  });

  it('a PDF without pictures whose tables are left out: they are missing', async () => {
    const converted = await client.request<{ ok: true; text: string }>('nianbao/convertFile', { name: 'left-out.pdf', data: pdf('street-office-2024.tables-left-out.chromium.pdf') });
    const view = await client.request<ReportViewResult>('nianbao/reportView', { uri: fileUri(join(folder, 'left-out.pdf')), text: converted.text });
    expect(view.findings.map((f) => f.code)).toEqual(['table-missing', 'table-missing', 'table-missing']);
  });
});

describe('ignore this problem', () => {
  it('records the finding in .nianbaorc.json, never in the report, and it stays ignored after edits elsewhere', async () => {
    const uri = fileUri(join(folder, 'ignore.nianbao.md'));
    client.open(uri, EXAMPLE);
    const published = await client.diagnosticsFor(uri, 1);
    const total = published.find((d) => d.code === 'total-row')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: total.range, context: { diagnostics: [total], only: ['quickfix'] } });
    const titles = actions.map((a) => a.title);
    const ignore = actions.find((a) => a.command?.command === 'nianbao.ignoreFinding')!;
    expect(ignore.title).toBe('忽略此问题（行总计），记录在 .nianbaorc.json，不改动报告');
    expect(ignore.edit).toBeUndefined();
    // The inline comment is still offered, after it, and says that it writes into the report.
    const inline = titles.findIndex((t) => t.endsWith('（在报告中写入注释）'));
    expect(inline).toBeGreaterThan(titles.indexOf(ignore.title));
    const openRule = actions.find((a) => a.title.startsWith('查看规则说明'))!;
    expect(openRule.command).toEqual({ title: openRule.title, command: 'nianbao.openRule', arguments: ['total-row'] });

    const params = (ignore.command as Command).arguments![0] as IgnoreFindingParams;
    expect(params.entry).toEqual({ rule: 'total-row', part: 3, table: 'three', row: '2.重复申请', column: '总计' });
    const republished = client.nextDiagnostics(uri);
    const answer = await client.request<{ file: string }>('nianbao/ignoreFinding', params);
    const rc = join(folder, '.nianbaorc.json');
    expect(answer).toEqual({ file: fileUri(rc) });
    expect(JSON.parse(readFileSync(rc, 'utf8'))).toEqual({ ignore: [params.entry] });
    expect((await republished).map((d) => d.code)).toEqual(['year-mismatch', 'row-missing', 'date-malformed']);

    // Asked again: the file keeps one entry.
    await client.request('nianbao/ignoreFinding', params);
    expect(JSON.parse(readFileSync(rc, 'utf8')).ignore).toHaveLength(1);

    // Three lines typed at the top: the finding is still ignored.
    const after = client.nextDiagnostics(uri, 2);
    client.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n本报告由本局办公室编制。\n\n' }]);
    expect((await after).map((d) => d.code)).toEqual(['year-mismatch', 'row-missing', 'date-malformed']);
    expect(existsSync(rc)).toBe(true);
  });
});
