/**
 * The workspace index through the real server over stdio: last year's report on disk
 * in a workspace folder, this year's report open in the editor.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileChangeType, type Diagnostic, type Hover } from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, fileUri, LspClient, tempFolder, writeText } from '../lsp/harness';
import { carryoverMessage, cellRange, report2023, report2024, withEdit, withRow } from './reports';

/** Last year carried 3 requests (自然人 3) into this year; this year's report says 1. */
const carried3 = withEdit(
  withRow(withRow(report2023, '四、结转下年度继续办理', [3, 0, 0, 0, 0, 0, 3]), '一、本年新收政府信息公开申请数量', [8, 2, 0, 0, 1, 0, 11]),
  '共收到政府信息公开申请9件',
  '共收到政府信息公开申请11件',
);

const folder = tempFolder('nianbao-workspace-');
const lastYearPath = join(folder, 'reports', '2023-示范街道.md');
const renamedPath = join(folder, 'reports', '2023-示范街道-定稿.md');
const thisYearUri = fileUri(join(folder, 'reports', '2024-示范街道.nianbao.md'));
let client: LspClient;

beforeAll(async () => {
  await ensureServerBuilt();
  writeText(join(folder, 'README.md'), '# 说明\n\n这里不是年报。\n');
  mkdirSync(join(folder, 'reports'));
  writeText(lastYearPath, carried3);
  // Copies that agree with this year, where the scan must not look (they would sort first).
  for (const skipped of ['.git', 'node_modules']) {
    mkdirSync(join(folder, skipped));
    writeText(join(folder, skipped, '2023-示范街道.md'), report2023);
  }
  client = await LspClient.start({ workspaceFolders: [folder] });
});
afterAll(() => {
  client.kill();
  rmSync(folder, { recursive: true, force: true });
});

/** The latest publication for `uri` that `accept`s, waiting for new ones as they come (no sleeps). */
async function publicationWhere(uri: string, accept: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  for (;;) {
    const publications = client.publicationsFor(uri);
    const latest = publications[publications.length - 1];
    if (latest && accept(latest.diagnostics)) return latest.diagnostics;
    await client.nextDiagnostics(uri);
  }
}

const carryover = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'carryover-mismatch');

function expectedCarryover(lastYearUri: string, fileName: string, column: number, label: string) {
  return {
    range: cellRange(report2024, '二、上年结转', column),
    severity: 2,
    source: 'nianbao',
    code: 'carryover-mismatch',
    message: carryoverMessage('mismatch', { column: label, expected: 3, found: 1, last: `${fileName} 中 2023 年度报告` }),
    relatedInformation: [
      {
        location: { uri: lastYearUri, range: cellRange(carried3, '四、结转下年度继续办理', column) },
        message: carryoverMessage('related', { column: label, value: 3, last: `${fileName} 中 2023 年度报告` }),
      },
    ],
    data: { column, expected: 3, found: 1, previousUri: lastYearUri },
  };
}

describe('checking this year against last year’s report in the workspace', () => {
  it('finds last year’s report on disk and reports carryover-mismatch with a link to it', async () => {
    client.open(thisYearUri, report2024, 'nianbao');
    const found = carryover(await publicationWhere(thisYearUri, (d) => carryover(d).length > 0));
    expect(found.map(({ codeDescription: _ignored, ...d }) => d)).toEqual([
      expectedCarryover(fileUri(lastYearPath), '2023-示范街道.md', 0, '自然人'),
      expectedCarryover(fileUri(lastYearPath), '2023-示范街道.md', 6, '总计'),
    ]);
  });

  it('shows last year’s figure when hovering 二、上年结转', async () => {
    const at = cellRange(report2024, '二、上年结转', 0).start;
    const result = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: thisYearUri }, position: at });
    const contents = result?.contents as { kind: string; value: string };
    const line = cellRange(carried3, '四、结转下年度继续办理', 0).start.line + 1;
    expect(contents.value).toContain(`上年度（2023 年）[2023-示范街道.md](${fileUri(lastYearPath)}#L${line})：“四、结转下年度继续办理”“自然人”列为 3 ✗ 本年为 1`);
  });

  it('clears the diagnostic when last year’s file is corrected on disk', async () => {
    writeText(lastYearPath, report2023);
    client.fileChanged(fileUri(lastYearPath), FileChangeType.Changed);
    expect(await publicationWhere(thisYearUri, (d) => carryover(d).length === 0)).toEqual([]);
  });

  it('follows a rename (delete + create) of last year’s file', async () => {
    writeText(lastYearPath, carried3);
    renameSync(lastYearPath, renamedPath);
    client.fileChanged(fileUri(lastYearPath), FileChangeType.Deleted);
    client.fileChanged(fileUri(renamedPath), FileChangeType.Created);
    const found = carryover(await publicationWhere(thisYearUri, (d) => carryover(d).length > 0));
    expect(found.map((d) => d.relatedInformation?.[0]?.location.uri)).toEqual([fileUri(renamedPath), fileUri(renamedPath)]);
    expect(found[0]?.message).toContain('2023-示范街道-定稿.md 中 2023 年度报告');
  });

  it('uses last year’s live text while it is open, and the file again once it is closed', async () => {
    const renamedUri = fileUri(renamedPath);
    client.open(renamedUri, report2023, 'markdown');
    expect(await publicationWhere(thisYearUri, (d) => carryover(d).length === 0)).toEqual([]);
    client.close(renamedUri);
    expect(carryover(await publicationWhere(thisYearUri, (d) => carryover(d).length > 0))).toHaveLength(2);
  });

  it('forgets last year’s report when its file is deleted', async () => {
    rmSync(renamedPath);
    client.fileChanged(fileUri(renamedPath), FileChangeType.Deleted);
    expect(await publicationWhere(thisYearUri, (d) => carryover(d).length === 0)).toEqual([]);
  });
});
