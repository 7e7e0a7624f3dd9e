/**
 * `nianbao` — the command-line tool over the language service (bundled to dist/cli.js).
 *
 *   nianbao check [options] PATHS...   exit 0: no error; 1: errors found; 2: could not run
 *   nianbao convert FILE               the text check reads from the draft (--canonical: the canonical Markdown report)
 *   nianbao summary PATHS...           one table of the headline figures of many reports (./summary.ts)
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { AnalyzeOptions, Lang } from '../service';
import { parseArgs, UsageError, type CheckArgs } from './args';
import type { CheckTask } from './check-file';
import { ConfigFinder } from './config-files';
import { loadConfig } from './config-load';
import { runConvert } from './convert';
import { expandPaths } from './files';
import { COLORS, NO_COLORS, wantsColor } from './format/color';
import { formatJunit } from './format/junit';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import * as msg from './messages';
import { VERSION } from './package-info';
import { renderJson, totalsOfOutcomes, type FileOutcome } from './outcome';
import { openPool } from './pool';
import { progressBar } from './progress';
import { checkAcrossYears } from './previous-years';
import { runSummary } from './summary';
import { mark } from './timing';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_CANNOT_RUN = 2;

async function main(argv: readonly string[]): Promise<number> {
  const cwd = process.cwd();
  if (argv[0] === 'summary') return runSummary(argv.slice(1), cwd);
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`nianbao: ${msg.usageError(langFromArgv(argv), error.key, error.value)}\n`);
      return EXIT_CANNOT_RUN;
    }
    throw error;
  }
  switch (args.command) {
    case 'help':
      process.stdout.write(msg.help(args.lang ?? 'zh', VERSION));
      return EXIT_OK;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    case 'convert':
      return runConvert(args.file, args.lang ?? 'zh', cwd, args.canonical);
    case 'check':
      return runCheck(args, cwd);
  }
}

async function runCheck(args: CheckArgs, cwd: string): Promise<number> {
  const lang: Lang = args.lang ?? 'zh';
  const expansion = await expandPaths(args.paths, cwd);
  if (!expansion.ok) {
    const text = expansion.problem === 'no-match' ? msg.noMatch(lang, expansion.path) : `${expansion.path}: ${msg.fileProblem(lang, 'not-found')}`;
    process.stderr.write(`nianbao: ${text}\n`);
    return EXIT_CANNOT_RUN;
  }

  const overrides: AnalyzeOptions = { ...(args.lang ? { lang: args.lang } : {}), ...(args.deadline ? { deadline: args.deadline } : {}) };
  const finder = new ConfigFinder();
  const configs = new Map<string | null, AnalyzeOptions>();
  const optionsFor = (configFile: string | null): AnalyzeOptions | string => {
    const known = configs.get(configFile);
    if (known) return known;
    const loaded = configFile === null ? { ok: true as const, options: {} } : loadConfig(configFile, lang);
    if (!loaded.ok) return loaded.message;
    // Command-line options win over the configuration file; the language defaults to Chinese.
    const options: AnalyzeOptions = { lang, ...loaded.options, ...overrides };
    configs.set(configFile, options);
    return options;
  };
  const explicitConfig = args.config === null ? null : resolve(cwd, args.config);
  const tasks: CheckTask[] = [];
  for (const [index, file] of expansion.files.entries()) {
    const path = resolve(cwd, file.path);
    const options = optionsFor(explicitConfig ?? finder.forFile(path));
    if (typeof options === 'string') {
      process.stderr.write(`nianbao: ${options}\n`);
      return EXIT_CANNOT_RUN;
    }
    tasks.push({ index, path, display: file.display, options, fix: args.fix });
  }
  mark(`${tasks.length} files found`);
  const progress = progressBar(tasks.length, msg.progressLabel(lang), process.stderr);
  const pool = openPool(tasks.length, args.jobs ?? availableParallelism(), { quiet: args.quiet, json: args.format === 'json' });
  let outcomes: FileOutcome[];
  try {
    // Each report is checked against last year's report of its agency when that is among the files.
    let firstRun = true;
    outcomes = await checkAcrossYears(tasks, (batch) => {
      const onProgress = firstRun ? (done: number) => progress.update(done) : undefined;
      firstRun = false;
      return pool.run(batch, onProgress);
    });
  } finally {
    pool.close();
    progress.end();
  }

  mark('checked');
  for (const { result, internalErrors } of outcomes) {
    for (const e of internalErrors ?? []) process.stderr.write(`nianbao: ${msg.internalError(lang, result.file, e)}\n`);
  }
  process.stdout.write(render(args, outcomes, lang, cwd));
  for (const { result } of outcomes) if (result.error !== undefined && args.format !== 'text') process.stderr.write(`nianbao: ${result.file}: ${result.error}\n`);

  mark('output written');
  const totals = totalsOfOutcomes(outcomes);
  if (totals.failed > 0) return EXIT_CANNOT_RUN;
  return totals.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

function render(args: CheckArgs, outcomes: readonly FileOutcome[], lang: Lang, cwd: string): string {
  if (args.format === 'json') return renderJson(outcomes);
  const results = outcomes.map((o) => o.result);
  switch (args.format) {
    case 'sarif':
      return formatSarif(results, lang, cwd);
    case 'junit':
      return formatJunit(results, lang);
    case 'text':
      return formatText(results, lang, wantsColor(args.color, process.stdout.isTTY === true, process.env) ? COLORS : NO_COLORS, args.quiet);
  }
}

/** The language for a usage error, read leniently from an argv that did not parse. */
function langFromArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a === '--lang=en');
  return argv[i] === '--lang=en' || argv[i + 1] === 'en' ? 'en' : 'zh';
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`nianbao: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_CANNOT_RUN;
  },
);
