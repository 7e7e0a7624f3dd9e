/**
 * File names that make a file a report whatever its content: the extension's
 * `filenamePatterns` (package.json, contributes.languages, language "nianbao"), read at
 * build time so that the editor, the language server's workspace index and the CLI follow
 * one list. VS Code matches a pattern without a slash against the file's base name, ignoring
 * case; so does this.
 */
import { contributes } from '../../../package.json';

const REPORT_LANGUAGE = contributes.languages.find((language) => language.id === 'nianbao');

/** The patterns as written in package.json (*.nianbao.md, *年度报告*.md …). */
export const REPORT_FILE_NAME_PATTERNS: readonly string[] = REPORT_LANGUAGE?.filenamePatterns ?? [];

/** A glob of `*` and `?` as a regular expression over a whole base name. */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (const char of glob) {
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'iu');
}

const REPORT_FILE_NAMES: readonly RegExp[] = REPORT_FILE_NAME_PATTERNS.map(globToRegExp);

/** Whether a file's name alone makes it a report (any path; only its last segment counts). */
export function isReportFileName(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return REPORT_FILE_NAMES.some((pattern) => pattern.test(name));
}
