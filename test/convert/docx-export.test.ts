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
import { blocksToDocx, PUBLISHED_LOOK, reportDocumentToDocx, wordFont, type WordBlock } from '../../server/src/convert/docx-export';
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

  it('writes other blocks in another look with the same loop (the published fixtures’ clerk fonts)', async () => {
    const grid = { table: 'four', columnsCm: [2, 2], rows: [[{ text: '行政复议', colspan: 2, rowspan: 1, role: 'header' }], [{ text: '0', colspan: 1, rowspan: 1, role: 'value' }, { text: '1', colspan: 1, rowspan: 1, role: 'value' }]], headerRows: 1, fontPt: 10.5 };
    const blocks: WordBlock[] = [
      { kind: 'title', text: '某局2024年政府信息公开工作年度报告' },
      { kind: 'heading', level: 2, text: '一、总体情况' },
      { kind: 'table', grid },
      { kind: 'paragraph', text: '正文。' },
    ];
    const xmlOf = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const clerk = { ...PUBLISHED_LOOK, fonts: { ...PUBLISHED_LOOK.fonts, body: wordFont('仿宋_GB2312'), title: wordFont('方正小标宋简体') }, titleBold: false, tableBorderColor: 'auto', paragraphAfterTable: false };
    const published = await xmlOf(await blocksToDocx('t', blocks, PUBLISHED_LOOK));
    const clerks = await xmlOf(await blocksToDocx('t', blocks, clerk));
    expect([published.includes('w:eastAsia="仿宋_GB2312"'), clerks.includes('w:eastAsia="仿宋_GB2312"'), clerks.includes('w:eastAsia="方正小标宋简体"')]).toEqual([false, true, true]);
    expect([published.includes('<w:b/>'), clerks.includes('<w:b/>')]).toEqual([true, false]);
    expect([published.match(/w:color="000000"/g)?.length, clerks.match(/w:color="auto"/g)?.length]).toEqual([6, 6]);
    // The empty paragraph after a table: one more paragraph in the published look.
    expect((published.match(/<w:p[ >/]/g) ?? []).length - (clerks.match(/<w:p[ >/]/g) ?? []).length).toBe(1);
  });
});
