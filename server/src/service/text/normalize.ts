/**
 * Text normalisation shared by the schema, the parser and the rules.
 *
 * Real drafts mix full- and half-width brackets and digits, Chinese and ASCII
 * quotes, and spaces inside words (商业 企业, 2024 年). Every comparison of a label
 * or title goes through `normalizeLabel`, so the schema stores official wording
 * once and matching tolerates the variants FORMAT.md lists.
 */
import { isWideDigit } from './chars';

const QUOTES = new Set(['“', '”', '"', '「', '」', '『', '』', '‘', '’', "'", '〝', '〞']);
/** Characters that never carry meaning in a label: spaces of every width, zero-width marks, markup. */
const DROPPED = new Set([' ', '\t', '\f', '\v', '\u00a0', '\u2002', '\u2003', '\u2009', '\u200b', '\u200c', '\u200d', '\ufeff', '*', '#', '`']);
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
 * Per UTF-16 code unit: 0 keeps it, DROP removes it, anything else replaces it.
 * Built once from the sets above (dropped and quote characters win over punctuation).
 */
const DROP = 0xffff;
const CODE_MAP = ((): Uint16Array => {
  const map = new Uint16Array(0x10000);
  for (let code = 0xff01; code <= 0xff5e; code++) map[code] = code - 0xfee0;
  map[0x3000] = DROP;
  for (const [from, to] of Object.entries(PUNCT)) if (from !== to) map[from.charCodeAt(0)] = to.charCodeAt(0);
  for (const ch of DROPPED) map[ch.charCodeAt(0)] = DROP;
  for (const ch of QUOTES) map[ch.charCodeAt(0)] = DROP;
  return map;
})();

/**
 * Canonical form of a label for comparison: half-width ASCII, round brackets,
 * no quotes, no white space, no Markdown emphasis. Pure and allocation-light:
 * text that is already canonical is returned as is.
 */
export function normalizeLabel(text: string): string {
  let i = 0;
  while (i < text.length && CODE_MAP[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  let runStart = i;
  for (; i < text.length; i++) {
    const mapped = CODE_MAP[text.charCodeAt(i)]!;
    if (mapped === 0) continue;
    if (runStart < i) out += text.slice(runStart, i);
    if (mapped !== DROP) out += String.fromCharCode(mapped);
    runStart = i + 1;
  }
  if (runStart < text.length) out += text.slice(runStart);
  return out;
}

/** Whether normalizeLabel keeps this character code as it is (neither drops nor replaces it). */
export function keepsCode(code: number): boolean {
  return CODE_MAP[code] === 0;
}

/**
 * The first character code of normalizeLabel(text.slice(start, end)), or -1 when that is empty,
 * without making either string: a cheap test before a lookup that needs the whole label.
 */
export function firstLabelCode(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const mapped = CODE_MAP[code]!;
    if (mapped === 0) return code;
    if (mapped !== DROP) return mapped;
  }
  return -1;
}

/** Converts full-width digits to ASCII digits, leaving everything else as is (same length). */
export function halfWidthDigits(text: string): string {
  // Text without a full-width digit (nearly all) is returned as is; else the runs between the
  // digits are copied as slices, not one character at a time.
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isWideDigit(code)) continue;
    if (runStart < i) out += text.slice(runStart, i);
    out += String.fromCharCode(code - 0xfee0);
    runStart = i + 1;
  }
  if (runStart === 0) return text;
  if (runStart < text.length) out += text.slice(runStart);
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
