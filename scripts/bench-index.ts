/**
 * Workspace index benchmark (issue 9): 1,000 generated reports (200 agencies × 5 years)
 * in a temporary folder; times reading them, summarising them into a ReportIndex (what
 * the language server does in the background after `initialized`, and `nianbao check`
 * before checking), and looking up last year's report of each.
 *
 *   npx tsx scripts/bench-index.ts [--files N]
 *
 * `benchIndex()` and `printIndexBench()` are picked up by scripts/bench.ts.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectReport, parseReport } from '../server/src/service/parser/index';
import { ReportIndex, summarize, type ReportSummary } from '../server/src/service/workspace/index';

const root = resolve(__dirname, '..');
const TEMPLATE_FILE = join(root, 'examples', '2024-示范街道办事处-规范.nianbao.md');
const TEMPLATE_AGENCY = '示范区示范街道办事处';
const YEARS = [2020, 2021, 2022, 2023, 2024];

export interface IndexBenchResult {
  files: number;
  agencies: number;
  readMs: number;
  /** detectReport + parse + summarize + ReportIndex.set for every file. */
  indexMs: number;
  indexPerFileMs: number;
  lookups: number;
  lookupMedianNs: number;
  /** Reports whose previous year was found (every year but the first of each agency). */
  found: number;
  target: { indexMs: number; lookupNs: number };
}

/** The template for another agency and year: the agency renamed, every year shifted. */
function reportFor(template: string, agency: number, year: number): string {
  const shift = (y: number) => String(y - 2024 + year);
  return template
    .replaceAll(TEMPLATE_AGENCY, `示范区第${agency}街道办事处`)
    .replace(/20(2[0-9])(?=年)/g, (m) => shift(Number(m)))
    .replace(/(?<=\| 二、上年结转政府信息公开申请数量\s*\| )1/, String(agency % 3));
}

function generate(folder: string, count: number): number {
  const template = readFileSync(TEMPLATE_FILE, 'utf8');
  const agencies = Math.ceil(count / YEARS.length);
  for (let i = 0; i < count; i++) {
    const agency = Math.floor(i / YEARS.length);
    const year = YEARS[i % YEARS.length]!;
    writeFileSync(join(folder, `${year}-第${agency}街道.md`), reportFor(template, agency, year));
  }
  return agencies;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchIndex(count = 1_000): IndexBenchResult {
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-bench-index-'));
  try {
    const agencies = generate(folder, count);
    const names = readdirSync(folder).sort();

    let start = process.hrtime.bigint();
    const texts = names.map((name) => ({ uri: pathToFileURL(join(folder, name)).href, text: readFileSync(join(folder, name), 'utf8') }));
    const readMs = ms(start);

    start = process.hrtime.bigint();
    const index = new ReportIndex();
    const summaries: ReportSummary[] = [];
    for (const { uri, text } of texts) {
      if (!detectReport(text).isReport) continue;
      const summary = summarize(uri, parseReport(text));
      index.set(summary);
      summaries.push(summary);
    }
    const indexMs = ms(start);

    // Lookups: every report's last year, in rounds, the median round per lookup.
    let found = 0;
    for (const s of summaries) if (index.previousYearOf(s)) found++;
    const rounds: number[] = [];
    for (let round = 0; round < 50; round++) {
      const t = process.hrtime.bigint();
      for (const s of summaries) index.previousYearOf(s);
      rounds.push(Number(process.hrtime.bigint() - t) / summaries.length);
    }
    rounds.sort((a, b) => a - b);

    return {
      files: count,
      agencies,
      readMs,
      indexMs,
      indexPerFileMs: indexMs / count,
      lookups: summaries.length,
      lookupMedianNs: rounds[Math.floor(rounds.length / 2)]!,
      found,
      target: { indexMs: 5_000, lookupNs: 10_000 },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function printIndexBench(r: IndexBenchResult): void {
  const ok = (good: boolean) => (good ? 'OK' : 'OVER TARGET');
  console.log(`workspace index: ${r.files} reports of ${r.agencies} agencies`);
  console.log(`  read files:                         ${r.readMs.toFixed(0)} ms`);
  console.log(`  detect + parse + summarize + index: ${r.indexMs.toFixed(0)} ms (${r.indexPerFileMs.toFixed(2)} ms per file; target ≤ ${r.target.indexMs} ms) ${ok(r.indexMs <= r.target.indexMs)}`);
  console.log(`  previousYearOf:                     ${r.lookupMedianNs.toFixed(0)} ns per lookup (target ≤ ${r.target.lookupNs} ns) ${ok(r.lookupMedianNs <= r.target.lookupNs)}`);
  console.log(`  last year found for ${r.found} of ${r.lookups} reports`);
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const filesAt = argv.indexOf('--files');
  printIndexBench(benchIndex(filesAt >= 0 ? Number(argv[filesAt + 1]) : 1_000));
}
