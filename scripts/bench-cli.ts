/**
 * CLI benchmark (issue 7): 10,000 generated reports in bench/corpus/ (gitignored), timing
 * `node dist/cli.js check --format json bench/corpus` against a floor that only reads the
 * same files and splits them into lines. Target: the CLI within 3× the floor.
 *
 *   npx tsx scripts/bench-cli.ts [--files N] [--keep]      (run `node scripts/build.mjs` first)
 *
 * `benchCli()` is exported for scripts/bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const corpus = join(root, 'bench', 'corpus');
const seedsDir = process.env.NIANBAO_SEEDS ?? resolve(root, '..', 'shared', 'seeds');

export interface CliBenchResult {
  files: number;
  cliSeconds: number;
  floorSeconds: number;
  cliFilesPerSecond: number;
  floorFilesPerSecond: number;
  ratio: number;
  target: number;
}

/** A small deterministic generator, so every run checks the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

function templates(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const examples = join(root, 'examples');
  if (existsSync(examples)) for (const f of readdirSync(examples).sort()) if (f.endsWith('.md')) out.push({ name: f, text: readFileSync(join(examples, f), 'utf8') });
  if (existsSync(seedsDir)) for (const f of readdirSync(seedsDir).sort()) if (f.endsWith('.txt')) out.push({ name: f, text: readFileSync(join(seedsDir, f), 'utf8') });
  if (out.length === 0) throw new Error('no examples or seeds to generate the corpus from');
  return out;
}

/** The template with its table values varied: table cells get new numbers, prose stays. */
function vary(text: string, n: number): string {
  const next = random(n * 2654435761);
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('|') && !line.includes('\t')) return line;
      return line.replace(/(?<=\|\s*|\t|^)\d{1,3}(?=\s*(\||\t|$))/g, () => String(Math.floor(next() * (next() < 0.7 ? 3 : 40))));
    })
    .join('\n');
}

export function generateCorpus(count: number): void {
  rmSync(corpus, { recursive: true, force: true });
  const sources = templates();
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const folder = join(corpus, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const ext = source.name.endsWith('.md') ? '.md' : '.txt';
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}${ext}`), vary(source.text, i));
  }
}

/** Reads every file of the corpus, sorted as the CLI walks it, and splits it into lines. */
const FLOOR_SCRIPT = `
const fs = require('fs'), path = require('path');
let lines = 0, files = 0;
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else { lines += fs.readFileSync(p, 'utf8').split(/\\r\\n|\\n|\\r/).length; files++; }
  }
})(process.argv[1]);
process.stdout.write(JSON.stringify({ files, lines }));
`;

function timed(args: string[]): { seconds: number; stdout: string; status: number | null } {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.error) throw run.error;
  return { seconds, stdout: run.stdout, status: run.status };
}

export function benchCli(count = 10_000): CliBenchResult {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `node scripts/build.mjs` first');
  generateCorpus(count);
  const floor = timed(['-e', FLOOR_SCRIPT, corpus]);
  const check = timed([cli, 'check', '--format', 'json', corpus]);
  if (check.status !== 0 && check.status !== 1) throw new Error(`nianbao check exited with ${check.status}`);
  const checked = (JSON.parse(check.stdout) as unknown[]).length;
  if (checked !== count) throw new Error(`nianbao check reported ${checked} files, expected ${count}`);
  return {
    files: count,
    cliSeconds: check.seconds,
    floorSeconds: floor.seconds,
    cliFilesPerSecond: count / check.seconds,
    floorFilesPerSecond: count / floor.seconds,
    ratio: check.seconds / floor.seconds,
    target: 3,
  };
}

export function printCliBench(r: CliBenchResult): void {
  console.log(`CLI: ${r.files} files`);
  console.log(`  floor (read + split lines): ${r.floorSeconds.toFixed(2)} s, ${Math.round(r.floorFilesPerSecond)} files/s`);
  console.log(`  nianbao check --format json: ${r.cliSeconds.toFixed(2)} s, ${Math.round(r.cliFilesPerSecond)} files/s`);
  console.log(`  ratio ${r.ratio.toFixed(2)}× (target ≤ ${r.target}×) ${r.ratio <= r.target ? 'OK' : 'OVER TARGET'}`);
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const filesAt = argv.indexOf('--files');
  const count = filesAt >= 0 ? Number(argv[filesAt + 1]) : 10_000;
  const result = benchCli(count);
  printCliBench(result);
  if (!argv.includes('--keep')) rmSync(corpus, { recursive: true, force: true });
}
