/**
 * Where a Word file's pictures stand in its text (docx.ts docxToTextAndPictures, html.ts
 * PictureSpan): a paragraph of nothing but a picture is the gap between two lines, a picture
 * inside a paragraph's text or a table's cells the gaps below those lines, so that the part
 * holding them holds the picture.
 */
import { describe, expect, it } from 'vitest';
import { blocksToDocx, PUBLISHED_LOOK } from '../../server/src/convert/docx-export';
import { docxToText, docxToTextAndPictures } from '../../server/src/convert/docx';
import { htmlToText, htmlToTextAndPictures } from '../../server/src/convert/html';

/** A 1×1 PNG (white). */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64'));

describe('htmlToTextAndPictures', () => {
  it('a picture paragraph between two lines is the gap there; the text is what htmlToText gives', () => {
    const html = '<p>一、总体情况</p><p><img src=""></p><p>二、主动公开</p>';
    expect(htmlToTextAndPictures(html)).toEqual({ text: '一、总体情况\n二、主动公开\n', pictures: [{ startLine: 1, endLine: 1 }] });
    expect(htmlToText(html)).toBe('一、总体情况\n二、主动公开\n');
  });

  it('a picture inside a line of text is the gap below that line, before or after the words', () => {
    expect(htmlToTextAndPictures('<p>一、总体情况</p><p><img src="">二、主动公开</p>').pictures).toEqual([{ startLine: 2, endLine: 2 }]);
    expect(htmlToTextAndPictures('<p>一、总体情况</p><p>正文<img src=""></p><p>二、主动公开</p>').pictures).toEqual([{ startLine: 2, endLine: 2 }]);
  });

  it("a picture in a table's cell is the gaps below the table's lines; a table of nothing but pictures the gap where it stands", () => {
    const table = '<p>前</p><table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td><img src=""></td></tr></table><p>后</p>';
    expect(htmlToTextAndPictures(table)).toEqual({ text: '前\n| a | 1 |\n| --- | --- |\n| b |  |\n后\n', pictures: [{ startLine: 2, endLine: 4 }] });
    expect(htmlToTextAndPictures('<p>前</p><table><tr><td><img src=""></td></tr></table><p>后</p>')).toEqual({ text: '前\n后\n', pictures: [{ startLine: 1, endLine: 1 }] });
  });

  it('no pictures, none listed', () => {
    expect(htmlToTextAndPictures('<p>一</p><p>二</p>').pictures).toEqual([]);
  });
});

describe('docxToTextAndPictures', () => {
  it('a picture paragraph of a Word file between two headings is the gap between their lines, and the text is docxToText', async () => {
    const docx = await blocksToDocx(
      '标题',
      [
        { kind: 'heading', level: 2, text: '一、总体情况' },
        { kind: 'picture', png: PNG, width: 400, height: 200 },
        { kind: 'heading', level: 2, text: '二、主动公开' },
      ],
      PUBLISHED_LOOK,
    );
    expect(await docxToTextAndPictures(docx)).toEqual({ text: '一、总体情况\n二、主动公开\n', pictures: [{ startLine: 1, endLine: 1 }] });
    expect(await docxToText(docx)).toBe('一、总体情况\n二、主动公开\n');
  });
});
