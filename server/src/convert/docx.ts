/**
 * A Word (.docx) draft to report text: mammoth turns the document into HTML (gridSpan
 * becomes colspan, vMerge becomes rowspan), and the HTML reader turns that into lines,
 * so Word tables read exactly like web tables. Images are not embedded (they are never
 * report text, and base64 images would only cost memory).
 */
import mammoth from 'mammoth';
import { htmlToText } from './html';

export class DocxError extends Error {}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    throw new DocxError(error instanceof Error ? error.message : String(error));
  }
  return htmlToText(html);
}
