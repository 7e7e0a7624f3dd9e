/**
 * The pictures of the Word files and PDFs converted for the editor's read-only view of a file
 * (nianbao/convertFile), kept by their converted text: the view then asks for the report of that
 * text (nianbao/reportView with `text`) and opens the text as a read-only document, which the
 * checker analyses. Both find here where the document's pictures stand (a Word file's pictures,
 * the pages of a PDF that paint one), so a table pasted as a screenshot is "a picture, not
 * checked" (table-unreadable) there as in the CLI, not "missing". Only files whose statutory
 * table is not in the text are looked at (for a PDF, a second pass over the file). Bounded: the
 * last few converted files.
 */
import { CONVERTED_TEXT_SCHEME } from '../protocol';
import type { AnalyzeOptions } from '../service';

type Pictures = NonNullable<AnalyzeOptions['pictures']>;

/** Converted files whose pictures are kept: a clerk has a few open at once. */
const KEPT = 16;
const picturesByText = new Map<string, Pictures>();

/** Records the pictures of a converted text (none: nothing is kept). */
export function rememberPictures(text: string, pictures: Pictures): void {
  picturesByText.delete(text);
  if (pictures.length === 0) return;
  picturesByText.set(text, pictures);
  // A Map iterates in insertion order: the first key is the oldest.
  while (picturesByText.size > KEPT) picturesByText.delete(picturesByText.keys().next().value!);
}

/** The pictures of a text the server converted, as AnalyzeOptions (empty when none are known). */
export function picturesOption(text: string): Pick<AnalyzeOptions, 'pictures'> {
  const pictures = picturesByText.get(text);
  return pictures ? { pictures } : {};
}

/**
 * The same for an open document, only when it is the read-only text of a converted file (the
 * client's nianbao-converted: documents): a draft with the same text is the clerk's to fill in,
 * and its missing table is missing.
 */
export function picturesOptionFor(uri: string, text: string): Pick<AnalyzeOptions, 'pictures'> {
  return uri.startsWith(`${CONVERTED_TEXT_SCHEME}:`) ? picturesOption(text) : {};
}
