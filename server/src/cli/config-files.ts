/**
 * Finding each file's .nianbaorc.json: the nearest one in the file's folder or above,
 * looking no higher than the repository root (the folder holding .git) or, outside a
 * repository, the file system root. Lookups are cached per folder: 10,000 files in a
 * few folders cost a few stat calls.
 */
import { existsSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';

export const CONFIG_FILE_NAME = '.nianbaorc.json';

export class ConfigFinder {
  private readonly byFolder = new Map<string, string | null>();

  /** The config file for a file (absolute path), or null when there is none. */
  forFile(absoluteFile: string): string | null {
    return this.forFolder(dirname(absoluteFile));
  }

  private forFolder(folder: string): string | null {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached;
    const candidate = join(folder, CONFIG_FILE_NAME);
    let found: string | null;
    if (existsSync(candidate)) found = candidate;
    else if (existsSync(join(folder, '.git')) || parse(folder).root === folder) found = null;
    else found = this.forFolder(dirname(folder));
    this.byFolder.set(folder, found);
    return found;
  }
}
