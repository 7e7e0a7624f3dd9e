/**
 * The pages of a PDF that paint a picture (pdf.ts pdfPicturePages) and those pages as lines of
 * its converted text (convert/index.ts pdfPictureLines): the published fixtures with their
 * tables as screenshots, left out and as tables, the real PDFs, hand-written pictures of a
 * table's size and of an icon's, and the limits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputToText, pdfPictureLines } from '../../server/src/convert/index';
import { PDF_LIMITS, PdfError, pdfPicturePages } from '../../server/src/convert/pdf';
import { writePdf } from '../helpers/pdf-writer';
import { PUBLISHED_DIR } from '../helpers/published';
import { repoRoot } from '../helpers/seeds';

const published = (name: string) => readFileSync(join(PUBLISHED_DIR, name));
const real = (name: string) => readFileSync(join(repoRoot, '..', 'shared', 'real', name));

/** Pages of one line of text each, page i showing a grey picture of sides[i] pixels (none when 0). */
function picturesPdf(sides: readonly number[]): Uint8Array {
  const objects: Parameters<typeof writePdf>[0][number][] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  const kids = sides.map((_, i) => `${3 + 3 * i} 0 R`).join(' ');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${sides.length} >>`);
  sides.forEach((side, i) => {
    const font = '/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >>';
    const picture = side > 0 ? `/XObject << /Im1 ${5 + 3 * i} 0 R >>` : '';
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << ${font} ${picture} >> /Contents ${4 + 3 * i} 0 R >>`);
    const text = `BT /F1 12 Tf 72 760 Td (Page ${i + 1} of a report with enough text to be read as text) Tj ET`;
    objects.push({ dictionary: '<< >>', stream: side > 0 ? `${text}\nq 300 0 0 200 72 400 cm /Im1 Do Q` : text });
    const pixels = new Uint8Array(Math.max(side, 1) * Math.max(side, 1)).map((_, p) => (p * 7) % 256);
    objects.push({ dictionary: `<< /Type /XObject /Subtype /Image /Width ${Math.max(side, 1)} /Height ${Math.max(side, 1)} /ColorSpace /DeviceGray /BitsPerComponent 8 >>`, stream: pixels });
  });
  return writePdf(objects);
}

describe('pdfPicturePages', () => {
  it('finds the three screenshots of the tables on the pages they were printed on, zero-based', async () => {
    expect(await pdfPicturePages(published('street-office-2024.pictured-tables.chromium.pdf'))).toEqual([2, 3, 4]);
  });

  it('finds none in the same report printed with its tables, or without them, or in the real PDFs', async () => {
    for (const name of ['street-office-2024.chromium.pdf', 'street-office-2024.libreoffice.pdf', 'street-office-2024.tables-left-out.chromium.pdf']) {
      expect([name, await pdfPicturePages(published(name))]).toEqual([name, []]);
    }
    for (const name of ['hongze-2023.pdf', 'hongze-2024.pdf', 'huaian-city-2024.pdf']) expect([name, await pdfPicturePages(real(name))]).toEqual([name, []]);
  });

  it('counts a picture of at least 64 pixels a side, not an icon or a rule', async () => {
    expect(await pdfPicturePages(picturesPdf([16, 0, 64, 63, 200]))).toEqual([2, 4]);
  });

  it('does not decode a picture over maxPicturePixels: it is not seen', async () => {
    const bytes = published('street-office-2024.pictured-tables.chromium.pdf');
    // The screenshots are 1282×776, 1384×1886 and 1472×266 pixels.
    expect(await pdfPicturePages(bytes, { ...PDF_LIMITS, maxPicturePixels: 1_000_000 })).toEqual([2, 4]);
    expect(await pdfPicturePages(bytes, { ...PDF_LIMITS, maxPicturePixels: 300_000 })).toEqual([]);
  });

  it('refuses what pdfToText refuses, with its reason', async () => {
    await expect(pdfPicturePages(new Uint8Array(Buffer.from('not a pdf')))).rejects.toBeInstanceOf(PdfError);
    await expect(pdfPicturePages(published('street-office-2024.pictured-tables.chromium.pdf'), { ...PDF_LIMITS, maxBytes: 100 })).rejects.toMatchObject({ reason: 'pdf-too-large' });
  });
});

describe('pdfPictureLines', () => {
  it('gives each picture page as the lines of the text it gave', async () => {
    const bytes = published('street-office-2024.pictured-tables.chromium.pdf');
    const read = await inputToText('pdf', bytes);
    if (!read.ok) throw new Error(read.reason);
    expect(read.pages).toEqual([0, 21, 39, 40, 41]);
    const lines = read.text.split('\n');
    // Pages 3 and 4 hold a screenshot and the next part's heading; page 5 table 四's screenshot and the rest.
    expect(lines[39]?.trim()).toBe('三、收到和处理政府信息公开申请情况');
    expect(lines[40]?.trim()).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(await pdfPictureLines(bytes, read.pages!, read.text)).toEqual([
      { startLine: 39, endLine: 40 },
      { startLine: 40, endLine: 41 },
      { startLine: 41, endLine: lines.length - 1 },
    ]);
  });

  it('is null when the file cannot be read again', async () => {
    expect(await pdfPictureLines(new Uint8Array(Buffer.from('%PDF-1.7 broken')), [0], 'text\n')).toBeNull();
  });
});
