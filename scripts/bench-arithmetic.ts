/**
 * Benchmark rows for the arithmetic localisation (server/src/service/arithmetic/): what it costs
 * on a consistent report (the common case: every keystroke, every sum holds) and on the canonical
 * example with several typos (the localisation searches for the cells behind the broken sums).
 */
import { analyze } from '../server/src/service/analyze';
import { localise } from '../server/src/service/arithmetic/locate';
import { applyEdits } from '../server/src/service/fixes/edits';
import type { ParsedTable } from '../server/src/service/model';
import { parseReport } from '../server/src/service/parser';
import { tableMismatches } from '../server/src/service/sums';
import type { BenchRow } from './bench';

type Measure = (fn: () => unknown, runs: number, warmup?: number) => { medianUs: number; p95Us: number };

function tableOf(text: string, id: 'three' | 'four'): ParsedTable {
  const table = parseReport(text).parts.find((p) => p.table?.id === id)?.table;
  if (!table) throw new Error(`bench: the canonical example has no table ${id}`);
  return table;
}

/** Replaces one cell's text, by row key and column, through the parser's own cell ranges. */
function withCell(text: string, id: 'three' | 'four', rowKey: string, column: number, value: (old: number) => number): string {
  const cell = tableOf(text, id).rows.find((r) => r.def?.key === rowKey)?.cells[column];
  if (!cell || cell.value === null) throw new Error(`bench: no number at ${rowKey}[${column}]`);
  return applyEdits(text, [{ range: cell.range, newText: String(value(cell.value)) }]);
}

/**
 * The canonical example with four slips: two applicant cells of different rows and columns (one
 * group of four broken sums, mended by a pair), a 总计 of 四、结转 (a group of its own), and a
 * total of table 四 (five equally small repairs).
 */
export function typoReport(canonical: string): string {
  let text = withCell(canonical, 'three', 'granted', 0, (v) => v + 2);
  text = withCell(text, 'three', 'partial', 1, (v) => v + 1);
  text = withCell(text, 'three', 'carryForward', 6, (v) => v + 3);
  return withCell(text, 'four', 'reviews', 4, (v) => v + 1);
}

const TARGET_US = 1000;

export function arithmeticSection(canonical: string, measure: Measure): BenchRow[] {
  const typos = typoReport(canonical);
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  const consistent = tableOf(canonical, 'three');
  const broken = tableOf(typos, 'three');
  const groups = localise({ ...broken }).groups.map((g) => `${g.kind}:${g.broken.length}`).join(' ');
  for (let i = 0; i < 2000; i++) {
    analyze(canonical);
    analyze(typos);
  }
  const rows: BenchRow[] = [];
  // On a consistent table the localisation is this one pass over the sums, then nothing.
  rows.push({ name: 'sums of a consistent table 三 (all a clean report pays)', bytes: 0, runs: 5000, ...measure(() => tableMismatches(consistent), 5000) });
  // A copy of the table object: localise() keeps its answer per table, and each run must compute.
  rows.push({ name: 'localise() a consistent table 三 (fresh)', bytes: 0, runs: 5000, ...measure(() => localise({ ...consistent }), 5000) });
  rows.push({ name: `localise() table 三 with three slips (fresh; ${groups})`, bytes: 0, runs: 2000, ...measure(() => localise({ ...broken }), 2000) });
  const clean = measure(() => analyze(canonical), 1000);
  rows.push({ name: 'analyze canonical, consistent', bytes: bytes(canonical), runs: 1000, ...clean });
  const slips = measure(() => analyze(typos), 1000);
  rows.push({ name: 'analyze canonical with four slips', bytes: bytes(typos), runs: 1000, ...slips, note: slips.medianUs < TARGET_US ? 'median < 1 ms' : 'MEDIAN OVER 1 ms' });
  return rows;
}
