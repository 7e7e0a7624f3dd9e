/** The fix providers by rule code, and choosing the safe fixes of a document. */
import type { Diagnostic, Lang, RuleCode } from '../diagnostics';
import type { ReportModel } from '../model';
import { balanceFixes, totalResultsFixes, totalReviewFixes, totalRowFixes, valueMissingFixes } from './cells';
import { dateMalformedFixes, periodYearFixes, yearMismatchFixes } from './dates';
import { editsConflict, type TextEdit } from './edits';
import { rowLabelFixes, rowMissingFixes } from './rows';
import { sectionMissingFixes, sectionTitleFixes, tableMissingFixes } from './sections';
import { toCodeFixes, type CodeFix, type FixProvider } from './types';

const PROVIDERS: Partial<Record<RuleCode, FixProvider>> = {
  'total-row': totalRowFixes,
  'total-results': totalResultsFixes,
  balance: balanceFixes,
  'total-review': totalReviewFixes,
  'value-missing': valueMissingFixes,
  'row-missing': rowMissingFixes,
  'row-label': rowLabelFixes,
  'section-title': sectionTitleFixes,
  'section-missing': sectionMissingFixes,
  'table-missing': tableMissingFixes,
  'period-year': periodYearFixes,
  'date-malformed': dateMalformedFixes,
  'year-mismatch': yearMismatchFixes,
};

/** Codes that have a fix provider. */
export const FIXABLE_CODES: readonly RuleCode[] = Object.keys(PROVIDERS) as RuleCode[];

/**
 * The fixes for one diagnostic, best first (balance may offer two). Never throws: a fix
 * provider that fails offers no fix, so the editor keeps working; `onError` hears of it
 * (the fuzz test fails on it, the server logs it).
 */
export function fixesFor(model: ReportModel, diagnostic: Diagnostic, lang: Lang, onError?: (error: unknown) => void): CodeFix[] {
  const provider = PROVIDERS[diagnostic.code];
  if (!provider) return [];
  try {
    return toCodeFixes(provider(model, diagnostic), diagnostic, lang);
  } catch (error) {
    onError?.(error);
    return [];
  }
}

/**
 * The safe fix of each diagnostic (optionally of one code), skipping any whose edits
 * would touch text another chosen fix touches. Inserts at one point keep the order of
 * the diagnostics (which is document and statutory order).
 */
export function safeFixes(model: ReportModel, diagnostics: readonly Diagnostic[], lang: Lang, code?: RuleCode): CodeFix[] {
  const chosen: CodeFix[] = [];
  const edits: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    if (code !== undefined && diagnostic.code !== code) continue;
    const fix = fixesFor(model, diagnostic, lang).find((f) => f.safe);
    if (!fix || editsConflict(fix.edits, edits)) continue;
    chosen.push(fix);
    edits.push(...fix.edits);
  }
  return chosen;
}

/** The edits of every safe fix of one rule in the document (the "fix all of this rule" action). */
export function fixAllOfRuleEdits(model: ReportModel, diagnostics: readonly Diagnostic[], code: RuleCode, lang: Lang): TextEdit[] {
  return safeFixes(model, diagnostics, lang, code).flatMap((f) => f.edits);
}

