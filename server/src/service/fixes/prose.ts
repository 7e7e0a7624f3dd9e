/** Fixes of the prose: a word or a punctuation mark written twice loses its second copy. */
import type { Diagnostic } from '../diagnostics';
import type { ReportModel } from '../model';
import { minimalReplace } from './edits';
import { dataString, textAt } from './support';
import type { FixProposal } from './types';

export function textDoubledFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const found = dataString(diagnostic, 'found');
  const keep = dataString(diagnostic, 'keep');
  if (!found || !keep || textAt(model, diagnostic.range) !== found) return [];
  const edit = minimalReplace(diagnostic.range, found, keep);
  return edit ? [{ title: { zh: `改为“${keep}”`, en: `Change to “${keep}”` }, edits: [edit], safe: true }] : [];
}
