/**
 * Reports as agencies publish them (test/fixtures/published/, see its README): the Word file
 * and the web page of each must read to exactly the tables its source holds.
 *
 * The two PDFs of each report (printed by LibreOffice and by Chromium) are only checked to be
 * there: reading PDFs is being built (server/src/convert/pdf.ts), and its tests will compare
 * them with the same expected files.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { inputToText } from '../../server/src/convert/index';
import { parseReport } from '../../server/src/service/parser/index';
import { TABLE3_COLUMNS, TABLE4_COLUMNS } from '../../server/src/service/schema/format';
import { loadExpected, PUBLISHED_FIXTURES, publishedFile, tablesOf, type PublishedFixture } from '../helpers/published';

async function readAs(kind: 'docx' | 'html', fixture: PublishedFixture) {
  const result = await inputToText(kind, readFileSync(publishedFile(fixture, kind)));
  if (!result.ok) throw new Error(`${fixture.name}.${kind} did not read: ${result.reason}`);
  return result;
}

describe.each(PUBLISHED_FIXTURES)('published report $name', (fixture) => {
  const expected = loadExpected(fixture);

  it('the Word file reads to exactly the tables, year and agency of its source', async () => {
    const model = parseReport((await readAs('docx', fixture)).text);
    expect(tablesOf(model)).toEqual(expected.tables);
    expect(model.year?.value).toBe(expected.year);
    expect(model.agency?.text).toBe(expected.agency);
  });

  it(`the web page (${fixture.htmlEncoding}) reads to exactly the tables, year and agency of its source`, async () => {
    const read = await readAs('html', fixture);
    expect(read.encoding).toBe(fixture.htmlEncoding);
    const model = parseReport(read.text);
    expect(tablesOf(model)).toEqual(expected.tables);
    expect(model.year?.value).toBe(expected.year);
    expect(model.agency?.text).toBe(expected.agency);
  });

  it('the expected file holds the values written wrong on purpose', () => {
    expect(expected.name).toBe(fixture.name);
    expect(expected.defects).toEqual(fixture.defects);
    for (const defect of fixture.defects) {
      if (defect.table === 'three') {
        const row = expected.tables.three?.[defect.row];
        if (defect.column === null) expect(row).toBeUndefined();
        else expect(row?.[TABLE3_COLUMNS.findIndex((c) => c.key === defect.column)]).toBe(defect.written);
      } else if (defect.table === 'four') {
        expect(expected.tables.four?.[TABLE4_COLUMNS.findIndex((c) => c.key === defect.column)]).toBe(defect.written);
      }
    }
  });

  it('the Word file draws table 三 as the form does: merged group cells, spanned labels, page numbers', async () => {
    const zip = await JSZip.loadAsync(readFileSync(publishedFile(fixture, 'docx')));
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('<w:vMerge w:val="restart"/>');
    expect(document).toContain('<w:vMerge w:val="continue"/>');
    expect(document).toContain('<w:gridSpan w:val="3"/>');
    const footers = await Promise.all(zip.file(/^word\/footer\d*\.xml$/).map((f) => f.async('string')));
    expect(footers.join('')).toContain('PAGE');
  });

  it('the web page is Word-exported HTML: spans, <o:p> ends, blank cells, merged cells', () => {
    const bytes = readFileSync(publishedFile(fixture, 'html'));
    const page = new TextDecoder(fixture.htmlEncoding).decode(bytes);
    expect(page).toContain(fixture.htmlEncoding === 'gb18030' ? '<meta charset="gb2312">' : '<meta charset="utf-8">');
    // Word wraps its source lines before attributes, so a tag may continue on the next line.
    expect(page).toMatch(/<p\s+class=MsoNormal/);
    expect(page).toContain('<o:p></o:p>');
    expect(page).toContain('<o:p>&nbsp;</o:p>');
    expect(page).toMatch(/<td\s+width=\d+\s+rowspan=\d+/);
    expect(page).toMatch(/<td\s+width=\d+\s+colspan=\d+/);
  });

  it('has both printed PDFs, each small', () => {
    for (const kind of ['libreoffice-pdf', 'chromium-pdf'] as const) {
      const pdf = readFileSync(publishedFile(fixture, kind));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
      expect(pdf.length).toBeLessThan(300 * 1024);
    }
  });
});
