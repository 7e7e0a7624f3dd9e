/**
 * .nianbaorc.json files, read from disk by the server (the service does no I/O).
 * A document gets the files from its workspace folder's root down to its own folder,
 * outermost first, so a nearer file overrides a farther one rule by rule. A document
 * outside every workspace folder gets the file in its own folder only.
 * Files are cached until the client reports a change (workspace/didChangeWatchedFiles).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, isAbsolute, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig, type NianbaoConfig } from '../service';

export const RC_FILE_NAME = '.nianbaorc.json';

interface RcEntry {
  config: NianbaoConfig;
}

export class RcFiles {
  /** Path → parsed file, or null when there is none. */
  private readonly cache = new Map<string, RcEntry | null>();
  /** path + content of files already warned about, so each broken version warns once. */
  private readonly warned = new Set<string>();

  constructor(private readonly warn: (path: string, errors: string[]) => void) {}

  clear(): void {
    this.cache.clear();
  }

  /** The configs that apply to a document, outermost first. */
  forDocument(uri: string, workspaceFolders: readonly string[]): NianbaoConfig[] {
    const out: NianbaoConfig[] = [];
    for (const dir of searchDirectories(uri, workspaceFolders)) {
      const entry = this.load(join(dir, RC_FILE_NAME));
      if (entry) out.push(entry.config);
    }
    return out;
  }

  private load(path: string): RcEntry | null {
    const cached = this.cache.get(path);
    if (cached !== undefined) return cached;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      this.cache.set(path, null);
      return null;
    }
    const { config, errors } = parseConfig(text);
    if (errors.length > 0) {
      const key = `${path}\0${text}`;
      if (!this.warned.has(key)) {
        this.warned.add(key);
        this.warn(path, errors);
      }
    }
    const entry = { config };
    this.cache.set(path, entry);
    return entry;
  }
}

/** file:// URI → file system path, or null for other schemes (untitled:, vscode-vfs: …). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(`..${sep}`));
}

/** Folders to look in, outermost first. */
export function searchDirectories(uri: string, workspaceFolders: readonly string[]): string[] {
  const path = uriToPath(uri);
  if (path === null) return workspaceFolders.length > 0 ? [workspaceFolders[0]!] : [];
  const docDir = dirname(path);
  let root: string | null = null;
  for (const folder of workspaceFolders) {
    if (isInside(folder, docDir) && (root === null || folder.length > root.length)) root = folder;
  }
  if (root === null) return [docDir];
  const dirs: string[] = [];
  for (let dir = docDir; ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === root || dirname(dir) === dir) break;
  }
  return dirs.reverse();
}
