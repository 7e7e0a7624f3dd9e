/**
 * text-doubled: a word or a punctuation mark written twice by mistake (资金资金, 。。, ，，),
 * in the report's prose. Only words of two to four characters repeated at once count: the
 * reduplications of ordinary Chinese (一一, 层层, 常常, 一件一件) are single characters or open
 * with 一. The fix removes the second copy where the two stand together on one line.
 */
import { defineLegacyRule } from './support';
import { proseOf } from './prose';

const messages = {
  doubled: (found: string, keep: string) => ({
    zh: `“${found}”重复了，应为“${keep}”`,
    en: `“${found}” is written twice; it should read “${keep}”`,
  }),
};

const DOUBLED_WORD = /([\u4e00-\u9fff]{2,4})\1/g;
const DOUBLED_MARK = /([。，、；：,;])\1+/g;

export default defineLegacyRule({
  code: 'text-doubled',
  name: { zh: '重复字词', en: 'doubled text' },
  defaultSeverity: 'warning',
  description: { zh: '字词或标点误写了两遍（如“资金资金”“。。”）', en: 'A word or punctuation mark written twice by mistake' },
  fixable: true,
  check(ctx) {
    const prose = proseOf(ctx.model);
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
    DOUBLED_MARK.lastIndex = 0;
    while ((m = DOUBLED_MARK.exec(prose.text))) found.push({ start: m.index, end: m.index + m[0].length, keep: m[1]! });
    found.sort((a, b) => a.start - b.start);
    for (const f of found) {
      const text = prose.text.slice(f.start, f.end);
      const together = prose.contiguous(f.start, f.end);
      ctx.report({
        range: prose.rangeOf(f.start, f.end),
        message: messages.doubled(text, f.keep),
        data: { found: text, keep: f.keep },
        ...(together ? {} : { fixable: false as const }),
      });
    }
  },
});
