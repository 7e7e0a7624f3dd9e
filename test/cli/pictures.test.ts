/**
 * PDFs and Word files whose statutory tables are pictures, through the built CLI
 * (test/fixtures/published/, made by scripts/published-fixtures/pictured-tables.ts): a
 * screenshot pasted where a table stood is table-unreadable/image for its part, never
 * table-missing; without the pictures, or with a picture elsewhere (a logo in part 一, just before
 * part 二's heading), the missing tables stay missing.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/seeds';
import { buildCli, runCli } from './run-cli';

interface JsonEntry {
  file: string;
  year: number | null;
  diagnostics: { code: string; message: string }[];
}

const published = (name: string) => join(repoRoot, 'test', 'fixtures', 'published', name);

function check(args: string[]): { status: number | null; entries: JsonEntry[]; stderr: string } {
  const run = runCli(['check', '--format', 'json', ...args]);
  return { status: run.status, entries: JSON.parse(run.stdout) as JsonEntry[], stderr: run.stderr };
}

beforeAll(() => {
  buildCli();
});

/** The same report published both ways: its tables as pictures, and as tables. */
const FORMATS = [
  { format: 'PDF', pictured: 'street-office-2024.pictured-tables.chromium.pdf', withTables: 'street-office-2024.chromium.pdf' },
  { format: 'Word file', pictured: 'street-office-2024.pictured-tables.docx', withTables: 'street-office-2024.docx' },
];

describe.each(FORMATS)('nianbao check on a $format whose tables are pictures', ({ pictured, withTables }) => {
  it('says each pictured table was not read (table-unreadable), never that it is missing, and nothing else', () => {
    const { status, entries, stderr } = check(['--lang', 'en', published(pictured)]);
    expect(stderr).toBe('');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.diagnostics.map((d) => [d.code, d.message])).toEqual(
      [2, 3, 4].map((table) => ['table-unreadable', `Table ${table} is a picture in the file: its numbers cannot be read, and its rows, values and sums were not checked. Check the table in the picture by hand`]),
    );
    // Warnings only: the run passes.
    expect(status).toBe(0);
  });

  it('in Chinese too', () => {
    const { entries } = check([published(pictured)]);
    expect(entries[0]!.diagnostics.map((d) => d.message)).toEqual(
      ['表二', '表三', '表四'].map((table) => `${table}在文件中是图片，无法读取其中的数字，未检查其行、数值和合计。请人工核对图片中的表格`),
    );
  });

  it('the same report published with its tables: nothing at all', () => {
    const { entries } = check([published(withTables)]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.diagnostics).toEqual([]);
  });
});

describe('one format at a time', () => {
  it('a Word file with its tables: exactly the file, its year and no finding', () => {
    const { entries } = check([published('street-office-2024.docx')]);
    expect(entries).toEqual([{ file: published('street-office-2024.docx'), year: 2024, diagnostics: [] }]);
  });

  it('a PDF without its tables and without pictures: each is missing, as before', () => {
    const { status, entries } = check([published('street-office-2024.tables-left-out.chromium.pdf')]);
    const tableFindings = entries[0]!.diagnostics.filter((d) => /^(table|row|value|total|balance)/.test(d.code)).map((d) => d.code);
    expect(tableFindings).toEqual(['table-missing', 'table-missing', 'table-missing']);
    expect(status).toBe(1);
  });

  it('a logo in part 一 only and the tables left out: table-missing for parts 二, 三 and 四, as without the logo', () => {
    const { status, entries } = check([published('street-office-2024.logo-tables-left-out.docx')]);
    expect(entries[0]!.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['table-missing', '“二、主动公开政府信息情况”下没有法定表格（表二）'],
      ['table-missing', '“三、收到和处理政府信息公开申请情况”下没有法定表格（表三）'],
      ['table-missing', '“四、政府信息公开行政复议、行政诉讼情况”下没有法定表格（表四）'],
    ]);
    expect(status).toBe(1);
  });
});
