/**
 * The built CLI on converted files and on how it decides what a report is:
 * - findings on a Word file are placed in words a reviewer finds in the original
 *   (text, JSON `location`, SARIF location message), and not on a Markdown file;
 * - `nianbao convert` prints exactly the text check reads (line N is line N of the findings);
 * - a file named as a report is checked whatever its content; a report whose line breaks
 *   were lost is skipped with a reason saying so.
 */
import Ajv from 'ajv';
import { readFileSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputToText } from '../../server/src/convert/index';
import { blocksOf, blocksToDocx, CLEAN_EXAMPLE, DEFECTIVE_EXAMPLE, readExample } from '../convert/report-fixture';
import { FLATTENED_REPORT } from './flattened-report';
import { buildCli, runCli, tempDir } from './run-cli';

interface Finding {
  code: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  location?: Record<string, unknown>;
}

let dir: string;
let docx: Uint8Array;

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  docx = await blocksToDocx(blocksOf(readExample(DEFECTIVE_EXAMPLE)));
  writeFileSync(join(dir, 'draft.docx'), docx);
  writeFileSync(join(dir, 'draft.md'), readExample(DEFECTIVE_EXAMPLE));
});

function findings(file: string): Finding[] {
  const run = runCli(['check', '--format', 'json', file], { cwd: dir });
  return (JSON.parse(run.stdout) as { diagnostics: Finding[] }[])[0]!.diagnostics;
}

describe('findings on a Word file, in words', () => {
  it('text output: the place in the original, then the converted text’s line and column', () => {
    const run = runCli(['check', 'draft.docx'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'draft.docx',
      'draft.docx:一、总体情况 （一）主动公开 “2023年，我局坚持以公开为常态、不公开…” 警告 year-mismatch 年份 2023 与报告年度 2024 不一致（可能沿用了往年报告的文字）（转换后文本第 5 行第 1 列）',
      'draft.docx:表三“1.信访举报投诉类申请”行 错误 row-missing 表三缺少“3.补正后申请内容仍不明确”行（转换后文本第 49 行第 1 列）',
      'draft.docx:表三“2.重复申请”行“总计”列 错误 total-row 本行总计应为各列之和：1＋0＋0＋0＋0＋0＝1，表中为 2（多 1）（转换后文本第 50 行第 42 列）',
      'draft.docx:落款 “2025115” 错误 date-malformed 日期“2025115”缺少年月日字样，无法确定是哪一天，请写成“××××年×月×日”（转换后文本第 73 行第 1 列）',
    ]);
  });

  it('text output in English: English frame, the labels as the original prints them', () => {
    const lines = runCli(['check', '--lang', 'en', 'draft.docx'], { cwd: dir }).stdout.split('\n');
    expect(lines[3]).toBe(
      'draft.docx: table 三, row “2.重复申请”, column “总计”: error total-row The row’s total should be the sum of its columns: 1 + 0 + 0 + 0 + 0 + 0 = 1, the table says 2 (1 too many) (converted text 50:42)',
    );
  });

  it('JSON: an optional location per finding of a converted file; a Markdown file’s findings keep exactly the contract’s fields', () => {
    const word = findings('draft.docx');
    expect(word.map((d) => [d.code, d.location])).toEqual([
      ['year-mismatch', { part: 1, subheading: '（一）主动公开', excerpt: '2023年，我局坚持以公开为常态、不公开…' }],
      ['row-missing', { part: 3, table: 'three', row: '1.信访举报投诉类申请' }],
      ['total-row', { part: 3, table: 'three', row: '2.重复申请', column: '总计' }],
      ['date-malformed', { area: 'signature', excerpt: '2025115' }],
    ]);
    const markdown = findings('draft.md');
    expect(markdown.map((d) => d.code)).toEqual(word.map((d) => d.code));
    for (const d of markdown) expect(Object.keys(d)).toEqual(['code', 'severity', 'message', 'range', 'fixable']);
  });

  it('SARIF: the words are the message of the finding’s location (still valid SARIF 2.1.0)', () => {
    const log = JSON.parse(runCli(['check', '--format', 'sarif', 'draft.docx'], { cwd: dir }).stdout) as {
      runs: { results: { ruleId: string; locations: { message?: { text: string } }[] }[] }[];
    };
    const schema = JSON.parse(readFileSync(join(__dirname, 'sarif-2.1.0.subset.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const total = log.runs[0]!.results.find((r) => r.ruleId === 'total-row')!;
    expect(total.locations[0]!.message).toEqual({ text: '表三“2.重复申请”行“总计”列' });
    const markdown = JSON.parse(runCli(['check', '--format', 'sarif', 'draft.md'], { cwd: dir }).stdout) as typeof log;
    expect(markdown.runs[0]!.results.every((r) => r.locations[0]!.message === undefined)).toBe(true);
  });

  it('JUnit: a failure’s text places the finding as the text output does', () => {
    const xml = runCli(['check', '--format', 'junit', 'draft.docx'], { cwd: dir }).stdout;
    expect(xml).toContain('>draft.docx:表三“2.重复申请”行“总计”列 错误 total-row 本行总计应为各列之和：1＋0＋0＋0＋0＋0＝1，表中为 2（多 1）（转换后文本第 50 行第 42 列）</failure>');
  });
});

describe('nianbao convert prints the text check reads', () => {
  it('is the converted Word text itself, so every finding’s line and column point into it', async () => {
    const run = runCli(['convert', 'draft.docx'], { cwd: dir });
    expect(run.status).toBe(0);
    const converted = await inputToText('docx', docx);
    if (!converted.ok) throw new Error('the fixture does not convert');
    expect(run.stdout).toBe(converted.text.endsWith('\n') ? converted.text : `${converted.text}\n`);
    const lines = run.stdout.split('\n');
    const flagged = findings('draft.docx').map((d) => lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character));
    expect(flagged).toEqual(['2023', lines[48], '2', '2025115']);
    expect(lines[48]).toContain('| 1.信访举报投诉类申请 |');
  });

  it('prints a Markdown file as it is', () => {
    expect(runCli(['convert', 'draft.md'], { cwd: dir }).stdout).toBe(readExample(DEFECTIVE_EXAMPLE));
  });

  it('--canonical prints the canonical Markdown report: the statutory tables in the canonical layout', async () => {
    writeFileSync(join(dir, 'clean.docx'), await blocksToDocx(blocksOf(readExample(CLEAN_EXAMPLE))));
    const run = runCli(['convert', '--canonical', 'clean.docx'], { cwd: dir });
    expect(run.status).toBe(0);
    const tableLines = readExample(CLEAN_EXAMPLE)
      .split('\n')
      .filter((l) => l.startsWith('|'));
    expect(run.stdout.split('\n').filter((l) => l.startsWith('|'))).toEqual(tableLines);
    // Without it, the Word file's tables come out as converted: not one canonical table line.
    const plain = runCli(['convert', 'clean.docx'], { cwd: dir }).stdout.split('\n');
    expect(plain.filter((l) => tableLines.includes(l))).toEqual([]);
  });
});

describe('which files are reports', () => {
  const notes = '# 会议纪要\n\n今天讨论了食堂菜单。\n';

  it('checks a file named as a report whatever its content, and skips the same text under another name', () => {
    writeFileSync(join(dir, '会议纪要年度报告.md'), notes);
    writeFileSync(join(dir, '会议纪要.md'), notes);
    const run = runCli(['check', '--format', 'json', '会议纪要年度报告.md', '会议纪要.md'], { cwd: dir });
    const [named, other] = JSON.parse(run.stdout) as { skipped?: string; reason?: string; diagnostics: Finding[] }[];
    expect(named!.skipped).toBeUndefined();
    expect(named!.diagnostics.filter((d) => d.code === 'section-missing')).toHaveLength(6);
    expect(other!.reason).toBe('not-report');
    // convert and summary decide alike.
    expect(runCli(['convert', '会议纪要年度报告.md'], { cwd: dir }).stdout).toBe(notes);
    expect(runCli(['convert', '会议纪要.md'], { cwd: dir }).status).toBe(2);
    const summary = runCli(['summary', '会议纪要年度报告.md', '会议纪要.md'], { cwd: dir });
    expect(summary.stdout.split('\n').filter((l) => l.startsWith('| 会议纪要')).map((l) => l.split(' | ')[0])).toEqual(['| 会议纪要年度报告.md']);
    expect(summary.stderr).toBe('nianbao: 会议纪要.md: 看起来不是政府信息公开工作年度报告，未检查\n');
  });

  it('summary refuses a file larger than any report before reading it', () => {
    // 3 GB on disk but sparse: reading it whole would fail (Node reads at most 2 GB into a buffer).
    const path = join(dir, '2024年度报告-巨大.txt');
    writeFileSync(path, '# 某局2024年政府信息公开工作年度报告\n');
    truncateSync(path, 3 * 1024 * 1024 * 1024);
    const summary = runCli(['summary', '2024年度报告-巨大.txt'], { cwd: dir });
    expect(summary.stderr).toBe('nianbao: 2024年度报告-巨大.txt: 文件过大或内容过多，不像一份年度报告（超过 50 MB，或者 Word 文档、网页展开后的内容远超一份报告），未检查\n');
    unlinkSync(path);
  });

  it('says why a crawled report whose line breaks were lost is not checked', () => {
    writeFileSync(join(dir, 'crawled.txt'), FLATTENED_REPORT);
    const run = runCli(['check', 'crawled.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'crawled.txt: 看起来是政府信息公开工作年度报告，但读不出它的结构，无法按年度报告格式检查：' +
        '找到 6 个标准部分标题（一、总体情况、二、主动公开政府信息情况、三、收到和处理政府信息公开申请情况、四、政府信息公开行政复议、行政诉讼情况、五、存在的主要问题及改进情况、六、其他需要报告的事项），' +
        '没有一个单独成行，其中 5 个写在其他文字中间、不在行首；全文共 3 行，最长一行 158 字。可能是抓取或复制网页时丢失了换行。请将各部分标题和表格的每一行分别换行后再检查。',
    );
    const convert = runCli(['convert', 'crawled.txt'], { cwd: dir });
    expect(convert.status).toBe(2);
    expect(convert.stderr).toMatch(/^nianbao: crawled\.txt: 看起来是政府信息公开工作年度报告，但读不出它的结构/);
    expect(readFileSync(join(dir, 'crawled.txt'), 'utf8')).toBe(FLATTENED_REPORT);
  });
});
