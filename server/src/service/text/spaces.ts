/**
 * White space as real drafts write it: ASCII spaces and tabs, no-break spaces,
 * en/em spaces (PDF copies pad the 落款 with U+2002), ideographic spaces and BOMs.
 * Index-based helpers so callers can trim without allocating substrings.
 */

/**
 * 1 for each white-space code unit, by code (built once). Hot path: every trim of every cell and
 * line asks this of the characters at its edges; most are not spaces (digits, pipes, ideographs),
 * and one load tells them, where a chain of comparisons took six.
 */
const SPACE_CODES = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  // Form feeds and vertical tabs: pdftotext starts each page with a form feed on the page's first line.
  for (const code of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x3000, 0xfeff]) table[code] = 1;
  for (let code = 0x2000; code <= 0x200b; code++) table[code] = 1;
  return table;
})();

export function isSpaceCode(code: number): boolean {
  // Any other number (NaN past a string's end, a code point beyond 0xffff) reads undefined: no space.
  return SPACE_CODES[code] === 1;
}

/**
 * Exactly the characters of the regular-expression class \s (and of String.prototype.trim):
 * for code that replaces a pattern with \s by a loop over character codes and must read the
 * same text the same way. Wider than isSpaceCode (line breaks, U+1680, U+2028/9, U+202F, U+205F).
 */
export function isRegExpSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

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

export function isBlankLine(line: string): boolean {
  return skipSpaces(line, 0, line.length) === line.length;
}

/** CJK ideographs, ASCII letters and digits: a cell without any of them is a stray mark (†, ",", "-"). */
export function hasWordCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}
