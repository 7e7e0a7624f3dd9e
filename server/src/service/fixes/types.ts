/** What a quick fix is: plain data, LSP-free (the server maps it onto a CodeAction). */
import type { Bilingual } from '../schema/format';
import type { Diagnostic, Lang } from '../diagnostics';
import type { TextEdit } from './edits';

export interface CodeFix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
  /** Safe fixes are applied by fix-all (and on save); the others only when the user picks them. */
  safe: boolean;
  diagnostic: Diagnostic;
}

/** A fix before its title is put in the user's language. */
export interface FixProposal {
  title: Bilingual;
  edits: TextEdit[];
  safe: boolean;
}

export function toCodeFixes(proposals: readonly FixProposal[], diagnostic: Diagnostic, lang: Lang): CodeFix[] {
  const useful = proposals.filter((p) => p.edits.length > 0);
  const safeCount = useful.filter((p) => p.safe).length;
  return useful.map((p) => ({
    title: lang === 'en' ? p.title.en : p.title.zh,
    edits: p.edits,
    // The preferred fix is the one safe choice; with two safe choices neither is preferred.
    ...(p.safe && safeCount === 1 ? { isPreferred: true } : {}),
    safe: p.safe,
    diagnostic,
  }));
}
