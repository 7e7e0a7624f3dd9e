/**
 * Reading a .nianbaorc.json for the CLI. The editor tolerates a bad entry (it reports and
 * skips it); the command line refuses to run with one — a typo in a CI configuration
 * should fail the build, not silently check with other settings.
 */
import { readFileSync } from 'node:fs';
import { parseConfig, type AnalyzeOptions, type Lang } from '../service';
import { configError, fileProblem } from './messages';

export type LoadedConfig = { ok: true; options: AnalyzeOptions } | { ok: false; message: string };

export function loadConfig(file: string, lang: Lang): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, message: `${file}: ${code === 'ENOENT' ? fileProblem(lang, 'not-found') : fileProblem(lang, 'unreadable', code ?? '')}` };
  }
  const { config, errors } = parseConfig(text.replace(/^\ufeff/, ''));
  if (errors.length > 0) return { ok: false, message: configError(lang, file, errors.join('；')) };
  const options: AnalyzeOptions = {};
  if (config.rules) options.rules = config.rules;
  if (config.deadline) options.deadline = config.deadline;
  if (config.lang) options.lang = config.lang;
  if (config.maxSize) options.maxSize = config.maxSize;
  // Findings ignored from the editor ("忽略此问题") are ignored here too.
  if (config.ignore?.length) options.ignore = config.ignore;
  return { ok: true, options };
}
