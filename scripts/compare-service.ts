/**
 * The language service of an earlier commit against the working tree, in one process:
 *
 *   npx tsx scripts/compare-service.ts same  --base REV [--drafts 3000] [--seed 42]
 *   npx tsx scripts/compare-service.ts speed --base REV [--parse] [--rounds 20] [--files 700 | --long]
 *
 * `same`: analyze() (the model, and each diagnostic as a user sees it — code, severity, message,
 * range, notes, fixable — with its data; Chinese and English), detectReport and
 * summarize must give identical results on the seeds, the examples, the test fixtures, the
 * first corpus files (bench/corpus, when generated) and fast-check drafts; exits 1 on any
 * difference. This is how a speed-up is shown to change nothing.
 *
 * `speed`: median µs per file of analyze() (or parseReport with --parse) over the corpus,
 * old and new run in alternating blocks, so that the load of this shared machine hits both
 * alike; two separate runs are never compared (docs/performance.md). `--long`: the bench's 40 KB
 * report (scripts/long-report.ts), which the analysis budget is written for, 100 times a block.
 *
 * The old service is taken with `git archive REV server/src/service` and bundled with the new
 * one by esbuild, as the CLI and the server run it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { generateCorpus } from './bench-cli';
import { CANONICAL_FILE, longReport } from './long-report';

const root = resolve(__dirname, '..');
const corpus = join(root, 'bench', 'corpus');

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** The program run in the child: imports both services, so that esbuild bundles them side by side. */
function program(mode: 'same' | 'speed', oldService: string): string {
  const imports = `
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze as analyzeNew } from ${JSON.stringify(join(root, 'server/src/service/analyze'))};
import { analyze as analyzeOld } from ${JSON.stringify(join(oldService, 'analyze'))};
import { parseReport as parseNew, detectReport as detectNew } from ${JSON.stringify(join(root, 'server/src/service/parser'))};
import { parseReport as parseOld, detectReport as detectOld } from ${JSON.stringify(join(oldService, 'parser'))};
import { summarize as summarizeNew } from ${JSON.stringify(join(root, 'server/src/service/workspace/index'))};
import { summarize as summarizeOld } from ${JSON.stringify(join(oldService, 'workspace/index'))};
import { proseOf as proseNew } from ${JSON.stringify(join(root, 'server/src/service/rules/prose'))};
import { proseOf as proseOld } from ${JSON.stringify(join(oldService, 'rules/prose'))};
const [corpus, filesArg, a, b, longFile] = process.argv.slice(2);
const corpusFiles = (count: number): string[] => {
  if (!existsSync(corpus)) return [];
  const out: string[] = [];
  for (const d of readdirSync(corpus).sort()) for (const f of readdirSync(join(corpus, d)).sort()) if (out.length < count) out.push(readFileSync(join(corpus, d, f), 'utf8'));
  return out;
};
`;
  if (mode === 'same') {
    return `${imports}
import fc from 'fast-check';
import { readSeed, seedFiles, repoRoot } from ${JSON.stringify(join(root, 'test/helpers/seeds'))};
import { draft } from ${JSON.stringify(join(root, 'test/fuzz/properties'))};
const texts: string[] = seedFiles().map((_, n) => readSeed(n));
for (const f of readdirSync(join(repoRoot, 'examples')).sort()) if (f.endsWith('.md')) texts.push(readFileSync(join(repoRoot, 'examples', f), 'utf8'));
for (const f of (readdirSync(join(repoRoot, 'test'), { recursive: true }) as string[]).sort()) if (/\\.(md|txt)$/.test(f)) texts.push(readFileSync(join(repoRoot, 'test', f), 'utf8'));
texts.push(...corpusFiles(Number(filesArg)));
for (const d of fc.sample(draft, { numRuns: Number(a), seed: Number(b) })) texts.push(d.text);
let differences = 0;
const report = (what: string, i: number, x: string, y: string): void => {
  if (differences++ >= 5) return;
  let k = 0;
  while (x[k] === y[k]) k++;
  console.log(what + ' differs on text ' + i + '\\n  old: ' + x.slice(Math.max(0, k - 200), k + 200) + '\\n  new: ' + y.slice(Math.max(0, k - 200), k + 200));
};
// What a user sees of a finding, and the data its fix reads: the message's id and arguments
// (issue 19) are how it is made, not what it says.
const seen = (d: any) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range, fixable: d.fixable, data: d.data,
  related: d.relatedInformation?.map((r: any) => ({ range: r.range, message: r.message, uri: r.uri })) });
const visible = (a: any) => JSON.stringify({ model: a.model, diagnostics: a.diagnostics.map(seen), ruleErrors: a.ruleErrors });
const proseShape = (p: any, lines: readonly string[]): string => {
  const at: number[] = [];
  for (let k = 0; k < p.text.length; k++) { const q = p.positionAt(k); at.push(q.line, q.character); }
  // And back: the offset of every position of the document (-1 where it is no prose).
  for (let line = 0; line < lines.length; line++) for (let c = 0; c <= lines[line]!.length; c++) at.push(p.offsetAt(line, c));
  const sentences = p.sentences.map((s: any) => ({ start: s.start, end: s.end, text: s.text, partId: s.partId }));
  return JSON.stringify({ text: p.text, sentences, at });
};
texts.forEach((text, i) => {
  for (const lang of ['zh', 'en'] as const) {
    const o = analyzeOld(text, { lang }), n = analyzeNew(text, { lang });
    const x = visible(o), y = visible(n);
    if (x !== y) report('analyze (' + lang + ')', i, x, y);
    if (lang === 'zh') {
      const sx = JSON.stringify(summarizeOld('file:///r.md', o.model)), sy = JSON.stringify(summarizeNew('file:///r.md', n.model));
      if (sx !== sy) report('summarize', i, sx, sy);
    }
  }
  // The prose the sentence rules read, and where each of its characters stands in the document
  // (a finding's range comes from it, but only the texts with findings would show it above).
  const mx = parseOld(text), my = parseNew(text);
  const px = proseShape(proseOld(mx), mx.lines), py = proseShape(proseNew(my), my.lines);
  if (px !== py) report('prose', i, px, py);
  const dx = JSON.stringify(detectOld(text)), dy = JSON.stringify(detectNew(text));
  if (dx !== dy) report('detectReport', i, dx, dy);
});
console.log(texts.length + ' texts, ' + differences + ' differences');
process.exit(differences === 0 ? 0 : 1);
`;
  }
  return `${imports}
const texts = longFile ? Array.from({ length: 100 }, () => readFileSync(longFile, 'utf8')) : corpusFiles(Number(filesArg));
const fns = a === 'parse' ? { old: parseOld, new: parseNew } : { old: analyzeOld, new: analyzeNew };
const rounds = Number(b);
const now = (): number => Number(process.hrtime.bigint()) / 1e3;
for (let w = 0; w < 3; w++) for (const t of texts) { fns.old(t); fns.new(t); }
const perFile = { old: [] as number[], new: [] as number[] };
const blocks = { old: [] as number[], new: [] as number[] };
for (let r = 0; r < rounds; r++) {
  for (const which of (r % 2 ? ['old', 'new'] : ['new', 'old']) as ('old' | 'new')[]) {
    const start = now();
    for (const t of texts) { const s = now(); fns[which](t); perFile[which].push(now() - s); }
    blocks[which].push((now() - start) / texts.length);
  }
}
const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[xs.length >> 1]!;
const line = (what: string, o: number, n: number): string => '  ' + what.padEnd(34) + o.toFixed(0).padStart(6) + ' → ' + n.toFixed(0).padStart(6) + '   ×' + (o / n).toFixed(2);
console.log((a === 'parse' ? 'parseReport' : 'analyze()') + ', ' + (longFile ? 'the 40 KB report ×100' : texts.length + ' corpus files') + ', ' + rounds + ' rounds (µs, old → new):');
console.log(line('median per file', median(perFile.old), median(perFile.new)));
console.log(line('median per file in a block (GC in)', median(blocks.old), median(blocks.new)));
`;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const mode = argv[0];
  const base = option(argv, '--base');
  if ((mode !== 'same' && mode !== 'speed') || !base) {
    console.error('usage: compare-service.ts same|speed --base REV [--drafts N] [--seed S] [--parse] [--rounds N] [--files N | --long]');
    return 2;
  }
  const files = Number(option(argv, '--files') ?? (mode === 'same' ? 1400 : 700));
  if (!existsSync(corpus)) {
    console.log(`bench/corpus is missing: generating ${files} realistic reports (npx tsx scripts/bench-cli.ts --keep makes all 10,000)`);
    generateCorpus(files, 'realistic');
  }
  const work = mkdtempSync(join(tmpdir(), 'nianbao-compare-'));
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', base, 'server/src/service'], { cwd: root, maxBuffer: 1 << 30 });
    const extract = archive.status === 0 ? spawnSync('tar', ['-x', '-C', work], { input: archive.stdout }) : null;
    if (archive.status !== 0 || extract?.status !== 0) {
      console.error(`cannot take server/src/service from ${base}: ${(archive.status !== 0 ? archive.stderr : extract!.stderr).toString().trim()}`);
      return 2;
    }
    const entry = join(work, 'compare.ts');
    writeFileSync(entry, program(mode, join(work, 'server/src/service')));
    const bundle = join(work, 'compare.js');
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      target: 'node20',
      outfile: bundle,
      logLevel: 'error',
      nodePaths: [join(root, 'node_modules')],
      mainFields: ['module', 'main'],
      // The test helpers find the repository (and the seeds beside it) from their own folder.
      define: { __dirname: JSON.stringify(join(root, 'test', 'helpers')) },
    });
    const extra = mode === 'same' ? [option(argv, '--drafts') ?? '3000', option(argv, '--seed') ?? '42'] : [argv.includes('--parse') ? 'parse' : 'analyze', option(argv, '--rounds') ?? '20'];
    if (mode === 'speed' && argv.includes('--long')) {
      const long = join(work, 'long.md');
      writeFileSync(long, longReport(readFileSync(join(root, 'examples', CANONICAL_FILE), 'utf8')));
      extra.push(long);
    }
    const run = spawnSync(process.execPath, [bundle, corpus, String(files), ...extra], { cwd: root, stdio: 'inherit' });
    return run.status ?? 2;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Typically a revision whose service lacks a module the comparison imports (before workspace/ existed).
    console.error(`compare-service: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);

