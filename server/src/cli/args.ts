/**
 * Command-line arguments of `nianbao`. Hand-written (no dependency): the grammar is small,
 * and every mistake must produce a Chinese message naming the offending argument.
 */
import type { DeadlineSetting, Lang } from '../service';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'junit';

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: OutputFormat;
  fix: boolean;
  config: string | null;
  lang: Lang | null;
  quiet: boolean;
  deadline: DeadlineSetting | null;
  jobs: number | null;
  color: boolean;
}

export interface ConvertArgs {
  command: 'convert';
  file: string;
  lang: Lang | null;
  /** --canonical: the canonical Markdown report instead of the text check reads. */
  canonical: boolean;
}

export type Args = CheckArgs | ConvertArgs | { command: 'help'; lang: Lang | null } | { command: 'version' };

/** A usage mistake: `key` names the message, `value` the argument it is about. */
export class UsageError extends Error {
  constructor(
    readonly key: UsageErrorKey,
    readonly value: string,
  ) {
    super(`${key}: ${value}`);
  }
}

export type UsageErrorKey =
  | 'unknownCommand'
  | 'unknownOption'
  | 'missingValue'
  | 'badValue'
  | 'noPaths'
  | 'convertOneFile'
  | 'optionNotForConvert';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'junit'];
const DEADLINES: readonly DeadlineSetting[] = ['auto', 'department', 'government'];
const LANGS: readonly Lang[] = ['zh', 'en'];

/** Options that take a value (`--format json` or `--format=json`). */
const VALUED = new Set(['--format', '--config', '--lang', '--deadline', '--jobs']);
const FLAGS = new Set(['--fix', '--quiet', '--no-color', '--canonical', '--help', '--version', '-h', '-v', '-q']);

export function parseArgs(argv: readonly string[]): Args {
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUED.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError('missingValue', name);
      options.set(name, value);
    } else if (FLAGS.has(name) && eq < 0) {
      flags.add(name);
    } else {
      throw new UsageError('unknownOption', arg);
    }
  }

  const lang = optionalChoice(options, '--lang', LANGS);
  if (flags.has('--help') || flags.has('-h')) return { command: 'help', lang };
  if (flags.has('--version') || flags.has('-v')) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) return { command: 'help', lang };
  if (command === 'help') return { command: 'help', lang };

  if (command === 'convert') {
    for (const name of [...options.keys(), ...flags]) {
      if (name !== '--lang' && name !== '--canonical') throw new UsageError('optionNotForConvert', name);
    }
    if (rest.length !== 1) throw new UsageError('convertOneFile', String(rest.length));
    return { command: 'convert', file: rest[0]!, lang, canonical: flags.has('--canonical') };
  }
  if (command !== 'check') throw new UsageError('unknownCommand', command);
  if (flags.has('--canonical')) throw new UsageError('unknownOption', '--canonical');
  if (rest.length === 0) throw new UsageError('noPaths', '');
  return {
    command: 'check',
    paths: rest,
    format: optionalChoice(options, '--format', FORMATS) ?? 'text',
    fix: flags.has('--fix'),
    config: options.get('--config') ?? null,
    lang,
    quiet: flags.has('--quiet') || flags.has('-q'),
    deadline: optionalChoice(options, '--deadline', DEADLINES),
    jobs: jobsOption(options.get('--jobs')),
    color: !flags.has('--no-color'),
  };
}

function optionalChoice<T extends string>(options: Map<string, string>, name: string, choices: readonly T[]): T | null {
  const value = options.get(name);
  if (value === undefined) return null;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError('badValue', `${name} ${value}（${choices.join(' | ')}）`);
  return value as T;
}

function jobsOption(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError('badValue', `--jobs ${value}（≥ 1）`);
  return Number(value);
}
