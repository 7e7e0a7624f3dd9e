/**
 * CLI benchmark (issues 7 and 10): 10,000 generated reports in bench/corpus/ (gitignored),
 * timing `node dist/cli.js check --format json bench/corpus` against a floor that only reads
 * the same files and splits them into lines. Target: the CLI within 3× the floor, on the
 * realistic corpus (docs/performance.md describes both corpora).
 *
 *   npx tsx scripts/bench-cli.ts [--files N] [--runs N] [--corpus realistic,two-years,defect-heavy] [--keep]
 *   (run `npm run build` first; --keep leaves the last corpus generated in bench/corpus)
 *
 * `benchCli()` is exported for scripts/bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Range } from '../server/src/service/model';
import { parseReport } from '../server/src/service/parser';

const root = resolve(__dirname, '..');
const corpus = join(root, 'bench', 'corpus');
const seedsDir = process.env.NIANBAO_SEEDS ?? resolve(root, '..', 'shared', 'seeds');

export interface CorpusResult {
  corpus: CorpusKind;
  files: number;
  runs: number;
  findingsPerFile: number;
  cliSeconds: number;
  floorSeconds: number;
  cliFilesPerSecond: number;
  floorFilesPerSecond: number;
  ratio: number;
  target: number;
}

/** The realistic corpus (the target) at the top level; the other corpora measured beside it. */
export interface CliBenchResult extends CorpusResult {
  others?: CorpusResult[];
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

/** A number of the template that may be rewritten: a table cell or a figure stated in the prose. */
interface Spot {
  line: number;
  start: number;
  end: number;
  value: number;
  /** A cell of table 三 or 四, whose rows and columns sum: where a typical slip shows. */
  summed: boolean;
}

interface Template {
  name: string;
  lines: string[];
  spots: Spot[];
}

/** The integer cells of the statutory tables and the prose figures (共收到申请9件), per line right to left. */
function spotsOf(text: string): Spot[] {
  const model = parseReport(text);
  const spots: Spot[] = [];
  const lines = model.lines;
  const add = (range: Range, value: number, summed: boolean): void => {
    const { start, end } = range;
    if (start.line !== end.line || !/^\d+$/.test(lines[start.line]!.slice(start.character, end.character))) return;
    spots.push({ line: start.line, start: start.character, end: end.character, value, summed });
  };
  for (const part of model.parts) {
    for (const row of part.table?.rows ?? []) {
      for (const cell of row.cells) if (cell.kind === 'integer' && cell.value !== null) add(cell.range, cell.value, part.table!.id !== 'two');
    }
  }
  for (const figure of model.figures) add(figure.range, figure.value, false);
  return spots.sort((a, b) => a.line - b.line || b.start - a.start);
}

function templates(): Template[] {
  const out: Template[] = [];
  const add = (name: string, text: string): void => {
    out.push({ name, lines: text.split('\n'), spots: spotsOf(text) });
  };
  const examples = join(root, 'examples');
  if (existsSync(examples)) for (const f of readdirSync(examples).sort()) if (f.endsWith('.md')) add(f, readFileSync(join(examples, f), 'utf8'));
  if (existsSync(seedsDir)) for (const f of readdirSync(seedsDir).sort()) if (f.endsWith('.txt')) add(f, readFileSync(join(seedsDir, f), 'utf8'));
  if (out.length === 0) throw new Error('no examples or seeds to generate the corpus from');
  return out;
}

/** The share of realistic reports given one typical defect. */
export const DEFECT_SHARE = 0.1;

/**
 * A realistic report: every figure of the template (table cells and the prose figures that
 * repeat them) multiplied by one factor, so that each report has its own numbers and every
 * statutory sum, balance and prose figure still agrees; one report in ten (DEFECT_SHARE) gets
 * a typical slip, one summed cell off by one. What the templates themselves get wrong
 * (the seeds are real drafts) stays wrong in every copy.
 */
function realistic(template: Template, n: number, lastYear = false): string {
  const next = random(n * 2654435761);
  const factor = 1 + Math.floor(next() * 6);
  const summed = template.spots.filter((s) => s.summed);
  const slip = next() < DEFECT_SHARE && summed.length > 0 ? summed[Math.floor(next() * summed.length)] : undefined;
  // Last year's report: every year from 2022 on one lower (2024 → 2023, 2025 → 2024); same length.
  const lines = lastYear ? template.lines.map((l) => l.replace(/(?<![0-9])20(2[2-9])(?![0-9])/g, (_, y: string) => `20${Number(y) - 1}`)) : template.lines.slice();
  for (const spot of template.spots) {
    const line = lines[spot.line]!;
    const value = spot.value * factor + (spot === slip ? 1 : 0);
    lines[spot.line] = line.slice(0, spot.start) + String(value) + line.slice(spot.end);
  }
  return lines.join('\n');
}

/**
 * The corpus of the first version of this benchmark: every number of a table row written
 * with | or tabs replaced by a random one, sums ignored, so that nearly every report is
 * full of findings (38 per report). Kept to show what heavy output costs.
 */
function defectHeavy(template: Template, n: number): string {
  const next = random(n * 2654435761);
  return template.lines
    .map((line) => {
      if (!line.includes('|') && !line.includes('\t')) return line;
      return line.replace(/(?<=\|\s*|\t|^)\d{1,3}(?=\s*(\||\t|$))/g, () => String(Math.floor(next() * (next() < 0.7 ? 3 : 40))));
    })
    .join('\n');
}

/**
 * realistic: the target; two-years: the realistic reports, every other round of templates
 * turned into last year's report of the same agencies, so that half the files are checked a
 * second time against last year's (the cross-file check's cost); defect-heavy: the old corpus.
 */
export type CorpusKind = 'realistic' | 'two-years' | 'defect-heavy';
export const CORPUS_KINDS: readonly CorpusKind[] = ['realistic', 'two-years', 'defect-heavy'];

export function generateCorpus(count: number, kind: CorpusKind = 'realistic'): void {
  rmSync(corpus, { recursive: true, force: true });
  const sources = templates();
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const folder = join(corpus, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const ext = source.name.endsWith('.md') ? '.md' : '.txt';
    const lastYear = kind === 'two-years' && Math.floor(i / sources.length) % 2 === 1;
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}${ext}`), kind === 'defect-heavy' ? defectHeavy(source, i) : realistic(source, i, lastYear));
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

/** One corpus: the floor and the CLI each run `runs` times, interleaved (so load hits both alike); medians. */
function measureCorpus(cli: string, count: number, kind: CorpusKind, runs: number): CorpusResult {
  generateCorpus(count, kind);
  const floors: number[] = [];
  const checks: number[] = [];
  let findings = 0;
  for (let run = 0; run < runs; run++) {
    floors.push(timed(['-e', FLOOR_SCRIPT, corpus]).seconds);
    const check = timed([cli, 'check', '--format', 'json', corpus]);
    if (check.status !== 0 && check.status !== 1) throw new Error(`nianbao check exited with ${check.status}`);
    const entries = JSON.parse(check.stdout) as { diagnostics: unknown[] }[];
    if (entries.length !== count) throw new Error(`nianbao check reported ${entries.length} files, expected ${count}`);
    findings = entries.reduce((sum, e) => sum + e.diagnostics.length, 0);
    checks.push(check.seconds);
  }
  const cliSeconds = median(checks);
  const floorSeconds = median(floors);
  return {
    corpus: kind,
    files: count,
    runs,
    findingsPerFile: findings / count,
    cliSeconds,
    floorSeconds,
    cliFilesPerSecond: count / cliSeconds,
    floorFilesPerSecond: count / floorSeconds,
    ratio: cliSeconds / floorSeconds,
    target: 3,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The target is measured on the realistic corpus; the others are measured too and reported
 * beside it, unless `kinds` leaves them out.
 */
export function benchCli(count = 10_000, runs = 3, kinds: readonly CorpusKind[] = CORPUS_KINDS): CliBenchResult {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `node scripts/build.mjs` first');
  const results = kinds.map((kind) => measureCorpus(cli, count, kind, runs));
  const main = results.find((r) => r.corpus === 'realistic') ?? results[0]!;
  const others = results.filter((r) => r !== main);
  return { ...main, ...(others.length > 0 ? { others } : {}) };
}

export function printCliBench(r: CliBenchResult): void {
  for (const c of [r, ...(r.others ?? [])]) {
    console.log(`CLI: ${c.files} files, ${c.corpus} corpus (${c.findingsPerFile.toFixed(1)} findings per file), median of ${c.runs} runs${c === r ? ' — the target' : ''}`);
    console.log(`  floor (read + split lines): ${c.floorSeconds.toFixed(2)} s, ${Math.round(c.floorFilesPerSecond)} files/s`);
    console.log(`  nianbao check --format json: ${c.cliSeconds.toFixed(2)} s, ${Math.round(c.cliFilesPerSecond)} files/s`);
    console.log(`  ratio ${c.ratio.toFixed(2)}× (target ≤ ${c.target}×) ${c.ratio <= c.target ? 'OK' : 'OVER TARGET'}`);
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const count = Number(option('--files') ?? 10_000);
  const runs = Number(option('--runs') ?? 3);
  const kinds = (option('--corpus')?.split(',') ?? CORPUS_KINDS) as CorpusKind[];
  const result = benchCli(count, runs, kinds);
  printCliBench(result);
  if (!argv.includes('--keep')) rmSync(corpus, { recursive: true, force: true });
}
