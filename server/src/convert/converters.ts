/**
 * The converters of Word files and web pages, in a module of their own so that they are
 * loaded on first use (see index.ts): mammoth and parse5 are most of the CLI's code, and
 * most runs check only text files. scripts/build.mjs bundles this module as
 * dist/converters.js, beside the CLI and its worker threads.
 */
export { docxToText, DocxError } from './docx';
export { htmlToText } from './html';
