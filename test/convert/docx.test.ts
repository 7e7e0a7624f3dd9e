import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DocxTooLargeError, DOCX_LIMITS, docxToText } from '../../server/src/convert/docx';
import { htmlToText } from '../../server/src/convert/html';
import { inputToText } from '../../server/src/convert/index';
import { TABLE3_ROWS } from '../../server/src/service/schema/format';
import { zipBombDocx, zipOf } from '../cli/hostile-files';
import { blocksOf, blocksToDocx, blocksToHtml, CLEAN_EXAMPLE, officialTable3, readExample, tableXml } from './report-fixture';

describe('docxToText', () => {
  it('reads a Word report exactly like the same report as a web page', async () => {
    const blocks = blocksOf(readExample(CLEAN_EXAMPLE));
    const docx = await blocksToDocx(blocks);
    expect(await docxToText(docx)).toBe(htmlToText(blocksToHtml(blocks)));
  });

  it('keeps the value columns of table 三 aligned through w:gridSpan and w:vMerge', async () => {
    const values = new Map(TABLE3_ROWS.map((def, i) => [def.key, [String(i), '0', '0', '0', '0', '0', String(i)]]));
    const xml = tableXml(officialTable3(values));
    // The fixture really merges: a restart, its continuations, and spans across columns.
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge/>');
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
    const docx = await blocksToDocx([{ kind: 'table', rows: officialTable3(values) }]);
    const rows = (await docxToText(docx)).trim().split('\n');
    expect(rows).toHaveLength(29);
    expect(rows[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(rows[4]).toBe('| 一、本年新收政府信息公开申请数量 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(rows[6]).toBe('| 三、本年度办理结果 | （一）予以公开 |  | 2 | 0 | 0 | 0 | 0 | 0 | 2 |');
    expect(rows[8]).toBe('|  | （三）不予公开 | 1.属于国家秘密 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |');
    expect(rows[9]).toBe('|  |  | 2.其他法律行政法规禁止公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |');
    expect(rows[27]).toBe('|  | （七）总计 |  | 23 | 0 | 0 | 0 | 0 | 0 | 23 |');
    expect(rows[28]).toBe('| 四、结转下年度继续办理 |  |  | 24 | 0 | 0 | 0 | 0 | 0 | 24 |');
    // Every data row ends with its seven values, in the table's last seven columns.
    for (const [i, row] of rows.slice(4).entries()) expect(row.endsWith(` | ${i} | 0 | 0 | 0 | 0 | 0 | ${i} |`)).toBe(true);
  });

  it('keeps a blank Word cell as an empty cell in its column', async () => {
    const values = new Map(TABLE3_ROWS.map((def) => [def.key, ['26', '', '', '', '', '', '26']]));
    const rows = (await docxToText(await blocksToDocx([{ kind: 'table', rows: officialTable3(values) }]))).trim().split('\n');
    expect(rows[4]).toBe('| 一、本年新收政府信息公开申请数量 |  |  | 26 |  |  |  |  |  | 26 |');
  });

  it('reports a file that is not a Word package instead of throwing', async () => {
    expect(await inputToText('docx', new TextEncoder().encode('not a zip'))).toMatchObject({ ok: false, reason: 'invalid-docx' });
    const zip = new JSZip();
    zip.file('hello.txt', 'no document inside');
    expect(await inputToText('docx', await zip.generateAsync({ type: 'uint8array' }))).toMatchObject({ ok: false, reason: 'invalid-docx' });
    expect(await inputToText('docx', new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
  });

  it('treats a Word file without any text as empty', async () => {
    expect(await inputToText('docx', await blocksToDocx([{ kind: 'p', text: '' }]))).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('bounds', () => {
  it('refuses a zip bomb by the size its headers declare, before inflating anything', async () => {
    const bomb = zipBombDocx(3 * 1024);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    const started = performance.now();
    expect(await inputToText('docx', bomb)).toEqual({ ok: false, reason: 'too-large', detail: 'word/document.xml unpacks to 3072 MB (at most 64 MB)' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a zip bomb whose headers lie about its size, inflating no more than the limit', async () => {
    const bomb = zipBombDocx(1024, 2_000);
    const started = performance.now();
    expect(await inputToText('docx', bomb)).toEqual({ ok: false, reason: 'too-large', detail: 'word/document.xml unpacks to more than 64 MB' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses XML of more elements than the budget, and packages of too many entries', async () => {
    const docx = await blocksToDocx(blocksOf(readExample(CLEAN_EXAMPLE)));
    await expect(docxToText(docx, { ...DOCX_LIMITS, maxXmlElements: 1_000 })).rejects.toThrow(new DocxTooLargeError('more than 1000 XML elements'));
    const many = zipOf(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}.xml`, data: new Uint8Array(1) })));
    await expect(docxToText(many, { ...DOCX_LIMITS, maxEntries: 10 })).rejects.toThrow(new DocxTooLargeError('20 entries in the package (at most 10)'));
  });

  it('reads the same report within the limits as before', async () => {
    const blocks = blocksOf(readExample(CLEAN_EXAMPLE));
    expect(await docxToText(await blocksToDocx(blocks), DOCX_LIMITS)).toBe(htmlToText(blocksToHtml(blocks)));
  });
});
