/**
 * The paths given on the command line, expanded to the files to check, in order:
 * a file as given; a folder recursively, depth first, entries sorted by name; a glob's
 * matches sorted. A path that does not exist is a usage error (exit 2) naming the path.
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { inputKindOf } from '../convert/index';

export interface InputFile {
  /** Where to read it (relative to the cwd, or absolute as given). */
  path: string;
  /** How the output names it: the path as given, or as found under a given folder. */
  display: string;
}

export type Expansion = { ok: true; files: InputFile[] } | { ok: false; problem: 'not-found' | 'no-match'; path: string };

/** Folders never worth descending into when a user names a parent folder. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.svn', '.hg', 'dist', 'out']);

export async function expandPaths(paths: readonly string[], cwd: string): Promise<Expansion> {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: InputFile): void => {
    const key = resolve(cwd, file.path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const given of paths) {
    const full = resolve(cwd, given);
    const stats = statOrNull(full);
    if (stats?.isDirectory()) {
      for (const rel of walkFolder(full)) {
        const display = `${given.replace(/[\\/]+$/, '')}/${rel}`;
        add({ path: display, display });
      }
    } else if (stats) {
      add({ path: given, display: given });
    } else if (isDynamicPattern(given)) {
      const matches = (await glob(given, { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] }))
        .filter((f) => inputKindOf(f) !== null && !isOfficeLockFile(f))
        .sort();
      if (matches.length === 0) return { ok: false, problem: 'no-match', path: given };
      for (const m of matches) add({ path: m, display: m });
    } else {
      return { ok: false, problem: 'not-found', path: given };
    }
  }
  return { ok: true, files };
}

/** Relative paths ('/'-separated) of the supported files under a folder, depth first, sorted by name. */
function walkFolder(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) visit(join(dir, entry.name), `${rel}/`);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && inputKindOf(entry.name) !== null && !isOfficeLockFile(entry.name)) {
        out.push(rel);
      }
    }
  };
  visit(root, '');
  return out;
}

/** Word leaves ~$name.docx owner files beside open documents: never a report. */
function isOfficeLockFile(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return name.startsWith('~$');
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
