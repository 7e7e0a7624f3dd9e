/**
 * The character kernel (text/chars.ts) against the plain definitions its fast paths stand for:
 * each test of a code against its regular-expression class or written list, for every UTF-16
 * code; each scan against the regular expression it replaces, on random text drawn from the
 * characters that matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chineseNumeralCodeValue,
  digitValue,
  isAsciiDigit,
  isAsciiLetter,
  isCjkIdeograph,
  isClauseEnd,
  isDigitOfEitherWidth,
  isNumeralSeparator,
  isParagraphEnd,
  isProseClauseBound,
  isProseDropped,
  isRegExpSpace,
  isSentenceEnd,
  isSpaceCode,
  isWideDigit,
} from '../../server/src/service/text/chars';
import { hasWordCharacter, skipSpaces, trimEndIndex } from '../../server/src/service/text/spaces';

/** Every UTF-16 code unit, each as a one-character string. */
const EVERY_CODE = Array.from({ length: 0x10000 }, (_, code) => code);

/** The codes (among all) for which a predicate holds: compared as lists, a difference names the code. */
function codesWhere(test: (code: number) => boolean): number[] {
  return EVERY_CODE.filter(test);
}

function codesMatching(pattern: RegExp): number[] {
  return codesWhere((code) => pattern.test(String.fromCharCode(code)));
}

describe('the tests of one code, for every UTF-16 code', () => {
  it('equal their regular-expression classes', () => {
    expect(codesWhere(isAsciiDigit)).toEqual(codesMatching(/^[0-9]$/));
    expect(codesWhere(isWideDigit)).toEqual(codesMatching(/^[０-９]$/));
    expect(codesWhere(isDigitOfEitherWidth)).toEqual(codesMatching(/^[0-9０-９]$/));
    expect(codesWhere(isCjkIdeograph)).toEqual(codesMatching(/^[\u4e00-\u9fff]$/));
    expect(codesWhere(isRegExpSpace)).toEqual(codesMatching(/^\s$/));
    expect(codesWhere(isNumeralSeparator)).toEqual(codesMatching(/^[、.．，,]$/));
    expect(codesWhere(isClauseEnd)).toEqual(codesMatching(/^[。；;！!？?]$/));
    expect(codesWhere(isSentenceEnd)).toEqual(codesMatching(/^[。！？!?\n]$/));
    expect(codesWhere(isProseClauseBound)).toEqual(codesMatching(/^[。！？!?\n；;，,：:]$/));
    expect(codesWhere(isAsciiLetter)).toEqual(codesMatching(/^[A-Za-z]$/));
    expect(codesWhere(isParagraphEnd)).toEqual(codesMatching(/^[。；;！？!?：:]$/));
    expect(codesWhere(isProseDropped)).toEqual(codesMatching(/^[\s*]$/));
  });

  it('isSpaceCode is the white space of drafts: \\s inside a line, less U+1680, U+2028/9, U+202F, U+205F, plus U+200B', () => {
    const written = [' ', '\t', '\v', '\f', '\u00a0', '\u3000', '\ufeff', ...Array.from({ length: 12 }, (_, k) => String.fromCharCode(0x2000 + k))];
    expect(codesWhere(isSpaceCode)).toEqual(written.map((ch) => ch.charCodeAt(0)).sort((a, b) => a - b));
    expect(isSpaceCode(NaN)).toBe(false);
    expect(isSpaceCode(0x10000)).toBe(false);
  });

  it('digitValue and chineseNumeralCodeValue are the places in the written digits', () => {
    const digit = (ch: string): number => Math.max('0123456789'.indexOf(ch), '０１２３４５６７８９'.indexOf(ch));
    const numeral = (ch: string): number | null => ('一二三四五六七八九十'.indexOf(ch) + 1 || null);
    for (const code of EVERY_CODE) {
      const ch = String.fromCharCode(code);
      if (digitValue(code) !== digit(ch)) expect([code, digitValue(code)]).toEqual([code, digit(ch)]);
      if (chineseNumeralCodeValue(code) !== numeral(ch)) expect([code, chineseNumeralCodeValue(code)]).toEqual([code, numeral(ch)]);
    }
    expect(digitValue(NaN)).toBe(-1);
  });
});

/** Text of the characters that matter: the spaces of every width, words of both widths, marks. */
const piece = fc.constantFrom(...' \t\u3000\u00a0\u2002\u200b\ufeff\u1680\u2028\f\v\n\r资金一。，a1Ｚ０_-†'.split(''), '公开', '2024');
const line = fc.array(piece, { maxLength: 20 }).map((a) => a.join(''));

/** The white space of drafts as a written class (isSpaceCode's list). */
const DRAFT_SPACE = /[ \t\v\f\u00a0\u3000\ufeff\u2000-\u200b]/;

describe('the scans over a line (text/spaces.ts), built on the kernel', () => {
  it('skipSpaces and trimEndIndex stop at the first and after the last character that is no space of a draft', () => {
    fc.assert(
      fc.property(line, fc.nat(), fc.nat(), (s, a, b) => {
        const from = Math.min(a, b) % (s.length + 1);
        const to = Math.max(from, Math.max(a, b) % (s.length + 1));
        let first = from;
        while (first < to && DRAFT_SPACE.test(s[first]!)) first++;
        let last = to;
        while (last > from && DRAFT_SPACE.test(s[last - 1]!)) last--;
        expect(skipSpaces(s, from, to)).toBe(first);
        expect(trimEndIndex(s, from, to)).toBe(last);
      }),
      { numRuns: 3000 },
    );
  });

  it('hasWordCharacter is a test for an ideograph, a Latin letter or a digit of either width', () => {
    fc.assert(
      fc.property(line, (s) => {
        expect(hasWordCharacter(s)).toBe(/[\u4e00-\u9fffA-Za-z0-9０-９]/.test(s));
      }),
      { numRuns: 3000 },
    );
  });
});
