/**
 * Printing to PDF as agencies do: the Word file through LibreOffice (standing in for Word/WPS
 * "另存为PDF"), the web page through Chromium's print. Both with the font substitutions of
 * fonts.conf and private profiles under a temporary folder, so nothing of the machine's own
 * LibreOffice or Chromium settings is used or touched. Also the GB18030 bytes of a web page
 * (iconv from libc-bin, as old CMSs save them) and the page-by-page text of a PDF (pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const FONTS_CONF = join(__dirname, 'fonts.conf');

export class Printer {
  private readonly scratch = mkdtempSync(join(tmpdir(), 'nianbao-published-'));
  private readonly env = { ...process.env, FONTCONFIG_FILE: FONTS_CONF, HOME: this.scratch };

  /** `soffice --headless --convert-to pdf` of a .docx into `pdfPath`. */
  wordToPdf(docxPath: string, pdfPath: string): void {
    const outDir = join(this.scratch, 'soffice-out');
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(this.scratch, 'soffice-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath],
      { env: this.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 },
    );
    copyFileSync(join(outDir, basename(docxPath).replace(/\.docx$/, '.pdf')), pdfPath);
  }

  /** Chromium's headless print of a page, without the browser's own header and footer lines. */
  pageToPdf(htmlPath: string, pdfPath: string): void {
    execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        `--user-data-dir=${join(this.scratch, 'chromium-profile')}`,
        '--no-pdf-header-footer',
        // Untagged, as most published browser prints are: the structure tree doubles the file.
        '--disable-pdf-tagging',
        `--print-to-pdf=${pdfPath}`,
        pathToFileURL(htmlPath).href,
      ],
      { env: this.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 },
    );
  }

  dispose(): void {
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

/** UTF-8 text to GB18030 bytes with iconv (fails on a character GB18030 cannot hold, which it has none of). */
export function toGb18030(text: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text, maxBuffer: 64 * 1024 * 1024 });
}

/** The text of each page of a PDF, laid out as printed (`pdftotext -layout`). */
export function pdfPages(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  return text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

export function fileSize(path: string): number {
  return readFileSync(path).length;
}
