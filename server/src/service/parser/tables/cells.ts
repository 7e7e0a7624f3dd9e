/**
 * Cells: splitting table lines into cells with exact ranges, and reading their values.
 */
import type { Cell, CellKind, Span } from '../../model';
import { range } from '../../model';
import { isAsciiDigit, isDigitOfEitherWidth, isWideDigit } from '../../text/chars';
import { halfWidthDigits, normalizeLabel } from '../../text/normalize';
import { skipSpaces, trimEndIndex } from '../../text/spaces';

/**
 * A cell as read: made for each cell of a line (or of a one-cell-per-line stream) and read while
 * its row is read. Whatever a row keeps, it keeps as the model's Cell or Span (toCell, toSpan).
 */
export interface RawCell {
  /** Trimmed text as written. */
  raw: string;
  line: number;
  /** Trimmed range; equal for an empty cell (the place where its value belongs). */
  start: number;
  end: number;
  /** Column index within the line (row-based layouts), -1 in a cell stream. */
  col: number;
  kind: CellKind;
  value: number | null;
  /** normalizeLabel(raw), computed on first use by labelOf: a label is compared several times. */
  norm: string | null;
}

/** The model's cell for a raw one. */
export function toCell(cell: RawCell): Cell {
  return { raw: cell.raw, range: range(cell.line, cell.start, cell.line, cell.end), kind: cell.kind, value: cell.value };
}

/** The model's span of a raw cell's text. */
export function toSpan(cell: RawCell): Span {
  return { text: cell.raw, range: range(cell.line, cell.start, cell.line, cell.end) };
}

/** The cell's normalised text (see normalizeLabel), computed once per cell. */
export function labelOf(cell: RawCell): string {
  return (cell.norm ??= normalizeLabel(cell.raw));
}

const INTEGER = /^[0-9]+$/;
const GROUPED_INTEGER = /^[0-9]{1,3}(,[0-9]{3})+$/;
const THOUSANDS_COMMAS = /,/g;
const DECIMAL = /^[0-9]+\.[0-9]+$/;

function isAsciiDigits(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (!isAsciiDigit(raw.charCodeAt(i))) return false;
  return true;
}

/**
 * The value of plain ASCII digits (nearly every cell), read while checking them; -1 for anything
 * else. Up to 15 digits the sum is exact; longer runs go through Number like readValue.
 */
function asciiInteger(raw: string): number {
  if (raw.length > 15) return isAsciiDigits(raw) ? Number(raw) : -1;
  let value = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isAsciiDigit(c)) return -1;
    value = value * 10 + (c - 0x30);
  }
  return value;
}

/**
 * Only digits of either width, commas and points: anything else (the labels 1.属于国家秘密,
 * 2.重复申请 start with a digit too) is text, told without the full-width copy and the
 * regular expressions below.
 */
function isNumberLike(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isDigitOfEitherWidth(c) && c !== 0x2c /* , */ && c !== 0x2e /* . */ && c !== 0xff0e /* ． */) return false;
  }
  return true;
}

export function readValue(raw: string): { kind: CellKind; value: number | null } {
  if (raw.length === 0) return { kind: 'empty', value: null };
  if (raw === '/' || raw === '／') return { kind: 'slash', value: null };
  if (!isDigitOfEitherWidth(raw.charCodeAt(0))) return { kind: 'text', value: null };
  if (isAsciiDigits(raw)) return { kind: 'integer', value: Number(raw) };
  if (!isNumberLike(raw)) return { kind: 'text', value: null };
  const s = halfWidthDigits(raw).replace('．', '.');
  if (INTEGER.test(s)) return { kind: 'integer', value: Number(s) };
  if (GROUPED_INTEGER.test(s)) return { kind: 'integer', value: Number(s.replace(THOUSANDS_COMMAS, '')) };
  if (DECIMAL.test(s)) return { kind: 'decimal', value: Number(s) };
  return { kind: 'text', value: null };
}

export function isValueKind(kind: CellKind): boolean {
  return kind === 'integer' || kind === 'decimal' || kind === 'slash';
}

/**
 * Dashes of every width, written where a value belongs (—, －, --): not a stray mark. By code,
 * compared rather than looked up: every text cell (each label) is asked, and answers at its first character.
 */
function isDashCode(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0x2500 || c === 0x2501 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
}

/**
 * A cell that stands where a value belongs without being one: only dashes (a value written as
 * "none"), or digits written with look-alike characters (〇〇, 1O, l). Either is a text value,
 * never a label nor a stray mark: it keeps its column, so the values after it stay in theirs.
 */
export function isPlaceholder(raw: string): boolean {
  if (raw.length === 0) return false;
  if (isDashCode(raw.charCodeAt(0))) {
    for (let i = 1; i < raw.length; i++) if (!isDashCode(raw.charCodeAt(i))) return false;
    return true;
  }
  return lookalikeDigits(raw) !== null;
}

/** Characters written for a digit: 〇 ○ Ｏ O o for 0, l for 1 (a typist's or OCR's slip). */
function lookalikeDigit(c: number): string | null {
  if (c === 0x3007 /* 〇 */ || c === 0x25cb /* ○ */ || c === 0x4f /* O */ || c === 0x6f /* o */ || c === 0xff2f /* Ｏ */) return '0';
  if (c === 0x6c /* l */) return '1';
  return null;
}

/**
 * The digits a cell means when it is written with digit look-alikes (〇〇 → "00", 1O → "10"):
 * every character a digit of either width or a look-alike, at least one look-alike. Null for
 * anything else (a label, a number, a word such as "lo" is still read as digits: only these
 * characters and digits, nothing else). Answers at the first character for a label.
 */
export function lookalikeDigits(raw: string): string | null {
  if (raw.length === 0 || raw.length > 15) return null;
  let digits = '';
  let lookalikes = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isAsciiDigit(c)) digits += raw[i];
    else if (isWideDigit(c)) digits += String.fromCharCode(c - 0xff10 + 0x30);
    else {
      const digit = lookalikeDigit(c);
      if (digit === null) return null;
      digits += digit;
      lookalikes++;
    }
  }
  return lookalikes > 0 ? digits : null;
}

/** The cell of the segment [segStart, segEnd) of the line. */
export function makeCell(line: string, lineNo: number, segStart: number, segEnd: number, col: number): RawCell {
  const a = skipSpaces(line, segStart, segEnd);
  const b = trimEndIndex(line, a, segEnd);
  if (a === b) {
    // An empty cell: its value belongs just inside the cell, after one padding space when there is one.
    const at = segEnd > segStart ? segStart + 1 : segStart;
    return { raw: '', line: lineNo, start: at, end: at, col, kind: 'empty', value: null, norm: null };
  }
  const raw = line.slice(a, b);
  // The two common cases, a plain number and a label, told without readValue's intermediate object.
  let kind: CellKind;
  let value: number | null = null;
  const first = raw.charCodeAt(0);
  const asciiDigit = first >= 0x30 && first <= 0x39;
  const integer = asciiDigit ? asciiInteger(raw) : -1;
  if (integer >= 0) {
    kind = 'integer';
    value = integer;
  } else if (!asciiDigit && !(first >= 0xff10 && first <= 0xff19)) {
    // Only a cell opening with a digit of either width may hold a number (as readValue reads it):
    // the rest is a slash or text.
    kind = raw === '/' || raw === '／' ? 'slash' : 'text';
  } else if (!isNumberLike(raw)) {
    // Labels opening with a digit (1.属于国家秘密) are text to readValue too.
    kind = 'text';
  } else ({ kind, value } = readValue(raw));
  return { raw, line: lineNo, start: a, end: b, col, kind, value, norm: null };
}

/**
 * The first pipe at or after `from`, -1 when none. A short rest of the line (a one-cell line:
 * 0 |) is read by character code, cheaper there than a call to the engine's indexOf.
 */
export function nextBar(line: string, from: number): number {
  if (line.length - from > 8) return line.indexOf('|', from);
  for (let i = from; i < line.length; i++) if (line.charCodeAt(i) === 0x7c) return i;
  return -1;
}

/**
 * Splits a line at a separator. With '|', a leading pipe opens the first cell and a
 * trailing pipe closes the last one (Markdown); text after the last pipe is a cell.
 */
export function splitCells(line: string, lineNo: number, sep: '|' | '\t'): RawCell[] {
  const cells: RawCell[] = [];
  let segStart = 0;
  if (sep === '|') {
    const first = skipSpaces(line, 0, line.length);
    if (line.charCodeAt(first) === 0x7c) segStart = first + 1;
  }
  // The engine's indexOf finds the separators faster than a loop over every character.
  for (;;) {
    const at = sep === '|' ? nextBar(line, segStart) : line.indexOf(sep, segStart);
    const segEnd = at < 0 ? line.length : at;
    if (at < 0 && sep === '|' && skipSpaces(line, segStart, segEnd) === segEnd && cells.length > 0) break;
    cells.push(makeCell(line, lineNo, segStart, segEnd, cells.length));
    if (at < 0) break;
    segStart = at + 1;
  }
  return cells;
}

/**
 * A line that is only an HTML comment (an inline directive such as <!-- nianbao-enable … -->):
 * invisible in the rendered report, so never part of a table.
 */
export function isCommentLine(line: string): boolean {
  const start = skipSpaces(line, 0, line.length);
  const end = trimEndIndex(line, start, line.length);
  return end - start >= 7 && line.startsWith('<!--', start) && line.endsWith('-->', end);
}

/**
 * A blank line or a comment line: never one of a table's lines. One scan for the leading
 * space serves both tests, and only a line starting with < is checked for a comment.
 */
export function isBlankOrComment(line: string): boolean {
  return tableTextStart(line) < 0;
}

/** Where a table line's text starts (its first non-space character); -1 for a blank or comment line. */
export function tableTextStart(line: string): number {
  const first = skipSpaces(line, 0, line.length);
  return first === line.length || (line.charCodeAt(first) === 0x3c /* < */ && isCommentLine(line)) ? -1 : first;
}

export const HAS_BAR = 1;
export const HAS_TAB = 2;

/**
 * Which separators a line holds (HAS_BAR | HAS_TAB). Short lines (one cell per line: 0, 总计)
 * are scanned by character code, cheaper there than two calls to the engine's indexOf.
 * tabsIfBar false: a line with a pipe is not searched for tabs (a Markdown table's rows, once
 * its delimiter row is known: the engine finds their leading pipe at once, a tab only after
 * reading the whole line).
 */
export function separatorsOf(line: string, tabsIfBar = true): number {
  if (line.length > 24) {
    if (line.includes('|')) return tabsIfBar && line.includes('\t') ? HAS_BAR | HAS_TAB : HAS_BAR;
    return line.includes('\t') ? HAS_TAB : 0;
  }
  let found = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x7c) found |= HAS_BAR;
    else if (c === 0x09) found |= HAS_TAB;
  }
  return tabsIfBar || found !== (HAS_BAR | HAS_TAB) ? found : HAS_BAR;
}

/** Markdown delimiter row: | --- | :--: | */
export function isDelimiterRow(line: string): boolean {
  let dashes = 0;
  let pipes = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x2d /* - */) dashes++;
    else if (c === 0x7c /* | */) pipes++;
    else if (c !== 0x3a /* : */ && c !== 0x20 && c !== 0x09) return false;
  }
  return dashes > 0 && pipes > 0;
}
