/**
 * The built CLI end to end: `node dist/cli.js`, as `npx nianbao` runs it.
 */
import Ajv from 'ajv';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../server/src/service/diagnostics';
import { analyze } from '../../server/src/service/analyze';
import { repoRoot } from '../helpers/seeds';
import { blocksOf, blocksToDocx, blocksToHtml, CLEAN_EXAMPLE, DEFECTIVE_EXAMPLE, readExample } from '../convert/report-fixture';
import { buildCli, runCli, tempDir } from './run-cli';

const CLEAN = `examples/${CLEAN_EXAMPLE}`;
const DEFECTIVE = `examples/${DEFECTIVE_EXAMPLE}`;
/** The defects planted in the defective example, in document order. */
const DEFECT_CODES = ['year-mismatch', 'row-missing', 'total-row', 'date-malformed'];

interface JsonEntry {
  file: string;
  year: number | null;
  diagnostics: { code: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; fixable: boolean }[];
  error?: string;
  skipped?: string;
  reason?: string;
  fixed?: number;
}

function json(args: string[], options?: Parameters<typeof runCli>[1]): { status: number | null; entries: JsonEntry[]; stderr: string } {
  const run = runCli(['check', '--format', 'json', ...args], options);
  return { status: run.status, entries: JSON.parse(run.stdout) as JsonEntry[], stderr: run.stderr };
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

beforeAll(() => {
  buildCli();
});

describe('nianbao check examples (the README quick start)', () => {
  it('finds nothing in the clean example and exactly the planted defects in the other', () => {
    const { status, entries } = json(['examples']);
    expect(status).toBe(1);
    // Folder entries come sorted: 示范县 (U+53BF) before 示范街 (U+8857).
    expect(entries.map((e) => e.file)).toEqual([DEFECTIVE, CLEAN]);
    expect(entries[1]).toEqual({ file: CLEAN, year: 2024, diagnostics: [] });
    expect(entries[0]!.year).toBe(2024);
    expect(entries[0]!.diagnostics.map((d) => d.code)).toEqual(DEFECT_CODES);
  });

  it('points each defect at its text (zero-based LSP positions)', () => {
    const text = readFileSync(join(repoRoot, DEFECTIVE), 'utf8');
    const lines = text.split('\n');
    const [year, row, total, date] = json([DEFECTIVE]).entries[0]!.diagnostics;
    const yearLine = lineOf(text, '2023年，我局');
    expect(year!.range).toEqual({ start: { line: yearLine, character: 0 }, end: { line: yearLine, character: 4 } });
    expect(year!.severity).toBe('warning');
    // The missing row is reported where it belongs: at the row that now follows 2.没有现成信息需要另行制作.
    expect(row!.range.start.line).toBe(lineOf(text, '1.信访举报投诉类申请'));
    expect(row!.message).toContain('3.补正后申请内容仍不明确');
    const totalLine = lineOf(text, '2.重复申请');
    const totalAt = lines[totalLine]!.lastIndexOf('2');
    expect(total!.range).toEqual({ start: { line: totalLine, character: totalAt }, end: { line: totalLine, character: totalAt + 1 } });
    // The CLI prints the service's finding as rendered (the words are the scenarios' snapshots').
    const serviceTotal = analyze(text).diagnostics.find((d) => d.code === 'total-row')!;
    expect([serviceTotal.messageId, total!.message]).toEqual(['rowTotal', serviceTotal.message]);
    const dateLine = lineOf(text, '2025115');
    expect(date!.range).toEqual({ start: { line: dateLine, character: 0 }, end: { line: dateLine, character: 7 } });
    expect(date!.severity).toBe('error');
  });

  it('prints friendly Chinese text: the file, file:line:col lines counted from 1, a count per rule and totals', () => {
    const run = runCli(['check', 'examples']);
    expect(run.status).toBe(1);
    const text = readFileSync(join(repoRoot, DEFECTIVE), 'utf8');
    const out = run.stdout.split('\n');
    expect(out[0]).toBe(DEFECTIVE);
    expect(out[1]).toBe(`${DEFECTIVE}:${lineOf(text, '2023年，我局') + 1}:1 警告 year-mismatch 年份 2023 与报告年度 2024 不一致（可能沿用了往年报告的文字）`);
    expect(out).toContain(`${DEFECTIVE}:${lineOf(text, '2025115') + 1}:1 错误 date-malformed 日期“2025115”缺少年月日字样，无法确定是哪一天，请写成“××××年×月×日”`);
    expect(out).toContain(`${CLEAN}: 未发现问题`);
    expect(out).toContain('按规则统计：');
    expect(out.some((l) => /^ {2}total-row +1 {2}错误 {2}\S/.test(l))).toBe(true);
    expect(out.some((l) => /^ {2}year-mismatch +1 {2}警告 {2}\S/.test(l))).toBe(true);
    expect(out).toContain('共 2 个文件：3 个错误，1 个警告。');
    expect(run.stdout).not.toContain('\u001b[');
  });
});

describe('exit status', () => {
  it('is 0 without errors, 1 with errors, 2 when the command cannot run', () => {
    expect(runCli(['check', CLEAN]).status).toBe(0);
    expect(runCli(['check', DEFECTIVE]).status).toBe(1);
    // Warnings alone do not fail: with the errors switched off only year-mismatch is left.
    const dir = tempDir();
    copyFileSync(join(repoRoot, DEFECTIVE), join(dir, 'draft.md'));
    writeFileSync(join(dir, '.nianbaorc.json'), JSON.stringify({ rules: { 'row-missing': 'off', 'total-row': 'off', 'date-malformed': 'warning' } }));
    const warned = json(['draft.md'], { cwd: dir });
    expect(warned.status).toBe(0);
    expect(warned.entries[0]!.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['year-mismatch', 'warning'],
      ['date-malformed', 'warning'],
    ]);
  });

  it('is 2 for a path that does not exist, naming it, before checking anything', () => {
    const run = runCli(['check', CLEAN, 'no/such/报告.md']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('nianbao: no/such/报告.md: 文件或文件夹不存在\n');
  });

  it('is 2 for bad arguments and a glob that matches nothing', () => {
    const bad = runCli(['check', '--format', 'xml', CLEAN]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('nianbao: 选项的值无效：--format xml（text | json | sarif | junit）\n运行 nianbao --help 查看用法。\n');
    const english = runCli(['check', '--bogus', '--lang', 'en', CLEAN]);
    expect(english.status).toBe(2);
    expect(english.stderr).toBe('nianbao: unknown option: --bogus\nSee nianbao --help.\n');
    const glob = runCli(['check', 'examples/*.docx']);
    expect(glob.status).toBe(2);
    expect(glob.stderr).toBe('nianbao: 没有与 examples/*.docx 匹配的文件\n');
  });

  it('is 2 for an invalid configuration file, naming the file', () => {
    const dir = tempDir();
    copyFileSync(join(repoRoot, CLEAN), join(dir, 'a.md'));
    writeFileSync(join(dir, '.nianbaorc.json'), '{ "rules": { "no-such-rule": "off" } }');
    const run = runCli(['check', 'a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`nianbao: 配置文件 ${join(dir, '.nianbaorc.json')} 有误：未知的规则代码“no-such-rule”\n`);
  });

  it('is 2 when a file cannot be read, while the rest of the batch is still reported', () => {
    const dir = tempDir();
    copyFileSync(join(repoRoot, CLEAN), join(dir, 'a.md'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'b.md'));
    const { status, entries, stderr } = json([dir]);
    expect(status).toBe(2);
    expect(entries).toEqual([
      { file: `${dir}/a.md`, year: 2024, diagnostics: [] },
      { file: `${dir}/b.md`, year: null, diagnostics: [], error: '文件无法读取（ENOENT）', reason: 'unreadable' },
    ]);
    expect(stderr).toBe(`nianbao: ${dir}/b.md: 文件无法读取（ENOENT）\n`);
  });
});

describe('JSON output (RULES.md contract)', () => {
  it('has exactly the contract’s fields, in the given order, folders expanded sorted', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    copyFileSync(join(repoRoot, DEFECTIVE), join(dir, 'sub', 'b.md'));
    copyFileSync(join(repoRoot, CLEAN), join(dir, 'sub', 'a.txt'));
    copyFileSync(join(repoRoot, CLEAN), join(dir, 'z.md'));
    writeFileSync(join(dir, 'notes.json'), '{}');
    const { entries } = json(['z.md', 'sub'], { cwd: dir });
    expect(entries.map((e) => e.file)).toEqual(['z.md', 'sub/a.txt', 'sub/b.md']);
    for (const entry of entries) {
      expect(Object.keys(entry)).toEqual(['file', 'year', 'diagnostics']);
      expect(entry.year).toBe(2024);
      for (const d of entry.diagnostics) {
        expect(Object.keys(d)).toEqual(['code', 'severity', 'message', 'range', 'fixable']);
        expect(RULE_CODES).toContain(d.code);
        expect(['error', 'warning', 'information', 'hint']).toContain(d.severity);
        expect(typeof d.message).toBe('string');
        expect(d.message.length).toBeGreaterThan(0);
        expect(Object.keys(d.range)).toEqual(['start', 'end']);
        for (const p of [d.range.start, d.range.end]) {
          expect(Object.keys(p)).toEqual(['line', 'character']);
          expect(Number.isInteger(p.line) && p.line >= 0).toBe(true);
          expect(Number.isInteger(p.character) && p.character >= 0).toBe(true);
        }
        expect(typeof d.fixable).toBe('boolean');
      }
    }
    expect(entries[2]!.diagnostics.map((d) => d.code)).toEqual(DEFECT_CODES);
  });

  it('keeps the given order on all cores (worker threads) exactly as in one thread', () => {
    const dir = tempDir();
    const names: string[] = [];
    for (let i = 0; i < 24; i++) {
      const name = `r${String(23 - i).padStart(2, '0')}.md`;
      copyFileSync(join(repoRoot, i % 3 === 0 ? DEFECTIVE : CLEAN), join(dir, name));
      names.push(name);
    }
    const parallel = json(['--jobs', '4', ...names], { cwd: dir });
    const serial = json(['--jobs', '1', ...names], { cwd: dir });
    expect(parallel.entries.map((e) => e.file)).toEqual(names);
    expect(parallel.entries).toEqual(serial.entries);
    expect(parallel.entries.filter((e) => e.diagnostics.length > 0)).toHaveLength(8);
    expect(parallel.status).toBe(1);
  });

  it('gives files it cannot check an entry of their own, and goes on', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '1-empty.md'), '');
    writeFileSync(join(dir, '2-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
    writeFileSync(join(dir, '3-notes.md'), '# 会议纪要\n\n今天讨论了食堂菜单。\n');
    writeFileSync(join(dir, '4-broken.docx'), 'not a zip');
    copyFileSync(join(repoRoot, CLEAN), join(dir, '5-report.md'));
    writeFileSync(join(dir, '~$lock.docx'), 'owner file');
    const { status, entries } = json([dir]);
    expect(status).toBe(0);
    expect(entries.map(({ file, year, diagnostics, reason }) => ({ file: file.slice(dir.length + 1), year, diagnostics, reason }))).toEqual([
      { file: '1-empty.md', year: null, diagnostics: [], reason: 'empty' },
      { file: '2-binary.txt', year: null, diagnostics: [], reason: 'binary' },
      { file: '3-notes.md', year: null, diagnostics: [], reason: 'not-report' },
      { file: '4-broken.docx', year: null, diagnostics: [], reason: 'invalid-docx' },
      { file: '5-report.md', year: 2024, diagnostics: [], reason: undefined },
    ]);
    expect(entries[0]!.skipped).toBe('文件是空的，未检查');
    expect(entries[1]!.skipped).toBe('不是文本文件（含有二进制内容或无法识别的编码），未检查');
    expect(entries[2]!.skipped).toMatch(/^看起来不是政府信息公开工作年度报告，未检查/);
    expect(entries[3]!.skipped).toBe('无法作为 Word（.docx）文档打开，未检查');
  });
});

describe('Word and web pages', () => {
  it('checks a .docx (merged cells in table 三) and an .html page (navigation around it) like the Markdown draft', async () => {
    const dir = tempDir();
    for (const [name, example] of [
      ['clean', CLEAN_EXAMPLE],
      ['defective', DEFECTIVE_EXAMPLE],
    ] as const) {
      const blocks = blocksOf(readExample(example));
      writeFileSync(join(dir, `${name}.docx`), await blocksToDocx(blocks));
      writeFileSync(join(dir, `${name}.html`), blocksToHtml(blocks));
    }
    const { status, entries } = json(['clean.docx', 'clean.html', 'defective.docx', 'defective.html'], { cwd: dir });
    expect(status).toBe(1);
    expect(entries.slice(0, 2)).toEqual([
      { file: 'clean.docx', year: 2024, diagnostics: [] },
      { file: 'clean.html', year: 2024, diagnostics: [] },
    ]);
    const draftTotal = analyze(readFileSync(join(repoRoot, DEFECTIVE), 'utf8')).diagnostics.find((d) => d.code === 'total-row')!;
    expect(draftTotal.messageId).toBe('rowTotal');
    for (const entry of entries.slice(2)) {
      expect(entry.year).toBe(2024);
      expect(entry.diagnostics.map((d) => d.code)).toEqual(DEFECT_CODES);
      expect(entry.diagnostics.find((d) => d.code === 'total-row')!.message).toBe(draftTotal.message);
    }
  });

  it('converts a Word file to the canonical Markdown report with --canonical, every value kept', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.docx'), await blocksToDocx(blocksOf(readExample(CLEAN_EXAMPLE))));
    const run = runCli(['convert', '--canonical', 'r.docx'], { cwd: dir });
    expect(run.status).toBe(0);
    const canonical = readExample(CLEAN_EXAMPLE).split('\n');
    const tableLines = canonical.filter((l) => l.startsWith('|'));
    const out = run.stdout.split('\n');
    // The three statutory tables come out exactly as the canonical Markdown draft has them.
    expect(out.filter((l) => l.startsWith('|'))).toEqual(tableLines);
    expect(out).toContain('示范区示范街道办事处2024年政府信息公开工作年度报告');
    expect(out).toContain('2025年1月20日');
  });

  it('converts the canonical Markdown example to itself', () => {
    const run = runCli(['convert', CLEAN]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readExample(CLEAN_EXAMPLE));
  });

  it('refuses to convert what is not a report, saying why', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'n.md'), '# 会议纪要\n\n今天讨论了食堂菜单。\n');
    const run = runCli(['convert', 'n.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^nianbao: n\.md 看起来不是政府信息公开工作年度报告，无法转换/);
  });
});

describe('--fix', () => {
  it('writes the safe fixes into .md files and reports what is left', () => {
    const dir = tempDir();
    copyFileSync(join(repoRoot, DEFECTIVE), join(dir, 'draft.md'));
    chmodSync(join(dir, 'draft.md'), 0o640);
    const before = readFileSync(join(dir, 'draft.md'), 'utf8');
    const fixed = json(['--fix', 'draft.md'], { cwd: dir });
    const after = readFileSync(join(dir, 'draft.md'), 'utf8');
    expect(after).not.toBe(before);
    expect(fixed.entries[0]!.fixed).toBeGreaterThan(0);
    // What is reported is the state of the file as written: checking it again agrees.
    const again = json(['draft.md'], { cwd: dir });
    expect(again.entries[0]!.diagnostics).toEqual(fixed.entries[0]!.diagnostics);
    expect(again.entries[0]!.diagnostics.length).toBeLessThan(DEFECT_CODES.length);
    // The wrong total is corrected in place; the rest of the row is untouched.
    expect(after.split('\n').find((l) => l.includes('2.重复申请'))).toMatch(/\| 1\s+\| 0\s+\| 0\s+\| 0\s+\| 0\s+\| 0\s+\| 1\s+\|$/);
    expect(readFileSync(join(dir, 'draft.md')).subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(runCli(['check', '--fix', 'draft.md'], { cwd: dir }).stdout).not.toContain('已写入');
  });

  it('leaves Word files and clean files untouched', async () => {
    const dir = tempDir();
    const docx = await blocksToDocx(blocksOf(readExample(DEFECTIVE_EXAMPLE)));
    writeFileSync(join(dir, 'd.docx'), docx);
    copyFileSync(join(repoRoot, CLEAN), join(dir, 'c.md'));
    const { entries } = json(['--fix', 'd.docx', 'c.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'd.docx')).equals(docx)).toBe(true);
    expect(readFileSync(join(dir, 'c.md'), 'utf8')).toBe(readExample(CLEAN_EXAMPLE));
    expect(entries[0]!.diagnostics.map((d) => d.code)).toEqual(DEFECT_CODES);
    expect(entries[1]).toEqual({ file: 'c.md', year: 2024, diagnostics: [], fixed: 0 });
  });
});

describe('options', () => {
  it('--quiet reports errors only', () => {
    const { entries } = json(['--quiet', DEFECTIVE]);
    expect(entries[0]!.diagnostics.map((d) => d.code)).toEqual(['row-missing', 'total-row', 'date-malformed']);
    const text = runCli(['check', '-q', 'examples']).stdout;
    expect(text).not.toContain('year-mismatch');
    expect(text).not.toContain('未发现问题');
  });

  it('--lang en speaks English', () => {
    const run = runCli(['check', '--lang', 'en', 'examples']);
    expect(run.stdout).toContain(' warning year-mismatch ');
    expect(run.stdout).toContain(`${CLEAN}: no problems found`);
    expect(run.stdout).toContain('By rule:');
    expect(run.stdout).toContain('2 files: 3 errors, 1 warning.');
  });

  it('--config names the configuration; otherwise the nearest .nianbaorc.json above the file applies', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'reports', '2024'), { recursive: true });
    copyFileSync(join(repoRoot, DEFECTIVE), join(dir, 'reports', '2024', 'a.md'));
    writeFileSync(join(dir, 'reports', '.nianbaorc.json'), '{ "rules": { "year-mismatch": "off" } }');
    writeFileSync(join(dir, 'other.json'), '{ "rules": { "total-row": "off" } }');
    expect(json(['reports'], { cwd: dir }).entries[0]!.diagnostics.map((d) => d.code)).toEqual(['row-missing', 'total-row', 'date-malformed']);
    expect(json(['--config', 'other.json', 'reports'], { cwd: dir }).entries[0]!.diagnostics.map((d) => d.code)).toEqual([
      'year-mismatch',
      'row-missing',
      'date-malformed',
    ]);
  });

  it('stops looking for .nianbaorc.json at the repository root', () => {
    const outer = tempDir();
    writeFileSync(join(outer, '.nianbaorc.json'), '{ "rules": { "year-mismatch": "off" } }');
    mkdirSync(join(outer, 'repo', '.git'), { recursive: true });
    copyFileSync(join(repoRoot, DEFECTIVE), join(outer, 'repo', 'a.md'));
    expect(json(['a.md'], { cwd: join(outer, 'repo') }).entries[0]!.diagnostics.map((d) => d.code)).toEqual(DEFECT_CODES);
  });

  it('colours only when asked: FORCE_COLOR on, --no-color and NO_COLOR off', () => {
    expect(runCli(['check', DEFECTIVE], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m错误\u001b[39m');
    expect(runCli(['check', '--no-color', DEFECTIVE], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli(['check', DEFECTIVE], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('--help explains the 1-based positions and the exit codes; --version prints the version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('行号、列号均从 1 起算');
    expect(help.stdout).toContain('退出码：0 没有错误；1 发现错误；2 命令无法执行');
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version']).stdout).toBe(`${pkg.version}\n`);
  });

  it('--deadline government moves the deadline to 31 March', () => {
    const dir = tempDir();
    const late = readExample(CLEAN_EXAMPLE).replace('2025年1月20日', '2025年2月20日');
    writeFileSync(join(dir, 'a.md'), late);
    expect(json(['a.md'], { cwd: dir }).entries[0]!.diagnostics.map((d) => d.code)).toEqual(['publish-late']);
    expect(json(['--deadline', 'government', 'a.md'], { cwd: dir }).entries[0]!.diagnostics).toEqual([]);
  });
});

describe('SARIF 2.1.0', () => {
  it('validates against the SARIF 2.1.0 schema and matches the JSON findings', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, 'sarif-2.1.0.subset.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.md'), '');
    const run = runCli(['check', '--format', 'sarif', join(repoRoot, 'examples'), join(dir, 'empty.md')]);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as {
      runs: {
        tool: { driver: { name: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[];
        invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
      }[];
    };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const sarifRun = log.runs[0]!;
    expect(sarifRun.tool.driver.name).toBe('nianbao');
    const rules = sarifRun.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...RULE_CODES]);
    expect(rules.find((r) => r.id === 'total-row')).toMatchObject({ defaultConfiguration: { level: 'error' } });
    expect(rules.find((r) => r.id === 'year-mismatch')!.helpUri).toMatch(/\/docs\/rules\/year-mismatch\.md$/);

    const { entries } = json([DEFECTIVE]);
    const expected = entries[0]!.diagnostics;
    expect(sarifRun.results).toHaveLength(expected.length);
    sarifRun.results.forEach((result, i) => {
      const d = expected[i]!;
      expect(result.ruleId).toBe(d.code);
      expect(rules[result.ruleIndex]!.id).toBe(d.code);
      expect(result.level).toBe(d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note');
      expect(result.message.text).toBe(d.message);
      expect(decodeURIComponent(result.locations[0]!.physicalLocation.artifactLocation.uri)).toBe(`file://${repoRoot}/${DEFECTIVE}`);
      expect(result.locations[0]!.physicalLocation.region).toEqual({
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      });
    });
    expect(sarifRun.invocations[0]!.executionSuccessful).toBe(true);
    expect(sarifRun.invocations[0]!.toolExecutionNotifications).toEqual([
      { level: 'note', message: { text: `${join(dir, 'empty.md')}: 文件是空的，未检查` }, locations: [{ physicalLocation: { artifactLocation: { uri: `file://${dir}/empty.md` } } }] },
    ]);
  });

  it('names relative files relative to the source root, percent-encoded', () => {
    const log = JSON.parse(runCli(['check', '--format', 'sarif', CLEAN, DEFECTIVE]).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[] };
    const location = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location.uriBaseId).toBe('%SRCROOT%');
    expect(decodeURIComponent(location.uri)).toBe(DEFECTIVE);
    expect(location.uri).not.toMatch(/[^\x20-\x7e]/);
  });
});

describe('JUnit XML', () => {
  it('has a suite per file and a failing case per error; warnings pass with their text', () => {
    const run = runCli(['check', '--format', 'junit', 'examples']);
    expect(run.status).toBe(1);
    const xml = run.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="nianbao" tests="5" failures="3" errors="0" skipped="0" time="0">')).toBe(true);
    expect(xml).toContain(`<testsuite name="${DEFECTIVE}" tests="4" failures="3" errors="0" skipped="0" time="0">`);
    expect(xml).toContain(`<testsuite name="${CLEAN}" tests="1" failures="0" errors="0" skipped="0" time="0">\n    <testcase classname="${CLEAN}" name="nianbao"/>`);
    expect(xml.match(/<failure type="[a-z-]+" message="[^"]+">/g)!.map((f) => /type="([a-z-]+)"/.exec(f)![1])).toEqual(['row-missing', 'total-row', 'date-malformed']);
    expect(xml).toMatch(/<testcase classname="[^"]+" name="year-mismatch \d+:1"><system-out>[^<]+警告 year-mismatch [^<]+<\/system-out><\/testcase>/);
    expect(xml.trimEnd().endsWith('</testsuites>')).toBe(true);
    // Every element that opens is closed, in order.
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([a-z-]+)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });
});
