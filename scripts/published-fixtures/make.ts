/**
 * Makes test/fixtures/published/: each report of PUBLISHED_FIXTURES (test/helpers/published.ts)
 * as agencies publish it —
 *   <name>.docx              the Word file (npm package docx),
 *   <name>.libreoffice.pdf   that Word file printed by LibreOffice,
 *   <name>.html              the site's page with the report pasted from Word (Word's HTML),
 *   <name>.chromium.pdf      that page printed by Chromium,
 *   <name>.expected.json     the tables as the source holds them, the year, the agency and
 *                            the values written wrong on purpose.
 *
 *   npx tsx scripts/published-fixtures/make.ts
 *
 * Needs soffice (libreoffice-writer-nogui), chromium, iconv, pdftotext (poppler-utils) and
 * fonts-noto-cjk. Checks what it made: each planted defect is in the source and nothing else
 * is wrong in the sums it checks, table 三 crosses a page in both PDFs, its long labels wrap.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_OUTCOMES } from '../../server/src/service/schema/format';
import { PUBLISHED_DIR, PUBLISHED_FIXTURES, publishedFile, type PlantedDefect, type PublishedExpectation, type PublishedFixture, type PublishedTables } from '../../test/helpers/published';
import { repoRoot } from '../../test/helpers/seeds';
import { fileSize, pdfPages, Printer, toGb18030 } from './print';
import { readSourceReport, type SourceReport } from './source';
import { PUBLICATIONS } from './publications';
import { reportToWebPage } from './web-page';
import { reportToDocx } from './word';

function expectedTables(report: SourceReport): PublishedTables {
  const tables: PublishedTables = { two: null, three: null, four: null };
  for (const block of report.blocks) {
    if (block.kind === 'table2') tables.two = Object.fromEntries(block.blocks.map((b) => [b.def.caption, Object.fromEntries(b.rows.map((r) => [r.label, r.values]))]));
    if (block.kind === 'table3') tables.three = Object.fromEntries(TABLE3_ROWS.filter((def) => block.rows.has(def.key)).map((def) => [def.key, [...block.rows.get(def.key)!]]));
    if (block.kind === 'table4') tables.four = [...block.values];
  }
  return tables;
}

type Mismatch = Omit<PlantedDefect, 'note'>;

/**
 * What the source gets wrong in the sums checked here (each row's 总计 of table 三, each group's
 * 总计 of table 四) and the rows of table 三 it leaves out, to hold the declared defects against.
 */
function sourceMismatches(tables: PublishedTables): Mismatch[] {
  const found: Mismatch[] = [];
  const sum = (values: readonly string[]): number => values.reduce((a, v) => a + Number(v), 0);
  for (const def of TABLE3_ROWS) {
    const values = tables.three?.[def.key];
    if (!values) {
      found.push({ table: 'three', row: def.key, column: null, written: '', correct: null });
      continue;
    }
    const parts = sum(values.slice(0, 6));
    if (Number(values[6]) !== parts) found.push({ table: 'three', row: def.key, column: TABLE3_COLUMNS[6]!.key, written: values[6]!, correct: String(parts) });
  }
  const four = tables.four ?? [];
  TABLE4_GROUPS.forEach((group, g) => {
    const values = four.slice(g * TABLE4_OUTCOMES.length, (g + 1) * TABLE4_OUTCOMES.length);
    const parts = sum(values.slice(0, -1));
    if (Number(values.at(-1)) !== parts) found.push({ table: 'four', row: 'reviews', column: TABLE4_COLUMNS[(g + 1) * TABLE4_OUTCOMES.length - 1]!.key, written: values.at(-1)!, correct: String(parts) });
  });
  return found;
}

function checkDefects(fixture: PublishedFixture, tables: PublishedTables): void {
  const key = (m: Mismatch): string => JSON.stringify([m.table, m.row, m.column, m.written, m.correct]);
  const found = sourceMismatches(tables).map(key).sort();
  const declared = fixture.defects.map(key).sort();
  if (JSON.stringify(found) !== JSON.stringify(declared)) throw new Error(`${fixture.name}: the source's defects ${found.join(' ')} are not the declared ones ${declared.join(' ')}`);
}

/** JSON with each list of values on one line, so a table row reads as a row. */
function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\n\s+("[^"\n]*"(?:,\n\s+"[^"\n]*")*)\n\s+\]/g, (_, items: string) => `[${items.split(/,\n\s+/).join(', ')}]`) + '\n';
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Table 三 must cross a page, and its longest labels must wrap inside their cells. */
function checkPrint(pdfPath: string): string {
  const pages = pdfPages(pdfPath);
  const pageOf = (label: string): number => pages.findIndex((page) => page.split('\n').some((line) => squeeze(line).includes(label)));
  const first = TABLE3_ROWS[0]!.label;
  const last = TABLE3_ROWS.at(-1)!.label;
  const firstPage = pageOf(first);
  const lastPage = pageOf(last);
  if (firstPage < 0 || lastPage < 0) throw new Error(`${pdfPath}: table 三's first or last row label not found in the printed text`);
  if (lastPage <= firstPage) throw new Error(`${pdfPath}: table 三 stands on one page (${firstPage + 1}); it must cross a page break`);
  const longest = TABLE3_ROWS.reduce((a, b) => (b.label.length > a.label.length ? b : a)).label;
  const wholeOnOneLine = pages.some((page) => page.split('\n').some((line) => squeeze(line).includes(longest)));
  if (wholeOnOneLine) throw new Error(`${pdfPath}: the label ${longest} does not wrap inside its cell`);
  return `${pages.length} pages, table 三 on pages ${firstPage + 1}–${lastPage + 1}`;
}

async function main(): Promise<void> {
  mkdirSync(PUBLISHED_DIR, { recursive: true });
  const printer = new Printer();
  try {
    for (const fixture of PUBLISHED_FIXTURES) {
      const publication = PUBLICATIONS[fixture.name];
      if (!publication) throw new Error(`no publication style for ${fixture.name}`);
      const report = readSourceReport(readFileSync(join(repoRoot, fixture.source), 'utf8'));
      const tables = expectedTables(report);
      checkDefects(fixture, tables);

      const docxPath = publishedFile(fixture, 'docx');
      writeFileSync(docxPath, await reportToDocx(report, { ...publication.word, table2Drawing: publication.table2Drawing }));
      printer.wordToPdf(docxPath, publishedFile(fixture, 'libreoffice-pdf'));

      const htmlPath = publishedFile(fixture, 'html');
      const charset = fixture.htmlEncoding === 'gb18030' ? 'gb2312' : 'utf-8';
      const page = reportToWebPage(report, { ...publication.site, charset, table2Drawing: publication.table2Drawing });
      writeFileSync(htmlPath, fixture.htmlEncoding === 'gb18030' ? toGb18030(page) : page);
      printer.pageToPdf(htmlPath, publishedFile(fixture, 'chromium-pdf'));

      const expected: PublishedExpectation = { name: fixture.name, agency: fixture.agency, year: fixture.year, tables, defects: [...fixture.defects] };
      writeFileSync(publishedFile(fixture, 'expected'), formatJson(expected));

      console.log(fixture.name);
      for (const kind of ['docx', 'html', 'libreoffice-pdf', 'chromium-pdf', 'expected'] as const) {
        const path = publishedFile(fixture, kind);
        const note = kind.endsWith('pdf') ? `  ${checkPrint(path)}` : '';
        console.log(`  ${kind.padEnd(16)} ${String(Math.round(fileSize(path) / 1024)).padStart(4)} KB${note}`);
      }
    }
  } finally {
    printer.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
