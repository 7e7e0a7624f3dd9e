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

/** The second copy removed, when the text still reads as the finding found it. */
function keepOneCopy(model: ReportModel, data: { found: string; keep: string }, diagnostic: Diagnostic): FixProposal[] {
  const { found, keep } = data;
  if (!found || !keep || textAt(model, diagnostic.range) !== found) return [];
  const edit = minimalReplace(diagnostic.range, found, keep);
  return edit ? [{ title: { zh: `改为“${keep}”`, en: `Change to “${keep}”` }, edits: [edit], safe: true }] : [];
}

const DOUBLED_WORD = /([\u4e00-\u9fff]{2,4})\1/g;
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
    let m: RegExpExecArray | null;
    DOUBLED_WORD.lastIndex = 0;
    while ((m = DOUBLED_WORD.exec(prose.text))) {
      const unit = m[1]!;
      if (unit.startsWith('一') || new Set(unit).size === 1) {
        DOUBLED_WORD.lastIndex = m.index + 1;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length, keep: unit });
    }
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
