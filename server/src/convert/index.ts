/**
 * Any supported input file to the report text that parseReport/analyze read.
 * Pure over bytes: the caller reads the file; this decides how to decode it.
 */
import { decodeText, type TextEncoding } from './decode';
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
    }
  | { ok: false; reason: 'empty' | 'binary' | 'invalid-docx' | PdfProblem; detail?: string };

export async function inputToText(kind: InputKind, bytes: Uint8Array): Promise<InputText> {
  if (kind === 'docx') {
    if (bytes.length === 0) return { ok: false, reason: 'empty' };
    const { docxToText, DocxError } = await loadConverters();
    try {
      const text = await docxToText(bytes);
      return text.trim() === '' ? { ok: false, reason: 'empty' } : { ok: true, text, kind, encoding: 'docx' };
    } catch (error) {
      if (error instanceof DocxError) return { ok: false, reason: 'invalid-docx', detail: error.message };
      throw error;
    }
  }
  if (kind === 'pdf') return pdfInputToText(bytes);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  if (kind === 'html') {
    const { htmlToText } = await loadConverters();
    const text = htmlToText(decoded.text);
    return text.trim() === '' ? { ok: false, reason: 'empty' } : { ok: true, text, kind, encoding: decoded.encoding };
  }
  return { ok: true, text: decoded.text, kind, encoding: decoded.encoding };
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
