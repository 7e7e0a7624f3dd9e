/**
 * Display width of text in a monospaced editor: CJK and full-width characters take
 * two columns, zero-width marks none. Markdown tables are aligned by this width so
 * that 商业企业 and 0 line up in VS Code (markdownlint users' most common complaint).
 *
 * East Asian Width "Ambiguous" characters (“ ” ‘ ’ … — · ① Ⅱ × °) count as two columns:
 * the users write Chinese, and Chinese fonts draw them full-width, so `“三安全一稳定”`
 * counted narrow would leave its row two columns short.
 */
import { eastAsianWidth } from 'get-east-asian-width';

const WIDE_AMBIGUOUS = { ambiguousAsWide: true } as const;

function isZeroWidth(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code < 0xa0) ||
    (code >= 0x300 && code <= 0x36f) || // combining diacritics
    (code >= 0x200b && code <= 0x200f) || // zero-width space, joiners, marks
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f) // variation selectors
  );
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x7f && code >= 0x20) width += 1;
    else if (!isZeroWidth(code)) width += eastAsianWidth(code, WIDE_AMBIGUOUS);
  }
  return width;
}
