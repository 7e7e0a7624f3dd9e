/**
 * Text normalisation shared by the schema, the parser and the rules.
 *
 * Real drafts mix full- and half-width brackets and digits, Chinese and ASCII
 * quotes, and spaces inside words (商业 企业, 2024 年). Every comparison of a label
 * or title goes through `normalizeLabel`, so the schema stores official wording
 * once and matching tolerates the variants FORMAT.md lists.
 */

/** Full-width ASCII range U+FF01..U+FF5E maps to U+0021..U+007E. */
function toHalfWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20; // ideographic space
  return code;
}

const QUOTES = new Set(['“', '”', '"', '「', '」', '『', '』', '‘', '’', "'", '〝', '〞']);
/** Characters that never carry meaning in a label: spaces of every width, zero-width marks, markup. */
const DROPPED = new Set([' ', '\t', '\u00a0', '\u2002', '\u2003', '\u2009', '\u200b', '\u200c', '\u200d', '\ufeff', '*', '#', '`']);
const PUNCT: Record<string, string> = {
  '、': '、',
  '，': ',',
  '：': ':',
  '；': ';',
  '。': '.',
  '．': '.',
  '（': '(',
  '）': ')',
  '〔': '(',
  '〕': ')',
  '【': '(',
  '】': ')',
  '—': '-',
  '－': '-',
  '～': '~',
};

/**
 * Canonical form of a label for comparison: half-width ASCII, round brackets,
 * no quotes, no white space, no Markdown emphasis. Pure and allocation-light.
 */
export function normalizeLabel(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (DROPPED.has(ch) || QUOTES.has(ch)) continue;
    const mapped = PUNCT[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = ch.charCodeAt(0);
    const half = toHalfWidth(code);
    if (half === 0x20) continue;
    out += half === code ? ch : String.fromCharCode(half);
  }
  return out;
}

/** Converts full-width digits to ASCII digits, leaving everything else as is (same length). */
export function halfWidthDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : text[i];
  }
  return out;
}

const CHINESE_NUMERALS = '〇一二三四五六七八九十';

/** 一 → 1 … 十 → 10; anything else → null. */
export function chineseNumeralValue(ch: string): number | null {
  const i = CHINESE_NUMERALS.indexOf(ch);
  return i <= 0 ? null : i;
}

export function chineseNumeral(n: number): string {
  return CHINESE_NUMERALS[n] ?? String(n);
}
