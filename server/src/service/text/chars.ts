/**
 * The character-level fast paths of the language service, in one place: tests of a UTF-16 code
 * (what a regular-expression class such as [0-9０-９] or \s says of one character) and the few
 * scans built only from them. Every other module asks these instead of comparing codes of its
 * own, and test/parser/chars.test.ts checks each against its plain definition (a regular
 * expression or a lookup in a written list) over random text.
 *
 * Why by code: the parser and the prose rules ask these of every character of every line on
 * every keystroke; a code comparison makes no string (text[i] of a CJK character is a new
 * string each time) and no match object.
 */

/** [0-9] */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** [A-Za-z] */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** [０-９]: a full-width digit. */
export function isWideDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19;
}

/** [0-9０-９]: a digit of either width. */
export function isDigitOfEitherWidth(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** The value of a digit of either width (0–9, ０–９), else -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** [\u4e00-\u9fff]: a CJK unified ideograph of the basic block (every character of a report's words). */
export function isCjkIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * 1 for each white-space code unit of real drafts, by code (built once): ASCII spaces and tabs,
 * form feeds and vertical tabs (pdftotext starts each page with a form feed), no-break spaces,
 * U+2000–U+200B (PDF copies pad the 落款 with U+2002), ideographic spaces and BOMs. Line breaks
 * are not in it (a line never holds one).
 */
const SPACE_CODES = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const code of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x3000, 0xfeff]) table[code] = 1;
  for (let code = 0x2000; code <= 0x200b; code++) table[code] = 1;
  return table;
})();

/** White space as real drafts write it inside a line (see SPACE_CODES): one load, where a chain of comparisons took six. */
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

/** 一 → 1 … 十 → 10 by code ([一二三四五六七八九十]); anything else → null. */
export function chineseNumeralCodeValue(code: number): number | null {
  switch (code) {
    case 0x4e00: // 一
      return 1;
    case 0x4e8c: // 二
      return 2;
    case 0x4e09: // 三
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    case 0x5341: // 十
      return 10;
    default:
      return null;
  }
}

/** [、.．，,]: what follows a part's or a topic's numeral (一、 一. 一，). */
export function isNumeralSeparator(code: number): boolean {
  return code === 0x3001 || code === 0x2e || code === 0xff0e || code === 0xff0c || code === 0x2c;
}

/** [。；;！!？?]: the end of a sentence or of a clause a year is read in. */
export function isClauseEnd(code: number): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff01: // ！
    case 0x21: // !
    case 0xff1f: // ？
    case 0x3f: // ?
      return true;
    default:
      return false;
  }
}

/** [。！？!?\n]: what closes a sentence of the prose (a paragraph's end included; ；; close a clause only). */
export function isSentenceEnd(code: number): boolean {
  return code === 0x3002 /* 。 */ || code === 0xff01 /* ！ */ || code === 0xff1f /* ？ */ || code === 0x21 || code === 0x3f || code === 0x0a;
}

/** [。！？!?\n；;，,：:]: the bounds of the clause around a word of the prose. */
export function isProseClauseBound(code: number): boolean {
  return isSentenceEnd(code) || code === 0xff1b || code === 0x3b || code === 0xff0c || code === 0x2c || code === 0xff1a || code === 0x3a;
}

/** [。；;！？!?：:]: what ends a paragraph at a line's end (the next line does not continue the sentence). */
export function isParagraphEnd(code: number): boolean {
  return isSentenceEnd(code) ? code !== 0x0a : code === 0xff1b || code === 0x3b || code === 0xff1a || code === 0x3a;
}

/** [\s*]: what the prose leaves out of a line — white space and Markdown's emphasis. */
export function isProseDropped(code: number): boolean {
  return code === 0x2a || isRegExpSpace(code);
}
