/**
 * text-doubled: a word or a punctuation mark written twice by mistake (资金资金, 。。, ，，),
 * in the report's prose. Only words of two to four characters repeated at once count: the
 * reduplications of ordinary Chinese (一一, 层层, 常常, 一件一件) are single characters or open
 * with 一. The fix removes the second copy where the two stand together on one line.
 */
import type { ReportModel } from '../model';
import type { Diagnostic } from '../diagnostics';
import type { FixProposal } from '../fixes/types';
import { minimalReplace } from '../fixes/edits';
import { textAt } from '../fixes/support';
import { defineRule } from './support';
import { isCjkIdeograph } from '../text/chars';

/** The second copy removed, when the text still reads as the finding found it. */
function keepOneCopy(model: ReportModel, data: { found: string; keep: string }, diagnostic: Diagnostic): FixProposal[] {
  const { found, keep } = data;
  if (!found || !keep || textAt(model, diagnostic.range) !== found) return [];
  const edit = minimalReplace(diagnostic.range, found, keep);
  return edit ? [{ title: { zh: `改为“${keep}”`, en: `Change to “${keep}”` }, edits: [edit], safe: true }] : [];
}

/** The longest length of 4, 3 and 2 for which text[at, at + length) is ideographs written again at once; 0 when none is. */
function doubledLengthAt(text: string, at: number): number {
  for (let length = 4; length >= 2; length--) {
    if (at + 2 * length > text.length) continue;
    let k = 0;
    while (k < length && isCjkIdeograph(text.charCodeAt(at + k)) && text.charCodeAt(at + k) === text.charCodeAt(at + length + k)) k++;
    if (k === length) return length;
  }
  return 0;
}

/** Whether a word is an ordinary reduplication: it opens with 一 (一一, 一件一件) or is one character repeated (常常). */
function isReduplication(text: string, start: number, length: number): boolean {
  const first = text.charCodeAt(start);
  if (first === 0x4e00 /* 一 */) return true;
  for (let k = 1; k < length; k++) if (text.charCodeAt(start + k) !== first) return false;
  return true;
}

/**
 * Words of two to four ideographs written twice at once (资金资金), ordinary reduplications left
 * out, as /([\u4e00-\u9fff]{2,4})\1/g finds them: at each offset the longest such word, then on
 * after it. A doubled word of length L opens with a character written again L further on, so
 * the text is read once, through a window of five characters, and only where the first of them
 * comes back within it is a word compared (the regex compares three at every offset: about half
 * as fast on a long report).
 */
export function doubledWords(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const n = text.length;
  if (n < 4) return found;
  let c0 = text.charCodeAt(0);
  let c1 = text.charCodeAt(1);
  let c2 = text.charCodeAt(2);
  let c3 = text.charCodeAt(3);
  for (let at = 0; at + 4 <= n; at++) {
    const c4 = at + 4 < n ? text.charCodeAt(at + 4) : -1;
    if ((c0 === c2 || c0 === c3 || c0 === c4) && isCjkIdeograph(c0)) {
      const length = doubledLengthAt(text, at);
      if (length > 0 && !isReduplication(text, at, length)) {
        found.push({ start: at, end: at + 2 * length });
        // On after the doubled word: refill the window there.
        at += 2 * length;
        if (at + 4 > n) break;
        c0 = text.charCodeAt(at);
        c1 = text.charCodeAt(at + 1);
        c2 = text.charCodeAt(at + 2);
        c3 = text.charCodeAt(at + 3);
        at--;
        continue;
      }
    }
    c0 = c1;
    c1 = c2;
    c2 = c3;
    c3 = c4;
  }
  return found;
}

/**
 * Marks written twice or more (/([。，、；：,;])\1+/ read as its pairs, 。。|，，|…: the engine
 * finds a literal pair three times as fast as a character it must then compare with the next).
 */
const DOUBLED_MARK = new RegExp([...'。，、；：,;'].map((mark) => mark + mark).join('|'), 'g');

/** The runs of one mark written twice or more, as /([。，、；：,;])\1+/g finds them. */
export function doubledMarks(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  DOUBLED_MARK.lastIndex = 0;
  for (let m = DOUBLED_MARK.exec(text); m; m = DOUBLED_MARK.exec(text)) {
    const mark = text.charCodeAt(m.index);
    let end = m.index + 2;
    while (text.charCodeAt(end) === mark) end++;
    runs.push({ start: m.index, end });
    DOUBLED_MARK.lastIndex = end;
  }
  return runs;
}

export default defineRule({
  code: 'text-doubled',
  name: { zh: '重复字词', en: 'doubled text' },
  defaultSeverity: 'warning',
  description: { zh: '字词或标点误写了两遍（如“资金资金”“。。”）', en: 'A word or punctuation mark written twice by mistake' },
  messages: {
    doubled: { zh: '“{found}”重复了，应为“{keep}”', en: '“{found}” is written twice; it should read “{keep}”' },
  },
  data: { found: 'string', keep: 'string' },
  fix: keepOneCopy,
  check(ctx) {
    const prose = ctx.prose;
    const found: { start: number; end: number; keep: string }[] = [];
    for (const word of doubledWords(prose.text)) found.push({ ...word, keep: prose.text.slice(word.start, (word.start + word.end) / 2) });
    for (const run of doubledMarks(prose.text)) found.push({ ...run, keep: prose.text[run.start]! });
    found.sort((a, b) => a.start - b.start);
    for (const f of found) {
      const text = prose.text.slice(f.start, f.end);
      const together = prose.contiguous(f.start, f.end);
      ctx.report({
        range: prose.rangeOf(f.start, f.end),
        messageId: 'doubled',
        args: { found: text, keep: f.keep },
        data: { found: text, keep: f.keep },
        ...(together ? {} : { fixable: false as const }),
      });
    }
  },
});
