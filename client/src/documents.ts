import type { TextDocument } from 'vscode';

/** The languages the server checks: its own, and Markdown or plain text that looks like a report. */
export const CHECKED_LANGUAGES = ['nianbao', 'markdown', 'plaintext'] as const;
/**
 * Files on disk and unsaved files, and the read-only text of a converted Word file, web page or
 * PDF (convertedFiles.ts); not diff views, output panes or other virtual files.
 */
export const CHECKED_SCHEMES = ['file', 'untitled', 'nianbao-converted'] as const;

export const DOCUMENT_SELECTOR = CHECKED_LANGUAGES.flatMap((language) => CHECKED_SCHEMES.map((scheme) => ({ language, scheme })));

export function isCandidate(document: TextDocument): boolean {
  return (
    (CHECKED_LANGUAGES as readonly string[]).includes(document.languageId) &&
    (CHECKED_SCHEMES as readonly string[]).includes(document.uri.scheme)
  );
}
