/**
 * White space as real drafts write it: ASCII spaces and tabs, no-break spaces,
 * en/em spaces (PDF copies pad the 落款 with U+2002), ideographic spaces and BOMs.
 * Index-based helpers so callers can trim without allocating substrings; the tests of one
 * character are the kernel's (chars.ts).
 */
import { isAsciiDigit, isAsciiLetter, isCjkIdeograph, isSpaceCode, isWideDigit } from './chars';

/** First index in [from, to) that is not white space (to when none). */
export function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** One past the last index in [from, to) that is not white space (from when none). */
export function trimEndIndex(text: string, from: number, to: number): number {
  let j = to;
  while (j > from && isSpaceCode(text.charCodeAt(j - 1))) j--;
  return j;
}

/** \s (U+3000 included) and runs of it: what withoutWhiteSpace takes out. */
const WHITE_SPACE_RUNS = /\s+/g;

/** The text with all its white space (JavaScript's \s) taken out: an agency's name as compared (江北市 生态环境局 → 江北市生态环境局). */
export function withoutWhiteSpace(text: string): string {
  return text.replace(WHITE_SPACE_RUNS, '');
}

export function isBlankLine(line: string): boolean {
  return skipSpaces(line, 0, line.length) === line.length;
}

/** CJK ideographs, ASCII letters and digits: a cell without any of them is a stray mark (†, ",", "-"). */
export function hasWordCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjkIdeograph(c) || isAsciiDigit(c) || isAsciiLetter(c) || isWideDigit(c)) return true;
  }
  return false;
}
