/** Text edits: applying, minimising, and composing fix-all's rounds into edits on the original text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  composedEdits,
  composeRound,
  lineStarts,
  minimalReplace,
  positionAt,
  startComposition,
  type TextEdit,
} from '../../server/src/service/fixes/edits';
import { outsideEditsChange } from './helpers';

const r = (line: number, from: number, to: number, toLine = line) => ({ start: { line, character: from }, end: { line: toLine, character: to } });

describe('applyEdits', () => {
  it('applies non-overlapping edits back to front, whatever their order', () => {
    const text = 'ab\ncd\r\nef';
    const edits: TextEdit[] = [
      { range: r(2, 1, 2), newText: 'F' },
      { range: r(0, 0, 1), newText: 'A' },
      { range: r(1, 2, 2), newText: '!' },
    ];
    expect(applyEdits(text, edits)).toBe('Ab\ncd!\r\neF');
  });

  it('keeps the given order of inserts at one point', () => {
    expect(applyEdits('x', [{ range: r(0, 0, 0), newText: '1' }, { range: r(0, 0, 0), newText: '2' }])).toBe('12x');
  });

  it('skips an edit overlapping an earlier one rather than corrupting the text', () => {
    expect(applyEdits('abcdef', [{ range: r(0, 1, 4), newText: 'X' }, { range: r(0, 2, 5), newText: 'Y' }])).toBe('aXef');
  });

  it('clamps a character past the line end to the end, before the line break', () => {
    expect(applyEdits('ab\r\ncd', [{ range: r(0, 9, 9), newText: '!' }])).toBe('ab!\r\ncd');
  });
});

describe('minimalReplace', () => {
  it('replaces only the differing middle', () => {
    expect(minimalReplace(r(3, 10, 14), '2023', '2024')).toEqual({ range: r(3, 13, 14), newText: '4' });
    expect(minimalReplace(r(0, 0, 7), '2025214', '2025年2月14日')).toEqual({ range: r(0, 4, 7), newText: '年2月14日' });
    expect(minimalReplace(r(0, 0, 2), '21', '21')).toBeNull();
  });
});

/** A random text of a few short lines, with mixed line breaks and CJK. */
const textArb = fc
  .array(fc.tuple(fc.stringMatching(/^[a-c0-9一二| ]{0,6}$/), fc.constantFrom('\n', '\r\n')), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([l, eol]) => l + eol).join('') + 'end');

/** Non-overlapping random edits on `text` (by offsets, then as positions). */
function editsFor(text: string, cuts: number[], words: string[]): TextEdit[] {
  const starts = lineStarts(text);
  const offsets = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  for (let i = 0; i + 1 < offsets.length; i += 2) {
    let a = offsets[i]!;
    let b = offsets[i + 1]!;
    // Never split \r\n: positions cannot address the middle of a line break.
    if (text[a - 1] === '\r' && text[a] === '\n') a--;
    if (text[b - 1] === '\r' && text[b] === '\n') b--;
    if (edits.length && a < positionToOffset(starts, edits[edits.length - 1]!.range.end)) continue;
    edits.push({ range: { start: positionAt(starts, a), end: positionAt(starts, Math.max(a, b)) }, newText: words[i % words.length] ?? '' });
  }
  return edits;
}

function positionToOffset(starts: number[], p: { line: number; character: number }): number {
  return starts[p.line]! + p.character;
}

describe('composeRound / composedEdits', () => {
  it('rounds composed into edits on the original give the same text as applying them one after the other', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.tuple(fc.array(fc.nat(200), { maxLength: 6 }), fc.array(fc.stringMatching(/^[xyz\n年]{0,3}$/), { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 }),
        (text, rounds) => {
          const composition = startComposition(text);
          let sequential = text;
          for (const [cuts, words] of rounds) {
            const edits = editsFor(sequential, cuts, words);
            composeRound(composition, edits);
            sequential = applyEdits(sequential, edits);
          }
          expect(composition.current).toBe(sequential);
          const composed = composedEdits(composition);
          expect(applyEdits(text, composed)).toBe(sequential);
          expect(outsideEditsChange(text, composed, sequential)).toBe('');
        },
      ),
      { numRuns: 300, seed: 1 },
    );
  });

  it('merges an edit of an edited region into one edit on the original', () => {
    const composition = startComposition('total 9 end');
    composeRound(composition, [{ range: r(0, 6, 7), newText: '10' }]);
    composeRound(composition, [{ range: r(0, 6, 8), newText: '12' }]);
    expect(composition.current).toBe('total 12 end');
    expect(composedEdits(composition)).toEqual([{ range: r(0, 6, 7), newText: '12' }]);
  });
});
