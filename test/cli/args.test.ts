import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { usageError } from '../../server/src/cli/messages';

function usage(argv: string[]): { key: string; value: string } {
  try {
    parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return { key: error.key, value: error.value };
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parseArgs', () => {
  it('reads check with its defaults', () => {
    expect(parseArgs(['check', 'a.md', 'dir'])).toEqual({
      command: 'check',
      paths: ['a.md', 'dir'],
      format: 'text',
      fix: false,
      config: null,
      lang: null,
      quiet: false,
      deadline: null,
      jobs: null,
      color: true,
    });
  });

  it('reads every option, in both spellings, anywhere on the line', () => {
    expect(
      parseArgs(['--format=json', 'check', '--fix', '--config', 'c.json', '--lang', 'en', '-q', '--deadline=government', '--jobs', '3', '--no-color', 'x.md', '--', '--odd-name.md']),
    ).toEqual({
      command: 'check',
      paths: ['x.md', '--odd-name.md'],
      format: 'json',
      fix: true,
      config: 'c.json',
      lang: 'en',
      quiet: true,
      deadline: 'government',
      jobs: 3,
      color: false,
    });
  });

  it('reads convert, help and version', () => {
    expect(parseArgs(['convert', 'a.docx'])).toEqual({ command: 'convert', file: 'a.docx', lang: null, canonical: false });
    expect(parseArgs(['convert', '--canonical', 'a.docx', '--lang', 'en'])).toEqual({ command: 'convert', file: 'a.docx', lang: 'en', canonical: true });
    expect(parseArgs([])).toEqual({ command: 'help', lang: null });
    expect(parseArgs(['check', '--help', '--lang', 'en'])).toEqual({ command: 'help', lang: 'en' });
    expect(parseArgs(['-v'])).toEqual({ command: 'version' });
  });

  it('names the offending argument of every mistake', () => {
    expect(usage(['lint', 'a.md'])).toEqual({ key: 'unknownCommand', value: 'lint' });
    expect(usage(['check', '--colour', 'a.md'])).toEqual({ key: 'unknownOption', value: '--colour' });
    expect(usage(['check', 'a.md', '--format'])).toEqual({ key: 'missingValue', value: '--format' });
    expect(usage(['check', '--config', '--fix', 'a.md'])).toEqual({ key: 'missingValue', value: '--config' });
    expect(usage(['check', '--format', 'xml', 'a.md'])).toEqual({ key: 'badValue', value: '--format xml（text | json | sarif | junit）' });
    expect(usage(['check', '--jobs', '0', 'a.md'])).toEqual({ key: 'badValue', value: '--jobs 0（≥ 1）' });
    expect(usage(['check', '--deadline', 'soon', 'a.md'])).toEqual({ key: 'badValue', value: '--deadline soon（auto | department | government）' });
    expect(usage(['check'])).toEqual({ key: 'noPaths', value: '' });
    expect(usage(['convert', 'a.md', 'b.md'])).toEqual({ key: 'convertOneFile', value: '2' });
    expect(usage(['convert', '--fix', 'a.md'])).toEqual({ key: 'optionNotForConvert', value: '--fix' });
    expect(usage(['check', '--canonical', 'a.md'])).toEqual({ key: 'unknownOption', value: '--canonical' });
  });

  it('words usage errors in Chinese by default and in English on request', () => {
    expect(usageError('zh', 'unknownOption', '--colour')).toBe('未知的选项：--colour\n运行 nianbao --help 查看用法。');
    expect(usageError('en', 'unknownOption', '--colour')).toBe('unknown option: --colour\nSee nianbao --help.');
  });
});
