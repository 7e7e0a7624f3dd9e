/**
 * Random mutations of the seeds (lines deleted, duplicated, swapped, truncated, random
 * Unicode inserted): parseReport never throws and every range lies inside the document.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseUnguarded } from '../../server/src/service/parser';
import { readSeed } from '../helpers/seeds';
import { inside, modelRanges } from '../helpers/ranges';

const SEEDS = [0, 1, 2, 3, 4].map((n) => readSeed(n).split('\n'));

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'insert'; at: number; offset: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    offset: fc.nat(),
    text: fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('|', '\t', '\r', '\n', '年', '日', '2024', '（', '一、', '**', '#', '<!--', '\u2002')),
  }),
);

function apply(lines: string[], m: Mutation): void {
  if (lines.length === 0) return;
  const at = m.at % lines.length;
  switch (m.kind) {
    case 'delete':
      lines.splice(at, 1);
      break;
    case 'duplicate':
      lines.splice(at, 0, lines[at]!);
      break;
    case 'swap': {
      const other = m.with % lines.length;
      [lines[at], lines[other]] = [lines[other]!, lines[at]!];
      break;
    }
    case 'truncate':
      lines[at] = lines[at]!.slice(0, m.keep % (lines[at]!.length + 1));
      break;
    case 'insert': {
      const line = lines[at]!;
      const offset = m.offset % (line.length + 1);
      lines[at] = line.slice(0, offset) + m.text + line.slice(offset);
      break;
    }
  }
}


describe('parseReport on mutated seeds', () => {
  it('never throws and keeps every range inside the document', () => {
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (seed, mutations) => {
        const lines = SEEDS[seed]!.slice();
        for (const m of mutations) apply(lines, m);
        const text = lines.join('\n');
        // Unguarded: parseReport's fallback to an empty model would hide an internal error.
        const model = parseUnguarded(text);
        if (model.contentStartLine > model.contentEndLine || model.contentEndLine > model.lines.length) throw new Error('content bounds out of order');
        for (const part of model.parts) {
          if (part.bodyStartLine > part.bodyEndLine || part.bodyEndLine > model.lines.length) throw new Error(`part ${part.id} body out of bounds`);
        }
        for (const r of modelRanges(model)) if (!inside(model.lines, r)) throw new Error(`range outside the document: ${JSON.stringify(r)}`);
      }),
      { numRuns: 10_000 },
    );
  });
});
