/**
 * Reports as agencies publish them (test/fixtures/published/, made by
 * scripts/published-fixtures/make.ts): for each report a Word file, a web page, the Word
 * file printed to PDF by LibreOffice and the web page printed to PDF by Chromium, and the
 * tables the source data holds (<name>.expected.json).
 *
 * `tablesOf` reads the same shape out of a parsed model, so a test can say
 * `expect(tablesOf(parseReport(text))).toEqual(expected.tables)`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel, TableRow } from '../../server/src/service/model';
import { tableOf } from '../../server/src/service/model';
import { TABLE2_BLOCKS } from '../../server/src/service/schema/format';
import { repoRoot } from './seeds';

export const PUBLISHED_DIR = join(repoRoot, 'test', 'fixtures', 'published');

export type PublishedFileKind = 'docx' | 'html' | 'libreoffice-pdf' | 'chromium-pdf' | 'expected';

const SUFFIX: Readonly<Record<PublishedFileKind, string>> = {
  docx: '.docx',
  html: '.html',
  'libreoffice-pdf': '.libreoffice.pdf',
  'chromium-pdf': '.chromium.pdf',
  expected: '.expected.json',
};

/** A value the source writes wrong on purpose, so tests can check that findings are exact. */
export interface PlantedDefect {
  table: 'two' | 'three' | 'four';
  /** Table 三: the statutory row key; table 四: 'reviews'. */
  row: string;
  /** Column key (TABLE3_COLUMNS / TABLE4_COLUMNS), or null when the whole row is meant. */
  column: string | null;
  /** What the source writes ('' when the row is left out). */
  written: string;
  /** What the arithmetic of the other cells says it should be (null for a row left out). */
  correct: string | null;
  note: string;
}

export interface PublishedFixture {
  /** File stem in test/fixtures/published/ (ASCII, so every tool handles it). */
  name: string;
  /** The report's source text (Markdown), relative to the repository root. */
  source: string;
  agency: string;
  year: number;
  /** How the web page's bytes are encoded (a page in GB18030 declares charset=gb2312, as old sites do). */
  htmlEncoding: 'utf-8' | 'gb18030';
  defects: readonly PlantedDefect[];
}

export const PUBLISHED_FIXTURES: readonly PublishedFixture[] = [
  {
    name: 'street-office-2024',
    source: 'examples/2024-示范街道办事处-规范.nianbao.md',
    agency: '示范区示范街道办事处',
    year: 2024,
    htmlEncoding: 'utf-8',
    defects: [],
  },
  {
    name: 'agriculture-bureau-2024',
    source: 'examples/2024-示范县农业农村局-待修改.nianbao.md',
    agency: '示范县农业农村局',
    year: 2024,
    htmlEncoding: 'utf-8',
    defects: [
      { table: 'three', row: 'notProcessed.repeated', column: 'total', written: '2', correct: '1', note: '2.重复申请：总计写成2，各列之和为1' },
      { table: 'three', row: 'unavailable.unclear', column: null, written: '', correct: null, note: '（四）无法提供缺“3.补正后申请内容仍不明确”一行' },
    ],
  },
  {
    name: 'natural-resources-bureau-2024',
    source: 'scripts/published-fixtures/reports/2024-示范县自然资源局.md',
    agency: '示范县自然资源局',
    year: 2024,
    htmlEncoding: 'gb18030',
    defects: [
      { table: 'three', row: 'unavailable.notHeld', column: 'total', written: '8', correct: '7', note: '1.本机关不掌握相关政府信息：总计写成8，各列之和为7' },
      { table: 'four', row: 'reviews', column: 'review.total', written: '3', correct: '4', note: '表四行政复议“总计”写成3，结果维持2＋结果纠正1＋其他结果0＋尚未审结1＝4' },
    ],
  },
];

export function publishedFile(fixture: PublishedFixture, kind: PublishedFileKind): string {
  return join(PUBLISHED_DIR, fixture.name + SUFFIX[kind]);
}

/** The statutory tables as the source holds them. */
export interface PublishedTables {
  /** Table 二: block caption (第二十条第（一）项 …) → row label → the block's values. */
  two: Record<string, Record<string, string[]>> | null;
  /** Table 三: statutory row key (TABLE3_ROWS[].key) → its seven values. */
  three: Record<string, string[]> | null;
  /** Table 四: the fifteen values of its one row. */
  four: string[] | null;
  /**
   * Rows the reading could not place (no statutory label) or placed twice. Never in the
   * expected file: a reading that produces any fails the comparison and shows them.
   */
  unplaced?: { table: 'two' | 'three' | 'four'; label: string | null; values: string[] }[];
}

export interface PublishedExpectation {
  name: string;
  agency: string;
  year: number;
  tables: PublishedTables;
  defects: PlantedDefect[];
}

export function loadExpected(fixture: PublishedFixture): PublishedExpectation {
  return JSON.parse(readFileSync(publishedFile(fixture, 'expected'), 'utf8')) as PublishedExpectation;
}

const BLOCK_CAPTION_OF_ROW = new Map(TABLE2_BLOCKS.flatMap((block) => block.rows.map((row) => [row.key, block.caption] as const)));

/** The statutory tables of a parsed report, in the shape of the expected files. */
export function tablesOf(model: ReportModel): PublishedTables {
  const unplaced: NonNullable<PublishedTables['unplaced']> = [];
  const valuesOf = (row: TableRow): string[] => row.cells.map((cell) => cell.raw);
  const stray = (table: 'two' | 'three' | 'four', row: TableRow): void => {
    unplaced.push({ table, label: row.label?.text ?? null, values: valuesOf(row) });
  };

  let two: PublishedTables['two'] = null;
  const table2 = tableOf(model, 'two');
  if (table2) {
    two = {};
    for (const row of table2.rows) {
      const caption = row.def ? BLOCK_CAPTION_OF_ROW.get(row.def.key) : undefined;
      if (!row.def || !caption) {
        stray('two', row);
        continue;
      }
      const block = (two[caption] ??= {});
      if (row.def.label in block) stray('two', row);
      else block[row.def.label] = valuesOf(row);
    }
  }

  let three: PublishedTables['three'] = null;
  const table3 = tableOf(model, 'three');
  if (table3) {
    three = {};
    for (const row of table3.rows) {
      if (!row.def || row.def.key in three) stray('three', row);
      else three[row.def.key] = valuesOf(row);
    }
  }

  let four: PublishedTables['four'] = null;
  const table4 = tableOf(model, 'four');
  if (table4) {
    for (const row of table4.rows) {
      if (row.def && four === null) four = valuesOf(row);
      else stray('four', row);
    }
  }

  return unplaced.length > 0 ? { two, three, four, unplaced } : { two, three, four };
}
