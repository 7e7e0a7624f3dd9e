/**
 * Published PDFs read to exactly the tables their source holds: the project's own reports
 * printed by LibreOffice and by Chromium (test/fixtures/published/), and the three real
 * reports in ../shared/real (read from there, never copied), whose pdftotext -layout text must
 * read to the same tables as the PDF itself and whose findings are exactly the real defects
 * ../shared/real/README.md lists.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputToText } from '../../server/src/convert/index';
import { analyze } from '../../server/src/service/analyze';
import { parseReport } from '../../server/src/service/parser/index';
import { TABLE3_ROWS } from '../../server/src/service/schema/format';
import { reportKeyOf } from '../../server/src/service/workspace/summary';
import { loadExpected, PUBLISHED_FIXTURES, publishedFile, tablesOf } from '../helpers/published';
import { repoRoot } from '../helpers/seeds';

async function pdfText(path: string): Promise<string> {
  const read = await inputToText('pdf', readFileSync(path));
  if (!read.ok) throw new Error(`${path} did not read: ${read.reason}`);
  return read.text;
}

/** Findings as `code` or `code:detail`, in order. */
function findings(text: string): string[] {
  return analyze(text, {}).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code);
}

describe.each(PUBLISHED_FIXTURES.flatMap((fixture) => (['libreoffice-pdf', 'chromium-pdf'] as const).map((kind) => ({ fixture, kind }))))(
  'the $fixture.name report printed to PDF ($kind)',
  ({ fixture, kind }) => {
    const expected = loadExpected(fixture);

    it('reads to exactly the tables, year and agency of its source, with no table left uncertain', async () => {
      const model = parseReport(await pdfText(publishedFile(fixture, kind)));
      expect(tablesOf(model)).toEqual(expected.tables);
      expect(model.year?.value).toBe(expected.year);
      expect(model.agency?.text).toBe(expected.agency);
      expect(model.parts.filter((p) => p.table?.uncertain)).toEqual([]);
    });

    it('from text in the PDF’s stream order (pdftotext without -layout) reads each table right or says it cannot', () => {
      const raw = execFileSync('pdftotext', [publishedFile(fixture, kind), '-'], { encoding: 'utf8' });
      const model = parseReport(raw);
      const read = tablesOf(model);
      for (const id of ['two', 'three', 'four'] as const) {
        const table = model.parts.find((p) => p.table?.id === id)?.table;
        if (table && table.uncertain === null) expect([id, read[id]]).toEqual([id, expected.tables[id]]);
      }
    });

    it('finds each value written wrong on purpose, and no error the source does not hold', async () => {
      const codes = findings(await pdfText(publishedFile(fixture, kind)));
      expect(codes).not.toContain('table-unreadable');
      for (const defect of fixture.defects) {
        const code = defect.column === null ? 'row-missing' : defect.table === 'four' ? 'total-review' : 'total-row';
        expect(codes).toContain(code);
      }
      if (fixture.defects.length === 0) expect(codes).toEqual([]);
    });
  },
);

const REAL = join(repoRoot, '..', 'shared', 'real');

function pdftotextLayout(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe.each(['hongze-2023', 'hongze-2024', 'huaian-city-2024'])('the real published report %s.pdf', (name) => {
  const path = join(REAL, `${name}.pdf`);

  it('reads every statutory row of table 三 with seven numbers, and table 四’s fifteen, with confidence', async () => {
    const model = parseReport(await pdfText(path));
    const tables = tablesOf(model);
    // The Hongze reports print （六）其他处理 as one row (its three sub-rows merged): a real defect.
    const merged = name.startsWith('hongze') ? TABLE3_ROWS.filter((r) => r.key.startsWith('other.')).map((r) => r.key) : [];
    expect(Object.keys(tables.three ?? {}).sort()).toEqual(TABLE3_ROWS.map((r) => r.key).filter((k) => !merged.includes(k)).sort());
    for (const values of Object.values(tables.three ?? {})) expect(values.every((v) => /^\d+$/.test(v)) && values.length === 7).toBe(true);
    expect(tables.four).toHaveLength(15);
    expect(model.parts.filter((p) => p.table?.uncertain)).toEqual([]);
  });

  it('reads the same tables from its pdftotext -layout text (a reviewer’s copy) as from the PDF', async () => {
    expect(tablesOf(parseReport(pdftotextLayout(path)))).toEqual(tablesOf(parseReport(await pdfText(path))));
  });

  it('says its tables cannot be read from text in the PDF’s stream order (pdftotext without -layout), and accuses nothing', () => {
    // Without its layout the text holds several rows' labels, then their numbers: any reading by
    // position gives plausible wrong numbers, so every table is reported unreadable and no row,
    // value or sum of it is checked.
    const raw = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    const diagnostics = analyze(raw, {}).diagnostics;
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([]);
    const tableCodes = diagnostics.map((d) => d.code).filter((code) => /^(table|row|value|total|balance)/.test(code));
    expect(new Set(tableCodes)).toEqual(new Set(['table-unreadable']));
  });
});

describe('what a right reading of the real reports finds (../shared/real/README.md)', () => {
  const cases: [string, string[]][] = [
    // 行政复议 and 复议后起诉 总计 printed 0; the misprinted label of （三）2; （六） merged into one row.
    ['hongze-2023', ['row-label', 'row-missing', 'total-review', 'total-review']],
    // The narrative's 17 requests against 表三's 95; the same label and merged row.
    ['hongze-2024', ['narrative-mismatch', 'row-label', 'row-missing']],
    // A clean report.
    ['huaian-city-2024', []],
  ];

  it.each(cases)('%s: exactly its real defects, from the PDF and from its pdftotext -layout text', async (name, expected) => {
    const path = join(REAL, `${name}.pdf`);
    expect(findings(await pdfText(path))).toEqual(expected);
    expect(findings(pdftotextLayout(path))).toEqual(expected);
  });

  it('names the wrong totals of hongze-2023 with the values their results add up to', async () => {
    const messages = analyze(await pdfText(join(REAL, 'hongze-2023.pdf')), {}).diagnostics.filter((d) => d.code === 'total-review').map((d) => d.message);
    expect(messages).toEqual([
      '行政复议的“总计”应为结果维持＋结果纠正＋其他结果＋尚未审结：10＋1＋0＋0＝11，表中为 0（少 11）',
      '复议后起诉的“总计”应为结果维持＋结果纠正＋其他结果＋尚未审结：5＋0＋0＋0＝5，表中为 0（少 5）',
    ]);
  });

  it('reads huaian-city-2024’s totals as published', async () => {
    const tables = tablesOf(parseReport(await pdfText(join(REAL, 'huaian-city-2024.pdf'))));
    expect(tables.three?.new).toEqual(['3001', '53', '0', '0', '61', '4', '3119']);
    expect(tables.four).toEqual(['72', '64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20']);
  });
});

describe('the agency of the real reports, read as their titles print it (the agency on the line above the title)', () => {
  const cases: [string, string, number][] = [
    // Its title prints the district without its city.
    ['hongze-2023', '洪泽区人民政府', 2023],
    ['hongze-2024', '淮安市洪泽区人民政府', 2024],
    ['huaian-city-2024', '淮安市人民政府', 2024],
  ];

  it.each(cases)('%s: %s, %i, from the PDF and from its pdftotext -layout text', async (name, agency, year) => {
    const path = join(REAL, `${name}.pdf`);
    for (const text of [await pdfText(path), pdftotextLayout(path)]) {
      const model = parseReport(text);
      expect([model.agency?.text, model.year?.value, model.year?.source]).toEqual([agency, year, 'title']);
      // The agency stands on the line right above the title.
      expect(model.agency!.range.start.line).toBe(model.title!.range.start.line - 1);
      expect(text.split('\n')[model.agency!.range.start.line]!.slice(model.agency!.range.start.character, model.agency!.range.end.character)).toBe(agency);
    }
  });

  it('pairs the two Hongze years as one agency (the district named with and without its city)', async () => {
    const keys = await Promise.all(['hongze-2023', 'hongze-2024'].map(async (name) => reportKeyOf(parseReport(await pdfText(join(REAL, `${name}.pdf`))))));
    expect(keys[0]!.agencyKey).toBe(keys[1]!.agencyKey);
    expect(keys.map((k) => k.year)).toEqual([2023, 2024]);
    const city = reportKeyOf(parseReport(await pdfText(join(REAL, 'huaian-city-2024.pdf'))));
    expect(city.agencyKey).not.toBe(keys[0]!.agencyKey);
  });
});
