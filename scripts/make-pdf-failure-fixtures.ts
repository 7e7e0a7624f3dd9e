/**
 * Makes the small PDFs of test/fixtures/pdf/, which the PDF reader's tests read (so the
 * tests need no tool): `npx tsx scripts/make-pdf-failure-fixtures.ts`. Needs qpdf
 * (`apt-get install -y qpdf`) for the encrypted one; everything else is written by hand
 * (test/helpers/pdf-writer.ts). The 2,000-page PDF is not kept: the tests make it.
 *
 * - scanned.pdf      one page holding only a picture, no text (what a scan is)
 * - encrypted.pdf    a text PDF that opens only with a password (qpdf, AES-256)
 * - restricted.pdf   a text PDF encrypted without an opening password, only forbidding copying
 *                    and printing, as agencies often publish: it opens, so it is read
 * - broken.pdf       a text PDF cut off in the middle (an interrupted download)
 * - not-a-pdf.pdf    a web page saved under a .pdf name
 * - songti-gbk.pdf   Chinese text in the Adobe font STSong-Light, not embedded, in the standard
 *                    encoding UniGB-UCS2-H: readable only with pdfjs's character maps
 * - latin.pdf        a line of a table in Helvetica: label, then numbers in columns
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { helveticaPdf, imageOnlyPdf, songtiPdf } from '../test/helpers/pdf-writer';

const out = resolve(__dirname, '..', 'test', 'fixtures', 'pdf');
mkdirSync(out, { recursive: true });

/** Made-up sentences and figures, never a real report's. */
const textPage = [
  { x: 72, y: 760, size: 16, text: 'Sample agency annual report' },
  { x: 72, y: 730, size: 11, text: 'This page holds text that can be selected and copied.' },
];

writeFileSync(join(out, 'scanned.pdf'), imageOnlyPdf());

const temp = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
try {
  const plain = join(temp, 'plain.pdf');
  writeFileSync(plain, helveticaPdf([textPage]));
  execFileSync('qpdf', ['--encrypt', 'user-password', 'owner-password', '256', '--', plain, join(out, 'encrypted.pdf')]);
  execFileSync('qpdf', ['--encrypt', '', 'owner-password', '256', '--extract=n', '--print=none', '--', plain, join(out, 'restricted.pdf')]);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

const whole = helveticaPdf([textPage, textPage]);
writeFileSync(join(out, 'broken.pdf'), whole.subarray(0, Math.floor(whole.length / 2)));

writeFileSync(join(out, 'not-a-pdf.pdf'), '<!DOCTYPE html>\n<html><head><title>Saved page</title></head><body><p>Not a PDF.</p></body></html>\n');

writeFileSync(
  join(out, 'songti-gbk.pdf'),
  songtiPdf([
    [
      { x: 72, y: 760, size: 16, text: '示例单位政府信息公开工作年度报告' },
      { x: 72, y: 730, size: 10, text: '一、本年新收政府信息公开申请数量' },
      { x: 300, y: 730, size: 10, text: '12' },
      { x: 340, y: 730, size: 10, text: '3' },
      { x: 380, y: 730, size: 10, text: '15' },
    ],
  ]),
);

writeFileSync(
  join(out, 'latin.pdf'),
  helveticaPdf([
    [
      { x: 72, y: 760, size: 12, text: 'Received this year' },
      { x: 300, y: 760, size: 12, text: '12' },
      { x: 340, y: 760, size: 12, text: '0' },
      { x: 380, y: 760, size: 12, text: '12' },
      { x: 72, y: 740, size: 12, text: 'Carried over' },
      { x: 300, y: 740, size: 12, text: '3' },
      { x: 340, y: 740, size: 12, text: '0' },
      { x: 380, y: 740, size: 12, text: '3' },
    ],
  ]),
);

for (const name of ['scanned.pdf', 'encrypted.pdf', 'restricted.pdf', 'broken.pdf', 'not-a-pdf.pdf', 'songti-gbk.pdf', 'latin.pdf']) {
  console.log(`${name}: ${readFileSync(join(out, name)).length} bytes`);
}
