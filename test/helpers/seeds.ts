/**
 * The five real reports in ../shared/seeds (beside the repository, in CI too).
 * NIANBAO_SEEDS overrides the folder.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
export const seedsDir = process.env.NIANBAO_SEEDS ?? resolve(repoRoot, '..', 'shared', 'seeds');

/** File names of the seeds, sorted: 000_…, 001_…, … */
export function seedFiles(): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** The text of seed n (0-based, by its 000/001/… prefix). */
export function readSeed(n: number): string {
  const prefix = String(n).padStart(3, '0') + '_';
  const file = seedFiles().find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix}* not found in ${seedsDir}`);
  return readFileSync(join(seedsDir, file), 'utf8');
}
