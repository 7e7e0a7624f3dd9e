import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText, declaredCharset } from '../../server/src/convert/decode';
import { repoRoot } from '../helpers/seeds';
import { inputKindOf, inputToText } from '../../server/src/convert/index';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const TEXT = '一、总体情况\n本年度共收到申请9件。\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8-bom' });
  });

  it('reads pure ASCII, characters outside the BMP and a second BOM kept as text', () => {
    expect(decodeText(utf8('1. Total\n'))).toEqual({ ok: true, text: '1. Total\n', encoding: 'utf-8' });
    expect(decodeText(utf8('𠀀年报😀\n'))).toEqual({ ok: true, text: '𠀀年报😀\n', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: '\ufeffA', encoding: 'utf-8-bom' });
  });

  it('does not take overlong forms or encoded surrogates for UTF-8', () => {
    // C0 AF is an overlong "/" and ED A0 80 an encoded surrogate: invalid UTF-8. The first
    // reads as GB18030 Chinese (蜡); the second decodes to € among the Chinese, so it is binary.
    expect(decodeText(new Uint8Array([0x41, 0xc0, 0xaf, 0x42]))).toEqual({ ok: true, text: 'A蜡B', encoding: 'gb18030' });
    expect(decodeText(new Uint8Array([0x41, 0xed, 0xa0, 0x80, 0x42]))).toEqual({ ok: false, reason: 'binary' });
  });

  it('reads UTF-16 (Notepad’s “Unicode”) by its byte-order mark', () => {
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const ch of TEXT) {
      const c = ch.charCodeAt(0);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    expect(decodeText(new Uint8Array(le))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array(be))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' });
  });

  it('reads GBK/GB18030 text that is not UTF-8', () => {
    // 一、总体情况 in GBK
    const gbk = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6, 0x0a]);
    expect(decodeText(gbk)).toEqual({ ok: true, text: '一、总体情况\n', encoding: 'gb18030' });
  });

  it('calls empty and white-space-only files empty', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(decodeText(utf8(' \n\t\r\n'))).toEqual({ ok: false, reason: 'empty' });
  });

  it('calls NUL bytes, control characters and undecodable bytes binary', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeText(utf8('abc\u0001def'))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeText(new Uint8Array([0x80, 0x81, 0xfe, 0x30, 0xff, 0x41]))).toEqual({ ok: false, reason: 'binary' });
  });
});

describe('inputKindOf / inputToText', () => {
  it('knows the supported extensions, case-insensitively', () => {
    expect(inputKindOf('a/报告.MD')).toBe('text');
    expect(inputKindOf('a.txt')).toBe('text');
    expect(inputKindOf('a.HTM')).toBe('html');
    expect(inputKindOf('a.html')).toBe('html');
    expect(inputKindOf('a.docx')).toBe('docx');
    expect(inputKindOf('a.doc')).toBeNull();
    expect(inputKindOf('README')).toBeNull();
  });

  it('turns a web page into report lines and an empty page into “empty”', async () => {
    expect(await inputToText('html', utf8('<p>一、总体情况</p><p>正文</p>'))).toEqual({ ok: true, text: '一、总体情况\n正文\n', kind: 'html', encoding: 'utf-8' });
    expect(await inputToText('html', utf8('<html><body><nav>首页</nav><script>x</script></body></html>'))).toEqual({ ok: false, reason: 'empty' });
  });
});

/** Pages saved in GBK (made with `iconv -f UTF-8 -t GB18030`): test/fixtures/html/. */
const fixture = (name: string): Uint8Array => readFileSync(join(repoRoot, 'test', 'fixtures', 'html', name));
/** Symbols that are not CJK: GBK text that is mostly these does not pass a text file's Chinese test. */
const SYMBOLS = '①②③④⑤ ——※№ 年报';

describe('decodeHtml', () => {
  it('finds the charset a page declares, in either form', () => {
    expect(declaredCharset(utf8('<html><head><meta charset="GBK"></head>'))).toBe('gbk');
    expect(declaredCharset(utf8("<meta http-equiv=Content-Type content='text/html; charset=gb2312'>"))).toBe('gb2312');
    expect(declaredCharset(utf8('<meta name="viewport" content="width=device-width"><meta charset=utf-8>'))).toBe('utf-8');
    expect(declaredCharset(utf8('<p>charset=gbk</p>'))).toBeNull();
    expect(declaredCharset(utf8(`${' '.repeat(9000)}<meta charset="gbk">`))).toBeNull();
  });

  it('reads a GBK page by its <meta charset="gbk"> even when the text would not pass for Chinese', () => {
    const bytes = fixture('meta-charset-gbk.html');
    // Without the declaration these bytes are not taken for Chinese text:
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'binary' });
    const decoded = decodeHtml(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'gb18030' });
    expect(decoded.ok && decoded.text).toContain(`<p>${SYMBOLS}</p>`);
  });

  it('reads a Word page that declares charset=gb2312 in http-equiv, as GB18030', async () => {
    expect(await inputToText('html', fixture('word-http-equiv-gb2312.html'))).toEqual({ ok: true, text: `${SYMBOLS}\n`, kind: 'html', encoding: 'gb18030' });
  });

  it('reads GBK bytes as GBK when the page declares UTF-8', async () => {
    expect(await inputToText('html', fixture('declared-utf8-gbk-bytes.html'))).toEqual({ ok: true, text: '本年度共收到政府信息公开申请9件。\n', kind: 'html', encoding: 'gb18030' });
  });

  it('reads valid UTF-8 as UTF-8 whatever the page declares, and a BOM always wins', () => {
    const page = `<meta charset="gbk"><p>${SYMBOLS}</p>`;
    expect(decodeHtml(utf8(page))).toEqual({ ok: true, text: page, encoding: 'utf-8' });
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page)]))).toEqual({ ok: true, text: page, encoding: 'utf-8-bom' });
    const le = [0xff, 0xfe];
    for (const ch of page) le.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
    expect(decodeHtml(new Uint8Array(le))).toEqual({ ok: true, text: page, encoding: 'utf-16le' });
  });

  it('still calls a page binary when it declares GBK but holds control characters', () => {
    const bytes = fixture('meta-charset-gbk.html');
    expect(decodeHtml(new Uint8Array([...bytes, 0x01, 0xb0, 0xa1]))).toEqual({ ok: false, reason: 'binary' });
  });
});
