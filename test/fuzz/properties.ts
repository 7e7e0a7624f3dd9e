/**
 * The fuzz properties of issue 10, shared by `npm run fuzz` (100,000 cases) and
 * test/fuzz/fuzz.test.ts (10,000 in CI): drafts made from the seeds and the examples by
 * the damage real text suffers (lines lost, doubled, swapped, cut; random Unicode,
 * table syntax, numbers and labels typed anywhere; layouts mixed; every line ending),
 * plus raw random text. For each draft:
 * - parsing, every rule and every fix provider run without an exception;
 * - every range in the model, in a diagnostic and in a fix lies inside the document;
 * - every fix is applicable: its edits do not overlap, change the text, and the result
 *   is analysed without an exception.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { runRules } from '../../server/src/service/analyze';
import type { Diagnostic } from '../../server/src/service/diagnostics';
import { applyEdits, fixesFor } from '../../server/src/service/fixes/index';
import { rangesOverlap } from '../../server/src/service/fixes/edits';
import type { ReportModel } from '../../server/src/service/model';
import { parseUnguarded } from '../../server/src/service/parser';
import { RULES } from '../../server/src/service/rules';
import { TABLE3_ROWS } from '../../server/src/service/schema/format';
import { readSeed, repoRoot } from '../helpers/seeds';
import { inside, modelRanges } from '../helpers/ranges';

/**
 * The drafts every case starts from: the five seeds, the example reports, and the project's
 * report in the space-separated layout of text copied out of a PDF.
 */
function bases(): string[][] {
  const examples = join(repoRoot, 'examples');
  const texts = [0, 1, 2, 3, 4].map((n) => readSeed(n));
  for (const file of readdirSync(examples).sort()) if (file.endsWith('.md')) texts.push(readFileSync(join(examples, file), 'utf8'));
  texts.push(readFileSync(join(repoRoot, 'test', 'fixtures', 'layouts', 'spaced-pdf-text.txt'), 'utf8'));
  return texts.map((t) => t.split(/\r\n|\n|\r/));
}

const BASES = bases();

/** What clerks and copy-paste type into a report: table syntax, dates, labels, markers, odd Unicode. */
const FRAGMENTS = [
  '|',
  '| ',
  ' | 0 |',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '年',
  '月',
  '日',
  '2024',
  '2023年',
  '12月31日',
  '2025年1月',
  '（',
  '）',
  '一、',
  '二、',
  '六、',
  '（一）',
  '**',
  '#',
  '## ',
  '---',
  '|---|---|',
  '<!--',
  '-->',
  '<!-- nianbao-disable -->',
  '<!-- nianbao-disable-next-line total-row -->',
  '\u2002',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\ud800',
  '\udc00',
  '😀',
  '０１２',
  '—',
  '/',
  '-',
  '合计',
  '总计',
  '总记',
  '其他',
  '本年新收政府信息公开申请数量',
  '上年结转政府信息公开申请数量',
  '（一）予以公开',
  ...TABLE3_ROWS.slice(0, 6).map((r) => r.label),
];

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'insert'; at: number; offset: number; text: string }
  | { kind: 'number'; at: number; nth: number; value: number }
  | { kind: 'retable'; at: number; to: '\t' | ' | ' | '\n' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      offset: fc.nat(),
      text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('number' as const), at: fc.nat(), nth: fc.nat(), value: fc.oneof(fc.nat(60), fc.nat(100_000), fc.constant(-1)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retable' as const), at: fc.nat(), to: fc.constantFrom('\t' as const, ' | ' as const, '\n' as const) }) },
);

/** A number in the line changed (the usual slip: sums stop adding up, fixes get offered). */
function replaceNumber(line: string, nth: number, value: number): string {
  const numbers = [...line.matchAll(/\d+/g)];
  if (numbers.length === 0) return line;
  const m = numbers[nth % numbers.length]!;
  return line.slice(0, m.index) + String(value) + line.slice(m.index + m[0].length);
}

function apply(lines: string[], m: Mutation): void {
  if (lines.length === 0) return;
  const at = m.at % lines.length;
  const line = lines[at]!;
  switch (m.kind) {
    case 'delete':
      lines.splice(at, 1);
      break;
    case 'duplicate':
      lines.splice(at, 0, line);
      break;
    case 'swap': {
      const other = m.with % lines.length;
      lines[at] = lines[other]!;
      lines[other] = line;
      break;
    }
    case 'truncate':
      lines[at] = line.slice(0, m.keep % (line.length + 1));
      break;
    case 'insert': {
      const offset = m.offset % (line.length + 1);
      lines[at] = line.slice(0, offset) + m.text + line.slice(offset);
      break;
    }
    case 'number':
      lines[at] = replaceNumber(line, m.nth, m.value);
      break;
    case 'retable':
      // One row rewritten in another layout: tabs, pipes, or one cell per line.
      lines[at] = line.replace(/\s*\|\s*|\t+/g, m.to);
      break;
  }
}

export interface Draft {
  text: string;
  /** How it was made, for the report of a failing case. */
  origin: string;
  /** Which fix's result is analysed again (all of them would multiply the run time). */
  pick: number;
}

const EOLS = ['\n', '\r\n', '\r'] as const;

const mutatedDraft: fc.Arbitrary<Draft> = fc
  .record({
    base: fc.nat({ max: BASES.length - 1 }),
    mutations: fc.array(mutation, { minLength: 0, maxLength: 10 }),
    eol: fc.nat({ max: 9 }),
    pick: fc.nat(),
  })
  .map(({ base, mutations, eol, pick }) => {
    const lines = BASES[base]!.slice();
    for (const m of mutations) apply(lines, m);
    // Mostly \n, sometimes Windows or old Mac line endings.
    const ending = EOLS[eol < 7 ? 0 : eol < 9 ? 1 : 2];
    return { text: lines.join(ending), origin: `base ${base}, eol ${JSON.stringify(ending)}, ${JSON.stringify(mutations)}`, pick };
  });

const randomDraft: fc.Arbitrary<Draft> = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 60 }), fc.nat())
  .map(([parts, pick]) => ({ text: parts.join(''), origin: 'random', pick }));

export const draft: fc.Arbitrary<Draft> = fc.oneof({ weight: 9, arbitrary: mutatedDraft }, { weight: 1, arbitrary: randomDraft });

/** Throws with a readable message when a property fails (fast-check then shrinks the case). */
function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

function analyseStrictly(text: string): { model: ReportModel; diagnostics: Diagnostic[] } {
  // Unguarded: analyze()'s safety nets (empty model, caught rules) would hide an internal error.
  const model = parseUnguarded(text);
  const { diagnostics, ruleErrors } = runRules(RULES, model);
  if (ruleErrors.length > 0) fail('a rule threw', ruleErrors);
  return { model, diagnostics };
}

/** The property itself: one draft, every check. */
export function checkDraft({ text, pick }: Draft): void {
  const { model, diagnostics } = analyseStrictly(text);
  const lines = model.lines;
  if (model.contentStartLine > model.contentEndLine || model.contentEndLine > lines.length) fail('content bounds out of order', [model.contentStartLine, model.contentEndLine]);
  for (const part of model.parts) if (part.bodyStartLine > part.bodyEndLine || part.bodyEndLine > lines.length) fail(`part ${part.id} body out of bounds`, [part.bodyStartLine, part.bodyEndLine]);
  for (const r of modelRanges(model)) if (!inside(lines, r)) fail('model range outside the document', r);

  const fixedTexts: string[] = [];
  for (const d of diagnostics) {
    if (!inside(lines, d.range)) fail(`${d.code} range outside the document`, d.range);
    for (const r of d.relatedInformation ?? []) if (r.uri === undefined && !inside(lines, r.range)) fail(`${d.code} related range outside the document`, r.range);
    for (const fix of fixesFor(model, d, 'zh', (error) => fail(`${d.code} fix provider threw`, String(error)))) {
      for (const e of fix.edits) if (!inside(lines, e.range)) fail(`${d.code} fix edit outside the document`, e.range);
      for (let i = 0; i < fix.edits.length; i++) {
        for (let j = i + 1; j < fix.edits.length; j++) if (rangesOverlap(fix.edits[i]!.range, fix.edits[j]!.range)) fail(`${d.code} fix edits overlap`, fix.edits);
      }
      const fixed = applyEdits(text, fix.edits);
      if (fixed === text) fail(`${d.code} fix changes nothing`, fix);
      fixedTexts.push(fixed);
    }
  }
  if (fixedTexts.length > 0) analyseStrictly(fixedTexts[pick % fixedTexts.length]!);
}

export const fuzzProperty = fc.property(draft, checkDraft);
