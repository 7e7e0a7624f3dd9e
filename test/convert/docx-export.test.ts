/**
 * Export to Word round trip: each example draft exported as the published .docx
 * (server/src/convert/docx-export.ts), read back as `nianbao check` reads a Word file
 * (inputToText('docx')), gives the same findings as the Markdown draft — same rules, same
 * messages — and the same tables.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { inputToText } from '../../server/src/convert';
import { reportDocumentToDocx } from '../../server/src/convert/docx-export';
import { analyze, reportDocument, tableOf } from '../../server/src/service';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'));

function findings(text: string): string[] {
  return analyze(text).diagnostics.map((d) => `${d.code}: ${d.message}`);
}

function tableValues(text: string): Record<string, string[][]> {
  const { model } = analyze(text);
  const out: Record<string, string[][]> = {};
  for (const id of ['two', 'three', 'four'] as const) out[id] = (tableOf(model, id)?.rows ?? []).map((r) => [r.def?.key ?? '?', ...r.cells.map((c) => c.raw)]);
  return out;
}

describe('export to Word and read back', () => {
  it('has examples to export', () => expect(examples.length).toBe(2));

  for (const name of examples) {
    it(`${name}: the exported .docx reads back to the same findings and tables`, async () => {
      const markdown = readFileSync(join(EXAMPLES, name), 'utf8');
      const bytes = await reportDocumentToDocx(reportDocument(analyze(markdown).model));
      const read = await inputToText('docx', bytes);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(findings(read.text)).toEqual(findings(markdown));
      expect(tableValues(read.text)).toEqual(tableValues(markdown));
    });
  }

  it('lays the file out as published: 仿宋 body, 黑体 headings, bordered tables with merged cells, A4', async () => {
    const markdown = readFileSync(join(EXAMPLES, examples[0]!), 'utf8');
    const bytes = await reportDocumentToDocx(reportDocument(analyze(markdown).model));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体"');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toMatch(/<w:gridSpan w:val="7"\/>/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:insideV w:val="single"/);
  });
});
