/**
 * Makes the fixtures of a report whose statutory tables are pictures, as agencies publish
 * them: the clerk screenshots each table and pastes the picture into the document before
 * printing, so the PDF's prose is text and its tables are not. From the street-office report
 * (examples/2024-示范街道办事处-规范.nianbao.md, the project's own text), its web page as
 * make.ts writes it, with
 *   street-office-2024.pictured-tables.chromium.pdf   each table replaced by a PNG screenshot
 *                                                      of it (Chromium's --screenshot),
 *   street-office-2024.tables-left-out.chromium.pdf   the tables left out, nothing in their
 *                                                      place: a PDF without pictures.
 * The same page with its tables as tables is street-office-2024.chromium.pdf (make.ts).
 * And the clerk's Word file (word.ts, as make.ts writes street-office-2024.docx) with
 *   street-office-2024.pictured-tables.docx          each table replaced by the same
 *                                                      screenshot, in a paragraph of its own,
 *   street-office-2024.logo-tables-left-out.docx     the tables left out and a small logo
 *                                                      picture as part 一's last paragraph,
 *                                                      just before part 二's heading.
 *
 *   npx tsx scripts/published-fixtures/pictured-tables.ts
 *
 * Needs chromium, pdftotext and pdfimages (poppler-utils) and the fonts of make.ts. Checks what
 * it made: no row label of a table is in the printed text, and each picture is on the page
 * after its part's heading or on the next (pdfimages -list); the Word files hold no table and
 * three pictures, or one.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { TABLE3_ROWS } from '../../server/src/service/schema/format';
import { PUBLISHED_DIR, PUBLISHED_FIXTURES } from '../../test/helpers/published';
import { repoRoot } from '../../test/helpers/seeds';
import type { Grid } from './grid';
import { fileSize, pdfPages, Printer } from './print';
import { readSourceReport } from './source';
import { PUBLICATIONS } from './publications';
import { PRINT_CSS, reportToWebPage, type SiteStyle } from './web-page';
import { reportToDocx } from './word';

const FONTS_CONF = join(__dirname, 'fonts.conf');
const FIXTURE = 'street-office-2024';
/** The site of make.ts's street-office page, so the pages differ only in their tables. */
const PUBLICATION = PUBLICATIONS[FIXTURE]!;
const SITE: Omit<SiteStyle, 'replaceTable'> = { ...PUBLICATION.site, charset: 'utf-8', table2Drawing: PUBLICATION.table2Drawing };
/** A screenshot at 2 device pixels per CSS pixel, as on a laptop's scaled screen. */
const SCALE = 2;
/** White space around the table in the screenshot (CSS pixels). */
const MARGIN = 8;

class Screenshots {
  private readonly scratch = mkdtempSync(join(tmpdir(), 'nianbao-pictured-'));
  private readonly env = { ...process.env, FONTCONFIG_FILE: FONTS_CONF, HOME: this.scratch };

  private chromium(args: string[]): string {
    return execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--user-data-dir=${join(this.scratch, 'profile')}`, ...args], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
      maxBuffer: 64 * 1024 * 1024,
    }).toString('utf8');
  }

  /**
   * A PNG of the table as the page draws it, cropped to the table: the page is loaded once to
   * measure the table (a script writes its size into the DOM), then shot in a window that size.
   * Returns the file and the size in CSS pixels the picture is shown at.
   */
  shoot(grid: Grid, tableHtml: string): { file: string; width: number; height: number } {
    const page = join(this.scratch, `table-${grid.table}.html`);
    const measure = `<script>const t = document.querySelector('table'); const r = t.getBoundingClientRect(); document.body.setAttribute('data-size', Math.ceil(r.width) + 'x' + Math.ceil(r.height));</script>`;
    writeFileSync(
      page,
      `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><style>${PRINT_CSS}\nbody { margin: ${MARGIN}px; background: #fff; } .content table { margin: 0; }</style></head>\n<body><div class="content">${tableHtml}</div>${measure}</body></html>\n`,
    );
    const dom = this.chromium(['--window-size=1200,3000', '--dump-dom', pathToFileURL(page).href]);
    const size = /data-size="(\d+)x(\d+)"/.exec(dom);
    if (!size) throw new Error(`table ${grid.table}: its size was not measured`);
    const width = Number(size[1]) + 2 * MARGIN;
    const height = Number(size[2]) + 2 * MARGIN;
    const file = join(this.scratch, `table-${grid.table}.png`);
    this.chromium([`--window-size=${width},${height}`, `--force-device-scale-factor=${SCALE}`, `--screenshot=${file}`, pathToFileURL(page).href]);
    return { file, width, height };
  }

  /** A small logo (an agency's emblem: a red disc with two characters), as some clerks put at the top of a part. */
  shootLogo(): { file: string; width: number; height: number } {
    const size = 96;
    const page = join(this.scratch, 'logo.html');
    writeFileSync(
      page,
      `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><style>body { margin: 0; background: #fff; } div { width: ${size}px; height: ${size}px; border-radius: 50%; background: #c00; color: #fff; font: bold 28px "Noto Sans CJK SC", sans-serif; display: flex; align-items: center; justify-content: center; }</style></head>\n<body><div>示范</div></body></html>\n`,
    );
    const file = join(this.scratch, 'logo.png');
    this.chromium([`--window-size=${size},${size}`, `--force-device-scale-factor=${SCALE}`, `--screenshot=${file}`, pathToFileURL(page).href]);
    return { file, width: size, height: size };
  }

  /** The page written beside the pictures it shows (relative src, as Word's "save as web page" writes them). */
  writePage(name: string, html: string): string {
    const path = join(this.scratch, name);
    writeFileSync(path, html);
    return path;
  }

  copyPicture(file: string, name: string): string {
    copyFileSync(file, join(this.scratch, name));
    return name;
  }

  dispose(): void {
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** No row label of table 三 may be in the printed text: the tables are pictures or gone. */
function checkNoTableText(pdfPath: string): void {
  const text = squeeze(pdfPages(pdfPath).join('\n'));
  const found = TABLE3_ROWS.filter((row) => text.includes(squeeze(row.label)));
  if (found.length > 0) throw new Error(`${pdfPath}: table 三's rows are in the text: ${found.map((r) => r.label).join(', ')}`);
}

/** The pages with pictures (one-based), from pdfimages -list. */
function picturePages(pdfPath: string): number[] {
  const list = execFileSync('pdfimages', ['-list', pdfPath]).toString('utf8').split('\n').slice(2);
  const pages = list.map((line) => Number(line.trim().split(/\s+/)[0])).filter((page) => Number.isInteger(page) && page > 0);
  return [...new Set(pages)];
}

/** The tables (w:tbl) and pictures (w:drawing) in a Word file's document. */
async function wordContents(docxPath: string): Promise<{ tables: number; pictures: number }> {
  const xml = await (await JSZip.loadAsync(readFileSync(docxPath))).file('word/document.xml')!.async('string');
  return { tables: xml.split('<w:tbl>').length - 1, pictures: xml.split('<w:drawing>').length - 1 };
}

async function main(): Promise<void> {
  const fixture = PUBLISHED_FIXTURES.find((f) => f.name === FIXTURE);
  if (!fixture) throw new Error(`no fixture ${FIXTURE}`);
  const report = readSourceReport(readFileSync(join(repoRoot, fixture.source), 'utf8'));
  const shots = new Screenshots();
  const printer = new Printer();
  try {
    const shotOf = new Map<string, { file: string; width: number; height: number }>();
    const pictured = reportToWebPage(report, {
      ...SITE,
      replaceTable: (grid, tableHtml) => {
        const shot = shots.shoot(grid, tableHtml);
        shotOf.set(grid.table, shot);
        const src = shots.copyPicture(shot.file, `image-${grid.table}.png`);
        // Pasted at the size it was shot, no wider than the text column, centred as Word centres a pasted picture.
        return `<p class=MsoNormal align=center style='text-align:center'><img width=${shot.width} height=${shot.height} style='max-width:100%;height:auto' src="${src}"></p>`;
      },
    });
    const picturedPdf = join(PUBLISHED_DIR, `${FIXTURE}.pictured-tables.chromium.pdf`);
    printer.pageToPdf(shots.writePage(`${FIXTURE}.pictured-tables.html`, pictured), picturedPdf);

    const leftOut = reportToWebPage(report, { ...SITE, replaceTable: () => '' });
    const leftOutPdf = join(PUBLISHED_DIR, `${FIXTURE}.tables-left-out.chromium.pdf`);
    printer.pageToPdf(shots.writePage(`${FIXTURE}.tables-left-out.html`, leftOut), leftOutPdf);

    for (const pdf of [picturedPdf, leftOutPdf]) checkNoTableText(pdf);
    const withPictures = picturePages(picturedPdf);
    if (withPictures.length === 0) throw new Error(`${picturedPdf}: no pictures`);
    if (picturePages(leftOutPdf).length > 0) throw new Error(`${leftOutPdf}: it has pictures`);
    console.log(`${picturedPdf}: ${pdfPages(picturedPdf).length} pages, pictures on pages ${withPictures.join(', ')}, ${Math.round(fileSize(picturedPdf) / 1024)} KB`);
    console.log(`${leftOutPdf}: ${pdfPages(leftOutPdf).length} pages, no pictures, ${Math.round(fileSize(leftOutPdf) / 1024)} KB`);

    // The clerk's Word file, as make.ts writes it, with the same screenshots where its tables stood.
    const wordStyle = { ...PUBLICATION.word, table2Drawing: PUBLICATION.table2Drawing };
    const picturedDocx = join(PUBLISHED_DIR, `${FIXTURE}.pictured-tables.docx`);
    writeFileSync(
      picturedDocx,
      await reportToDocx(report, wordStyle, (block) => {
        if (block.kind !== 'table') return [block];
        const shot = shotOf.get(block.grid.table ?? '');
        if (!shot) throw new Error(`table ${String(block.grid.table)}: no screenshot`);
        return [{ kind: 'picture', png: readFileSync(shot.file), width: shot.width, height: shot.height }];
      }),
    );
    const logo = shots.shootLogo();
    const logoDocx = join(PUBLISHED_DIR, `${FIXTURE}.logo-tables-left-out.docx`);
    writeFileSync(
      logoDocx,
      await reportToDocx(report, wordStyle, (block) => {
        if (block.kind === 'table') return [];
        if (block.kind === 'heading' && block.text.startsWith('二、')) return [{ kind: 'picture', png: readFileSync(logo.file), width: logo.width, height: logo.height }, block];
        return [block];
      }),
    );
    for (const [docx, pictures] of [[picturedDocx, 3], [logoDocx, 1]] as const) {
      const held = await wordContents(docx);
      if (held.tables !== 0 || held.pictures !== pictures) throw new Error(`${docx}: ${held.tables} tables and ${held.pictures} pictures (expected none and ${pictures})`);
      console.log(`${docx}: no tables, ${pictures} pictures, ${Math.round(fileSize(docx) / 1024)} KB`);
    }
  } finally {
    printer.dispose();
    shots.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
