/**
 * Findings ignored from the editor are recorded in the `ignore` list of .nianbaorc.json, and
 * `nianbao check` honours them: by rule, table, row and column, or by a fingerprint of the
 * finding's line — never by line number, so edits elsewhere keep them ignored.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, tempDir } from './run-cli';
import { repoRoot } from '../helpers/seeds';

const EXAMPLE = '2024-示范县农业农村局-待修改.nianbao.md';

interface JsonEntry {
  diagnostics: { code: string; line: number; message: string }[];
}

function codes(dir: string): string[] {
  const run = runCli(['check', '--format', 'json', EXAMPLE], { cwd: dir });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as JsonEntry[])[0]!.diagnostics.map((d) => d.code);
}

beforeAll(() => buildCli());

describe('nianbao check honours the ignore list of .nianbaorc.json', () => {
  it('ignores a table finding by table, row and column, and a prose finding by its line, after edits elsewhere', () => {
    const dir = tempDir();
    copyFileSync(join(repoRoot, 'examples', EXAMPLE), join(dir, EXAMPLE));
    expect(codes(dir)).toEqual(['year-mismatch', 'row-missing', 'total-row', 'date-malformed']);

    writeFileSync(
      join(dir, '.nianbaorc.json'),
      JSON.stringify({
        ignore: [
          { rule: 'total-row', part: 3, table: 'three', row: '2.重复申请', column: '总计' },
          { rule: 'year-mismatch', part: 1, text: 'f5603f77', excerpt: '2023年，我局坚持以公开为常态' },
        ],
      }),
    );
    expect(codes(dir)).toEqual(['row-missing', 'date-malformed']);

    // Lines added above both findings: still ignored (nothing is tied to a line number).
    const file = join(dir, EXAMPLE);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(3, 0, '', '本报告由本局办公室编制。', '');
    writeFileSync(file, lines.join('\n'));
    expect(codes(dir)).toEqual(['row-missing', 'date-malformed']);

    // The prose finding's own line rewritten (extra spaces do not count, words do): it comes back.
    const at = lines.findIndex((l) => l.startsWith('2023年，我局'));
    lines[at] = `  ${lines[at]!.replace('，', ' ，')}`;
    writeFileSync(file, lines.join('\n'));
    expect(codes(dir)).toEqual(['row-missing', 'date-malformed']);
    lines[at] = lines[at]!.replace('坚持', '始终坚持');
    writeFileSync(file, lines.join('\n'));
    expect(codes(dir)).toEqual(['year-mismatch', 'row-missing', 'date-malformed']);
  });

  it('refuses an ignore list with an unknown rule, as it refuses any bad configuration', () => {
    const dir = tempDir();
    copyFileSync(join(repoRoot, 'examples', EXAMPLE), join(dir, EXAMPLE));
    writeFileSync(join(dir, '.nianbaorc.json'), JSON.stringify({ ignore: [{ rule: 'no-such-rule' }] }));
    const run = runCli(['check', EXAMPLE], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ignore 第 1 项的规则代码“no-such-rule”未知');
  });
});
