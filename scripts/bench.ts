/**
 * Benchmarks: `npm run bench`. Each section measures one piece of the service and
 * returns table rows; the script prints every section as a table and writes all of
 * them to bench/results.json. To add a section, write a function returning
 * BenchRow[] and list it in SECTIONS.
 *
 * Timings are not asserted anywhere: they belong here, not in unit tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../server/src/service/parser';
import { readSeed, repoRoot, seedFiles } from '../test/helpers/seeds';

export interface BenchRow {
  name: string;
  /** Input size in bytes (UTF-8). */
  bytes: number;
  runs: number;
  medianUs: number;
  p95Us: number;
  note?: string;
}

interface Section {
  name: string;
  run: () => BenchRow[];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Times `fn` `runs` times after `warmup` untimed calls; microseconds. */
export function measure(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): { medianUs: number; p95Us: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return { medianUs: percentile(times, 0.5), p95Us: percentile(times, 0.95) };
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function parseSection(): BenchRow[] {
  const rows: BenchRow[] = [];
  const seeds = seedFiles().map((file, n) => ({ file, text: readSeed(n) }));
  for (const { file, text } of seeds) {
    rows.push({ name: `parse ${file.slice(0, 3)}`, bytes: bytes(text), runs: 300, ...measure(() => parseReport(text), 300) });
  }
  // Linear time: about 5 MB of reports back to back must still parse well under a second.
  const all = seeds.map((s) => s.text).join('\n\n');
  const copies = Math.ceil((5 * 1024 * 1024) / bytes(all));
  const big = Array.from({ length: copies }, () => all).join('\n\n');
  const t = measure(() => parseReport(big), 5, 1);
  rows.push({
    name: `parse ${copies}× all seeds`,
    bytes: bytes(big),
    runs: 5,
    ...t,
    note: t.medianUs < 1_000_000 ? 'well under a second' : 'OVER A SECOND',
  });
  return rows;
}

const SECTIONS: Section[] = [{ name: 'parse', run: parseSection }];

function printTable(section: string, rows: BenchRow[]): void {
  console.log(`\n## ${section}`);
  const header = ['name', 'bytes', 'runs', 'median µs', 'p95 µs', 'note'];
  const body = rows.map((r) => [r.name, String(r.bytes), String(r.runs), r.medianUs.toFixed(0), r.p95Us.toFixed(0), r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const b of body) console.log(line(b));
}

const results: Record<string, BenchRow[]> = {};
for (const section of SECTIONS) {
  const rows = section.run();
  results[section.name] = rows;
  printTable(section.name, rows);
}
const outDir = join(repoRoot, 'bench');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, sections: results }, null, 2) + '\n',
);
console.log(`\nwrote ${join('bench', 'results.json')}`);
