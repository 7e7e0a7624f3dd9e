import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser/index';
import { rowOf, tableOf } from '../../server/src/service/model';
import { TABLE3_TOTAL_COLUMN } from '../../server/src/service/schema/format';
import { readSeed } from '../helpers/seeds';
import { ensureServerBuilt, fileUri, LspClient, tempFolder } from './harness';
import { expectedDiagnostics, textAt } from './expected';

let client: LspClient;
const folder = tempFolder();
const uriOf = (name: string) => fileUri(join(folder, name));

beforeAll(async () => {
  await ensureServerBuilt();
  client = await LspClient.start();
});
afterAll(() => client.kill());

function codes(diagnostics: { code?: string | number }[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('diagnostics of the seed reports (languageId nianbao)', () => {
  for (const n of [0, 1, 2, 3, 4]) {
    it(`seed ${n}: publishes exactly the service's diagnostics, with source, code and rule page`, async () => {
      const uri = uriOf(`seed${n}.nianbao`);
      const text = readSeed(n);
      client.open(uri, text);
      const published = await client.diagnosticsFor(uri, 1);
      expect(published).toEqual(expectedDiagnostics(text, uri));
      for (const d of published) {
        expect(d.source).toBe('nianbao');
        expect(existsSync(fileURLToPath(d.codeDescription!.href)), `${d.codeDescription!.href} exists`).toBe(true);
      }
    });
  }

  it('seed 1: three malformed dates and a late publication', async () => {
    const uri = uriOf('s1.nianbao');
    client.open(uri, readSeed(1));
    const found = codes(await client.diagnosticsFor(uri, 1));
    expect(found.filter((c) => c === 'date-malformed')).toHaveLength(3);
    expect(found).toContain('publish-late');
  });

  it('seed 2: a missing table and a row label', async () => {
    const uri = uriOf('s2.nianbao');
    client.open(uri, readSeed(2));
    const found = codes(await client.diagnosticsFor(uri, 1));
    expect(found).toContain('table-missing');
    expect(found).toContain('row-label');
  });

  it('seed 3: a missing value and the label 总记', async () => {
    const uri = uriOf('s3.nianbao');
    const text = readSeed(3);
    client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1);
    expect(codes(published)).toContain('value-missing');
    const labels = published.filter((d) => d.code === 'row-label').map((d) => textAt(text, d.range));
    expect(labels.filter((label) => label.includes('总记'))).toHaveLength(1);
  });

  for (const n of [0, 4]) {
    it(`seed ${n}: no error`, async () => {
      const uri = uriOf(`clean${n}.nianbao`);
      client.open(uri, readSeed(n));
      const published = await client.diagnosticsFor(uri, 1);
      expect(published.filter((d) => d.severity === 1)).toEqual([]);
    });
  }
});

describe('incremental edits', () => {
  it('a slip in an applicant cell of a clean report is reported once, at that cell, with the value it should hold; fixing it clears it', async () => {
    const uri = uriOf('edit.nianbao');
    const text = readSeed(0);
    const row = rowOf(tableOf(parseReport(text), 'three'), 'new');
    expect(row, 'seed 0 has the row 一、本年新收').not.toBeNull();
    const firstCell = row!.cells[0]!;
    const totalCell = row!.cells[TABLE3_TOTAL_COLUMN]!;
    client.open(uri, text);
    expect(codes(await client.diagnosticsFor(uri, 1))).not.toContain('total-row');

    const broken = client.nextDiagnostics(uri, 2);
    client.change(uri, 2, [{ range: firstCell.range, text: String((firstCell.value ?? 0) + 5) }]);
    const after = await broken;
    const totals = after.filter((d) => d.code === 'total-row');
    // Its row's 总计 and the column's balance both point to the cell: one finding, not one per sum.
    const typed = String((firstCell.value ?? 0) + 5);
    const at = { start: firstCell.range.start, end: { line: firstCell.range.start.line, character: firstCell.range.start.character + typed.length } };
    expect(totals.map((d) => [d.range, (d.data as { expected?: number }).expected])).toEqual([[at, firstCell.value]]);
    // Nothing asks to change the row's 总计, which is right.
    expect(after.filter((d) => d.range.start.line === totalCell.range.start.line && d.range.start.character === totalCell.range.start.character)).toEqual([]);

    const fixed = client.nextDiagnostics(uri, 3);
    client.change(uri, 3, [{ range: { start: firstCell.range.start, end: { line: firstCell.range.start.line, character: firstCell.range.start.character + String((firstCell.value ?? 0) + 5).length } }, text: firstCell.raw }]);
    expect(codes(await fixed)).not.toContain('total-row');
  });

  it('publishes only the latest version when edits arrive faster than the pause', async () => {
    const slow = await LspClient.start({ debounceMs: 150 });
    try {
      const uri = uriOf('burst.nianbao');
      const text = readSeed(4);
      const opened = slow.nextDiagnostics(uri, 1);
      slow.open(uri, text);
      await opened;
      const last = slow.nextDiagnostics(uri, 6);
      for (let version = 2; version <= 6; version++) {
        slow.change(uri, version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
      }
      const published = await last;
      expect(published).toEqual(expectedDiagnostics('xxxxx' + text, uri));
      expect(slow.publicationsFor(uri).map((p) => p.version)).toEqual([1, 6]);
    } finally {
      slow.kill();
    }
  });
});

describe('language of messages', () => {
  it('uses English with an English locale', async () => {
    const english = await LspClient.start({ locale: 'en-US' });
    try {
      const uri = uriOf('english.nianbao');
      const text = readSeed(1);
      english.open(uri, text);
      const published = await english.diagnosticsFor(uri, 1);
      expect(published).toEqual(expectedDiagnostics(text, uri, { lang: 'en' }));
      expect(published.map((d) => d.message)).not.toEqual(expectedDiagnostics(text, uri).map((d) => d.message));
    } finally {
      english.kill();
    }
  });
});
