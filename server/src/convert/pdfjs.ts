/**
 * pdfjs-dist's two modules, bundled apart as dist/pdfjs.js (scripts/build.mjs) so that
 * nothing of them is even compiled before the first PDF (they are three times the rest of
 * the converters). pdf.ts loads this module and hands `worker` to pdfjs as its in-thread
 * ("fake") worker. The worker module comes first: it needs nothing of the display module.
 */
// @ts-expect-error -- pdfjs-dist ships no types for its worker module; pdfjs alone uses it.
export * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
export * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
