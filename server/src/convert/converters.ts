/**
 * The converters of Word files, web pages and PDFs, in a module of their own so that they
 * are loaded on first use (see index.ts): mammoth and parse5 are most of the CLI's code, and
 * most runs check only text files. scripts/build.mjs bundles this module as
 * dist/converters.js, beside the CLI and its worker threads; pdfjs is a bundle of its own
 * again, dist/pdfjs.js, that pdf.ts loads on the first PDF.
 */
export { docxToText, docxToTextAndPictures, DocxError, DocxTooLargeError } from './docx';
export { htmlToText, HtmlTooLargeError } from './html';
export { pdfPicturePages, pdfToText, PdfError, PDF_LIMITS } from './pdf';
export { reportDocumentToDocx } from './docx-export';
