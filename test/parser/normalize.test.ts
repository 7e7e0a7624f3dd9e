/**
 * normalizeLabel's table-driven implementation against the plain character-by-character
 * definition, on random text drawn from the characters that matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../server/src/service/text/normalize';

const QUOTES = '“”"「」『』‘’\'〝〞';
const DROPPED = ' \t\f\v\u00a0\u2002\u2003\u2009\u200b\u200c\u200d\ufeff*#`';
const PUNCT: Record<string, string> = { '，': ',', '：': ':', '；': ';', '。': '.', '．': '.', '（': '(', '）': ')', '〔': '(', '〕': ')', '【': '(', '】': ')', '—': '-', '－': '-', '～': '~' };

function reference(text: string): string {
  let out = '';
  for (const ch of text.split('')) {
    if (DROPPED.includes(ch) || QUOTES.includes(ch)) continue;
    if (PUNCT[ch] !== undefined) {
      out += PUNCT[ch];
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code === 0x3000) continue;
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
  }
  return out;
}

describe('normalizeLabel', () => {
  it('matches the character-by-character definition', () => {
    const chars = fc.constantFrom(...(QUOTES + DROPPED + Object.keys(PUNCT).join('') + '、１２ＡＢ＊＂\u3000一二（）()商业企业 2024年').split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), (s) => {
      expect(normalizeLabel(s)).toBe(reference(s));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => {
      expect(normalizeLabel(s)).toBe(reference(s));
    }), { numRuns: 2000 });
  });
  it('returns canonical text unchanged', () => {
    expect(normalizeLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('(二)部分公开(区分处理的,只计这一情形,不计其他情形)');
    expect(normalizeLabel('商业 企业')).toBe('商业企业');
    expect(normalizeLabel('3.危及“三安全一稳定”')).toBe('3.危及三安全一稳定');
  });
});
