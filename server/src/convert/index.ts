/**
 * Any supported input file to the report text that parseReport/analyze read.
 * Pure over bytes: the caller reads the file; this decides how to decode it.
 */
import { decodeHtml, decodeText, type TextEncoding } from './decode';
import type { PdfProblem } from './pdf';

export { decodeText, type TextEncoding } from './decode';
export type { PdfProblem } from './pdf';

type Converters = typeof import('./converters');
let converters: Promise<Converters> | undefined;

/**
 * Loaded on the first .docx, web page or PDF: compiling mammoth and parse5 would cost every
 * CLI thread about 50 ms at start, and most runs check only text files. (pdfjs is a bundle
 * of its own again, loaded by pdf.ts on the first PDF.)
 */
function loadConverters(): Promise<Converters> {
  converters ??= import('./converters');
  return converters;
}

/** Lines of a converted text where pictures stand (AnalyzeOptions.pictures). */
export interface PictureLines {
  startLine: number;
  endLine: number;
}

export type InputKind = 'text' | 'html' | 'docx' | 'pdf';

export const SUPPORTED_EXTENSIONS: Readonly<Record<string, InputKind>> = {
  '.md': 'text',
  '.markdown': 'text',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The kind of input a file name denotes, or null when the extension is not supported. */
export function inputKindOf(fileName: string): InputKind | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  return SUPPORTED_EXTENSIONS[fileName.slice(dot).toLowerCase()] ?? null;
}

export type InputText =
  | {
      ok: true;
      text: string;
      kind: InputKind;
      encoding: TextEncoding | 'docx' | 'pdf';
      /**
       * Paged inputs (PDF): the zero-based line of `text` on which each page starts, ascending
       * (pages[0] is page 1's first line). Absent for inputs without pages.
       */
      pages?: readonly number[];
      /**
       * Word files: where their pictures stand in `text` (AnalyzeOptions.pictures; see
       * documentPictures). Absent for other inputs.
       */
      pictures?: readonly PictureLines[];
    }
  | { ok: false; reason: 'empty' | 'binary' | 'invalid-docx' | 'too-large' | 'convert-failed' | PdfProblem; detail?: string };

/**
 * No text file, web page or Word file over this size is read: a report, even a Word file full
 * of images, is a few megabytes, and a huge file would hold a worker's memory for nothing.
 */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export async function inputToText(kind: InputKind, bytes: Uint8Array): Promise<InputText> {
  // PDFs have their own limits and reason (pdf.ts).
  if (kind !== 'pdf' && bytes.length > MAX_INPUT_BYTES) return { ok: false, reason: 'too-large', detail: `${Math.ceil(bytes.length / (1024 * 1024))} MB` };
  if (kind === 'docx') {
    if (bytes.length === 0) return { ok: false, reason: 'empty' };
    const { docxToTextAndPictures, DocxError } = await loadConverters();
    try {
      const { text, pictures } = await docxToTextAndPictures(bytes);
      return text.trim() === '' ? { ok: false, reason: 'empty' } : { ok: true, text, kind, encoding: 'docx', pictures };
    } catch (error) {
      if (error instanceof DocxError) return { ok: false, reason: 'invalid-docx', detail: error.message };
      return converterFailure(error);
    }
  }
  if (kind === 'pdf') return pdfInputToText(bytes);
  if (kind === 'html') {
    const decoded = decodeHtml(bytes);
    if (!decoded.ok) return decoded;
    const { htmlToText } = await loadConverters();
    try {
      const text = htmlToText(decoded.text);
      return text.trim() === '' ? { ok: false, reason: 'empty' } : { ok: true, text, kind, encoding: decoded.encoding };
    } catch (error) {
      return converterFailure(error);
    }
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, text: decoded.text, kind, encoding: decoded.encoding };
}

/**
 * A Word file or web page the converters refused (past their limits) or failed on: the
 * file's own result, never an exception that would end a batch.
 */
async function converterFailure(error: unknown): Promise<InputText> {
  const { DocxTooLargeError, HtmlTooLargeError } = await loadConverters();
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof DocxTooLargeError || error instanceof HtmlTooLargeError) return { ok: false, reason: 'too-large', detail };
  return { ok: false, reason: 'convert-failed', detail };
}

async function pdfInputToText(bytes: Uint8Array): Promise<InputText> {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const { pdfToText, PdfError } = await loadConverters();
  try {
    const { text, pages } = await pdfToText(bytes);
    return { ok: true, text, kind: 'pdf', encoding: 'pdf', pages };
  } catch (error) {
    // pdfToText throws only PdfError; anything else would be a bug in it, and a bad file
    // must still never end the batch.
    if (error instanceof PdfError) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: 'invalid-pdf', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The pages of a PDF that paint a picture, as the lines of its converted text each page gave
 * (AnalyzeOptions.pictures): `pages` and `text` are what inputToText returned for these bytes.
 * A second pass over the file (pdf.ts: listing the drawing operations decodes the pictures), for
 * when a statutory table was not found in the text. Null when the file cannot be read again
 * (within the limits): then nothing is known of its pictures.
 */
export async function pdfPictureLines(bytes: Uint8Array, pages: readonly number[], text: string): Promise<PictureLines[] | null> {
  const { pdfPicturePages } = await loadConverters();
  let picturePages: number[];
  try {
    picturePages = await pdfPicturePages(bytes);
  } catch {
    return null;
  }
  // The text ends with a line break after the last page's last line.
  const lineCount = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
  return picturePages
    .filter((page) => page < pages.length)
    .map((page) => ({ startLine: pages[page]!, endLine: pages[page + 1] ?? lineCount }));
}

/**
 * The pictures of a converted file, as AnalyzeOptions.pictures, for an adapter that found a
 * statutory table missing from its text (tablesNotFound): the table may be a screenshot pasted
 * into the document. `read` is what inputToText returned for `bytes`. A Word file's pictures
 * were noted where they stand as it was converted; a PDF's pages are looked at now, in a second
 * pass over the file (pdfPictureLines). Null when nothing is known of the file's pictures (a
 * text file or web page, a PDF that cannot be read again): then a table not found is missing.
 */
export async function documentPictures(read: Extract<InputText, { ok: true }>, bytes: Uint8Array): Promise<readonly PictureLines[] | null> {
  if (read.kind === 'docx') return read.pictures ?? null;
  if (read.kind === 'pdf' && read.pages) return pdfPictureLines(bytes, read.pages, read.text);
  return null;
}

/**
 * A report laid out as the published Word file (docx-export.ts), loaded with the other
 * converters on first use: the docx package is large, and most editor sessions never export.
 */
export async function reportToDocx(document: import('../service').ReportDocument): Promise<Uint8Array> {
  const { reportDocumentToDocx } = await loadConverters();
  return reportDocumentToDocx(document);
}
