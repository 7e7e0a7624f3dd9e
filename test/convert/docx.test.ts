import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../server/src/convert/docx';
import { htmlToText } from '../../server/src/convert/html';
import { inputToText } from '../../server/src/convert/index';
import { TABLE3_ROWS } from '../../server/src/service/schema/format';
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
    expect(rows).toHaveLength(28);
    expect(rows[3]).toBe('| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(rows[5]).toBe('| 三、本年度办理结果 | （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |');
    expect(rows[7]).toBe('| （三）不予公开 | 1.属于国家秘密 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |');
    expect(rows[8]).toBe('| 2.其他法律行政法规禁止公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |');
    expect(rows[26]).toBe('| （七）总计 | 23 | 0 | 0 | 0 | 0 | 0 | 23 |');
    expect(rows[27]).toBe('| 四、结转下年度继续办理 | 24 | 0 | 0 | 0 | 0 | 0 | 24 |');
    // Every data row ends with its seven values.
    for (const [i, row] of rows.slice(3).entries()) expect(row.endsWith(`| ${i} | 0 | 0 | 0 | 0 | 0 | ${i} |`)).toBe(true);
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
